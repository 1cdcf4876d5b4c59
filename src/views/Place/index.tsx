import type { Conference } from '../../domain/types';
import { findPlace } from '../../domain/schedule';
import { placeAppearances } from '../../domain/lookup';
import { screenStrings } from '../../i18n/screens';
import { MapLinks } from '../../ui/MapLinks';
import { PlaceLine } from '../../ui/PlaceLine';
import { SourceList } from '../../ui/SourceList';
import { TimeRange } from '../../ui/TimeRange';
import { ROUTES, sessionPath } from '../../domain/paths';
import { NotFound } from '../../ui/NotFound';

/** One place: address, map links, rooms, how to get there, what happened there. */
export function PlacePage({ conference, id }: { conference: Conference; id: string }) {
  const s = screenStrings.value;
  const place = findPlace(conference, id);
  if (!place) {
    return <NotFound title={s.notFound} back={ROUTES.places} backLabel={s.places.title} />;
  }
  const { held, presented } = placeAppearances(conference, place.id);
  return (
    <article>
      <p class="back">
        <a href={ROUTES.places}>{s.places.title}</a>
      </p>
      <h1>{place.name}</h1>
      <p class="kind">{s.places.kind[place.kind]}</p>
      {place.summary && <p class="lead">{place.summary}</p>}
      {place.kind !== 'room' && (
        <>
          <h2>{s.places.address}</h2>
          <p class="address">
            {place.address ?? s.places.addressUnknown}
            {place.addressNote && <span class="unknown"> ({place.addressNote})</span>}
          </p>
        </>
      )}
      {place.address && <MapLinks name={place.name} address={place.address} />}
      {place.rooms.length > 0 && (
        <>
          <h2>{s.places.rooms}</h2>
          <ul>
            {place.rooms.map((room) => (
              <li key={room.name}>
                {room.name}
                {room.capacity && <>: {room.capacity}</>}
              </li>
            ))}
          </ul>
        </>
      )}
      {place.gettingThere && (
        <>
          <h2>{s.places.gettingThere}</h2>
          <p>{place.gettingThere}</p>
        </>
      )}
      {held.length > 0 && (
        <>
          <h2>{s.places.sessions}</h2>
          <ul class="link-list">
            {held.map((session) => (
              <li key={session.guid}>
                <a href={sessionPath(session.guid)}>{session.title}</a>
                <br />
                <TimeRange
                  start={session.start}
                  end={session.end}
                  estimated={session.timeEstimated}
                  timeZone={conference.timeZone}
                />
              </li>
            ))}
          </ul>
        </>
      )}
      {presented.length > 0 && (
        <>
          {/* A station in an item held elsewhere: not "here", so its own heading, and where the item was. */}
          <h2>{s.places.presentedIn}</h2>
          <ul class="link-list">
            {presented.map(({ session, station }) => (
              <li key={session.guid}>
                <a href={sessionPath(session.guid)}>{session.title}</a>
                <br />
                {s.places.station(station.title)}
                <br />
                <TimeRange
                  start={session.start}
                  end={session.end}
                  estimated={session.timeEstimated}
                  timeZone={conference.timeZone}
                />
                , <PlaceLine session={session} conference={conference} />
              </li>
            ))}
          </ul>
        </>
      )}
      {place.facts.length > 0 && (
        <>
          <h2>{s.places.facts}</h2>
          <ul class="facts-list">
            {place.facts.map((fact) => (
              <li key={fact.text}>
                <p>{fact.text}</p>
                <SourceList sources={fact.sources} />
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>{s.places.sources}</h2>
      <SourceList sources={place.sources} />
    </article>
  );
}
