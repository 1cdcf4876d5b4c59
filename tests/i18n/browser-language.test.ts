import { describe, expect, it } from 'vitest';
import { languageFor, START_PAGE } from '../../src/i18n/browser-language';
import { acceptedLanguages, startPageFor } from '../../scripts/serve.mjs';

describe('the UI language for a browser', () => {
  it.each([
    [['de-DE', 'en'], 'de'],
    [['de'], 'de'],
    [['DE-at'], 'de'],
    [['en-US', 'de'], 'en'],
    [['fr-FR', 'de-DE'], 'en'],
    [['tr'], 'en'],
    [[], 'de'],
    [[''], 'de'],
    [['*'], 'de'],
    [['*', 'en'], 'en'],
  ] as const)('%j → %s', (languages, expected) => {
    expect(languageFor(languages)).toBe(expected);
  });
});

describe('the start page the server sends (scripts/serve.mjs)', () => {
  it('reads Accept-Language in order of preference, as navigator.languages lists it', () => {
    expect(acceptedLanguages('en-US,en;q=0.9,de;q=0.8')).toEqual(['en-US', 'en', 'de']);
    expect(acceptedLanguages('en;q=0.5, de-DE')).toEqual(['de-DE', 'en']);
    expect(acceptedLanguages('fr;q=0, de;q=0.3, en;q=0.3')).toEqual(['de', 'en']);
    expect(acceptedLanguages(undefined)).toEqual([]);
    expect(acceptedLanguages('')).toEqual([]);
  });

  // The server, the service worker and the app must pick the same language, or the page painted
  // first would be in the other one.
  it.each([
    'de-DE,de;q=0.9,en;q=0.8',
    'en-US,en;q=0.9',
    'en-US,en;q=0.9,de;q=0.8',
    'en;q=0.5, de-DE',
    'fr-CH, fr;q=0.9, de;q=0.8',
    'de-AT',
    '*',
    '',
    'garbage;;;',
  ])('Accept-Language %j: the app’s language and the page sent agree', (header) => {
    const app = languageFor(acceptedLanguages(header));
    expect(startPageFor(header)).toBe(`/${START_PAGE[app]}`);
  });

  it('sends the German page to German browsers and when nothing is said, the English one otherwise', () => {
    expect(startPageFor('de-DE,de;q=0.9')).toBe('/index.html');
    expect(startPageFor(undefined)).toBe('/index.html');
    expect(startPageFor('en-GB')).toBe('/index.en.html');
    expect(startPageFor('nl-NL,nl;q=0.9')).toBe('/index.en.html');
  });
});
