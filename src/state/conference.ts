import { signal } from '@preact/signals';
import type { Conference } from '../domain/types';
import type { RawAboutFile, RawPeopleFile, RawPlacesFile, RawSchedule } from '../domain/raw';
import type { ConferenceInfo } from '../domain/conference-info';
import bundledUrl from 'virtual:bundled-conference-url';

export type LoadState = 'loading' | 'ready' | 'error';

/** The conference on screen; null until loaded. */
export const conference = signal<Conference | null>(null);
export const loadState = signal<LoadState>('loading');

async function fetchJson<T>(url: string, early?: Promise<Response>): Promise<T> {
  const response = await (early ?? fetch(url));
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** The data files of the conference that ships with the app. */
export interface BundledFiles {
  schedule: RawSchedule;
  people: RawPeopleFile;
  places: RawPlacesFile;
  about: RawAboutFile;
}

let bundledFiles: Promise<BundledFiles> | undefined;

/**
 * The data's response if the start page's starter has requested it already (EARLY_DATA in
 * scripts/vite-plugins.ts), taken once: a body can be read only once, and a retry fetches anew.
 */
function takeEarlyResponse(): Promise<Response> | undefined {
  const holder = globalThis as { bundledConferenceResponse?: Promise<Response> };
  const early = holder.bundledConferenceResponse;
  delete holder.bundledConferenceResponse;
  return early;
}

/** The bundled data, fetched once per page (conference switching and export reuse it). */
export function fetchBundledFiles(): Promise<BundledFiles> {
  bundledFiles ??= fetchJson<BundledFiles>(bundledUrl, takeEarlyResponse()).catch((error: unknown) => {
    bundledFiles = undefined;
    throw error;
  });
  return bundledFiles;
}

/** Every conference on this device, for the Konferenzen screen (src/state/conference-switch.ts fills it). */
export const conferenceList = signal<ConferenceInfo[]>([]);

/** The one write path for the conference on screen. */
export function setConference(next: Conference): void {
  conference.value = next;
  loadState.value = 'ready';
}
