import { strings } from '../../i18n';
import { EmptyState } from '../../ui/EmptyState';

/** The person's own schedule. Marks arrive with the personal-schedule work; until then it explains itself. */
export function MyDay() {
  const s = strings.value;
  return (
    <>
      <h1>{s.myDay.title}</h1>
      <EmptyState>
        <p>{s.myDay.empty}</p>
      </EmptyState>
    </>
  );
}
