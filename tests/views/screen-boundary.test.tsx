import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { App } from '../../src/views/App';
import { setConference } from '../../src/state/conference';
import { startClock } from '../../src/state/clock';
import { bundledConference } from '../fixtures';

describe('a screen that meets a value it does not expect', () => {
  it('shows a clear message instead of an empty main; the navigation and other screens still work', async () => {
    const conference = bundledConference();
    const workshop = conference.sessions.find((s) => s.stations.length > 0)!;
    // As an imported file of an older version could have stored it.
    (workshop as { stations: unknown }).stations = 'vier Stationen';
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    window.history.replaceState(null, '', `/sitzung/${workshop.guid}`);
    startClock('');
    setConference(conference);
    render(<App />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/Diese Ansicht kann nicht angezeigt werden/);
    expect(alert.textContent).toMatch(/Deine Daten sind unverändert/);
    expect(screen.getByRole('navigation', { name: 'Hauptnavigation' })).toBeVisible();
    fireEvent.click(screen.getByRole('link', { name: 'Programm', exact: true } as never));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'Programm' })).toBeVisible());
    expect(screen.queryByText(/Diese Ansicht kann nicht angezeigt werden/)).toBeNull();
    quiet.mockRestore();
  });
});
