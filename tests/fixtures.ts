import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RawAboutFile, RawPeopleFile, RawPlacesFile, RawSchedule } from '../src/domain/raw';
import { buildConference } from '../src/domain/model';
import type { Conference } from '../src/domain/types';

// Vitest runs from the project root (jsdom gives import.meta.url an http: scheme, so no URL tricks).
const dataFile = (name: string) => join(process.cwd(), 'data', name);

/** The bundled data files, read as the app reads them. */
export function readBundled() {
  const read = <T>(name: string) => JSON.parse(readFileSync(dataFile(name), 'utf8')) as T;
  return {
    schedule: read<RawSchedule>('schedule.json'),
    people: read<RawPeopleFile>('people.json'),
    places: read<RawPlacesFile>('places.json'),
    about: read<RawAboutFile>('about.json'),
  };
}

/** The bundled conference as the app's model. */
export function bundledConference(): Conference {
  const { schedule, people, places, about } = readBundled();
  return buildConference(schedule, people, places, about);
}

export { rawEvent, rawSchedule } from './support/raw-builders';
