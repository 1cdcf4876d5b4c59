import { computed, signal } from '@preact/signals';
import type { Session } from '../domain/types';
import { NO_CHANGES, changesTouching, type ScheduleChanges, type SessionChange } from '../domain/changes';
import { conference } from './conference';
import { markedGuids } from './marks';

/**
 * What the last schedule update changed in the conference on screen ("neu", "geändert",
 * "entfällt"), by guid. Set whenever a conference is shown (src/state/conference-show.ts);
 * empty until a conference has been replaced by a newer version.
 */

const current = signal<{ conferenceId: string; changes: ScheduleChanges<Session> } | null>(null);

/** The changes of the conference on screen (empty for another conference than the one they belong to). */
export const scheduleChanges = computed<ScheduleChanges<Session>>(() => {
  const value = current.value;
  return value && value.conferenceId === conference.value?.id ? value.changes : NO_CHANGES;
});

/** Sets the changes of `conferenceId` (the one write path). */
export function setScheduleChanges(conferenceId: string, changes: ScheduleChanges<Session>): void {
  current.value = { conferenceId, changes };
}

/** The change of one item, if the last update changed it. */
export function changeOf(guid: string): SessionChange | undefined {
  return scheduleChanges.value.byGuid.get(guid);
}

/** Changes that concern the person's marked items, in time order ("Änderungen an deiner Merkliste"). */
export const markedChanges = computed<SessionChange[]>(() => changesTouching(scheduleChanges.value, markedGuids.value));

/** Marked items the update removed: shown as "entfällt" instead of vanishing with their marks. */
export const cancelledMarkedSessions = computed<Session[]>(() => {
  const marked = markedGuids.value;
  return scheduleChanges.value.cancelled.filter((s) => marked.has(s.guid));
});

/** A removed item by guid, for its page ("entfällt" instead of "gibt es nicht"). */
export function cancelledSession(guid: string): Session | undefined {
  return scheduleChanges.value.cancelled.find((s) => s.guid === guid);
}
