import { formatTimeRange, toLocalIso } from '../domain/time/format';
import { strings } from '../i18n';

interface Props {
  start: Date;
  end: Date;
  estimated: boolean;
  timeZone: string;
}

/** "ca. 11:15–13:00" with machine-readable <time> elements; the title says why "ca.". */
export function TimeRange({ start, end, estimated, timeZone }: Props) {
  const s = strings.value;
  const text = formatTimeRange(start, end, false, s.approx, timeZone);
  const [from, to] = text.split('–');
  return (
    <span class="time-range" title={estimated ? s.estimatedTime : undefined}>
      {estimated && <abbr title={s.estimatedTime}>{s.approx}</abbr>}
      {estimated && ' '}
      <time dateTime={toLocalIso(start, timeZone)}>{from}</time>–<time dateTime={toLocalIso(end, timeZone)}>{to}</time>
    </span>
  );
}
