import { formatLongDate } from '../domain/time/format';
import { conference } from '../state/conference';
import { markedChanges, scheduleChanges } from '../state/changes';
import { strings } from '../i18n';
import { Badge } from './Badge';
import { changeDetails } from './ChangeBadge';
import { sessionPath } from '../domain/paths';

/**
 * After a schedule update: how much changed, and the changes that touch the person's marked
 * items, each with what moved. Shown on the programme and on Mein Tag; nothing without an update.
 */
export function MarkedChanges() {
  const conf = conference.value;
  const { counts } = scheduleChanges.value;
  const touching = markedChanges.value;
  if (!conf || counts.new + counts.changed + counts.cancelled === 0) return null;
  const s = strings.value;
  const multiDay = conf.days.length > 1;
  return (
    <section class="changes-box" aria-labelledby="changes-heading">
      <h2 id="changes-heading">{s.changes.summaryTitle}</h2>
      <p>{s.changes.summary(counts.new, counts.changed, counts.cancelled)}</p>
      {touching.length > 0 && (
        <>
          <h3>{s.changes.yourMarks}</h3>
          <ul class="changes-list">
            {touching.map((change) => (
              <li key={change.guid}>
                <Badge tone={change.kind}>{s.changes[change.kind]}</Badge>{' '}
                <a href={sessionPath(change.guid)}>{change.title}</a>
                {multiDay && (
                  <span class="changes-day"> · {formatLongDate(change.start, s.locale, conf.timeZone)}</span>
                )}
                {changeDetails(change, conf.timeZone).map((line) => (
                  <span key={line} class="changes-detail">
                    {line}
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
