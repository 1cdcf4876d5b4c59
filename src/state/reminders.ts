import { effect, signal, type ReadonlySignal } from '@preact/signals';
import type { Session } from '../domain/types';
import { dueReminders, nextReminderAt } from '../domain/reminders-due';
import { formatClock } from '../domain/time/format';
import { markedSessions } from './marked-sessions';
import { conference } from './conference';
import { isDemoClock, now } from './clock';
import { reminderLead, reminderNotify } from './preferences';
import { showSystemNotification } from '../sw/bridge';
import { screenStrings } from '../i18n/screens';
import { sessionPath } from '../domain/paths';

/** Reminders on screen now (in-app banner), oldest first. */
const activeRemindersSignal = signal<Session[]>([]);
export const activeReminders: ReadonlySignal<Session[]> = activeRemindersSignal;
/** Guids reminded of on this page already: a reminder is shown once. */
const shown = new Set<string>();

/** Browsers clamp long timers; re-check at least this often so a sleeping phone catches up. */
const MAX_TIMER_MS = 60_000;

let timer: ReturnType<typeof setTimeout> | undefined;

/** Shows whatever is due at `at`, once each, in the app and (if allowed) as a system notification. */
function check(at: Date): void {
  const lead = reminderLead.value;
  const conf = conference.value;
  if (lead === null || !conf) return;
  const due = dueReminders(markedSessions.value, at, lead, shown);
  if (due.length === 0) return;
  for (const session of due) {
    shown.add(session.guid);
    if (reminderNotify.value) {
      const s = screenStrings.value;
      void showSystemNotification(s.reminders.notificationTitle(session.title), {
        body: s.reminders.notificationBody(formatClock(session.start, conf.timeZone), session.room),
        tag: `reminder-${session.guid}`,
        data: { url: sessionPath(session.guid) },
      });
    }
  }
  activeRemindersSignal.value = [...activeReminders.value, ...due];
}

/** Hides one reminder banner. */
export function dismissReminder(guid: string): void {
  activeRemindersSignal.value = activeReminders.value.filter((s) => s.guid !== guid);
}

/**
 * Watches the clock, the marks and the lead time. With the `?now=` demo clock it checks that
 * instant; with the real clock it sleeps until the next reminder is due.
 */
export function startReminders(): () => void {
  return effect(() => {
    const lead = reminderLead.value;
    const sessions = markedSessions.value;
    const instant = now.value;
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (lead === null) return;
    check(instant);
    if (isDemoClock.value) return;
    const next = nextReminderAt(sessions, new Date(), lead);
    if (!next) return;
    const wait = Math.min(MAX_TIMER_MS, Math.max(0, next.getTime() - Date.now()));
    timer = setTimeout(() => check(new Date()), wait);
  });
}
