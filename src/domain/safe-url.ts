/**
 * The one rule for URLs that come from a file, a backup or a schedule server: only http:,
 * https: and mailto: become links. Everything else (javascript:, data:, file:, vbscript:, …)
 * is dropped, and the importer counts it. Kept URLs are written as RFC 3986 URIs (IDN hosts
 * as punycode, "[ ]" and other characters the RFC does not allow percent-encoded), so the
 * export passes the official schema's "uri" format.
 */

const ALLOWED = new Set(['http:', 'https:', 'mailto:']);
/** "www.coreboot.org", "example.org/path": a host name with a dot, no scheme, no spaces. */
const SCHEMELESS_HOST = /^(?:[\p{L}\p{N}-]+\.)+[\p{L}]{2,}(?::\d+)?(?:[/?#]\S*)?$/u;
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
/** Characters RFC 3986 allows after the authority (unreserved, reserved minus "[ ]", and "%"). */
const NOT_RFC3986 = /[^A-Za-z0-9\-._~:/?#@!$&'()*+,;=%]/g;
const BAD_PERCENT = /%(?![0-9A-Fa-f]{2})/g;

export type UrlVerdict =
  /** Usable as is, or after a repair the importer reports (`repaired`). */
  | { kind: 'ok'; url: string; repaired: boolean }
  /** A scheme that must never become a link. */
  | { kind: 'unsafe' }
  /** Nothing URL-like (empty, relative, garbage). */
  | { kind: 'none' };

const encodeChar = (c: string) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;

/** The WHATWG href made an RFC 3986 URI: the part after the host gets what the RFC forbids encoded. */
function rfc3986(href: string, protocol: string): string {
  const authorityEnd = protocol === 'mailto:' ? protocol.length : href.indexOf('/', protocol.length + 2);
  const cut = authorityEnd < 0 ? href.length : authorityEnd;
  const tail = href.slice(cut).replace(BAD_PERCENT, '%25').replace(NOT_RFC3986, encodeChar);
  // One "#" starts the fragment; any later one ("#/room/#fedora") is data in it.
  const hash = tail.indexOf('#');
  const fixed = hash < 0 ? tail : tail.slice(0, hash + 1) + tail.slice(hash + 1).replace(/#/g, '%23');
  return href.slice(0, cut) + fixed;
}

/** What to do with a URL from imported or restored data. */
export function judgeUrl(value: unknown): UrlVerdict {
  if (typeof value !== 'string') return { kind: 'none' };
  const text = value.trim();
  if (!text) return { kind: 'none' };
  let candidate = text;
  let repaired = false;
  // "java\tscript:" is a scheme to the URL parser too: judged without the blanks it ignores.
  if (!HAS_SCHEME.test(text) && !HAS_SCHEME.test(text.replace(/[\s\u0000-\u001f]/g, ''))) {
    if (!SCHEMELESS_HOST.test(text)) return { kind: 'none' };
    candidate = `https://${text}`;
    repaired = true;
  }
  let parsed: URL;
  try {
    parsed = new URL(candidate);
  } catch {
    // "javascript :x" and the like never parse, but are not harmless text either.
    return HAS_SCHEME.test(text) && !/^(https?|mailto):/i.test(text) ? { kind: 'unsafe' } : { kind: 'none' };
  }
  if (!ALLOWED.has(parsed.protocol)) return { kind: 'unsafe' };
  if (parsed.protocol !== 'mailto:' && !parsed.hostname) return { kind: 'none' };
  const url = rfc3986(parsed.href, parsed.protocol);
  return { kind: 'ok', url, repaired: repaired || (url !== text && !sameIgnoringNormalForm(url, text)) };
}

/** "HTTPS://Example.org" and "https://example.org/" are the same link, not a repair worth a word. */
function sameIgnoringNormalForm(url: string, text: string): boolean {
  return url.toLowerCase() === text.toLowerCase() || url === `${text}/`;
}

/** The URL if it may become a link, else undefined: the last check before any `href`. */
export function safeHref(value: string | undefined | null): string | undefined {
  if (!value) return undefined;
  try {
    const parsed = new URL(value.trim());
    return ALLOWED.has(parsed.protocol) ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
