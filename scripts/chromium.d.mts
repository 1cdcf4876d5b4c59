/** Types for scripts/chromium.mjs. */
export function findChromium(env?: Record<string, string | undefined>): string | undefined;
export function missingChromiumMessage(env?: Record<string, string | undefined>): string;
export const CHROMIUM: string;
export const CHROMIUM_ARGS: string[];
