import { describe, expect, it } from 'vitest';
import {
  checkScheduleUrl,
  conditionalHeaders,
  fileNameOfUrl,
  isRecheckDue,
  RECHECK_INTERVAL_MS,
} from '../../src/domain/schedule-source';

/** The address a person types, the conditional request, and the 15-minute rule. */

const PAGE = 'https://tagesbegleiter.example';
const MIN = 60 * 1000;

describe('checkScheduleUrl', () => {
  it.each([
    [
      'https://pretalx.example/kiez/schedule/export/schedule.json',
      'https://pretalx.example/kiez/schedule/export/schedule.json',
    ],
    ['  https://fahrplan.example/schedule.xml  ', 'https://fahrplan.example/schedule.xml'],
    ['https://indico.example/event/7/timetable.ics#top', 'https://indico.example/event/7/timetable.ics'],
    ['webcal://sched.example/all.ics', 'https://sched.example/all.ics'],
    ['WEBCAL://sched.example/all.ics', 'https://sched.example/all.ics'],
    [`${PAGE}/local/schedule.json`, `${PAGE}/local/schedule.json`],
  ])('accepts %s', (input, url) => {
    expect(checkScheduleUrl(input, PAGE)).toEqual({ ok: true, url });
  });

  it('accepts plain http only on the page’s own origin (the CSP allows no other http: server)', () => {
    expect(checkScheduleUrl('http://127.0.0.1:4173/schedule.json', 'http://127.0.0.1:4173')).toEqual({
      ok: true,
      url: 'http://127.0.0.1:4173/schedule.json',
    });
    expect(checkScheduleUrl('http://fahrplan.example/schedule.json', PAGE)).toEqual({ ok: false, reason: 'insecure' });
    expect(checkScheduleUrl('http://127.0.0.1:9999/schedule.json', 'http://127.0.0.1:4173')).toEqual({
      ok: false,
      reason: 'insecure',
    });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['fahrplan.example/schedule.json', 'not-url'],
    ['schedule.json', 'not-url'],
    ['https://', 'not-url'],
    ['https://user:secret@fahrplan.example/schedule.json', 'not-url'],
  ])('refuses %j as %s', (input, reason) => {
    expect(checkScheduleUrl(input, PAGE)).toEqual({ ok: false, reason });
  });

  it.each([
    ['javascript:alert(1)', 'javascript:'],
    ['data:application/json,{}', 'data:'],
    ['file:///home/me/schedule.json', 'file:'],
    ['ftp://fahrplan.example/schedule.json', 'ftp:'],
    ['blob:https://x.example/1', 'blob:'],
  ])('refuses the scheme of %s', (input, scheme) => {
    expect(checkScheduleUrl(input, PAGE)).toEqual({ ok: false, reason: 'scheme', scheme });
  });
});

describe('conditionalHeaders', () => {
  it.each([
    [{}, {}],
    [{ etag: '"v1"' }, { 'If-None-Match': '"v1"' }],
    [{ lastModified: 'Tue, 05 Sep 2023 10:00:00 GMT' }, { 'If-Modified-Since': 'Tue, 05 Sep 2023 10:00:00 GMT' }],
    [
      { etag: 'W/"v2"', lastModified: 'Tue, 05 Sep 2023 10:00:00 GMT' },
      { 'If-None-Match': 'W/"v2"', 'If-Modified-Since': 'Tue, 05 Sep 2023 10:00:00 GMT' },
    ],
  ])('%j → %j', (validators, headers) => {
    expect(conditionalHeaders(validators)).toEqual(headers);
  });
});

describe('isRecheckDue (at most every 15 minutes)', () => {
  const t0 = Date.UTC(2023, 8, 6, 8, 0);
  it('is 15 minutes', () => expect(RECHECK_INTERVAL_MS).toBe(15 * MIN));
  it.each([
    ['just fetched', t0, t0, undefined, false],
    ['14:59 after the fetch', t0 + 15 * MIN - 1000, t0, undefined, false],
    ['15 minutes after the fetch', t0 + 15 * MIN, t0, undefined, true],
    ['an hour after the fetch', t0 + 60 * MIN, t0, undefined, true],
    ['an hour after the fetch, 5 minutes after a failed attempt', t0 + 60 * MIN, t0, t0 + 55 * MIN, false],
    ['an hour after the fetch, 15 minutes after a failed attempt', t0 + 60 * MIN, t0, t0 + 45 * MIN, true],
    ['the clock was set back before the fetch', t0 - 60 * MIN, t0, undefined, true],
    ['set back, but an attempt a minute ago', t0 - 60 * MIN, t0, t0 - 61 * MIN, false],
  ])('%s → %s', (_, now, fetchedAt, attempt, due) => {
    expect(isRecheckDue(now, fetchedAt, attempt)).toBe(due);
  });
});

describe('fileNameOfUrl', () => {
  it.each([
    ['https://x.example/event/schedule.json', 'schedule.json'],
    ['https://x.example/event/schedule.xml?lang=de', 'schedule.xml'],
    ['https://x.example/ical/Akademy%202024.ics', 'Akademy 2024.ics'],
    ['https://x.example/', 'schedule'],
    ['https://x.example/%E0%A4%A', 'schedule'],
  ])('%s → %s', (url, name) => {
    expect(fileNameOfUrl(url)).toBe(name);
  });
});
