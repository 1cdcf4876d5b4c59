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
 * Orte work for any conference. Sets `personId` and `placeId` on the sessions it links. Fed one
 * session at a time, so a large programme can be derived in slices (src/domain/model-chunked.ts).
 */
export class DirectoryBuilder {
  private readonly people = new Map<string, Person>();
  private readonly places = new Map<string, Place>();
  // Thousands of items share a handful of rooms and names: fold each text once.
  private readonly ids = new Map<string, string>();

  constructor(private readonly source: Source) {}

  private idOf(text: string): string {
    let id = this.ids.get(text);
    if (id === undefined) this.ids.set(text, (id = slugId(text)));
    return id;
  }

  add(session: Session): void {
    for (const person of session.people) {
      if (person.personId || !person.name) continue;
      const id = this.idOf(person.name);
      if (!this.people.has(id)) {
        this.people.set(id, { id, name: person.name, bioSources: [], notes: [], sources: [this.source] });
      }
      person.personId = id;
    }
    if (!session.placeId && session.room) {
      const id = `raum-${this.idOf(session.room)}`;
      if (!this.places.has(id)) {
        this.places.set(id, {
          id,
          name: session.room,
          kind: 'room',
          summary: '',
          facts: [],
          rooms: [],
          sources: [this.source],
        });
      }
      session.placeId = id;
    }
  }

  result(): { people: Person[]; places: Place[] } {
    return { people: [...this.people.values()], places: [...this.places.values()] };
  }
}

/** The whole directory of `sessions` at once (see DirectoryBuilder). */
export function deriveDirectory(sessions: Session[], source: Source): { people: Person[]; places: Place[] } {
  const builder = new DirectoryBuilder(source);
  for (const session of sessions) builder.add(session);
  return builder.result();
}
