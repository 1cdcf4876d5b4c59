/// <reference types="vite/client" />

/** URL of data/*.json joined into one file at build time (scripts/vite-plugins.ts). */
declare module 'virtual:bundled-conference-url' {
  const url: string;
  export default url;
}
