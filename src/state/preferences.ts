import { computed, effect, signal, type ReadonlySignal } from '@preact/signals';
import { readMirroredSetting, readSetting, writeSetting } from '../store/settings';
import { normalizeLead } from '../domain/reminders';
import { broadcast, onTabMessage } from './tab-sync';
import { setLanguage as applyLanguage, type Language } from '../i18n';
import { languageFor } from '../i18n/browser-language';

export type ThemeChoice = 'system' | 'light' | 'dark';
export type LanguageChoice = Language | 'browser';

/** The person's choices; 'system'/'browser' follow the device. */
const themeChoiceSignal = signal<ThemeChoice>('system');
export const themeChoice: ReadonlySignal<ThemeChoice> = themeChoiceSignal;
const languageChoiceSignal = signal<LanguageChoice>('browser');
export const languageChoice: ReadonlySignal<LanguageChoice> = languageChoiceSignal;
/** Minutes before a marked item to remind; null = no reminders. */
const reminderLeadSignal = signal<number | null>(null);
export const reminderLead: ReadonlySignal<number | null> = reminderLeadSignal;
/** Whether reminders may also appear as system notifications (needs the browser's permission). */
const reminderNotifySignal = signal(false);
export const reminderNotify: ReadonlySignal<boolean> = reminderNotifySignal;

const DARK_QUERY = '(prefers-color-scheme: dark)';
const systemDark = signal(typeof matchMedia === 'function' && matchMedia(DARK_QUERY).matches);

/** The theme in force. */
export const theme = computed<'light' | 'dark'>(() =>
  themeChoice.value === 'system' ? (systemDark.value ? 'dark' : 'light') : themeChoice.value,
);

/** The UI language in force: the choice, or the browser's language (German unless it prefers another). */
export const language = computed<Language>(() =>
  languageChoice.value === 'browser' ? browserLanguage() : languageChoice.value,
);

function browserLanguage(): Language {
  if (typeof navigator === 'undefined') return 'de';
  return languageFor(navigator.languages?.length ? navigator.languages : [navigator.language ?? '']);
}

const isTheme = (v: unknown): v is ThemeChoice => v === 'system' || v === 'light' || v === 'dark';
const isLanguage = (v: unknown): v is LanguageChoice => v === 'browser' || v === 'de' || v === 'en';

/** Theme colours of the browser UI (address bar), matching --accent/--bg in styles.css. */
const THEME_COLOR = { light: '#0b5563', dark: '#111417' };

let stored: Promise<void> = Promise.resolve();

/**
 * Resolves once the stored preferences have been read at start (or could not be). The settings
 * screen waits for it: before, it would show the defaults (reminders "off"), and a choice made
 * then could be overwritten by the stored value arriving after it.
 */
export function storedPreferencesLoaded(): Promise<void> {
  return stored;
}

/**
 * Applies theme and language before the first render (from the synchronous mirror), then
 * reads the stored preferences and follows changes from other tabs and from the system.
 */
export async function startPreferences(): Promise<void> {
  const theme0 = readMirroredSetting('theme');
  const lang0 = readMirroredSetting('language');
  if (isTheme(theme0)) themeChoiceSignal.value = theme0;
  if (isLanguage(lang0)) languageChoiceSignal.value = lang0;
  if (typeof matchMedia === 'function') {
    matchMedia(DARK_QUERY).addEventListener('change', (e) => (systemDark.value = e.matches));
  }
  effect(() => {
    const root = document.documentElement;
    root.dataset.theme = theme.value;
    document.querySelector('meta[name="theme-color"]')?.setAttribute('content', THEME_COLOR[theme.value]);
  });
  await applyLanguage(language.value);
  effect(() => void applyLanguage(language.value));
  onTabMessage((message) => {
    if (message.type === 'settings-changed') void loadStoredPreferences();
  });
  stored = loadStoredPreferences({
    theme: theme0,
    language: lang0,
    reminderLead: readMirroredSetting('reminderLead'),
    reminderNotify: readMirroredSetting('reminderNotify'),
  });
}

/**
 * Re-reads every preference from IndexedDB (at start, after a restore, after another tab changed
 * one). `mirrored`: at start, the values the synchronous mirror had. The mirror is written first
 * (src/store/settings.ts), so where the database differs because the page went away before its
 * write, the mirror's value is the newer one: it is kept and written back.
 */
export async function loadStoredPreferences(mirrored?: {
  theme: unknown;
  language: unknown;
  reminderLead?: unknown;
  reminderNotify?: unknown;
}): Promise<void> {
  try {
    let [t, l] = await Promise.all([readSetting('theme'), readSetting('language')]);
    if (mirrored && isTheme(mirrored.theme) && t !== mirrored.theme) await writeSetting('theme', (t = mirrored.theme));
    if (mirrored && isLanguage(mirrored.language) && l !== mirrored.language)
      await writeSetting('language', (l = mirrored.language));
    let [lead, notify] = await Promise.all([readSetting('reminderLead'), readSetting('reminderNotify')]);
    // undefined: never mirrored (an older version, or blocked storage); null is "off", a choice.
    if (mirrored && mirrored.reminderLead !== undefined && normalizeLead(mirrored.reminderLead) !== normalizeLead(lead))
      await writeSetting('reminderLead', (lead = normalizeLead(mirrored.reminderLead)));
    if (mirrored && typeof mirrored.reminderNotify === 'boolean' && mirrored.reminderNotify !== (notify === true))
      await writeSetting('reminderNotify', (notify = mirrored.reminderNotify));
    themeChoiceSignal.value = isTheme(t) ? t : 'system';
    languageChoiceSignal.value = isLanguage(l) ? l : 'browser';
    reminderLeadSignal.value = normalizeLead(lead);
    reminderNotifySignal.value = notify === true;
  } catch {
    // No IndexedDB: the mirrored theme and language still apply; reminders stay off.
  }
}

async function save(key: string, value: unknown): Promise<void> {
  await writeSetting(key, value);
  broadcast({ type: 'settings-changed', keys: [key] });
}

export async function setThemeChoice(choice: ThemeChoice): Promise<void> {
  themeChoiceSignal.value = choice;
  // Stored even when it is the default, so the mirror always holds the latest choice.
  await save('theme', choice);
}

export async function setLanguageChoice(choice: LanguageChoice): Promise<void> {
  languageChoiceSignal.value = choice;
  await save('language', choice);
}

export async function setReminderLead(minutes: number | null): Promise<void> {
  reminderLeadSignal.value = normalizeLead(minutes);
  await save('reminderLead', reminderLead.value);
}

export async function setReminderNotify(on: boolean): Promise<void> {
  reminderNotifySignal.value = on;
  await save('reminderNotify', on);
}
