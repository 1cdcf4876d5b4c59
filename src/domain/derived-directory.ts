import type { Person, Place, Session, Source } from './types';
import { fold } from './fold';

/** "Dr. Anna Müller" → "dr-anna-muller": a readable, URL-safe id. */
export function slugId(text: string): string {
  return (
    fold(text)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'x'
  );
}

/**
 * For an imported schedule, which has no people or places files: a person page for everyone
 * named in an item and a place for every room, built from the items themselves, so Personen and
 * Orte work for any conference. Sets `personId` and `placeId` on the sessions it links.
 */
export function deriveDirectory(sessions: Session[], source: Source): { people: Person[]; places: Place[] } {
  const people = new Map<string, Person>();
  const places = new Map<string, Place>();
  // Thousands of items share a handful of rooms and names: fold each text once.
  const ids = new Map<string, string>();
  const idOf = (text: string) => {
    let id = ids.get(text);
    if (id === undefined) ids.set(text, (id = slugId(text)));
    return id;
  };
  for (const session of sessions) {
    for (const person of session.people) {
      if (person.personId || !person.name) continue;
      const id = idOf(person.name);
      if (!people.has(id)) {
        people.set(id, { id, name: person.name, bioSources: [], notes: [], sources: [source] });
      }
      person.personId = id;
    }
    if (!session.placeId && session.room) {
      const id = `raum-${idOf(session.room)}`;
      if (!places.has(id)) {
        places.set(id, { id, name: session.room, kind: 'room', summary: '', facts: [], rooms: [], sources: [source] });
      }
      session.placeId = id;
    }
  }
  return { people: [...people.values()], places: [...places.values()] };
}
