import type { ImportProblem, ImportSummary } from '../../domain/import';
import type { ImportOutcome } from '../../state/conference-files';
import { screenStrings } from '../../i18n/screens';
import { ROUTES } from '../../domain/paths';

const BYTES_PER_MB = 1024 * 1024;

/** One problem of a rejected file, as a sentence. */
function problemText(p: ImportProblem): string {
  const t = screenStrings.value.conferences.problem;
  switch (p.kind) {
    case 'too-large':
      return t.tooLarge((p.bytes / BYTES_PER_MB).toFixed(1), String(Math.round(p.limit / BYTES_PER_MB)));
    case 'unreadable':
      return t.unreadable(p.detail);
    case 'not-json':
      return t.notJson(p.detail);
    case 'not-xml':
      return t.notXml(p.detail);
    case 'not-ics':
      return t.notIcs(p.detail);
    case 'unknown-format':
      return t.unknownFormat;
    case 'too-deep':
      return t.tooDeep(p.limit);
    case 'no-schedule':
      return t.noSchedule;
    case 'no-conference':
      return t.noConference;
    case 'no-days':
      return t.noDays;
    case 'no-events':
      return t.noEvents;
    case 'shape':
      return t.shape(p.path, p.expected, p.received);
    case 'event-without-start':
      return t.noStart(p.title, p.room, p.day);
    case 'more':
      return t.more(p.count);
  }
}

/** Every repair the import made, as sentences (empty when the file was clean). */
function repairs(summary: ImportSummary): string[] {
  const r = screenStrings.value.conferences.repair;
  const lines: string[] = [];
  if (summary.acronymChanged) lines.push(r.acronym(summary.acronymChanged.from, summary.acronymChanged.to));
  if (summary.missingGuids) lines.push(r.missingGuids(summary.missingGuids));
  if (summary.invalidGuids) lines.push(r.invalidGuids(summary.invalidGuids));
  if (summary.duplicateGuids) lines.push(r.duplicateGuids(summary.duplicateGuids));
  if (summary.slugsFixed) lines.push(r.slugs(summary.slugsFixed));
  if (summary.personsDropped) lines.push(r.persons(summary.personsDropped));
  if (summary.durationsMissing) lines.push(r.durations(summary.durationsMissing));
  if (summary.untitled) lines.push(r.untitled(summary.untitled));
  if (summary.timeZoneAssumed) lines.push(r.timeZone(summary.timeZoneAssumed));
  if (summary.datesInvalid) lines.push(r.datesInvalid(summary.datesInvalid));
  if (summary.durationsInvalid) lines.push(r.durationsInvalid(summary.durationsInvalid));
  if (summary.urlsDropped) lines.push(r.urlsDropped(summary.urlsDropped));
  if (summary.linksRepaired) lines.push(r.linksRepaired(summary.linksRepaired));
  if (summary.allDaySkipped) lines.push(r.allDaySkipped(summary.allDaySkipped));
  if (summary.recurrencesCapped)
    lines.push(r.recurrencesCapped(summary.recurrencesCapped.rules, summary.recurrencesCapped.limit));
  return lines;
}

/** What an import did: imported / updated (with change counts) / unchanged and the repairs, or why not. */
export function ImportOutcomeView({ outcome }: { outcome: ImportOutcome }) {
  const s = screenStrings.value;
  const c = s.conferences;
  if (!outcome.ok) {
    return (
      <div class="import-problems" role="alert">
        {'problems' in outcome ? (
          <>
            <p>{c.rejected}</p>
            <ul>
              {outcome.problems.map((p, i) => (
                <li key={i}>{problemText(p)}</li>
              ))}
            </ul>
          </>
        ) : (
          <p>{c.storageFailed(outcome.storageError)}</p>
        )}
      </div>
    );
  }
  const { summary, replaced, unchanged, changes } = outcome;
  const lines = repairs(summary);
  return (
    <div class="import-done" role="status">
      <p>
        {unchanged
          ? c.unchanged(summary.title)
          : replaced
            ? c.updated(summary.title)
            : c.imported(summary.title, summary.events)}{' '}
        {replaced && !unchanged && s.changes.summary(changes.new, changes.changed, changes.cancelled)}
      </p>
      {lines.length > 0 && (
        <>
          <h3>{c.repairs}</h3>
          <ul>
            {lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
      <p>
        <a href={ROUTES.programme}>{s.toProgramme}</a>
      </p>
    </div>
  );
}
