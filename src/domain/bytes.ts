const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'] as const;
const KILO = 1024;
const formats = new Map<string, Intl.NumberFormat>();

/** "1,5 MB": a byte count for people, with the locale's decimal mark. */
export function formatBytes(bytes: number, locale: string): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= KILO && unit < UNITS.length - 1) {
    value /= KILO;
    unit++;
  }
  let format = formats.get(locale);
  if (!format) formats.set(locale, (format = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 })));
  return `${format.format(value)} ${UNITS[unit]}`;
}
