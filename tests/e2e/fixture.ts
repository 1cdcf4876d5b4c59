import { afterAll, beforeAll } from 'vitest';
import { dropProfile, launch, newProfileDir, type Profile } from './browser';
import { serveDist, type Server } from './server';

/**
 * One served build and one browser profile for the enclosing describe block: started before its
 * tests, closed after. Read `server` and `profile` inside the tests (they are set by then).
 */
export function servedApp(): { readonly server: Server; readonly profile: Profile } {
  const app = {} as { server: Server; profile: Profile };
  beforeAll(async () => {
    app.server = await serveDist();
    app.profile = await launch(newProfileDir());
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
