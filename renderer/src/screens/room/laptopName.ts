/**
 * The laptop's name in a room, remembered between rooms on this laptop (localStorage: it belongs to
 * the machine, not to a data folder), so opening or joining the next time asks nothing new.
 */
const KEY = 'convene.room.laptopName';

export function lastLaptopName(): string {
  try {
    return localStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

export function rememberLaptopName(name: string): void {
  try {
    localStorage.setItem(KEY, name.trim());
  } catch {
    // Storage refused (private mode, full): the name is asked again next time, nothing else is lost.
  }
}
