import type { Source } from '../domain/types';
import { screenStrings } from '../i18n/screens';

/** The sources of a record, as links where they have a URL. */
export function SourceList({ sources }: { sources: Source[] }) {
  if (sources.length === 0) return null;
  return (
    <ul class="sources">
      {sources.map((source) => (
        <li key={`${source.label}|${source.url ?? ''}`}>
          {source.url ? (
            <a href={source.url} rel="noopener noreferrer external" target="_blank">
              {source.label} <span class="visually-hidden">{screenStrings.value.externalLink}</span>
            </a>
          ) : (
            source.label
          )}
        </li>
      ))}
    </ul>
  );
}
