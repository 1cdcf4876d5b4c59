import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../src/domain/time/parse';

describe('parseDuration', () => {
  it.each([
    ['01:30', 90],
    ['1:30', 90],
    ['01:30:00', 90],
    [' 00:45 ', 45],
    ['90', 90],
    ['25:00', 1500],
    ['', null],
    ['1:3', null],
    ['eine Stunde', null],
    ['-0:30', null],
    // Minutes and seconds that do not exist: the import counts these as repaired, the model as no length.
    ['1:75', null],
    ['99:99', null],
    ['01:30:60', null],
  ])('%j → %j minutes', (text, minutes) => {
    expect(parseDuration(text)).toBe(minutes);
  });
});
