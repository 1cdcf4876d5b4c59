import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { IncomingMessage } from 'node:http';
import { startServer } from '../../scripts/serve.mjs';

export interface Server {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves the production build in dist/ as `npm start` does (compression, cache headers,
 * SPA fallback) on a free loopback port (or `port`, to come back after a stop). Tests stop it
 * to take the network away for real; `onRequest` sees every request that reaches it.
 */
export async function serveDist(
  options: { port?: number; onRequest?: (request: IncomingMessage) => void } = {},
): Promise<Server> {
  // E2E_DIST lets a second build (another outDir) be tested while dist/ is being rebuilt.
  const outDir = process.env.E2E_DIST ?? join(process.cwd(), 'dist');
  if (!existsSync(join(outDir, 'sw.js'))) {
    throw new Error('dist/ has no build: the e2e tests run against `vite build` output (npm test builds first).');
  }
  return startServer({ root: outDir, port: options.port ?? 0, onRequest: options.onRequest });
}
