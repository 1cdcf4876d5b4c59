import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/preact';
import { renderApp } from './render-app';
import { bundledConference } from '../fixtures';
import { PlaceLine } from '../../src/ui/PlaceLine';
import { exportIcs, parseIcs } from '../support/ics';
import { de } from '../../src/i18n/de';

const conference = bundledConference();
const workshopC = conference.sessions.find((s) => s.title.startsWith('Workshop C'))!;
const mobile = conference.sessions.find((s) => s.placeId === 'mobile-beispiele')!;

/** The list under the level-2 heading `name`, or null when the page has no such heading. */
function listUnder(name: string): HTMLElement | null {
  const heading = screen.queryByRole('heading', { level: 2, name });
  return (heading?.nextElementSibling as HTMLElement | null) ?? null;
}

describe('a title the source does not give is marked as derived', () => {
  it('on the programme card of Workshop C, and on no other card', () => {
    renderApp('/');
    const hints = screen.getAllByText('Titel abgeleitet');
    expect(hints).toHaveLength(conference.sessions.filter((s) => s.titleDerived).length);
    expect(hints[0]!.closest('article')!.textContent).toContain(workshopC.title);
  });

  it('on the session page, with what it was derived from', async () => {
    renderApp(`/sitzung/${workshopC.guid}`);
    const heading = await screen.findByRole('heading', { level: 1, name: workshopC.title });
    const hint = heading.nextElementSibling as HTMLElement;
    expect(hint.textContent).toBe(`Titel abgeleitet. ${workshopC.titleDerived!.basis}`);
    expect(hint.textContent).toContain('keinen förmlichen Titel');
  });

  it('not on the page of a documented title', async () => {
    const workshopA = conference.sessions.find((s) => s.title.startsWith('Workshop A'))!;
    renderApp(`/sitzung/${workshopA.guid}`);
    await screen.findByRole('heading', { level: 1, name: workshopA.title });
    expect(screen.queryByText(/Titel abgeleitet/)).toBeNull();
  });

  it('in the calendar export', () => {
    const [event] = parseIcs(exportIcs(conference, [workshopC])).events;
    expect(event!.description).toContain(`Titel abgeleitet – ${workshopC.titleDerived!.basis}`);
  });
});

describe('place pages: held here, or presented in an item held elsewhere', () => {
  const stationPlaces = [...new Set(conference.sessions.flatMap((s) => s.stations.map((st) => st.placeId!)))];

  it('the data has stations to check (Workshop A’s four Stadtlabore)', () => {
    expect(stationPlaces.sort()).toEqual([
      'freiraum-arnsberg',
      'stadtlabor-soest',
      'waldstadtlabor-iserlohn',
      'zws-menden',
    ]);
  });

  it.each(stationPlaces)(
    '%s lists the workshop it ran a station in under "Vorgestellt in", not under "Programmpunkte hier"',
    async (placeId) => {
      const place = conference.places.find((p) => p.id === placeId)!;
      renderApp(`/orte/${placeId}`);
      await screen.findByRole('heading', { level: 1, name: place.name });
      const presentedIn = listUnder('Vorgestellt in')!;
      expect(presentedIn).not.toBeNull();
      for (const session of conference.sessions.filter(
        (s) => s.placeId !== placeId && s.stations.some((st) => st.placeId === placeId),
      )) {
        const item = within(presentedIn).getByRole('link', { name: session.title }).closest('li')!;
        const station = session.stations.find((st) => st.placeId === placeId)!;
        expect(item.textContent).toContain(`Station: ${station.title}`);
        // Where the item itself was: the workshop ran in the Parktheater, its room unknown.
        expect(item.textContent).toContain('Parktheater Iserlohn · Raum nicht bekannt');
        const here = listUnder('Programmpunkte hier');
        if (here) expect(within(here).queryByRole('link', { name: session.title })).toBeNull();
      }
      const heldHere = conference.sessions.filter((s) => s.placeId === placeId);
      if (heldHere.length) {
        const here = listUnder('Programmpunkte hier')!;
        for (const session of heldHere) expect(within(here).getByRole('link', { name: session.title })).toBeVisible();
      } else {
        expect(listUnder('Programmpunkte hier')).toBeNull();
      }
    },
  );

  it('the Parktheater lists Workshop A as held there, and has no "Vorgestellt in"', async () => {
    renderApp('/orte/parktheater');
    await screen.findByRole('heading', { level: 1, name: 'Parktheater Iserlohn' });
    expect(within(listUnder('Programmpunkte hier')!).getByRole('link', { name: /^Workshop A/ })).toBeVisible();
    expect(listUnder('Vorgestellt in')).toBeNull();
  });
});

describe('the calendar says what is not known about a place as the screen does', () => {
  it('event 11: "Mobile Beispiele · Ort nicht bekannt" on screen, "Mobile Beispiele, Ort nicht bekannt" in LOCATION', async () => {
    renderApp(`/sitzung/${mobile.guid}`);
    const place = (await screen.findByText('Ort', { selector: 'dt' })).nextElementSibling!;
    expect(place.textContent).toBe('Mobile Beispiele · Ort nicht bekannt');
    expect(parseIcs(exportIcs(conference, [mobile])).events[0]!.location).toBe('Mobile Beispiele, Ort nicht bekannt');
  });

  it.each(conference.sessions.map((s) => [s.title, s] as const))(
    '%s: LOCATION names the same gap as the place line',
    (_title, session) => {
      const { container, unmount } = render(<PlaceLine session={session} conference={conference} />);
      const onScreen = container.querySelector('.unknown')?.textContent?.replace(/^\s*·\s*/, '');
      unmount();
      const location = parseIcs(exportIcs(conference, [session])).events[0]!.location;
      for (const label of [de.roomUnknown, de.placeUnknown]) {
        expect(location.includes(label), `${label} in “${location}”`).toBe(onScreen === label);
      }
    },
  );
});
