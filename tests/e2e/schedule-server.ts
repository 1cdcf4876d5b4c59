import type { IncomingHttpHeaders } from 'node:http';
import { createServer } from 'node:https';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A conference's schedule server for the browser tests, on a second loopback port and over
 * HTTPS: the app's Content-Security-Policy opens `connect-src` to `https:` only (no test-only
 * exception in the build), so the test server speaks TLS with the self-signed loopback
 * certificate in ./tls (made for these tests only; the browser is told to accept it).
 *
 * `/cors/schedule.json` is served as a schedule host that allows cross-origin reading should
 * (ETag, Last-Modified, 304 to a matching If-None-Match, the preflight those headers need);
 * `/ohne-cors/schedule.json` the same file without any CORS header.
 */

export interface SeenRequest {
  method: string;
  path: string;
  ifNoneMatch?: string;
  ifModifiedSince?: string;
}

export interface ScheduleServer {
  origin: string;
  /** Every request, in order. */
  seen: SeenRequest[];
  /** Replaces the schedule (a new version with a new ETag). */
  publish(body: string, etag: string, lastModified: Date): void;
  close(): Promise<void>;
}

const tls = (name: string) => readFileSync(join(process.cwd(), 'tests', 'e2e', 'tls', name));

export async function serveSchedule(body: string, etag: string, lastModified: Date): Promise<ScheduleServer> {
  const state = { body, etag, lastModified: lastModified.toUTCString() };
  const seen: SeenRequest[] = [];
  const header = (headers: IncomingHttpHeaders, name: string) => {
    const value = headers[name];
    return typeof value === 'string' ? value : undefined;
  };
  const server = createServer({ key: tls('loopback-key.pem'), cert: tls('loopback-cert.pem') }, (req, res) => {
    const path = new URL(req.url ?? '/', 'https://127.0.0.1').pathname;
    const ifNoneMatch = header(req.headers, 'if-none-match');
    const ifModifiedSince = header(req.headers, 'if-modified-since');
    seen.push({
      method: req.method ?? 'GET',
      path,
      ...(ifNoneMatch ? { ifNoneMatch } : {}),
      ...(ifModifiedSince ? { ifModifiedSince } : {}),
    });
    const cors = path.startsWith('/cors/');
    const corsHeaders: Record<string, string> = cors
      ? { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': 'ETag' }
      : {};
    if (req.method === 'OPTIONS' && cors) {
      res
        .writeHead(204, {
          ...corsHeaders,
          'Access-Control-Allow-Methods': 'GET',
          'Access-Control-Allow-Headers': 'If-None-Match, If-Modified-Since',
          // Every preflight reaches the server, so the test sees each conditional request.
          'Access-Control-Max-Age': '0',
        })
        .end();
      return;
    }
    if (req.method !== 'GET' || !/^\/(cors|ohne-cors)\/schedule\.json$/.test(path)) {
      res.writeHead(404, corsHeaders).end();
      return;
    }
    const validators = { ETag: state.etag, 'Last-Modified': state.lastModified, 'Cache-Control': 'no-cache' };
    if (ifNoneMatch === state.etag) {
      res.writeHead(304, { ...corsHeaders, ...validators }).end();
      return;
    }
    res
      .writeHead(200, { ...corsHeaders, ...validators, 'Content-Type': 'application/json; charset=utf-8' })
      .end(state.body);
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', ok);
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return {
    origin: `https://127.0.0.1:${address.port}`,
    seen,
    publish(next, nextEtag, modified) {
      state.body = next;
      state.etag = nextEtag;
      state.lastModified = modified.toUTCString();
    },
    close: () =>
      new Promise((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}
