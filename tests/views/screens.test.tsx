import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/preact';
import { renderApp } from './render-app';
import { bundledConference } from '../fixtures';
import { sessionTitled } from '../support/sessions';

describe('bottom navigation', () => {
  it('has the five links by name, the current one marked', () => {
    renderApp('/');
    const nav = screen.getByRole('navigation', { name: 'Hauptnavigation' });
    for (const name of ['Programm', 'Mein Tag', 'Personen', 'Orte', 'Notizen']) {
      expect(within(nav).getByRole('link', { name })).toBeVisible();
    }
    expect(within(nav).getByRole('link', { name: 'Programm' }).getAttribute('aria-current')).toBe('page');
  });

  it('navigates to Personen on click', async () => {
    renderApp('/');
    fireEvent.click(screen.getByRole('link', { name: 'Personen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Personen' })).toBeVisible();
  });
});

describe('Programm', () => {
  it('lists the day in order with "ca." times and the parallel workshops', () => {
    renderApp('/');
    expect(screen.getByRole('heading', { level: 1, name: 'Programm' })).toBeVisible();
    const titles = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent ?? '');
    const first = titles.findIndex((t) => t.startsWith('Begrüßung'));
    const workshopA = titles.findIndex((t) => t.startsWith('Workshop A'));
    const podium = titles.findIndex((t) => t.startsWith('Erfolgsfaktoren'));
    const getTogether = titles.findIndex((t) => t.startsWith('Get-together'));
    expect(first).toBeGreaterThanOrEqual(0);
    expect(first).toBeLessThan(workshopA);
    expect(workshopA).toBeLessThan(podium);
    expect(podium).toBeLessThan(getTogether);
    expect(screen.getByText('4 parallel')).toBeVisible();
    const slotHeading = screen.getByText('4 parallel').closest('h2')!;
    expect(slotHeading.textContent).toContain('ca. 11:15–13:00');
    expect(screen.getAllByText(/Raum nicht bekannt/).length).toBeGreaterThan(0);
  });

  it('shows "Jetzt" on the running slot and a Demo-Uhr label with ?now=', () => {
    renderApp('/', '?now=2023-09-06T11:30');
    expect(screen.getByText(/Demo-Uhr/)).toBeVisible();
    const nowBadge = screen.getAllByText('Jetzt').find((el) => el.classList.contains('badge'))!;
    expect(nowBadge.closest('li')!.textContent).toContain('Workshop A');
    const box = screen.getByRole('region', { name: 'Jetzt und als Nächstes' });
    expect(within(box).getByRole('link', { name: /Workshop B/ })).toBeVisible();
    expect(within(box).getByRole('link', { name: /Speed-Networking/ })).toBeVisible();
  });

  it('says the day is over after it, and when it starts before it', () => {
    renderApp('/', '?now=2023-09-07T09:00');
    expect(screen.getByText(/Konferenztag ist vorbei/)).toBeVisible();
    expect(screen.queryByText('Jetzt', { selector: '.badge' })).toBeNull();
  });

  it('ignores an unparseable now with a notice', () => {
    renderApp('/', '?now=morgen');
    expect(screen.getByText(/„morgen“ .* ungültig/)).toBeVisible();
    expect(screen.queryByText(/Demo-Uhr/)).toBeNull();
  });
});

describe('session page', () => {
  it('shows workshop A with ca.-time, unknown room, moderator link and the four stations', () => {
    const workshopA = sessionTitled(bundledConference().sessions, 'Workshop A');
    renderApp(`/sitzung/${workshopA.guid}`);
    expect(screen.getByRole('heading', { level: 1, name: workshopA.title })).toBeVisible();
    expect(screen.getAllByText(/ca\./).length).toBeGreaterThan(0);
    const facts = screen.getByText('Ort', { selector: 'dt' }).nextElementSibling!;
    expect(facts.textContent).toBe('Parktheater Iserlohn · Raum nicht bekannt');
    expect(screen.getByRole('link', { name: 'Dr. Dagmar Lehmann' })).toBeVisible();
    const stations = screen.getByRole('heading', { level: 2, name: 'Stationen' }).parentElement!;
    expect(within(stations).getAllByRole('heading', { level: 3 })).toHaveLength(4);
    expect(within(stations).getByText(/Wie fange ich an\?/)).toBeVisible();
  });

  it('shows the podium with its seven findings', () => {
    const podium = bundledConference().sessions.find((s) => s.type === 'Podium')!;
    renderApp(`/sitzung/${podium.guid}`);
    const description = screen.getByRole('heading', { level: 2, name: 'Beschreibung' }).parentElement!;
    const findings = within(description).getAllByRole('listitem');
    expect(findings).toHaveLength(7);
    expect(findings[0]!.textContent).toContain('Werkzeugbox');
  });

  it('says so for an unknown session', () => {
    renderApp('/sitzung/gibt-es-nicht');
    expect(screen.getByRole('heading', { level: 1, name: /gibt es in dieser Konferenz nicht/ })).toBeVisible();
  });
});

describe('Personen and Orte', () => {
  it('lists people and shows a person with role, sessions and sources', () => {
    renderApp('/personen/dagmar-lehmann');
    expect(screen.getByRole('heading', { level: 1, name: 'Dr. Dagmar Lehmann' })).toBeVisible();
    const sessions = screen.getByRole('heading', { level: 2, name: 'Programmpunkte' }).parentElement!;
    expect(within(sessions).getByRole('link', { name: /Workshop A/ })).toBeVisible();
    expect(screen.getByRole('heading', { level: 2, name: 'Quellen' })).toBeVisible();
  });

  it('shows each place with an address, a geo: link and an OpenStreetMap link', () => {
    renderApp('/orte');
    const geo = screen.getByRole('link', { name: 'In Karten-App öffnen: Parktheater Iserlohn' });
    expect(geo.getAttribute('href')).toMatch(/^geo:0,0\?q=S%C3%BCdstra%C3%9Fe/);
    const osm = screen.getByRole('link', { name: /^Bei OpenStreetMap suchen: Parktheater Iserlohn/ });
    expect(osm.getAttribute('href')).toMatch(/^https:\/\/www\.openstreetmap\.org\/search\?query=/);
    expect(screen.getByText('Südstraße / Alexanderhöhe, 58644 Iserlohn')).toBeVisible();
  });

  it('shows the venue rooms and capacities on its page', () => {
    renderApp('/orte/parktheater');
    expect(screen.getByRole('heading', { level: 1, name: 'Parktheater Iserlohn' })).toBeVisible();
    const rooms = screen.getByRole('heading', { level: 2, name: 'Räume' }).nextElementSibling!;
    expect(within(rooms as HTMLElement).getByText(/Löbbecke-Saal/)).toBeVisible();
  });
});

describe('empty states and Über', () => {
  it('Mein Tag explains how to mark items', () => {
    renderApp('/mein-tag');
    expect(screen.getByRole('heading', { level: 1, name: 'Mein Tag' })).toBeVisible();
    expect(screen.getByText(/„Merken“/)).toBeVisible();
  });

  it('Über says where the data comes from and how current it is', () => {
    renderApp('/ueber');
    expect(screen.getByRole('heading', { level: 1, name: 'Über diese App' })).toBeVisible();
    expect(screen.getByText(/Stand der Daten: .*2026/)).toBeVisible();
    expect(screen.getByRole('heading', { level: 2, name: 'Das Programm Modellprojekte Smart Cities' })).toBeVisible();
  });
});
