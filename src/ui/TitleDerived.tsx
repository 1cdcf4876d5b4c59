import type { Session } from '../domain/types';
import { strings } from '../i18n';

/**
 * "Titel abgeleitet" under an item's title when the source gave it none, so an editor's title is
 * not read as the official one; `withBasis` adds from what it was derived (the session page).
 */
export function TitleDerived({ session, withBasis = false }: { session: Session; withBasis?: boolean }) {
  if (!session.titleDerived) return null;
  const s = strings.value;
  return withBasis ? (
    <p class="title-derived time-basis">
      <strong>{s.titleDerived}.</strong> <span lang={session.language}>{session.titleDerived.basis}</span>
    </p>
  ) : (
    <p class="title-derived unknown">{s.titleDerived}</p>
  );
}
