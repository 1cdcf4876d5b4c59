import { beforeEach, describe, expect, it } from 'vitest';
import { freshIndexedDb } from '../support/fresh-db';
import { readMirroredSetting, readSetting, writeSetting } from '../../src/store/settings';
import { loadStoredPreferences, setThemeChoice, theme, themeChoice } from '../../src/state/preferences';

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
