import { signal } from '@preact/signals';
import type { Conference } from '../domain/types';
import type { RawAboutFile, RawPeopleFile, RawPlacesFile, RawSchedule } from '../domain/raw';
import { buildConference } from '../domain/model';
import bundledUrl from 'virtual:bundled-conference-url';

export type LoadState = 'loading' | 'ready' | 'error';

/** The conference on screen; null until loaded. */
export const conference = signal<Conference | null>(null);
export const loadState = signal<LoadState>('loading');

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** Loads the bundled conference (served from the service worker's cache once installed). */
export async function loadBundledConference(): Promise<void> {
  try {
    const { schedule, people, places, about } = await fetchJson<{
      schedule: RawSchedule;
      people: RawPeopleFile;
      places: RawPlacesFile;
      about: RawAboutFile;
    }>(bundledUrl);
    setConference(buildConference(schedule, people, places, about));
  } catch (error) {
    console.error(error);
    loadState.value = 'error';
  }
}

/** The one write path for the conference on screen. */
export function setConference(next: Conference): void {
  conference.value = next;
  loadState.value = 'ready';
}
