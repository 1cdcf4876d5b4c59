import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readScheduleText, type ImportResult } from '../../src/domain/import';

/** The text of one of the project's own fixture files in tests/fixtures (never ../shared). */
export const fixture = (name: string) => readFileSync(join(process.cwd(), 'tests', 'fixtures', name), 'utf8');

/** The words the app passes to the importer, as the German UI does. */
export const IMPORT_OPTIONS = { untitled: 'Ohne Titel', defaultType: 'Programmpunkt' };

/** A fixture imported as the app imports it; throws when it is rejected. */
export function importFixture(name: string): Extract<ImportResult, { ok: true }> {
  const result = readScheduleText(fixture(name), IMPORT_OPTIONS);
  if (!result.ok) throw new Error(`${name} was rejected: ${JSON.stringify(result.problems)}`);
  return result;
}
