import { activeReminders, dismissReminder } from '../state/reminders';
import { conference } from '../state/conference';
import { formatClock } from '../domain/time/format';
import { screenStrings } from '../i18n/screens';
import { sessionPath } from '../domain/paths';

/** In-app reminders for marked items about to start; each one until dismissed. */
export function ReminderBanner() {
  const s = screenStrings.value;
  const conf = conference.value;
  const due = activeReminders.value;
  if (!conf || due.length === 0) return null;
  return (
    <div class="toast reminder-toast" role="alert">
      <ul>
        {due.map((session) => (
          <li key={session.guid}>
            <span lang={session.language}>
              {s.reminders.banner(
                session.title,
                `${session.timeEstimated ? `${s.approx} ` : ''}${formatClock(session.start, conf.timeZone)}`,
              )}
            </span>
            <span class="reminder-actions">
              <a href={sessionPath(session.guid)}>{s.reminders.open}</a>
              <button type="button" class="secondary" onClick={() => dismissReminder(session.guid)}>
                {s.reminders.dismiss}
              </button>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
