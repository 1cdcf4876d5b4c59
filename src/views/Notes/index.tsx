import { strings } from '../../i18n';
import { EmptyState } from '../../ui/EmptyState';

/** All notes. Until notes are stored it explains where they will come from. */
export function Notes() {
  const s = strings.value;
  return (
    <>
      <h1>{s.notes.title}</h1>
      <EmptyState>
        <p>{s.notes.empty}</p>
      </EmptyState>
    </>
  );
}
