import { computed, signal } from '@preact/signals';
import { parseDemoNow, type DemoClockParam } from '../domain/clock';

/** The clock ticks twice a minute: enough for "Jetzt" at minute resolution, cheap on battery. */
const TICK_MS = 30_000;

/** What the `?now=` parameter said when the app started. */
export const demoClock = signal<DemoClockParam>({ kind: 'absent' });
/** The time the app treats as now: the demo clock if set, else the device clock. */
export const now = signal<Date>(new Date());
export const isDemoClock = computed(() => demoClock.value.kind === 'valid');

let timer: ReturnType<typeof setInterval> | undefined;

/** Reads `?now=` from `search` and starts the clock. Safe to call again (tests do). */
export function startClock(search: string): void {
  if (timer) clearInterval(timer);
  timer = undefined;
  const param = parseDemoNow(search);
  demoClock.value = param;
  if (param.kind === 'valid') {
    now.value = param.instant;
  } else {
    now.value = new Date();
    timer = setInterval(() => (now.value = new Date()), TICK_MS);
  }
}
