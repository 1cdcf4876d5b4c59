import { afterAll, describe, expect, it } from 'vitest';
import { setLanguage, strings as firstScreen } from '../../src/i18n';
import { screenStringsReady, screenStrings as all } from '../../src/i18n/screens';
import { deScreens } from '../../src/i18n/de-screens';
import { enScreens } from '../../src/i18n/en-screens';
import { de } from '../../src/i18n/de';
import { en } from '../../src/i18n/en';

/** The UI strings come in two parts: the first screen's and the other screens' (loaded with them). */
describe('UI strings in two parts, one language', () => {
  afterAll(() => setLanguage('de'));

  it('every key of the German parts has an English counterpart, and no key is in both parts', () => {
    const keys = (o: object) => Object.keys(o).sort();
    expect(keys(en)).toEqual(keys(de));
    expect(keys(enScreens)).toEqual(keys(deScreens));
    expect(keys(de).filter((k) => k in deScreens)).toEqual([]);
  });

  it('switching the language switches both parts together', async () => {
    await setLanguage('en');
    expect(firstScreen.value.nav.myDay).toBe('My day');
    expect(all.value.nav.myDay).toBe('My day');
    expect(all.value.settings.title).toBe('Settings');
    await setLanguage('de');
    expect(all.value.nav.myDay).toBe('Mein Tag');
    expect(all.value.settings.title).toBe('Einstellungen');
  });

  it('a quick second switch wins over a slower first one', async () => {
    const first = setLanguage('en');
    const second = setLanguage('de');
    await Promise.all([first, second]);
    expect(firstScreen.value.nav.myDay).toBe('Mein Tag');
    expect(all.value.settings.title).toBe('Einstellungen');
    expect(document.documentElement.lang).toBe('de');
  });

  it('the screens’ strings follow the language in force when a screen asks for them', async () => {
    await setLanguage('en');
    await screenStringsReady();
    expect(all.value.notes.title).toBe(enScreens.notes.title);
    expect(all.value.notes.title).not.toBe(deScreens.notes.title);
  });
});
