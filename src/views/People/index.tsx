import type { Conference } from '../../domain/types';
import { screenStrings } from '../../i18n/screens';
import { personPath } from '../../domain/paths';

/** Everyone named in the documentation, alphabetically by surname. */
export function PeopleList({ conference }: { conference: Conference }) {
  const s = screenStrings.value;
  const surname = (name: string) => name.split(' ').at(-1) ?? name;
  const people = [...conference.people].sort((a, b) => surname(a.name).localeCompare(surname(b.name), 'de'));
  return (
    <>
      <h1>{s.people.title}</h1>
      <p class="lead">{s.people.intro}</p>
      <ul class="card-list">
        {people.map((person) => (
          <li key={person.id} class="card">
            <h2 class="card-title">
              <a href={personPath(person.id)}>{person.name}</a>
            </h2>
            {(person.role || person.organisation) && (
              <p>{[person.role, person.organisation].filter(Boolean).join(', ')}</p>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
