import type { Source } from '../domain/types';
import { safeHref } from '../domain/safe-url';
import { screenStrings } from '../i18n/screens';

/** The sources of a record, as links where they have a URL that may be one (http, https, mailto). */
export function SourceList({ sources }: { sources: Source[] }) {
  if (sources.length === 0) return null;
  return (
    <ul class="sources">
      {sources.map((source) => {
        const href = safeHref(source.url);
        return (
          <li key={`${source.label}|${source.url ?? ''}`}>
            {href ? (
              <a href={href} rel="noopener noreferrer external" target="_blank">
                {source.label} <span class="visually-hidden">{screenStrings.value.externalLink}</span>
              </a>
            ) : (
              source.label
            )}
          </li>
        );
      })}
    </ul>
  );
}
