import { signal, type ReadonlySignal } from '@preact/signals';
import { lastConnectionEvent, onBeforeVersionChange, onConnectionEvent, type ConnectionEvent } from '../store/db';

/**
 * The database connection as the person needs to know it: fine, waiting for another tab that
 * runs an older version, or handed over to a newer version in another tab (reload to go on).
 */
export type ConnectionState = 'ok' | 'blocked' | 'upgraded';

// 'terminated' changes nothing the person sees: the connection is reopened at once.
const STATES: Partial<Record<ConnectionEvent, ConnectionState>> = {
  blocked: 'blocked',
  open: 'ok',
  upgraded: 'upgraded',
};

// This module may load after the first screen: it starts from what the connection went through.
const state = signal<ConnectionState>(STATES[lastConnectionEvent()] ?? 'ok');
export const connectionState: ReadonlySignal<ConnectionState> = state;

onConnectionEvent((event) => {
  state.value = STATES[event] ?? state.value;
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
