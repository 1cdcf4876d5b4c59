import { screenStrings } from '../../i18n/screens';
import { ROUTES } from '../../domain/paths';
import { NotFound } from '../../ui/NotFound';

/** Any URL the app does not know. */
export function NotFoundPage() {
  const s = screenStrings.value;
  return <NotFound title={s.notFound} back={ROUTES.programme} backLabel={s.toProgramme} />;
}
