import type { Conference } from '../../domain/types';
import { screenStrings } from '../../i18n/screens';
import { MapLinks } from '../../ui/MapLinks';
import { placePath } from '../../domain/paths';

/** The venue first, then the Stadtlabore and the mobile examples. */
export function PlacesList({ conference }: { conference: Conference }) {
  const s = screenStrings.value;
  const order = { venue: 0, stadtlabor: 1, mobile: 2, room: 3 };
  const places = [...conference.places].sort((a, b) => order[a.kind] - order[b.kind]);
  return (
    <>
      <h1>{s.places.title}</h1>
      <ul class="card-list">
        {places.map((place) => (
          <li key={place.id} class="card">
            <h2 class="card-title">
              <a href={placePath(place.id)}>{place.name}</a>
            </h2>
            <p class="kind">{s.places.kind[place.kind]}</p>
            {place.summary && <p>{place.summary}</p>}
            {place.kind !== 'room' && (
              <p class="address">
                {place.address ?? s.places.addressUnknown}
                {place.addressNote && <span class="unknown"> ({place.addressNote})</span>}
              </p>
            )}
            {place.address && <MapLinks name={place.name} address={place.address} />}
          </li>
        ))}
      </ul>
      <p class="note">{s.places.mapNote}</p>
    </>
  );
}
