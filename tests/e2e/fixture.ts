import { afterAll, beforeAll } from 'vitest';
import { dropProfile, launch, newProfileDir, type LaunchOptions, type Profile } from './browser';
import { serveDist, type Server } from './server';

/**
 * One served build and one browser profile for the enclosing describe block: started before its
 * tests, closed after. Read `server` and `profile` inside the tests (they are set by then);
 * `requests` lists every URL the page asked for, in order.
 */
export function servedApp(options: LaunchOptions = {}): {
  readonly server: Server;
  readonly profile: Profile;
  readonly requests: readonly string[];
} {
  const requests: string[] = [];
  const app = { requests } as { server: Server; profile: Profile; requests: string[] };
  beforeAll(async () => {
    app.server = await serveDist();
    app.profile = await launch(newProfileDir(), options);
    app.profile.page.on('request', (r) => requests.push(r.url()));
  });
  afterAll(async () => {
    await app.profile?.context.close();
    if (app.profile) dropProfile(app.profile.dir);
    await app.server?.close();
  });
  return app;
}

/**
 * A served build and one browser profile directory for the enclosing describe block, for tests
 * that start and stop the browser themselves (restarts, offline cold starts). `server` is set
 * before the tests run; the directory is removed after them.
 */
export function servedBuildAndProfileDir(): { readonly server: Server; readonly dir: string } {
  const served = { dir: newProfileDir() } as { server: Server; dir: string };
  beforeAll(async () => {
    served.server = await serveDist();
  });
  afterAll(async () => {
    await served.server?.close().catch(() => {});
    dropProfile(served.dir);
  });
  return served;
}

/**
 * A served build for the enclosing describe block, and new profile directories on demand
 * (`profileDir()`), for tests that start several browsers; all of them are removed after the tests.
 */
export function servedBuildAndProfileDirs(): { readonly server: Server; profileDir(): string } {
  const dirs: string[] = [];
  const served = {
    profileDir() {
      const dir = newProfileDir();
      dirs.push(dir);
      return dir;
    },
  } as { server: Server; profileDir(): string };
  beforeAll(async () => {
    served.server = await serveDist();
  });
  afterAll(async () => {
    await served.server?.close().catch(() => {});
    for (const dir of dirs) dropProfile(dir);
  });
  return served;
}
