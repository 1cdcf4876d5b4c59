import { describe, expect, it } from 'vitest';
import { sortInSlices } from '../../src/domain/model-chunked';

describe('sortInSlices: the same order as Array.sort, in slices', () => {
  const cases: [string, number][] = [
    ['short (one slice)', 10],
    ['exactly one slice', 4_000],
    ['a little over', 4_001],
    ['many runs, odd tail', 23_457],
  ];
  it.each(cases)('%s (%i items), stable for equal keys', async (_name, n) => {
    // Many equal keys, as a programme has many items at the same time.
    const items = Array.from({ length: n }, (_, i) => ({ key: (i * 7919) % 97, order: i }));
    const expected = [...items].sort((a, b) => a.key - b.key);
    let pauses = 0;
    await sortInSlices(
      items,
      (a, b) => a.key - b.key,
      async () => {
        pauses++;
      },
    );
    expect(items).toEqual(expected);
    if (n > 4_000) expect(pauses).toBeGreaterThan(1);
  });
});
