const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const UNITS = ['', '十', '百', '千'];

/**
 * How Chinese documents number headings and groups: 1 → 一, 10 → 十, 21 → 二十一, 105 → 一百零五,
 * 110 → 一百一十, 1010 → 一千零一十. One 零 stands for any run of zeros between two digits; 十 alone
 * only from 10 to 19. Used by the Word minutes (一、 and （一） headings) and the minutes editor, so
 * the screen and the paper agree. Outside 0–9999 (never a heading count) the Arabic number.
 */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 9999) return String(n);
  if (n < 10) return DIGITS[n]!;
  if (n < 20) return `十${n % 10 ? DIGITS[n % 10] : ''}`;
  let out = '';
  let zeros = false;
  for (let place = 3; place >= 0; place--) {
    const digit = Math.floor(n / 10 ** place) % 10;
    if (digit === 0) {
      zeros ||= out !== '';
      continue;
    }
    if (zeros) out += '零';
    zeros = false;
    out += DIGITS[digit]! + UNITS[place]!;
  }
  return out;
}
