import { describe, expect, it } from 'vitest';
import { buildConference } from '../../src/domain/model';
import { icsUid, ICS_PRODID } from '../../src/domain/ics';
import { bundledConference, rawEvent, rawSchedule } from '../fixtures';
import { exportIcs, parseIcs } from '../support/ics';
import { sessionTitled } from '../support/sessions';

const CRLF_LINE = /\r\n/;

describe('calendar export (RFC 5545)', () => {
  const conf = bundledConference();

  it('has PRODID, VERSION:2.0 and one VEVENT per item with the exact instants', () => {
    const text = exportIcs(conf, conf.sessions);
    const { calendar, events } = parseIcs(text);
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('prodid')).toBe(ICS_PRODID);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(events).toHaveLength(conf.sessions.length);
    conf.sessions.forEach((session, i) => {
      const event = events[i]!;
      expect(event.uid).toBe(`${session.guid}@tagesbegleiter`);
      expect(event.start).toBe(session.start.getTime());
      expect(event.end).toBe(session.end.getTime());
      expect(event.stamp).toBe(Date.parse('2023-09-01T08:00:00Z'));
      expect(event.summary).toBe(session.title);
      expect(event.url).toBe(`https://tagesbegleiter.example/sitzung/${session.guid}`);
      expect(event.description).toContain(event.url);
    });
  });

  it('writes UTC instants (so no VTIMEZONE is needed) and the right Berlin wall-clock for Workshop A', () => {
    const workshopA = sessionTitled(conf.sessions, 'Workshop A');
    const text = exportIcs(conf, [workshopA]);
    // 11:15–13:00 CEST (UTC+2) is 09:15–11:00 UTC.
    expect(text).toContain('DTSTART:20230906T091500Z\r\n');
    expect(text).toContain('DTEND:20230906T110000Z\r\n');
    expect(text).not.toContain('VTIMEZONE');
  });

  it('says in DESCRIPTION when the time is estimated, and names the place and unknown room in LOCATION', () => {
    const workshopA = sessionTitled(conf.sessions, 'Workshop A');
    expect(workshopA.timeEstimated).toBe(true);
    const [event] = parseIcs(exportIcs(conf, [workshopA])).events;
    expect(event!.description).toMatch(/^Ungefähre Zeit \(ca\.\) – /);
    expect(event!.description).toContain(workshopA.timeBasis!);
    expect(event!.location).toContain('Parktheater Iserlohn');
    expect(event!.location).toContain('Raum nicht bekannt');
    expect(event!.location).toContain('58644 Iserlohn');
  });

  it('does not call an exact time estimated', () => {
    const exact = buildConference(
      rawSchedule([rawEvent({ title: 'Exakt', date: '2023-09-06T10:00:00+02:00', duration: '01:00' })]),
    );
    const [event] = parseIcs(exportIcs(exact, exact.sessions)).events;
    expect(event!.description).not.toMatch(/geschätzt|Ungefähre|ca\./);
    expect(event!.location).toBe('Saal 1');
  });

  it('escapes commas, semicolons, backslashes and line breaks and gets them back unchanged', () => {
    const title = 'Daten; Räume, Wege \\ und\nZeilen';
    const tricky = buildConference(
      rawSchedule([
        rawEvent({
          title,
          abstract: 'Erste Zeile\nZweite; mit, Zeichen',
          date: '2023-09-06T10:00:00+02:00',
          duration: '01:00',
          room: 'Raum A; B, C',
        }),
      ]),
    );
    const text = exportIcs(tricky, tricky.sessions);
    expect(text).toContain('SUMMARY:Daten\\; Räume\\, Wege \\\\ und\\nZeilen');
    const [event] = parseIcs(text).events;
    expect(event!.summary).toBe(title);
    expect(event!.location).toBe('Raum A; B, C');
    expect(event!.description).toContain('Erste Zeile\nZweite; mit, Zeichen');
  });

  it('folds long lines at 75 octets (UTF-8, never inside a character), with CRLF line ends only', () => {
    const long = 'Überschneidungsfreie Außenführung „Straße“ – ' + 'äöüß€ '.repeat(60);
    const lengthy = buildConference(
      rawSchedule([rawEvent({ title: long, date: '2023-09-06T10:00:00+02:00', duration: '01:00' })]),
    );
    const text = exportIcs(lengthy, lengthy.sessions);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split(CRLF_LINE).slice(0, -1);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(lines.filter((l) => l.startsWith(' ')).length).toBeGreaterThan(3);
    expect(text).not.toContain('\uFFFD');
    expect(parseIcs(text).events[0]!.summary).toBe(long);
  });

  it('keeps the UID stable from one export to the next', () => {
    const first = parseIcs(exportIcs(conf, conf.sessions)).events.map((e) => e.uid);
    const second = parseIcs(exportIcs(conf, [...conf.sessions].reverse(), { stamp: new Date() })).events.map(
      (e) => e.uid,
    );
    expect(new Set(first).size).toBe(conf.sessions.length);
    expect([...second].reverse()).toEqual(first);
    expect(first[0]).toBe(icsUid(conf.sessions[0]!));
  });

  it('adds a VALARM only when a lead time is given', () => {
    const one = conf.sessions.slice(0, 1);
    expect(parseIcs(exportIcs(conf, one)).events[0]!.alarms).toEqual([]);
    const [event] = parseIcs(exportIcs(conf, one, { alarmMinutesBefore: 15 })).events;
    expect(event!.alarms).toEqual([
      { action: 'DISPLAY', triggerSeconds: -15 * 60, description: `Gleich beginnt: ${one[0]!.title}` },
    ]);
    expect(exportIcs(conf, one, { alarmMinutesBefore: 15 })).toContain('TRIGGER:-PT15M\r\n');
  });

  it('writes an empty but valid calendar when nothing is marked', () => {
    const { calendar, events } = parseIcs(exportIcs(conf, []));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(events).toEqual([]);
  });
});
