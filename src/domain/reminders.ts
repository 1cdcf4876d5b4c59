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
