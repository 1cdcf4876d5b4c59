import { screenStrings } from '../../i18n/screens';
import { ROUTES } from '../../domain/paths';

export function NotFound() {
  const s = screenStrings.value;
  return (
    <>
      <h1>{s.notFound}</h1>
      <p>
        <a href={ROUTES.programme}>{s.toProgramme}</a>
      </p>
    </>
  );
}
