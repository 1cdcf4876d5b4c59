import { signal, type ReadonlySignal } from '@preact/signals';
import type { Conference, Session } from '../domain/types';
import type { RawSchedule } from '../domain/raw';
import { modelContext } from '../domain/model';
import { buildConferenceInSlices, sessionsInSlices, type ConferenceFiles } from '../domain/model-chunked';
import { NO_CHANGES, type ScheduleChanges } from '../domain/changes';
import { compareProgrammes } from '../domain/compare-programmes';
import { readStoredConference, recordBundledVersion } from '../store/conferences';
import type { ConferenceRecord } from '../store/db';
import { writeSetting } from '../store/settings';
import {
  ACTIVE_CONFERENCE_SETTING,
  bundledOrNull,
  conference,
  setConference,
  setShownSubscription,
  type Bundled,
} from './conference';
import { setScheduleChanges } from './changes';
import { primeFacets, primeSearchIndex } from './search-index';
import { onTabMessage } from './tab-sync';
import { yieldToMain } from './yield';

/**
 * Putting a stored conference on screen (built in slices), switching, the changes of the last
 * update, and following other tabs' imports. The start (./conference-switch.ts) shows the
 * bundled conference without any of this and loads it only when it is needed: another
 * conference was on screen last, or once the first screen is usable.
 */

export type SwitchStatus = { kind: 'idle' } | { kind: 'loading'; id: string } | { kind: 'failed'; id: string };

const status = signal<SwitchStatus>({ kind: 'idle' });

/** A switch in progress or failed, for the Konferenzen screen. */
export const switchStatus: ReadonlySignal<SwitchStatus> = status;

let shown = 0;

/** What changed from `previous` to `model`, with the removed items as sessions of the old version. */
async function changesSince(
  previous: RawSchedule | undefined,
  model: Conference,
  files: ConferenceFiles,
): Promise<ScheduleChanges<Session>> {
  if (!previous) return NO_CHANGES;
  const old = await sessionsInSlices(previous, modelContext(previous, files.people), yieldToMain);
  return compareProgrammes(old, model.sessions);
}

/**
 * Puts conference `id` on screen, built in slices. A later call wins over an earlier one still
 * building. False when the conference is not available on this device.
 */
export async function show(id: string, bundled: Bundled | null, stored?: ConferenceRecord): Promise<boolean> {
  const mine = ++shown;
  const isBundled = bundled?.id === id;
  const record = stored ?? (await readStoredConference(id).catch(() => undefined));
  let schedule: RawSchedule | undefined;
  let previous: RawSchedule | undefined;
  if (bundled && isBundled && record?.source !== 'import') {
    schedule = bundled.files.schedule;
    // The stored copy's `previous` belongs to the shipped data only once that copy is current.
    if (record && record.hash === bundled.hash) previous = record.previous;
  } else if (record) {
    schedule = record.schedule;
    previous = record.previous;
  }
  if (!schedule) return false;
  const files: ConferenceFiles = bundled && isBundled ? bundled.files : {};
  // Reading a large record is a task of its own; building starts in the next one.
  await yieldToMain();
  const { conference: model, searchIndex, facets } = await buildConferenceInSlices(schedule, files, yieldToMain);
  const changes = await changesSince(previous, model, files);
  // Putting a large model on screen (every signal that reads it) is a task of its own too.
  await yieldToMain();
  if (mine !== shown) return false;
  primeSearchIndex(model, searchIndex);
  primeFacets(model, facets);
  setConference(model);
  setScheduleChanges(id, changes);
  // Loaded from an address: ./subscription-follow.ts keeps it current while it is on screen.
  const subscription = record?.source === 'import' ? record.subscription : undefined;
  setShownSubscription(subscription ? { id, subscription } : null);
  return true;
}

/** Stores the shipped data; after an app update with new data, shows what changed. */
export async function trackBundled(bundled: Bundled): Promise<void> {
  const id = bundled.id;
  const record = await recordBundledVersion(id, bundled.files.schedule, bundled.hash);
  if (conference.value?.id !== id) return;
  if (record === 'imported') {
    // The person imported their own version of this conference: show theirs.
    await show(id, bundled);
    return;
  }
  const model = conference.value;
  setScheduleChanges(id, await changesSince(record.previous, model, bundled.files));
}

/**
 * Switches to conference `id` and remembers the choice; false when it could not be shown.
 * `record`: its stored record when the caller has it in hand (just imported).
 */
export async function switchConference(id: string, record?: ConferenceRecord): Promise<boolean> {
  status.value = { kind: 'loading', id };
  const ok = await show(id, await bundledOrNull(), record);
  if (ok) await writeSetting(ACTIVE_CONFERENCE_SETTING, id).catch(() => {});
  status.value = ok ? { kind: 'idle' } : { kind: 'failed', id };
  return ok;
}

/**
 * What follows the conference on screen once the first screen is usable (src/idle.ts): other
 * tabs' imports, and the shipped data stored and compared with the last version (an app update
 * with new data shows what changed).
 */
export async function startFollowing(): Promise<void> {
  followOtherTabs();
  const bundled = await bundledOrNull();
  if (bundled) await trackBundled(bundled).catch((error: unknown) => console.error(error));
}

let listening = false;

/** Follows other tabs' imports and removals of the conference on screen (once per page). */
export function followOtherTabs(): void {
  if (listening) return;
  listening = true;
  onTabMessage((message) => {
    if (message.type !== 'conferences-changed') return;
    const id = conference.value?.id;
    // Another tab imported a new version of the conference on screen: show it here too. If it
    // removed that conference instead, fall back to the bundled one, as that tab did.
    if (id && message.conferenceIds.includes(id)) {
      void bundledOrNull().then(async (b) => {
        if (!(await show(id, b)) && b && b.id !== id) await show(b.id, b);
      });
    }
  });
}
