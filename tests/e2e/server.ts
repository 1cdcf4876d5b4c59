import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { preview, type PreviewServer } from 'vite';

export interface Server {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves the production build in dist/ the way a static host does (with the SPA fallback),
 * on a free loopback port. Tests stop it to take the network away for real.
 */
export async function serveDist(): Promise<Server> {
  // E2E_DIST lets a second build (another outDir) be tested while dist/ is being rebuilt.
  const outDir = process.env.E2E_DIST ?? join(process.cwd(), 'dist');
  if (!existsSync(join(outDir, 'sw.js'))) {
    throw new Error('dist/ has no build: the e2e tests run against `vite build` output (npm test builds first).');
  }
  const server: PreviewServer = await preview({
    logLevel: 'silent',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0]?.replace(/\/$/, '');
  if (!url) throw new Error('preview server has no URL');
  return { url, close: () => server.close() };
}
