import { computed, signal, type ReadonlySignal } from '@preact/signals';
import { parseDemoNow, type DemoClockParam } from '../domain/time/parse';

/** The clock ticks twice a minute: enough for "Jetzt" at minute resolution, cheap on battery. */
const TICK_MS = 30_000;

/** What the `?now=` parameter said when the app started. */
const demoClockSignal = signal<DemoClockParam>({ kind: 'absent' });
export const demoClock: ReadonlySignal<DemoClockParam> = demoClockSignal;
/** The time the app treats as now: the demo clock if set, else the device clock. */
const nowSignal = signal<Date>(new Date());
export const now: ReadonlySignal<Date> = nowSignal;
export const isDemoClock = computed(() => demoClock.value.kind === 'valid');

let timer: ReturnType<typeof setInterval> | undefined;

/** Reads `?now=` from `search` and starts the clock. Safe to call again (tests do). */
export function startClock(search: string): void {
  if (timer) clearInterval(timer);
  timer = undefined;
  const param = parseDemoNow(search);
  demoClockSignal.value = param;
  if (param.kind === 'valid') {
    nowSignal.value = param.instant;
  } else {
    nowSignal.value = new Date();
    timer = setInterval(() => (nowSignal.value = new Date()), TICK_MS);
  }
}

/** Stops the clock at `at`: the start page rendered at build time shows the day as of the build. */
export function holdClock(at: Date): void {
  if (timer) clearInterval(timer);
  timer = undefined;
  nowSignal.value = at;
}
