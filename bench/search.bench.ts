import { bench, describe } from 'vitest';
import { syntheticSchedule } from './synthetic-schedule.mjs';
import { buildConference } from '../src/domain/model';
import { NO_FILTER, buildSearchIndex, filterProgramme } from '../src/domain/programme-filter';
import { parallelGroups } from '../src/domain/schedule';

/**
 * Search over 10,000 items, per keystroke (budget ≤ 16 ms including the render, which
 * scripts/bench/import.mjs measures in Chromium): the full pass a first keystroke or a deletion
 * costs, and the grouping of the result into time slots.
 */

const conf = buildConference(syntheticSchedule(10_000));
const index = buildSearchIndex(conf.sessions);
const queries = ['e', 'en', 'energie', 'energie mü', 'WÄRME 99', 'zzz'];

describe('search over 10,000 items (full pass per query)', () => {
  for (const query of queries) {
    bench(`"${query}"`, () => {
      filterProgramme(conf.sessions, { ...NO_FILTER, query }, index);
    });
  }
  bench('fold the search index once per conference', () => {
    buildSearchIndex(conf.sessions);
  });
  bench('group the 10,000 into time slots', () => {
    parallelGroups(conf.sessions);
  });
});
