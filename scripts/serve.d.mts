/** Types for scripts/serve.mjs (used by the browser tests). */
export function startServer(options?: { root?: string; host?: string; port?: number }): Promise<{
  url: string;
  close(): Promise<void>;
}>;
