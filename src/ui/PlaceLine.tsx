import type { Conference, Session } from '../domain/types';
import { findPlace, locationGap } from '../domain/schedule';
import { strings } from '../i18n';

/** "Parktheater Iserlohn · Raum nicht bekannt", linking the place when it has a page. */
export function PlaceLine({ session, conference, link = false }: { session: Session; conference: Conference; link?: boolean }) {
  const s = strings.value;
  const place = session.placeId ? findPlace(conference, session.placeId) : undefined;
  const name = place?.name ?? session.room;
  const gap = locationGap(session, place);
  return (
    <span class="place-line">
      {link && place ? <a href={`/orte/${place.id}`}>{name}</a> : name}
      {gap && <span class="unknown"> · {gap === 'place' ? s.placeUnknown : s.roomUnknown}</span>}
    </span>
  );
}
