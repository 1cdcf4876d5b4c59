import { signal, type ReadonlySignal } from '@preact/signals';
import { conferenceInfo, type ConferenceInfo } from '../domain/conference-info';
import { findConferenceWithSession, listStoredConferences } from '../store/conference-catalog';
import { deleteStoredConference } from '../store/conferences';
import { broadcast, onTabMessage } from './tab-sync';
import { bundledOrNull, conference } from './conference';
import { switchConference } from './conference-show';

/**
 * The list of conferences on this device and links across them. Loaded with the Konferenzen
 * screen and the session page, not with the first screen.
 */

const list = signal<ConferenceInfo[]>([]);
const switched = signal<string | null>(null);

/** Every conference on this device, for the Konferenzen screen: the bundled one first, then the newest. */
export const conferenceList: ReadonlySignal<ConferenceInfo[]> = list;

/** Set when a link to an item of another stored conference switched to it (the title, for a notice). */
export const switchedForLink: ReadonlySignal<string | null> = switched;

/** Moves a listed conference's "Stand:" on after a recheck found the version already stored. */
export function noteSubscriptionFetched(id: string, subscription: { url: string; fetchedAt: number }): void {
  list.value = list.value.map((c) => (c.id === id ? { ...c, subscription } : c));
}

/** Puts a just-stored conference into the list on screen, in the list's order, without reading the others. */
export function listConference(info: ConferenceInfo): void {
  list.value = sortedList([...list.value.filter((c) => c.id !== info.id), info]);
}

/** The bundled conference first, then the newest first. */
function sortedList(next: ConferenceInfo[]): ConferenceInfo[] {
  return next.sort(
    (a, b) => Number(b.source === 'bundled') - Number(a.source === 'bundled') || b.firstDay.localeCompare(a.firstDay),
  );
}

/** Re-reads the list of conferences on this device. */
export async function refreshConferenceList(): Promise<void> {
  const [stored, bundled] = await Promise.all([
    listStoredConferences().catch(() => [] as ConferenceInfo[]),
    bundledOrNull(),
  ]);
  const next = [...stored];
  if (bundled && !next.some((c) => c.id === bundled.id)) next.push(conferenceInfo(bundled.files.schedule, 'bundled'));
  sortedList(next);
  list.value = next;
}

// Another tab imported or removed a conference.
onTabMessage((message) => {
  if (message.type === 'conferences-changed') void refreshConferenceList();
});

/**
 * A link to an item that the conference on screen does not have: if another conference on
 * this device has it, switch there (the link then shows the item). False when none has it.
 */
export async function openConferenceOfSession(guid: string): Promise<boolean> {
  const id = await findConferenceWithSession(guid, conference.value?.id ?? '').catch(() => undefined);
  if (!id || !(await switchConference(id))) return false;
  switched.value = conference.value?.title ?? id;
  return true;
}

/** The notice of `openConferenceOfSession` has been seen (the person left the page). */
export function clearSwitchedForLink(): void {
  switched.value = null;
}

/**
 * Removes an imported conference from this device (the bundled one cannot be removed). If it is
 * on screen, the app shows the bundled conference first. Marks and notes stay stored.
 */
export async function removeConference(id: string): Promise<void> {
  const home = (await bundledOrNull())?.id;
  if (id === home) return;
  if (conference.value?.id === id && home) await switchConference(home);
  await deleteStoredConference(id);
  broadcast({ type: 'conferences-changed', conferenceIds: [id] });
  await refreshConferenceList();
}
