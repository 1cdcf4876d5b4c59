import { signal, type ReadonlySignal } from '@preact/signals';
import { Workbox } from 'workbox-window';

/** A new version is installed and waits for the person's go-ahead. */
const updateWaitingSignal = signal(false);
export const updateWaiting: ReadonlySignal<boolean> = updateWaitingSignal;
/** The first install finished: the app now works offline. */
const offlineReadySignal = signal(false);
export const offlineReady: ReadonlySignal<boolean> = offlineReadySignal;

/**
 * Things to finish before the page reloads into a new version (e.g. writing a note). A task that
 * resolves to false could not make its work safe: the page does not reload.
 */
const beforeUpdate = new Set<() => Promise<boolean | void> | boolean | void>();
/** An update was asked for but held back, because text could not be saved or kept. */
const updateHeldBackSignal = signal(false);
export const updateHeldBack: ReadonlySignal<boolean> = updateHeldBackSignal;
let workbox: Workbox | undefined;
let reloadRequested = false;

/** Long enough to read the sentence twice. */
const OFFLINE_READY_MS = 8000;

/** An hour: long enough not to matter for the battery, short enough to see a fix on the day. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

/** Registers the service worker (production builds only) and wires its lifecycle to the signals. */
export async function startServiceWorker(): Promise<void> {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  workbox = new Workbox('/sw.js', { scope: '/' });
  workbox.addEventListener('waiting', () => (updateWaitingSignal.value = true));
  workbox.addEventListener('installed', (event) => {
    if (event.isUpdate) return;
    offlineReadySignal.value = true;
    // Good news, not a question: it goes away by itself so it never covers the list for long.
    setTimeout(() => (offlineReadySignal.value = false), OFFLINE_READY_MS);
  });
  let hadController = navigator.serviceWorker.controller !== null;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // The first install taking over (clientsClaim) is not an update.
    if (!hadController) {
      hadController = true;
      return;
    }
    if (reloadRequested) window.location.reload();
    // Another tab applied the update: this page's old code may miss files the new cache dropped.
    else updateWaitingSignal.value = true;
  });
  await workbox.register();
  setInterval(() => void workbox?.update(), UPDATE_CHECK_MS);
}

/** Registers work that must finish before an update reloads the page. Returns an unsubscribe. */
export function onBeforeUpdate(task: () => Promise<boolean | void> | boolean | void): () => void {
  beforeUpdate.add(task);
  return () => beforeUpdate.delete(task);
}

/** Applies the waiting update once pending work is saved; the page then reloads into it. */
export async function applyUpdate(): Promise<void> {
  const safe = await Promise.all([...beforeUpdate].map((task) => task()));
  updateHeldBackSignal.value = safe.includes(false);
  if (updateHeldBack.value) return;
  reloadRequested = true;
  if (workbox && updateWaiting.value && navigator.serviceWorker.controller) {
    const waiting = await navigator.serviceWorker.getRegistration().then((r) => r?.waiting);
    if (waiting) {
      workbox.messageSkipWaiting();
      return;
    }
  }
  window.location.reload();
}

/**
 * Shows a system notification through the service worker (Android Chrome allows no other way);
 * false when the browser has no permission or no worker. The caller decides whether to ask.
 */
export async function showSystemNotification(title: string, options: NotificationOptions): Promise<boolean> {
  if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return false;
  try {
    const registration = await navigator.serviceWorker?.getRegistration();
    if (registration) await registration.showNotification(title, options);
    else new Notification(title, options);
    return true;
  } catch {
    return false;
  }
}

/** The person chose "Später": the update waits for the next start. */
export function postponeUpdate(): void {
  updateWaitingSignal.value = false;
}

/** The person has read that the app works offline now. */
export function dismissOfflineReady(): void {
  offlineReadySignal.value = false;
}
