import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { renderApp } from './render-app';
import { bundledConference } from '../fixtures';
import { freshIndexedDb } from '../support/fresh-db';
import { listMarkedGuids, saveMark } from '../../src/store/marks';
import { TAB_CHANNEL, type TabMessage } from '../../src/sw/messages';
import { sessionTitled } from '../support/sessions';

const conf = bundledConference();
const pick = (prefix: string) => sessionTitled(conf.sessions, prefix);
const workshopA = pick('Workshop A');
const workshopB = pick('Workshop B');
const workshopC = pick('Workshop C');
const networking = pick('Speed-Networking');

/** The Merken button inside the card or page section that holds `title`. */
function merkenIn(container: HTMLElement) {
  return within(container).getByRole('button', { name: 'Merken' });
}
const cardOf = (title: string) => screen.getByRole('link', { name: title }).closest('article') as HTMLElement;

beforeEach(freshIndexedDb);

describe('Merken in the programme', () => {
  it('every item has a Merken toggle; pressing it marks the item durably and shows it pressed', async () => {
    renderApp('/');
    const buttons = screen.getAllByRole('button', { name: 'Merken' });
    expect(buttons).toHaveLength(conf.sessions.length);
    for (const b of buttons) expect(b.getAttribute('aria-pressed')).toBe('false');
    const button = merkenIn(cardOf(workshopA.title));
    fireEvent.click(button);
    expect(button.getAttribute('aria-pressed')).toBe('true');
    await waitFor(async () => expect(await listMarkedGuids(conf.id)).toEqual([workshopA.guid]));
    // The button names its item for screen readers without changing its own name.
    expect(document.getElementById(button.getAttribute('aria-describedby')!)!.textContent).toBe(workshopA.title);
    fireEvent.click(button);
    expect(button.getAttribute('aria-pressed')).toBe('false');
    await waitFor(async () => expect(await listMarkedGuids(conf.id)).toEqual([]));
  });

  it('rapid taps end in the state the button shows, in memory and on disk', async () => {
    renderApp('/');
    const button = merkenIn(cardOf(workshopA.title));
    for (let i = 0; i < 5; i++) fireEvent.click(button);
    expect(button.getAttribute('aria-pressed')).toBe('true');
    await waitFor(async () => expect(await listMarkedGuids(conf.id)).toEqual([workshopA.guid]));
    fireEvent.click(button);
    fireEvent.click(button);
    fireEvent.click(button);
    expect(button.getAttribute('aria-pressed')).toBe('false');
    await waitFor(async () => expect(await listMarkedGuids(conf.id)).toEqual([]));
    // Once every write has settled, disk and button still agree.
    await new Promise((r) => setTimeout(r, 50));
    expect(await listMarkedGuids(conf.id)).toEqual([]);
    expect(button.getAttribute('aria-pressed')).toBe('false');
  });

  it('shows stored marks as pressed after a fresh start', async () => {
    await saveMark(conf.id, workshopB.guid, true);
    renderApp('/');
    await waitFor(() => expect(merkenIn(cardOf(workshopB.title)).getAttribute('aria-pressed')).toBe('true'));
    expect(merkenIn(cardOf(workshopA.title)).getAttribute('aria-pressed')).toBe('false');
  });

  it('puts marked items first in Jetzt und als Nächstes', async () => {
    await saveMark(conf.id, workshopC.guid, true);
    renderApp('/', '?now=2023-09-06T11:30');
    const box = screen.getByRole('region', { name: 'Jetzt und als Nächstes' });
    await waitFor(() => {
      const first = within(box).getAllByRole('listitem')[0]!;
      expect(within(first).getByRole('link').textContent).toBe(workshopC.title);
      expect(first.textContent).toContain('Gemerkt');
    });
  });

  it('shows a change another tab made (BroadcastChannel)', async () => {
    renderApp('/');
    const button = merkenIn(cardOf(workshopA.title));
    await saveMark(conf.id, workshopA.guid, true);
    const other = new BroadcastChannel(TAB_CHANNEL);
    other.postMessage({ type: 'marks-changed', conferenceId: conf.id } satisfies TabMessage);
    await waitFor(() => expect(button.getAttribute('aria-pressed')).toBe('true'), { timeout: 1000 });
    other.close();
  });
});

describe('Mein Tag', () => {
  it('explains how to mark when nothing is marked; the calendar button is there but has nothing to export', async () => {
    renderApp('/mein-tag');
    expect(screen.getByRole('heading', { level: 1, name: 'Mein Tag' })).toBeVisible();
    expect(screen.getByText(/Tippe im Programm .* auf „Merken“/)).toBeVisible();
    const calendar = screen.getByRole('button', { name: /Kalender/ });
    expect((calendar as HTMLButtonElement).disabled).toBe(true);
  });

  it('lists marked items in time order with ca. times, place and links, and flags the overlapping workshops', async () => {
    for (const s of [networking, workshopB, workshopA]) await saveMark(conf.id, s.guid, true);
    renderApp('/mein-tag');
    const list = await screen.findByRole('list', { name: 'Gemerkte Programmpunkte' });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(3));
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => within(li).getByRole('heading', { level: 2 }).textContent)).toEqual([
      workshopA.title,
      workshopB.title,
      networking.title,
    ]);
    expect(items[0]!.textContent).toContain('ca. 11:15–13:00');
    expect(items[2]!.textContent).toContain('ca. 13:00–13:45');
    expect(within(items[0]!).getByRole('link', { name: 'Parktheater Iserlohn' })).toBeVisible();
    expect(within(items[0]!).getByRole('link', { name: workshopA.title }).getAttribute('href')).toBe(
      `/sitzung/${workshopA.guid}`,
    );
    // A and B clash; networking starts as they end, so it does not.
    expect(within(items[0]!).getByText(/Überschneidet sich mit/).textContent).toBe(
      `Überschneidet sich mit ${workshopB.title}.`,
    );
    expect(within(items[1]!).getByText(/Überschneidet sich mit/).textContent).toBe(
      `Überschneidet sich mit ${workshopA.title}.`,
    );
    expect(within(items[2]!).queryByText(/Überschneidet sich mit/)).toBeNull();
    expect(screen.getByText('3 gemerkte Programmpunkte · 1 Überschneidung')).toBeVisible();
    expect((screen.getByRole('button', { name: /Kalender/ }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('names every clash when three workshops are marked', async () => {
    for (const s of [workshopA, workshopB, workshopC]) await saveMark(conf.id, s.guid, true);
    renderApp('/mein-tag');
    await waitFor(() => expect(screen.getAllByText(/Überschneidet sich mit/)).toHaveLength(3));
    expect(screen.getAllByText(/Überschneidet sich mit/)[0]!.textContent).toBe(
      `Überschneidet sich mit ${workshopB.title} und ${workshopC.title}.`,
    );
    expect(screen.getByText('3 gemerkte Programmpunkte · 3 Überschneidungen')).toBeVisible();
  });

  it('unmarking in Mein Tag removes the item, and the last one brings back the empty state', async () => {
    await saveMark(conf.id, networking.guid, true);
    renderApp('/mein-tag');
    const button = await screen.findByRole('button', { name: 'Merken' });
    expect(button.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(button);
    expect(screen.getByText(/Noch nichts gemerkt/)).toBeVisible();
    await waitFor(async () => expect(await listMarkedGuids(conf.id)).toEqual([]));
  });

  it('says when marks point at items the programme no longer has, and keeps them', async () => {
    await saveMark(conf.id, 'removed-item', true);
    await saveMark(conf.id, workshopA.guid, true);
    renderApp('/mein-tag');
    expect(await screen.findByText(/Ein gemerkter Punkt steht nicht mehr im Programm/)).toBeVisible();
    expect(await listMarkedGuids(conf.id)).toContain('removed-item');
  });
});

describe('session page', () => {
  it('has Merken, shows the clash once marked, and offers the calendar and sharing', async () => {
    await saveMark(conf.id, workshopB.guid, true);
    renderApp(`/sitzung/${workshopA.guid}`);
    const button = screen.getByRole('button', { name: 'Merken' });
    expect(screen.queryByText(/Überschneidet sich mit/)).toBeNull();
    // Pressed at once, even before the stored marks have been read: the read must not undo it.
    fireEvent.click(button);
    expect(button.getAttribute('aria-pressed')).toBe('true');
    const note = await screen.findByText(/Überschneidet sich mit/);
    expect(note.textContent).toBe(`Überschneidet sich mit ${workshopB.title}.`);
    expect(button.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('link', { name: workshopB.title }).getAttribute('href')).toBe(`/sitzung/${workshopB.guid}`);
    expect(screen.getByRole('button', { name: /Kalender/ })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Teilen' })).toBeVisible();
    await waitFor(async () => expect(await listMarkedGuids(conf.id)).toEqual([workshopB.guid, workshopA.guid]));
  });

  it('Teilen copies the link when there is no share sheet, and says so', async () => {
    const writeText = vi.fn(async (_text: string) => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    try {
      renderApp(`/sitzung/${workshopA.guid}`);
      fireEvent.click(screen.getByRole('button', { name: 'Teilen' }));
      expect(await screen.findByText('Link kopiert.')).toBeVisible();
      expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/sitzung/${workshopA.guid}`);
    } finally {
      Reflect.deleteProperty(navigator, 'clipboard');
    }
  });

  it('Teilen uses the Web Share API where present', async () => {
    const share = vi.fn(async (_data: ShareData) => {});
    Object.defineProperty(navigator, 'share', { value: share, configurable: true });
    try {
      renderApp(`/sitzung/${workshopA.guid}`);
      fireEvent.click(screen.getByRole('button', { name: 'Teilen' }));
      expect(await screen.findByText('Geteilt.')).toBeVisible();
      expect(share).toHaveBeenCalledWith({
        title: workshopA.title,
        url: `${window.location.origin}/sitzung/${workshopA.guid}`,
      });
    } finally {
      Reflect.deleteProperty(navigator, 'share');
    }
  });

  it('shows the link for copying by hand when neither sharing nor the clipboard works', async () => {
    renderApp(`/sitzung/${workshopA.guid}`);
    fireEvent.click(screen.getByRole('button', { name: 'Teilen' }));
    const field = await screen.findByRole('textbox', { name: /Der Link zum Kopieren/ });
    expect((field as HTMLInputElement).value).toBe(`${window.location.origin}/sitzung/${workshopA.guid}`);
  });
});
