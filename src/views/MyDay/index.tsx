import { useEffect, useRef, useState } from 'preact/hooks';
import type { Conference, Session } from '../../domain/types';
import { markConflicts, markedSessions, orphanMarkCount } from '../../state/marked-sessions';
import { downloadCalendar } from '../../state/calendar';
import { screenStrings } from '../../i18n/screens';
import { EmptyState } from '../../ui/EmptyState';
import { ConflictNote } from '../../ui/ConflictNote';
import { SessionCard } from '../../ui/SessionCard';
import { MarkedChanges } from '../../ui/MarkedChanges';
import { CancelledMarks } from '../../ui/CancelledMarks';

function MyDayItem({
  session,
  conference,
  clash,
}: {
  session: Session;
  conference: Conference;
  clash: readonly Session[] | undefined;
}) {
  return (
    <li>
      <SessionCard session={session} conference={conference} variant="myDay" headingLevel={2} flagged={!!clash}>
        {clash && <ConflictNote others={clash} />}
      </SessionCard>
    </li>
  );
}

type ExportState = 'idle' | 'done' | 'failed';

/** The person's own schedule: marked items in time order, clashes flagged, and the calendar export. */
export function MyDay({ conference }: { conference: Conference }) {
  const s = screenStrings.value;
  const sessions = markedSessions.value;
  const conflicts = markConflicts.value;
  const orphans = orphanMarkCount.value;
  const [exportState, setExportState] = useState<ExportState>('idle');
  const list = useRef<HTMLOListElement>(null);
  // Unmarking an item here removes it, and with it the focused button: keyboard and screen-reader
  // users land on the next item's button (or the heading) instead of the top of the page.
  const focusedIndex = useRef<number | null>(null);
  const onFocusIn = (event: FocusEvent) => {
    const item = (event.target as HTMLElement).closest('li');
    focusedIndex.current = item && list.current ? [...list.current.children].indexOf(item) : null;
  };
  useEffect(() => {
    const index = focusedIndex.current;
    if (index === null || (document.activeElement && document.activeElement !== document.body)) return;
    const items = list.current?.querySelectorAll<HTMLButtonElement>('li .mark-toggle');
    const next = items?.[Math.min(index, items.length - 1)];
    const heading = document.querySelector<HTMLElement>('main h1');
    if (!next) heading?.setAttribute('tabindex', '-1');
    (next ?? heading)?.focus();
  }, [sessions.length]);
  // Each clash is listed under both of its items.
  const pairs = [...conflicts.values()].reduce((sum, list) => sum + list.length, 0) / 2;
  const onExport = async () => {
    try {
      await downloadCalendar(conference, sessions, s.calendar.fileNameAll(conference.id));
      setExportState('done');
    } catch (error) {
      console.error(error);
      setExportState('failed');
    }
  };
  return (
    <>
      <h1>{s.myDay.title}</h1>
      {sessions.length === 0 ? (
        <EmptyState>
          <p>{s.myDay.empty}</p>
        </EmptyState>
      ) : (
        <p class="lead">
          {s.myDay.count(sessions.length)}
          {pairs > 0 && ` · ${s.myDay.conflictCount(pairs)}`}
        </p>
      )}
      {orphans > 0 && <p class="note">{s.myDay.orphans(orphans)}</p>}
      <MarkedChanges />
      <p class="actions">
        <button type="button" class="secondary" disabled={sessions.length === 0} onClick={() => void onExport()}>
          {s.myDay.exportAll}
        </button>
      </p>
      <p role="status" class={exportState === 'failed' ? 'action-status error' : 'action-status'}>
        {exportState === 'done' ? s.calendar.done : exportState === 'failed' ? s.calendar.failed : ''}
      </p>
      {sessions.length > 0 && (
        <ol class="my-day" aria-label={s.myDay.listLabel} ref={list} onFocusIn={onFocusIn}>
          {sessions.map((session) => (
            <MyDayItem
              key={session.guid}
              session={session}
              conference={conference}
              clash={conflicts.get(session.guid)}
            />
          ))}
        </ol>
      )}
      {pairs > 0 && <p class="hint">{s.marks.conflictHint}</p>}
      <CancelledMarks conference={conference} />
    </>
  );
}
