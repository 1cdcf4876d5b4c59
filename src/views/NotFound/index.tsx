import { strings } from '../../i18n/screens';

export function NotFound() {
  const s = strings.value;
  return (
    <>
      <h1>{s.notFound}</h1>
      <p>
        <a href="/">{s.toProgramme}</a>
      </p>
    </>
  );
}
