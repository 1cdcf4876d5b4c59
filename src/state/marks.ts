import { effect, signal, type ReadonlySignal } from '@preact/signals';
import { listMarkedGuids, saveMark } from '../store/marks';
import { requestPersistenceOnce } from './storage';
import { conference } from './conference';
import { broadcast, onTabMessage } from './tab-sync';

/** 'unavailable': IndexedDB cannot be used here; marks then last only until the page closes. */
export type MarksStatus = 'loading' | 'ready' | 'unavailable';

/** A performance mark set when a mark's write has committed: the benchmark's end point. */
export const MARK_SAVED = 'mark-saved';

const marked = signal<ReadonlySet<string>>(new Set());
const status = signal<MarksStatus>('loading');

/** Guids of the marked items of the conference on screen. */
export const markedGuids: ReadonlySignal<ReadonlySet<string>> = marked;
/** Whether marks are loaded and can be saved on this device. */
export const marksStatus: ReadonlySignal<MarksStatus> = status;

/**
 * Toggles not yet committed, by conference and guid, with a sequence number. A read that
 * finishes while a write is in flight must not undo what the person just tapped.
 */
const pending = new Map<string, { conferenceId: string; guid: string; marked: boolean; seq: number }>();
let seq = 0;
/** Which conference `marked` belongs to; a read for another one is dropped. */
let loadedFor: string | undefined;
/** Only the newest read may set the signal: an older one finishing late would show stale marks. */
let readSeq = 0;

const pendingKey = (conferenceId: string, guid: string) => `${conferenceId}\u0000${guid}`;

function withPending(conferenceId: string, stored: Iterable<string>): Set<string> {
  const set = new Set(stored);
  for (const p of pending.values()) {
    if (p.conferenceId !== conferenceId) continue;
    if (p.marked) set.add(p.guid);
    else set.delete(p.guid);
  }
  return set;
}

/** Reads the stored marks of `conferenceId` into the signal. */
async function reload(conferenceId: string): Promise<void> {
  const mine = ++readSeq;
  try {
    const guids = await listMarkedGuids(conferenceId);
    if (loadedFor !== conferenceId || mine !== readSeq) return;
    marked.value = withPending(conferenceId, guids);
    if (status.value === 'loading') status.value = 'ready';
  } catch (error) {
    if (loadedFor !== conferenceId || mine !== readSeq) return;
    console.error(error);
    status.value = 'unavailable';
  }
}

/**
 * Marks or unmarks an item of the conference on screen. The button changes at once; the write
 * follows and other tabs hear about it. If it cannot be stored, the mark stays for this visit
 * and the app says that marks are not saved on this device.
 */
export async function toggleMark(guid: string): Promise<void> {
  const conferenceId = conference.value?.id;
  if (!conferenceId) return;
  const next = !marked.value.has(guid);
  const set = new Set(marked.value);
  if (next) set.add(guid);
  else set.delete(guid);
  marked.value = set;
  const key = pendingKey(conferenceId, guid);
  const mySeq = ++seq;
  pending.set(key, { conferenceId, guid, marked: next, seq: mySeq });
  try {
    await saveMark(conferenceId, guid, next);
    if (pending.get(key)?.seq === mySeq) pending.delete(key);
    globalThis.performance?.mark?.(MARK_SAVED, { detail: { guid, marked: next } });
    broadcast({ type: 'marks-changed', conferenceId });
    void requestPersistenceOnce();
  } catch (error) {
    console.error(error);
    status.value = 'unavailable';
  }
}

let stop: (() => void) | undefined;

/**
 * Follows the conference on screen (loading its marks) and other tabs' changes.
 * Idempotent; returns a stop function (tests).
 */
export function startMarks(): () => void {
  if (stop) return stop;
  status.value = 'loading';
  const stopEffect = effect(() => {
    const id = conference.value?.id;
    if (id === loadedFor) return;
    loadedFor = id;
    marked.value = id ? withPending(id, []) : new Set();
    // peek: the effect follows the conference only, not the status it sets.
    if (status.peek() !== 'unavailable') status.value = 'loading';
    if (id) void reload(id);
  });
  const stopTabs = onTabMessage((message) => {
    if (message.type === 'marks-changed' && message.conferenceId === loadedFor) void reload(message.conferenceId);
  });
  stop = () => {
    stopEffect();
    stopTabs();
    stop = undefined;
    loadedFor = undefined;
    // What was marked only in memory (storage unavailable) goes with the app that showed it.
    pending.clear();
    marked.value = new Set();
  };
  return stop;
}
