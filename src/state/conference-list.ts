import { signal } from '@preact/signals';
import { conferenceInfo, type ConferenceInfo } from '../domain/conference-info';
import { findConferenceWithSession, listStoredConferences } from '../store/conference-catalog';
import { deleteStoredConference } from '../store/conferences';
import { broadcast } from './tab-sync';
import { conference, conferenceList, fetchBundledFiles } from './conference';
import { switchConference } from './conference-switch';
import type { ConferenceRecord } from '../store/db';

/**
 * The list of conferences on this device and links across them. Loaded with the Konferenzen
 * screen and the session page, not with the first screen.
 */

/** Set when a link to an item of another stored conference switched to it (the title, for a notice). */
export const switchedForLink = signal<string | null>(null);

const bundledId = (bundled: { schedule: { schedule: { conference: { acronym: string } } } } | null) => bundled?.schedule.schedule.conference.acronym;

/** Re-reads the list of conferences on this device. */
export async function refreshConferenceList(): Promise<void> {
  const [stored, bundled] = await Promise.all([
    listStoredConferences().catch(() => [] as ConferenceInfo[]),
    fetchBundledFiles().catch(() => null),
  ]);
  const list = [...stored];
  if (bundled && !list.some((c) => c.id === bundledId(bundled))) list.push(conferenceInfo(bundled.schedule, 'bundled'));
  list.sort((a, b) => Number(b.source === 'bundled') - Number(a.source === 'bundled') || b.firstDay.localeCompare(a.firstDay));
  conferenceList.value = list;
}

/**
 * A link to an item that the conference on screen does not have: if another conference on
 * this device has it, switch there (the link then shows the item). False when none has it.
 */
export async function openConferenceOfSession(guid: string): Promise<boolean> {
  const id = await findConferenceWithSession(guid, conference.value?.id ?? '').catch(() => undefined);
  if (!id || !(await switchConference(id))) return false;
  switchedForLink.value = conference.value?.title ?? id;
  return true;
}

/** Called after this tab stored a new version of conference `record.id`: show it and refresh the list. */
export async function showStoredConference(record: ConferenceRecord): Promise<boolean> {
  const ok = await switchConference(record.id, record);
  await refreshConferenceList();
  return ok;
}

/**
 * Removes an imported conference from this device (the bundled one cannot be removed). If it is
 * on screen, the app shows the bundled conference first. Marks and notes stay stored.
 */
export async function removeConference(id: string): Promise<void> {
  const bundled = await fetchBundledFiles().catch(() => null);
  const home = bundledId(bundled);
  if (id === home) return;
  if (conference.value?.id === id && home) await switchConference(home);
  await deleteStoredConference(id);
  broadcast({ type: 'conferences-changed', conferenceIds: [id] });
  await refreshConferenceList();
}
