import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/preact';
import { renderApp } from './render-app';
import { SCREENS_WITH_HEADINGS } from '../support/screens';
import { BOTTOM_NAV, HEADER_NAV, ROUTES } from '../../src/domain/paths';

/** Every route of src/domain/paths.ts renders its screen, and the navigation reaches each it lists. */
describe('every screen', () => {
  it.each(SCREENS_WITH_HEADINGS)('%s shows its heading "%s"', async (path, heading) => {
    renderApp(path);
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(heading);
  });

  it('the bottom navigation and the header link the screens of the route list, in its order', () => {
    renderApp('/');
    const hrefs = (name: string) =>
      within(screen.getByRole('navigation', { name }))
        .getAllByRole('link')
        .map((link) => link.getAttribute('href'));
    expect(hrefs('Hauptnavigation')).toEqual(BOTTOM_NAV.map((name) => ROUTES[name]));
    expect(hrefs('Weitere Seiten')).toEqual(HEADER_NAV.map((name) => ROUTES[name]));
  });
});
