import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../scripts/serve.mjs';

/** A raw GET: fetch() would normalise the path before it is sent. */
function get(url: string, path: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('scripts/serve.mjs', () => {
  let root: string;
  let server: { url: string; close(): Promise<void> };
  const META_CSP = "default-src 'self'; script-src 'self'";

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'tagesbegleiter-serve-'));
    const page = `<!doctype html><meta http-equiv="Content-Security-Policy" content="${META_CSP.replace(/'/g, '&#39;')}"><div id="app"></div>`;
    writeFileSync(join(root, 'index.html'), page);
    writeFileSync(join(root, 'shell.html'), page);
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'assets', 'a.js'), 'export {};');
    server = await startServer({ root, port: 0 });
  });
  afterAll(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  it.each(['/%E0%A4%A', '/sitzung/%E0%A4%A', '/%', '/assets/%ZZ.js', '/a%00b'])('answers the malformed URL %s with 400 and a fixed text', async (path) => {
    const res = await get(server.url, path);
    expect(res.status).toBe(400);
    expect(res.body).toBe('Bad request');
    expect(res.body).not.toMatch(/URIError|malformed|at /);
  });

  it('sends HTML with frame-ancestors none in the CSP header and X-Frame-Options DENY', async () => {
    for (const path of ['/', '/index.html', '/sitzung/abc']) {
      const res = await get(server.url, path);
      expect(res.status, path).toBe(200);
      expect(res.headers['content-security-policy'], path).toBe(`${META_CSP}; frame-ancestors 'none'`);
      expect(res.headers['x-frame-options'], path).toBe('DENY');
      expect(res.headers['x-content-type-options'], path).toBe('nosniff');
    }
  });

  it('sends assets without the HTML-only headers, and a plain 404 for a missing one', async () => {
    const asset = await get(server.url, '/assets/a.js');
    expect(asset.status).toBe(200);
    expect(asset.headers['x-frame-options']).toBeUndefined();
    const missing = await get(server.url, '/assets/missing.js');
    expect(missing.status).toBe(404);
    expect(missing.body).toBe('Not found');
  });
});
