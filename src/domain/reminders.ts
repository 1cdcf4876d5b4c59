import type { Session } from './types';

/** Lead times offered in the settings, in minutes before a marked item starts (the 0–30). */
export const REMINDER_LEAD_CHOICES = [0, 5, 10, 15, 20, 30] as const;
export const MAX_REMINDER_LEAD_MINUTES = 30;
const MINUTE_MS = 60_000;

/** A lead time from storage or a form, clamped to 0–30 whole minutes; null means "off". */
export function normalizeLead(value: unknown): number | null {
  if (value === null || value === undefined || value === '' || value === 'off') return null;
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(n)) return null;
  return Math.min(MAX_REMINDER_LEAD_MINUTES, Math.max(0, Math.round(n)));
}

/** When the reminder for `session` is due. */
export function reminderTime(session: Pick<Session, 'start'>, leadMinutes: number): Date {
  return new Date(session.start.getTime() - leadMinutes * MINUTE_MS);
}

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
