import { bench, describe } from 'vitest';
import { syntheticSchedule } from './synthetic-schedule.mjs';
import { readScheduleText } from '../src/domain/import';
import { buildConference } from '../src/domain/model';
import { buildConferenceInSlices } from '../src/domain/model-chunked';
import { compareProgrammes } from '../src/domain/compare-programmes';
import { toC3vocDocument } from '../src/domain/export';

/**
 * Domain side of issue 5 over synthetic schedules of 100, 1,000 and 10,000 items: parsing and
 * cleaning a file (what the worker does), building the model with its search index (what the
 * page does, in slices), comparing two versions, writing the export. Browser figures (the whole
 * import through the UI, long tasks, heap) are in scripts/bench/import.mjs.
 */

const OPTIONS = { untitled: 'Ohne Titel', defaultType: 'Programmpunkt' };
const noPause = () => Promise.resolve();

for (const n of [100, 1000, 10_000]) {
  const raw = syntheticSchedule(n);
  const text = JSON.stringify(raw);
  const parsed = readScheduleText(text, OPTIONS);
  if (!parsed.ok) throw new Error('synthetic schedule rejected');
  const model = buildConference(parsed.schedule);
  const moved = buildConference(syntheticSchedule(n, { seed: 8 }));

  describe(`${n.toLocaleString('en')} items (${(text.length / 1e6).toFixed(1)} MB)`, () => {
    bench('parse and clean the file (worker)', () => {
      readScheduleText(text, OPTIONS);
    });
    bench('build model and search index in slices (page)', async () => {
      await buildConferenceInSlices(parsed.schedule, {}, noPause);
    });
    bench('compare with another version', () => {
      compareProgrammes(model.sessions, moved.sessions);
    });
    bench('write the export document', () => {
      JSON.stringify(toC3vocDocument(parsed.schedule));
    });
  });
}
