import { beforeAll, describe, expect, it } from 'vitest';
import { dropProfile, launch, newProfileDir, waitForServiceWorker } from './browser';
import { serveDist } from './server';
import { servedBuildAndProfileDir } from './fixture';
import { SCREENS_WITH_HEADINGS as SCREENS } from '../support/screens';

describe('offline first', () => {
  const served = servedBuildAndProfileDir();
  const dir = served.dir;
  let origin = '';
  let sessionPath = '';
  const requests: string[] = [];
  beforeAll(() => {
    origin = served.server.url;
  });

  it('first visit: renders the programme and installs the service worker, asking only its own origin', async () => {
    const { context, page } = await launch(dir);
    context.on('request', (r) => requests.push(r.url()));
    await page.goto(`${origin}/`);
    await page.getByRole('heading', { level: 1, name: 'Programm' }).waitFor();
    await waitForServiceWorker(page);
    const link = page.getByRole('link', { name: /^Workshop A/ });
    sessionPath = new URL((await link.getAttribute('href'))!, origin).pathname;
    expect(sessionPath).toMatch(/^\/sitzung\//);
    for (const [path] of SCREENS) await page.goto(`${origin}${path}`);
    await context.close();
    const foreign = requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('data:'));
    expect(foreign).toEqual([]);
    expect(requests.length).toBeGreaterThan(5);
  });

  it('with the network gone, every screen and a deep link reload', async () => {
    await served.server.close();
    const { context, page } = await launch(dir, { offline: true });
    for (const [path, heading] of [...SCREENS, [sessionPath, /^Workshop A/] as const]) {
      await page.goto(`${origin}${path}`);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor({ timeout: 5000 });
      await page.reload();
      await page.getByRole('heading', { level: 1, name: heading }).waitFor({ timeout: 5000 });
    }
    await context.close();
  });

  it('a cold start of the browser offline opens a shared session link', async () => {
    const { context, page } = await launch(dir, { offline: true });
    await page.goto(`${origin}${sessionPath}`);
    await page.getByRole('heading', { level: 1, name: /^Workshop A/ }).waitFor({ timeout: 5000 });
    expect(await page.getByText('Stationen').count()).toBeGreaterThan(0);
    await page.getByRole('link', { name: 'Programm', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Programm' }).waitFor();
    expect(await page.getByText('4 parallel').count()).toBe(1);
    await context.close();
  });
});

describe('offline after the first visit, in the same page', () => {
  it('the first tap on screens never opened shows them with the network gone', async () => {
    const server = await serveDist();
    const dir = newProfileDir();
    try {
      const { context, page } = await launch(dir);
      await page.goto(`${server.url}/`);
      await page.getByRole('heading', { level: 1, name: 'Programm' }).waitFor();
      // The page fetched none of the other screens; the service worker's precache holds them.
      await waitForServiceWorker(page);
      await context.setOffline(true);
      await page.getByRole('link', { name: 'Personen', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Personen' }).waitFor({ timeout: 5000 });
      await page.getByRole('link', { name: 'Einstellungen', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Einstellungen' }).waitFor({ timeout: 5000 });
      await page.getByRole('link', { name: 'Programm', exact: true }).click();
      await page.getByRole('link', { name: /^Workshop A/ }).click();
      await page.getByRole('heading', { level: 1, name: /^Workshop A/ }).waitFor({ timeout: 5000 });
      await context.close();
    } finally {
      dropProfile(dir);
      await server.close();
    }
  });
});
