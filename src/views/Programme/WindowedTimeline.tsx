import { Component } from 'preact';
import { useMemo } from 'preact/hooks';
import type { Conference, Session } from '../../domain/types';
import type { TimeGroup } from '../../domain/schedule';
import { now } from '../../state/clock';
import { SessionCard } from '../../ui/SessionCard';
import { SlotHeading, isRunning } from './SlotHeading';
import { useWindowedRows } from './useWindowedRows';

/**
 * A long programme, windowed: slot headings and session cards are rows of one flat list, and
 * only the rows near the screen exist in the DOM. Loaded only for long lists.
 */

/** Estimated heights before measuring: a slot heading, a session card with its Merken button. */
const SLOT_ROW_PX = 64;
const SESSION_ROW_PX = 190;

type Row = { kind: 'slot'; group: TimeGroup } | { kind: 'session'; session: Session; group: TimeGroup };

interface RowProps {
  row: Row;
  index: number;
  running: boolean;
  conference: Conference;
  showDay: boolean;
}

/**
 * One row. Scrolling changes which rows are drawn, not the rows: skipping the re-render of the
 * ones that stay keeps each frame's work to the rows that come and go. Marks, changes and the
 * clock still update a row, through the signals its parts read themselves.
 */
class RowItem extends Component<RowProps> {
  override shouldComponentUpdate(next: RowProps): boolean {
    const p = this.props;
    return (
      next.row !== p.row ||
      next.index !== p.index ||
      next.running !== p.running ||
      next.conference !== p.conference ||
      next.showDay !== p.showDay
    );
  }

  override render({ row, index, running, conference, showDay }: RowProps) {
    if (row.kind === 'slot') {
      return (
        <li
          data-row={index}
          class={running ? 'slot-row slot-now' : 'slot-row'}
          aria-current={running ? 'time' : undefined}
        >
          <SlotHeading group={row.group} conference={conference} showDay={showDay} />
        </li>
      );
    }
    return (
      <li data-row={index} class={row.group.sessions.length > 1 ? 'session-row parallel' : 'session-row'}>
        <SessionCard session={row.session} conference={conference} />
      </li>
    );
  }
}

export function WindowedTimeline({
  groups,
  conference,
  showDay,
}: {
  groups: TimeGroup[];
  conference: Conference;
  showDay: boolean;
}) {
  const rows = useMemo(() => {
    const list: Row[] = [];
    for (const group of groups) {
      list.push({ kind: 'slot', group });
      for (const session of group.sessions) list.push({ kind: 'session', session, group });
    }
    return list;
  }, [groups]);
  const win = useWindowedRows(rows.length, (i) => (rows[i]!.kind === 'slot' ? SLOT_ROW_PX : SESSION_ROW_PX), rows);
  const t = now.value.getTime();
  return (
    <ol
      class="timeline timeline-windowed"
      ref={(el) => {
        win.listRef.current = el;
      }}
    >
      <li class="window-spacer" role="presentation" aria-hidden="true" style={{ height: `${win.padTop}px` }} />
      {rows.slice(win.start, win.end).map((row, k) => (
        <RowItem
          key={row.kind === 'slot' ? `slot-${row.group.sessions[0]!.guid}` : row.session.guid}
          row={row}
          index={win.start + k}
          running={row.kind === 'slot' && isRunning(row.group, t)}
          conference={conference}
          showDay={showDay}
        />
      ))}
      <li class="window-spacer" role="presentation" aria-hidden="true" style={{ height: `${win.padBottom}px` }} />
    </ol>
  );
}
