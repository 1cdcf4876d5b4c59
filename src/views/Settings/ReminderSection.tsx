import { useState } from 'preact/hooks';
import { REMINDER_LEAD_CHOICES } from '../../domain/reminders';
import { reminderLead, reminderNotify, setReminderLead, setReminderNotify } from '../../state/preferences';
import { screenStrings } from '../../i18n/screens';

type Permission = NotificationPermission | 'unsupported';

const currentPermission = (): Permission =>
  typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;

/** Lead time for reminders, the system-notification switch, and a plain word on what works here. */
export function ReminderSection() {
  const s = screenStrings.value;
  const [permission, setPermission] = useState<Permission>(currentPermission);
  const ask = async () => {
    if (typeof Notification === 'undefined') return;
    const result = await Notification.requestPermission();
    setPermission(result);
    if (result === 'granted') await setReminderNotify(true);
  };
  return (
    <section aria-labelledby="reminders-heading">
      <h2 id="reminders-heading">{s.reminders.heading}</h2>
      <p>
        <label for="reminder-lead">{s.reminders.lead}</label>
        <br />
        <select
          id="reminder-lead"
          value={reminderLead.value === null ? 'off' : String(reminderLead.value)}
          onChange={(e) => {
            const value = e.currentTarget.value;
            void setReminderLead(value === 'off' ? null : Number(value));
          }}
        >
          <option value="off">{s.reminders.off}</option>
          {REMINDER_LEAD_CHOICES.map((n) => (
            <option key={n} value={String(n)}>
              {s.reminders.minutes(n)}
            </option>
          ))}
        </select>
      </p>
      {permission === 'unsupported' && <p>{s.reminders.permissionUnsupported}</p>}
      {permission === 'denied' && <p>{s.reminders.permissionDenied}</p>}
      {permission === 'default' && (
        <p>
          <button type="button" onClick={() => void ask()}>
            {s.reminders.permissionAsk}
          </button>
        </p>
      )}
      {permission === 'granted' && (
        <p>
          <label class="check">
            <input
              type="checkbox"
              checked={reminderNotify.value}
              onChange={(e) => void setReminderNotify(e.currentTarget.checked)}
            />
            {s.reminders.notify}
          </label>
        </p>
      )}
      <p class="note">{s.reminders.honest}</p>
    </section>
  );
}
