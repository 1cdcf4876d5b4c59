/**
 * Map links for an address. The sources give addresses, not coordinates, so both links
 * search for the address instead of pinning invented coordinates.
 */
export function geoUri(address: string): string {
  // RFC 5870 has no search; "geo:0,0?q=" is the de facto form Android map apps understand.
  return `geo:0,0?q=${encodeURIComponent(address)}`;
}

export function openStreetMapUrl(address: string): string {
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(address)}`;
}
