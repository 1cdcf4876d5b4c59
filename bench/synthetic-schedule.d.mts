import type { RawSchedule } from '../src/domain/raw';

/** A synthetic C3VOC schedule of `events` events (see synthetic-schedule.mjs). */
export function syntheticSchedule(
  events: number,
  options?: { days?: number; rooms?: number; seed?: number; acronym?: string; lean?: boolean },
): RawSchedule;
