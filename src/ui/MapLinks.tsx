import { geoUri, openStreetMapUrl } from '../domain/links';
import { screenStrings } from '../i18n/screens';

/** A geo: link and an OpenStreetMap search link for an address; nothing is loaded from them. */
export function MapLinks({ name, address }: { name: string; address: string }) {
  const s = screenStrings.value;
  return (
    <p class="map-links">
      <a href={geoUri(address)} aria-label={s.places.geoLink(name)}>
        {s.places.geoLinkShort}
      </a>
      <a
        href={openStreetMapUrl(address)}
        rel="noopener noreferrer external"
        target="_blank"
        aria-label={`${s.places.osmLink(name)} ${s.externalLink}`}
      >
        {s.places.osmLinkShort}
      </a>
    </p>
  );
}
