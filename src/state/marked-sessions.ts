import { computed } from '@preact/signals';
import type { Session } from '../domain/types';
import { findConflicts } from '../domain/conflicts';
import { conference } from './conference';
import { markedGuids } from './marks';

/** What the marks mean for the programme on screen: the marked items, the lost marks, the clashes. */

/** The marked items that exist in the programme, in programme order. */
export const markedSessions = computed<Session[]>(() => {
  const set = markedGuids.value;
  // Nothing marked, the usual case at first: no pass over a programme of 200,000 items.
  if (set.size === 0) return [];
  return conference.value?.sessions.filter((s) => set.has(s.guid)) ?? [];
});

/** Marks kept for items the current programme no longer has (after a schedule update). */
export const orphanMarkCount = computed(() => markedGuids.value.size - markedSessions.value.length);

/** For each marked item, the other marked items it overlaps. */
export const markConflicts = computed(() => findConflicts(markedSessions.value));
