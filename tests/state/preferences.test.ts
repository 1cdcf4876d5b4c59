import { beforeEach, describe, expect, it } from 'vitest';
import { freshIndexedDb } from '../support/fresh-db';
import { clearMirroredSettings, readMirroredSetting, readSetting, writeSetting } from '../../src/store/settings';
import {
  loadStoredPreferences,
  reminderLead,
  reminderNotify,
  setReminderLead,
  setThemeChoice,
  theme,
  themeChoice,
} from '../../src/state/preferences';

beforeEach(async () => {
  await freshIndexedDb();
  localStorage.clear();
});

describe('theme and language survive a reload right after the choice', () => {
  it('writes the synchronous mirror before the database', async () => {
    const saving = setThemeChoice('dark');
    // Before the database write has finished, a reload would already start dark.
    expect(readMirroredSetting('theme')).toBe('dark');
    await saving;
    expect(await readSetting('theme')).toBe('dark');
  });

  it('at start, keeps the mirror’s newer choice when the database missed it, and repairs the database', async () => {
    await writeSetting('theme', 'light');
    // The page went away before the database write of "dark": only the mirror has it.
    localStorage.setItem('tagesbegleiter:theme', JSON.stringify('dark'));
    await loadStoredPreferences({ theme: 'dark', language: undefined });
    expect(themeChoice.value).toBe('dark');
    expect(theme.value).toBe('dark');
    expect(await readSetting('theme')).toBe('dark');
  });

  it('after a restore (no mirror given), the database has the last word', async () => {
    await writeSetting('theme', 'light');
    // A restore wrote the database; this tab's mirror is stale.
    localStorage.setItem('tagesbegleiter:theme', JSON.stringify('dark'));
    await loadStoredPreferences();
    expect(themeChoice.value).toBe('light');
    expect(readMirroredSetting('theme')).toBe('light');
  });
});

describe('the reminder choices survive a reload right after the choice', () => {
  it('writes the mirror before the database, "off" included', async () => {
    const saving = setReminderLead(10);
    expect(readMirroredSetting('reminderLead')).toBe(10);
    await saving;
    expect(await readSetting('reminderLead')).toBe(10);
    const off = setReminderLead(null);
    // "Off" is a choice, not an absence: it must beat the 10 still in the database.
    expect(readMirroredSetting('reminderLead')).toBeNull();
    await off;
    expect(await readSetting('reminderLead')).toBeUndefined();
    // "Delete all my data" forgets it like every other mirror.
    clearMirroredSettings();
    expect(localStorage.getItem('tagesbegleiter:reminderLead')).toBeNull();
  });

  it('at start, keeps the mirror’s newer lead time and notification choice, and repairs the database', async () => {
    await writeSetting('reminderLead', 30);
    // The page went away before the database writes of "10 minutes" and "notify": only the mirror has them.
    await loadStoredPreferences({ theme: undefined, language: undefined, reminderLead: 10, reminderNotify: true });
    expect(reminderLead.value).toBe(10);
    expect(reminderNotify.value).toBe(true);
    expect(await readSetting('reminderLead')).toBe(10);
    expect(await readSetting('reminderNotify')).toBe(true);
  });

  it('at start, a mirrored "off" turns off an older stored lead time', async () => {
    await writeSetting('reminderLead', 30);
    await loadStoredPreferences({ theme: undefined, language: undefined, reminderLead: null });
    expect(reminderLead.value).toBeNull();
    expect(await readSetting('reminderLead')).toBeUndefined();
  });

  it('without a mirror (an older version wrote the database), the stored lead time stands', async () => {
    await writeSetting('reminderLead', 30);
    await loadStoredPreferences({ theme: undefined, language: undefined, reminderLead: undefined });
    expect(reminderLead.value).toBe(30);
  });
});
