import { useState } from 'preact/hooks';
import type { Conference, Session } from '../../domain/types';
import { markedGuids } from '../../state/marks';
import { markConflicts } from '../../state/marked-sessions';
import { downloadCalendar, sessionFileName } from '../../state/calendar';
import { shareSession } from '../../state/share';
import { screenStrings } from '../../i18n/screens';
import { MarkButton } from '../../ui/MarkButton';
import { ConflictNote } from '../../ui/ConflictNote';

type Status = { kind: 'none' } | { kind: 'text'; text: string; error?: boolean } | { kind: 'manual'; url: string };

/** Merken, add to the calendar, share; and, once marked, what it clashes with. */
export function SessionActions({ session, conference }: { session: Session; conference: Conference }) {
  const s = screenStrings.value;
  const [status, setStatus] = useState<Status>({ kind: 'none' });
  const clash = markedGuids.value.has(session.guid) ? markConflicts.value.get(session.guid) : undefined;
  const onCalendar = async () => {
    try {
      await downloadCalendar(conference, [session], sessionFileName(session));
      setStatus({ kind: 'text', text: s.calendar.done });
    } catch (error) {
      console.error(error);
      setStatus({ kind: 'text', text: s.calendar.failed, error: true });
    }
  };
  const onShare = async () => {
    const result = await shareSession(session);
    if (result.kind === 'copied') setStatus({ kind: 'text', text: s.share.copied });
    else if (result.kind === 'shared') setStatus({ kind: 'text', text: s.share.shared });
    else if (result.kind === 'manual') setStatus({ kind: 'manual', url: result.url });
    else setStatus({ kind: 'none' });
  };
  return (
    <div class="session-actions">
      <div class="action-row">
        <MarkButton guid={session.guid} />
        <button type="button" class="secondary" onClick={() => void onCalendar()}>
          {s.calendar.addOne}
        </button>
        <button type="button" class="secondary" onClick={() => void onShare()}>
          {s.share.button}
        </button>
      </div>
      {clash && <ConflictNote others={clash} />}
      <div role="status" class={status.kind === 'text' && status.error ? 'action-status error' : 'action-status'}>
        {status.kind === 'text' && <p>{status.text}</p>}
        {status.kind === 'manual' && (
          <label>
            {s.share.manual} <input type="url" readOnly value={status.url} onFocus={(e) => e.currentTarget.select()} />
          </label>
        )}
      </div>
    </div>
  );
}
