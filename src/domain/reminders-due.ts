import type { Session } from './types';
import { reminderTime } from './reminders';

/** Which reminders are due, and when the next one falls due: the timers' arithmetic. */

/**
 * The marked sessions whose reminder is due at `now` and not yet shown: due from
 * start − lead until the session starts (a reminder for something already running is no help).
 */
export function dueReminders(
  sessions: readonly Session[],
  now: Date,
  leadMinutes: number,
  shown: ReadonlySet<string>,
): Session[] {
  const t = now.getTime();
  return sessions.filter(
    (s) => !shown.has(s.guid) && reminderTime(s, leadMinutes).getTime() <= t && t < s.start.getTime(),
  );
}

/** The next instant after `now` at which a reminder falls due, or null when none is left. */
export function nextReminderAt(sessions: readonly Session[], now: Date, leadMinutes: number): Date | null {
  const t = now.getTime();
  let next: number | null = null;
  for (const s of sessions) {
    const due = reminderTime(s, leadMinutes).getTime();
    if (due > t && (next === null || due < next)) next = due;
  }
  return next === null ? null : new Date(next);
}
