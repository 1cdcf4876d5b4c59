import { signal, type ReadonlySignal } from '@preact/signals';
import type { Conference } from '../domain/types';
import type { RawAboutFile, RawPeopleFile, RawPlacesFile, RawSchedule } from '../domain/raw';
import { contentHash } from '../domain/stable-id';
import type { ScheduleSubscription } from '../domain/schedule-source';
import bundledUrl from 'virtual:bundled-conference-url';

/**
 * The conference on screen and the one that ships with the app. Switching lives in
 * ./conference-switch.ts (the start) and ./conference-show.ts, the list of all conferences in ./conference-list.ts, import and export
 * in ./conference-files.ts.
 */

/** The setting that names the conference chosen last. */
export const ACTIVE_CONFERENCE_SETTING = 'activeConference';

export type LoadState = 'loading' | 'ready' | 'error';

const conferenceSignal = signal<Conference | null>(null);
const loadStateSignal = signal<LoadState>('loading');

/** The conference on screen; null until loaded. */
export const conference: ReadonlySignal<Conference | null> = conferenceSignal;
export const loadState: ReadonlySignal<LoadState> = loadStateSignal;

/** The one write path for the conference on screen. */
export function setConference(next: Conference): void {
  conferenceSignal.value = next;
  loadStateSignal.value = 'ready';
}

/** The conference on screen when it was loaded from an address (null otherwise): kept current by ./schedule-subscription.ts. */
export interface ShownSubscription {
  id: string;
  subscription: ScheduleSubscription;
}
const shownSubscriptionSignal = signal<ShownSubscription | null>(null);
export const shownSubscription: ReadonlySignal<ShownSubscription | null> = shownSubscriptionSignal;

/** Set by the switch each time a conference is shown, so the subscription follows the screen. */
export function setShownSubscription(next: ShownSubscription | null): void {
  shownSubscriptionSignal.value = next;
}

/** No conference could be shown (the bundled data did not load and none is stored). */
export function setConferenceFailed(): void {
  loadStateSignal.value = 'error';
}

/** The data files of the conference that ships with the app. */
export interface BundledFiles {
  schedule: RawSchedule;
  people: RawPeopleFile;
  places: RawPlacesFile;
  about: RawAboutFile;
}

/** The conference that ships with the app. */
export interface Bundled {
  files: BundledFiles;
  /** Its conference id (the C3VOC acronym). */
  id: string;
  /** The content hash of its schedule, computed on first use (the first screen does not need it). */
  readonly hash: string;
}

/**
 * The data's response if the start page's starter has requested it already (EARLY_DATA in
 * scripts/vite-plugins.ts), taken once: a body can be read only once, and a retry fetches anew.
 * WebKit matches no `<link rel=preload as=fetch>` to a fetch(), so the starter fetches instead.
 */
function takeEarlyResponse(): Promise<Response> | undefined {
  const holder = globalThis as { bundledConferenceResponse?: Promise<Response> };
  const early = holder.bundledConferenceResponse;
  delete holder.bundledConferenceResponse;
  return early;
}

async function fetchJson<T>(url: string, early?: Promise<Response>): Promise<T> {
  const response = await (early ?? fetch(url));
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

let cached: Promise<Bundled> | undefined;

/**
 * The bundled conference, fetched once per page (start, switching, the list and export share it).
 * A failed fetch is not kept: the next call tries again.
 */
export function bundled(): Promise<Bundled> {
  cached ??= fetchJson<BundledFiles>(bundledUrl, takeEarlyResponse()).then(
    (files): Bundled => {
      let hash: string | undefined;
      return {
        files,
        id: files.schedule.schedule.conference.acronym,
        get hash() {
          return (hash ??= contentHash(JSON.stringify(files.schedule)));
        },
      };
    },
    (error: unknown) => {
      cached = undefined;
      throw error;
    },
  );
  return cached;
}

/** `bundled()`, or null when it cannot be fetched (offline before the first visit was cached). */
export const bundledOrNull = (): Promise<Bundled | null> => bundled().catch(() => null);
