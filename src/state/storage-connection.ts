import { signal, type ReadonlySignal } from '@preact/signals';
import { onBeforeVersionChange, onConnectionEvent, type ConnectionEvent } from '../store/db';

/**
 * The database connection as the person needs to know it: fine, waiting for another tab that
 * runs an older version, or handed over to a newer version in another tab (reload to go on).
 */
export type ConnectionState = 'ok' | 'blocked' | 'upgraded';

const state = signal<ConnectionState>('ok');
export const connectionState: ReadonlySignal<ConnectionState> = state;

onConnectionEvent((event) => {
  if (event === 'blocked') state.value = 'blocked';
  else if (event === 'open') state.value = 'ok';
  else if (event === 'upgraded') state.value = 'upgraded';
});

/** Listens to the connection's events (a note field adapts to each); returns an unsubscribe. */
export function onConnection(listener: (event: ConnectionEvent) => void): () => void {
  return onConnectionEvent(listener);
}

/** Work to finish on the old connection before a newer version takes the database; returns an unsubscribe. */
export function beforeDatabaseHandover(task: () => Promise<unknown>): () => void {
  return onBeforeVersionChange(task);
}

/** True when the open is waiting right now (a field created meanwhile starts in that state). */
export function connectionBlocked(): boolean {
  return state.value === 'blocked';
}
