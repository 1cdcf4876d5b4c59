import { describe, expect, it } from 'vitest';
import { appMetaProblem, isAppMeta } from '../../src/domain/app-meta-schema';
import { toC3vocDocument } from '../../src/domain/export';
import { readScheduleDocument } from '../../src/domain/import';
import { buildConference } from '../../src/domain/model';
import { readBundled } from '../fixtures';
import { IMPORT_OPTIONS } from '../support/fixture-files';

/**
 * `conference.meta.tagesbegleiter` in an imported file: every field checked, and a file that
 * gets any of them wrong is imported without the block (never a crashing session page).
 */

const bundled = readBundled();
const workshopGuid = Object.entries(bundled.schedule.schedule.conference.meta!.tagesbegleiter!.events).find(([, e]) => e.stations?.length)![0];
const anyGuid = Object.keys(bundled.schedule.schedule.conference.meta!.tagesbegleiter!.events)[0]!;

/** The bundled conference as an exported file, with one change to its metadata. */
function fileWith(change: (meta: Record<string, any>) => void): unknown {
  const doc = JSON.parse(JSON.stringify(toC3vocDocument(bundled.schedule)));
  change(doc.schedule.conference.meta.tagesbegleiter);
  return doc;
}

const cases: [string, (meta: Record<string, any>) => void][] = [
  ['stations is a string', (m) => (m.events[workshopGuid].stations = 'vier Stationen')],
  ['stations is an object', (m) => (m.events[workshopGuid].stations = { 0: { placeId: 'p', title: 't', text: 'x' } })],
  ['a station without title', (m) => delete m.events[workshopGuid].stations[0].title],
  ['a station placeId as a number', (m) => (m.events[workshopGuid].stations[0].placeId = 7)],
  ['a station text as null', (m) => (m.events[workshopGuid].stations[0].text = null)],
  ['dataAsOf missing', (m) => delete m.dataAsOf],
  ['dataAsOf not a date', (m) => (m.dataAsOf = 'gestern')],
  ['dataAsOf an impossible date', (m) => (m.dataAsOf = '2023-13-45')],
  ['sources not a list', (m) => (m.sources = 'Dokumentation')],
  ['a source without label', (m) => (m.sources = [{ url: 'https://example.org' }])],
  ['a source url as a number', (m) => (m.sources = [{ label: 'x', url: 5 }])],
  ['events not an object', (m) => (m.events = [])],
  ['an event as null', (m) => (m.events[anyGuid] = null)],
  ['an event time missing', (m) => delete m.events[anyGuid].time],
  ['an event time.estimated as text', (m) => (m.events[anyGuid].time.estimated = 'ja')],
  ['an event time.basis as a number', (m) => (m.events[anyGuid].time.basis = 1)],
  ['an event placeId missing', (m) => delete m.events[anyGuid].placeId],
  ['an event roomKnown as text', (m) => (m.events[anyGuid].roomKnown = 'false')],
  ['an event people not a list', (m) => (m.events[anyGuid].people = 'alle')],
  ['an event person without role', (m) => (m.events[anyGuid].people = [{ personId: 'x' }])],
  ['an event sources missing', (m) => delete m.events[anyGuid].sources],
  ['an event source label as a number', (m) => (m.events[anyGuid].sources = [{ label: 1 }])],
  ['an empty block', (m) => Object.keys(m).forEach((k) => delete m[k])],
];

describe('app metadata in an imported schedule', () => {
  it('accepts the bundled conference’s own metadata, as exported', () => {
    const result = readScheduleDocument(fileWith(() => {}), IMPORT_OPTIONS);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.schedule.schedule.conference.meta?.tagesbegleiter).toEqual(bundled.schedule.schedule.conference.meta?.tagesbegleiter);
    const session = buildConference(result.schedule).sessions.find((s) => s.guid === workshopGuid)!;
    expect(session.stations.length).toBeGreaterThan(0);
  });

  it.each(cases)('%s: the file imports without the block, and every session builds', (_name, change) => {
    const doc = fileWith(change);
    expect(isAppMeta((doc as any).schedule.conference.meta.tagesbegleiter)).toBe(false);
    const result = readScheduleDocument(doc, IMPORT_OPTIONS);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.schedule.schedule.conference.meta).not.toHaveProperty('tagesbegleiter');
    const conference = buildConference(result.schedule);
    expect(conference.sessions.length).toBe(buildConference(bundled.schedule).sessions.length);
    for (const s of conference.sessions) expect(Array.isArray(s.stations)).toBe(true);
  });

  it('names where the block first goes wrong', () => {
    const doc = fileWith((m) => (m.events[workshopGuid].stations = 'x')) as any;
    expect(appMetaProblem(doc.schedule.conference.meta.tagesbegleiter)).toBe(`events.${workshopGuid}.stations`);
    expect(appMetaProblem(bundled.schedule.schedule.conference.meta?.tagesbegleiter)).toBeNull();
  });
});
