// Debian's Chromium and the flags it needs on these machines (no sandbox as root; no background
// connections, which the closed network would refuse). Shared by the browser tests and the benchmark.
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-gpu',
  '--disable-quic',
];
