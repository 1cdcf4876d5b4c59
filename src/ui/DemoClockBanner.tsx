import { demoClock, now } from '../state/clock';
import { formatClock, formatLongDate } from '../domain/time/format';
import { strings } from '../i18n';

/** Says plainly when the app runs on the `?now=` demo clock, or that a bad value was ignored. */
export function DemoClockBanner({ timeZone }: { timeZone: string }) {
  const s = strings.value;
  const param = demoClock.value;
  if (param.kind === 'absent') return null;
  if (param.kind === 'invalid') {
    return (
      <p class="banner banner-warn" role="status">
        {s.demoClockInvalid(param.raw)}
      </p>
    );
  }
  const when = `${formatLongDate(now.value, s.locale, timeZone)}, ${formatClock(now.value, timeZone)}`;
  return (
    <p class="banner banner-demo" role="status">
      {s.demoClock(when)}
    </p>
  );
}
