import type { Conference } from '../../domain/types';
import { findPlace } from '../../domain/schedule';
import { findSession } from '../../domain/lookup';
import { formatLongDate } from '../../domain/time/format';
import { screenStrings } from '../../i18n/screens';
import { TimeRange } from '../../ui/TimeRange';
import { Badge } from '../../ui/Badge';
import { PlaceLine } from '../../ui/PlaceLine';
import { SourceList } from '../../ui/SourceList';
import { TextBlocks } from '../../ui/TextBlocks';
import { TitleDerived } from '../../ui/TitleDerived';
import { SessionActions } from './SessionActions';
import { SessionNote } from './SessionNote';
import { ROUTES, personPath, placePath } from '../../domain/paths';
import { NotFound } from '../../ui/NotFound';

/** One programme item on its own shareable page. */
export function SessionPage({ conference, guid }: { conference: Conference; guid: string }) {
  const s = screenStrings.value;
  const session = findSession(conference, guid);
  if (!session) {
    return <NotFound title={s.session.notFound} back={ROUTES.programme} backLabel={s.session.back} />;
  }
  return (
    <article class="session-page">
      <p class="back">
        <a href={ROUTES.programme}>{s.session.back}</a>
      </p>
      <h1 lang={session.language}>{session.title}</h1>
      <TitleDerived session={session} withBasis />
      {session.subtitle && (
        <p class="subtitle" lang={session.language}>
          {session.subtitle}
        </p>
      )}
      <dl class="facts">
        <dt>{s.session.type}</dt>
        <dd>
          <Badge>{session.type}</Badge>
          {session.track && session.track !== session.type && <> · {session.track}</>}
        </dd>
        <dt>{s.session.time}</dt>
        <dd>
          {formatLongDate(session.start, s.locale, conference.timeZone)},{' '}
          <TimeRange
            start={session.start}
            end={session.end}
            estimated={session.timeEstimated}
            timeZone={conference.timeZone}
          />
          {session.timeEstimated && (
            <p class="time-basis">
              <strong>{s.estimatedTime}.</strong> {session.timeBasis}
            </p>
          )}
        </dd>
        <dt>{s.session.place}</dt>
        <dd>
          <PlaceLine session={session} conference={conference} link />
        </dd>
      </dl>
      <SessionActions session={session} conference={conference} />
      <SessionNote key={session.guid} session={session} conference={conference} />
      {session.people.length > 0 && (
        <section aria-labelledby="session-people">
          <h2 id="session-people">{s.session.people}</h2>
          <ul class="people-roles">
            {session.people.map((p, i) => (
              <li key={`${p.personId ?? p.name}-${i}`}>
                {p.personId ? <a href={personPath(p.personId)}>{p.name}</a> : p.name}
                {p.role && <span class="role"> – {p.role}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      {(session.abstract || session.description) && (
        <section aria-labelledby="session-description">
          <h2 id="session-description">{s.session.description}</h2>
          {session.abstract && session.abstract !== session.description && (
            <p class="abstract" lang={session.language}>
              {session.abstract}
            </p>
          )}
          <TextBlocks text={session.description} lang={session.language} />
        </section>
      )}
      {session.stations.length > 0 && (
        <section aria-labelledby="session-stations">
          <h2 id="session-stations">{s.session.stations}</h2>
          <ol class="stations">
            {session.stations.map((station) => {
              const place = station.placeId ? findPlace(conference, station.placeId) : undefined;
              return (
                <li key={station.title}>
                  <h3 lang={session.language}>{station.title}</h3>
                  {place && (
                    <p>
                      <a href={placePath(place.id)}>{place.name}</a>
                    </p>
                  )}
                  <p lang={session.language}>{station.text}</p>
                </li>
              );
            })}
          </ol>
        </section>
      )}
      {session.sources.length > 0 && (
        <section aria-labelledby="session-sources">
          <h2 id="session-sources">{s.session.sources}</h2>
          <SourceList sources={session.sources} />
        </section>
      )}
    </article>
  );
}
