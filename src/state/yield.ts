/**
 * Gives the main thread back to the browser for a moment (paint, input), then resumes: the
 * slices of a large conference's build are separate tasks, none of them a "long task".
 * scheduler.yield() where it exists (Chromium), else a MessageChannel round trip, which unlike
 * setTimeout(0) is not clamped to 4 ms after a few nested calls.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Runs `task` once the browser is idle (after the first screen's work and a person's first taps),
 * at the latest after `timeoutMs`. setTimeout where there is no requestIdleCallback (WebKit).
 */
export function whenIdle(task: () => void, timeoutMs = 2000): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: timeoutMs });
  else setTimeout(task, 200);
}
