import { describe, expect, it } from 'vitest';
import type { Person } from '../../shared/domain.js';
import { isGuestOption, type PickerOption } from '../../renderer/src/screens/capture/Picker.js';
import { speakerSearch } from '../../renderer/src/screens/capture/speakers.js';
import { firstActive, stepActive } from '../../renderer/src/search/active.js';

const zhao: Person = { id: 'p-zhao', name: '赵国栋', position: '副县长', unitId: null, unitName: '', category: 'leadership' };
const search = speakerSearch({ queue: [], participants: [zhao], directory: [zhao], units: [] });
const pickerOptions = (query: string): PickerOption[] => search.options(query).options.map((option) => ({ kind: 'speaker', key: option.key, option }));

describe('a picker never adds what was typed by a bare Enter (issue: Enter on "zgx" added a speaker "zgx")', () => {
  it('no match: the only option is the explicit guest choice, and nothing is active', () => {
    const options = pickerOptions('zgx');
    expect(options.map(isGuestOption)).toEqual([true]);
    expect(firstActive(options, isGuestOption)).toBe(-1);
  });

  it('a match is active first; the guest choice behind it needs the arrow key', () => {
    const options = pickerOptions('赵老师');
    expect(options.map(isGuestOption)).toEqual([true]);
    const withMatch = pickerOptions('赵');
    expect(withMatch.map(isGuestOption)).toEqual([false, true]);
    expect(firstActive(withMatch, isGuestOption)).toBe(0);
    expect(firstActive(pickerOptions('zgd'), isGuestOption)).toBe(0);
  });

  it('arrow keys from nothing active: Down to the first, Up to the last; then they wrap', () => {
    expect(stepActive(-1, 1, 3)).toBe(0);
    expect(stepActive(-1, -1, 3)).toBe(2);
    expect(stepActive(2, 1, 3)).toBe(0);
    expect(stepActive(0, -1, 3)).toBe(2);
    expect(stepActive(0, 1, 0)).toBe(-1);
    expect(firstActive([1, 2])).toBe(0);
    expect(firstActive([])).toBe(-1);
  });
});
