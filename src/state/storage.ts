import { signal, type ReadonlySignal } from '@preact/signals';

/**
 * Persistent storage: asked for once, when the person first creates a note, and shown on the
 * settings screen. A refusal is remembered for this page so the UI can suggest a backup.
 */

export interface StorageInfo {
  /** Bytes used and allowed, when the browser tells. */
  usage?: number;
  quota?: number;
  /** Whether the browser promised not to evict the data; null when it cannot say. */
  persisted: boolean | null;
}

const storageInfoSignal = signal<StorageInfo | null>(null);
export const storageInfo: ReadonlySignal<StorageInfo | null> = storageInfoSignal;
/** True once the browser said no to persistent storage. */
const persistRefusedSignal = signal(false);
export const persistRefused: ReadonlySignal<boolean> = persistRefusedSignal;

let asked = false;

function storageManager(): StorageManager | undefined {
  return typeof navigator !== 'undefined' ? navigator.storage : undefined;
}

/** Asks for persistent storage if not granted yet: at most once per page load. */
export async function requestPersistenceOnce(): Promise<void> {
  if (asked) return;
  asked = true;
  await askPersistence();
}

/** Asks the browser to keep this app's data; returns whether it is persistent now. */
export async function askPersistence(): Promise<boolean | null> {
  const storage = storageManager();
  if (!storage?.persist || !storage.persisted) return null;
  try {
    const granted = (await storage.persisted()) || (await storage.persist());
    persistRefusedSignal.value = !granted;
    if (storageInfo.value) storageInfoSignal.value = { ...storageInfo.value, persisted: granted };
    return granted;
  } catch {
    return null;
  }
}

/** Reads usage, quota and persistence for the settings screen. */
export async function refreshStorageInfo(): Promise<void> {
  const storage = storageManager();
  const [estimate, persisted] = await Promise.all([
    storage?.estimate ? storage.estimate().catch(() => undefined) : undefined,
    storage?.persisted ? storage.persisted().catch(() => null) : null,
  ]);
  storageInfoSignal.value = { usage: estimate?.usage, quota: estimate?.quota, persisted };
}
