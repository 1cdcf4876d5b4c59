import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/preact';
import { renderApp } from './render-app';
import { bundledConference } from '../fixtures';
import { freshIndexedDb } from '../support/fresh-db';
import { saveMark } from '../../src/store/marks';
import { exportIcs, parseIcs } from '../support/ics';
import { sessionTitled } from '../support/sessions';

const originalTz = process.env.TZ;

/** Device zones far from Berlin, with their UTC offset (in getTimezoneOffset's sign) on the day. */
const ZONES: [string, number][] = [
  ['America/New_York', 240],
  ['Asia/Tokyo', -540],
  ['Pacific/Kiritimati', -840],
];

describe.each(ZONES)('device in %s', (zone, offsetMinutes) => {
  beforeEach(async () => {
    process.env.TZ = zone;
    await freshIndexedDb();
  });
  afterAll(() => {
    process.env.TZ = originalTz;
  });

  it('really runs in that zone (so the other checks mean something)', () => {
    expect(new Date('2023-09-06T12:00:00Z').getTimezoneOffset()).toBe(offsetMinutes);
  });

  it('reads the data as Berlin time: Workshop A starts 09:15 UTC', () => {
    const workshopA = sessionTitled(bundledConference().sessions, 'Workshop A');
    expect(workshopA.start.toISOString()).toBe('2023-09-06T09:15:00.000Z');
    expect(workshopA.end.toISOString()).toBe('2023-09-06T11:00:00.000Z');
  });

  it('shows Berlin times in the programme, in Mein Tag and for the ?now= demo clock', async () => {
    const conf = bundledConference();
    const workshopA = sessionTitled(conf.sessions, 'Workshop A');
    const getTogether = sessionTitled(conf.sessions, 'Get-together');
    await saveMark(conf.id, workshopA.guid, true);
    await saveMark(conf.id, getTogether.guid, true);
    const { unmount } = renderApp('/', '?now=2023-09-06T11:30');
    expect(screen.getByText('4 parallel').closest('h2')!.textContent).toContain('ca. 11:15–13:00');
    const box = screen.getByRole('region', { name: 'Jetzt und als Nächstes' });
    await waitFor(() => expect(within(box).getAllByRole('listitem')[0]!.textContent).toContain(workshopA.title));
    expect(screen.getByText(/Demo-Uhr/).textContent).toContain('11:30');
    unmount();

    renderApp('/mein-tag');
    const list = await screen.findByRole('list', { name: 'Gemerkte Programmpunkte' });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(2));
    const [first, second] = within(list).getAllByRole('listitem');
    expect(first!.textContent).toContain('ca. 11:15–13:00');
    expect(second!.textContent).toContain('17:00–18:00');
    expect(first!.querySelector('time')!.getAttribute('datetime')).toBe('2023-09-06T11:15');
  });

  it('exports the right instants: every DTSTART/DTEND parsed back equals the item’s', () => {
    const conf = bundledConference();
    const text = exportIcs(conf, conf.sessions);
    const { events } = parseIcs(text);
    expect(events).toHaveLength(conf.sessions.length);
    for (const session of conf.sessions) {
      const event = events.find((e) => e.uid === `${session.guid}@tagesbegleiter`)!;
      expect(new Date(event.start).toISOString()).toBe(session.start.toISOString());
      expect(new Date(event.end!).toISOString()).toBe(session.end.toISOString());
    }
    // The opening is 10:00 in Berlin (CEST), whatever the device says.
    expect(text).toContain('DTSTART:20230906T080000Z\r\n');
  });
});
