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
