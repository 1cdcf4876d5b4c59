/** Types for scripts/serve.mjs (used by the browser tests). */
export function startServer(options?: {
  root?: string;
  host?: string;
  port?: number;
  onRequest?: (request: import('node:http').IncomingMessage) => void;
}): Promise<{
  url: string;
  close(): Promise<void>;
}>;
/** The browser's languages from an Accept-Language header, most preferred first. */
export function acceptedLanguages(header: string | undefined): string[];
/** The prerendered start page for an Accept-Language header: '/index.html' or '/index.en.html'. */
export function startPageFor(acceptLanguage: string | undefined): '/index.html' | '/index.en.html';
