import type { Session } from '../../src/domain/types';

/**
 * The first item whose title starts with `prefix` ("Workshop A" finds "Workshop A: …"). Throws
 * when there is none, so a renamed item fails the test at the line that names it.
 */
export function sessionTitled<S extends Pick<Session, 'title'>>(sessions: readonly S[], prefix: string): S {
  const session = sessions.find((s) => s.title.startsWith(prefix));
  if (!session) throw new Error(`no item titled "${prefix}…" among ${sessions.length}`);
  return session;
}
