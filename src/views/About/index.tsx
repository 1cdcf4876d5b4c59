import type { Conference } from '../../domain/types';
import { formatLongDate } from '../../domain/time/format';
import { parseIsoInZone } from '../../domain/time/parse';
import { screenStrings } from '../../i18n/screens';
import { SourceList } from '../../ui/SourceList';
import { TextBlocks } from '../../ui/TextBlocks';

/** The conference, the funding programme, and where every fact in the app comes from. */
export function About({ conference }: { conference: Conference }) {
  const s = screenStrings.value;
  const asOf = conference.dataAsOf ? parseIsoInZone(conference.dataAsOf, conference.timeZone) : null;
  return (
    <>
      <h1>{s.about.title}</h1>
      <section aria-labelledby="about-conference">
        <h2 id="about-conference">{s.about.conference}</h2>
        <p class="lead">{conference.title}</p>
        <p>{formatLongDate(conference.start, s.locale, conference.timeZone)}</p>
        <TextBlocks text={conference.description} lang="de" />
      </section>
      {conference.about.length > 0 && (
        <section aria-labelledby="about-programme">
          <h2 id="about-programme">{s.about.programme}</h2>
          <ul class="facts-list">
            {conference.about.map((fact) => (
              <li key={fact.text}>
                <p lang="de">{fact.text}</p>
                <SourceList sources={fact.sources} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="about-data">
        <h2 id="about-data">{s.about.data}</h2>
        <p>{s.about.truth}</p>
        {asOf && <p>{s.about.dataAsOf(formatLongDate(asOf, s.locale, conference.timeZone))}</p>}
        <p>{s.about.offline}</p>
        <h3>{s.about.sources}</h3>
        <SourceList sources={conference.sources} />
      </section>
    </>
  );
}
