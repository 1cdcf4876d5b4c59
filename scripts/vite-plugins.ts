import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer, type Plugin, type PluginOption } from 'vite';
import { START_PAGE } from '../src/i18n/browser-language.ts';

/** The files in data/ that make up the bundled conference, in one download. */
const DATA_FILES = ['schedule', 'people', 'places', 'about'] as const;
const VIRTUAL_ID = 'virtual:bundled-conference-url';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
const DEV_PATH = '/@bundled-conference.json';
const ASSET_NAME = 'conference.json';

function combinedData(root: string): string {
  const combined: Record<string, unknown> = {};
  for (const name of DATA_FILES) combined[name] = JSON.parse(readFileSync(join(root, 'data', `${name}.json`), 'utf8'));
  return JSON.stringify(combined);
}

/**
 * Joins data/*.json into one hashed asset and exports its URL as `virtual:bundled-conference-url`.
 * One request instead of four: on a phone over HTTP/1.1 the four would queue behind the
 * script and style sheet for the browser's six connections, and delay the programme.
 */
export function bundledConference(): Plugin {
  let root = process.cwd();
  let isBuild = false;
  return {
    name: 'tagesbegleiter-bundled-conference',
    configResolved(config) {
      root = config.root;
      isBuild = config.command === 'build';
    },
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return;
      for (const name of DATA_FILES) this.addWatchFile(join(root, 'data', `${name}.json`));
      if (!isBuild) return `export default ${JSON.stringify(DEV_PATH)};`;
      const ref = this.emitFile({ type: 'asset', name: ASSET_NAME, source: combinedData(root) });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
    configureServer(server) {
      server.middlewares.use(DEV_PATH, (_req, res) => {
        res.setHeader('Content-Type', 'application/json');
        res.end(combinedData(root));
      });
    },
    // Names the data next to the script; prerenderStartPage turns this into an early fetch() by
    // the pages' starter (a preload alone is downloaded twice in WebKit) and removes the tag.
    transformIndexHtml: {
      order: 'post',
      handler: (_html, ctx) =>
        Object.values(ctx.bundle ?? {})
          .filter((chunk) => chunk.type === 'asset' && chunk.names.includes(ASSET_NAME))
          .map((asset) => ({
            tag: 'link',
            attrs: { rel: 'preload', href: `/${asset.fileName}`, as: 'fetch', crossorigin: 'anonymous' },
            injectTo: 'head' as const,
          })),
    },
  };
}

/**
 * The app loads nothing but its own files and runs no inline script. The one opening:
 * `connect-src https:`, for the schedule address a person enters on the Konferenzen screen
 * (src/state/schedule-subscription.ts is the only code that fetches another origin; scripts,
 * styles, images and fonts stay 'self'). No plain http: either: an https page could not fetch it.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' https:",
  "worker-src 'self'",
  // No manifest-src: WebKit does not know it and logs an error for it on every page; the
  // manifest falls back to default-src 'self', the same rule.
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * Built page only (the dev server injects its own client script): puts the style sheet into
 * the page, allowed by its hash, and adds the CSP. The sheet is small (~2 KB gzip), and a
 * separate file would block the first paint for one more round trip on a phone.
 */
export function inlineCssAndCsp(): Plugin {
  return {
    name: 'tagesbegleiter-inline-css-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const hashes: string[] = [];
        let page = html;
        for (const chunk of Object.values(ctx.bundle ?? {})) {
          if (chunk.type !== 'asset' || !chunk.fileName.endsWith('.css')) continue;
          const link = new RegExp(`<link rel="stylesheet"[^>]*href="/${chunk.fileName.replace(/[.]/g, '\\.')}"[^>]*>`);
          if (!link.test(page)) continue;
          const css = String(chunk.source);
          hashes.push(`'sha256-${createHash('sha256').update(css).digest('base64')}'`);
          page = page.replace(link, () => `<style>${css}</style>`);
          delete ctx.bundle![chunk.fileName];
        }
        // The icon too: a few hundred bytes in the page instead of one more request before idle
        // (img-src allows data:). public/favicon.svg stays the one source of it.
        const icon = readFileSync(join(import.meta.dirname, '../public/favicon.svg'), 'utf8').trim();
        page = page.replace('href="/favicon.svg"', () => `href="data:image/svg+xml,${encodeURIComponent(icon)}"`);
        const csp = CONTENT_SECURITY_POLICY.replace("style-src 'self'", ["style-src 'self'", ...hashes].join(' '));
        return {
          html: page,
          tags: [
            { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: csp }, injectTo: 'head-prepend' },
          ],
        };
      },
    },
  };
}

/**
 * Keeps everything the first screen needs in one chunk. Rolldown would otherwise split modules
 * shared with lazily loaded screens into a dozen small chunks, each one more request before the
 * programme can render. `test` is the chunk group's filter: the entry's static import graph.
 */
export function firstScreenChunk(): Plugin & { test: (id: string) => boolean } {
  const firstScreen = new Set<string>();
  return {
    name: 'tagesbegleiter-first-screen-chunk',
    apply: 'build',
    buildEnd() {
      const queue = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry);
      while (queue.length) {
        const id = queue.pop()!;
        if (firstScreen.has(id)) continue;
        firstScreen.add(id);
        queue.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
    },
    test: (id: string) => firstScreen.has(id),
  };
}

/**
 * Keeps what the app loads at idle, right after the first screen (`roots`, e.g. the service
 * worker bridge and the late banners, with their static imports outside the first screen), in one
 * chunk too: one request at idle instead of one per module and per shared piece.
 */
export function idleChunk(
  roots: string[],
  firstScreen: { test: (id: string) => boolean },
): Plugin & { test: (id: string) => boolean } {
  const idle = new Set<string>();
  return {
    name: 'tagesbegleiter-idle-chunk',
    apply: 'build',
    buildEnd() {
      const ids = [...this.getModuleIds()];
      const queue = roots.map((root) => {
        const id = ids.find((m) => m.endsWith(root));
        if (!id) this.error(`idleChunk: no module ${root}`);
        return id;
      });
      while (queue.length) {
        const id = queue.pop()!;
        if (idle.has(id) || firstScreen.test(id)) continue;
        idle.add(id);
        queue.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
    },
    test: (id: string) => idle.has(id),
  };
}

/**
 * Removes the two-line file the bundler writes for a dynamic import of a module that lives in a
 * group chunk (`export{n as LateBanners,t as startIdle}from"./idle-….js"`): its importers import
 * the group chunk itself and take the names from it, so loading it is one request, not two.
 * Only for the dynamic entries named in `names`, and only when nothing else refers to the file.
 */
export function dropFacades(names: string[]): Plugin {
  return {
    name: 'tagesbegleiter-drop-facades',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const facade of Object.values(bundle)) {
          if (facade.type !== 'chunk' || !facade.isDynamicEntry || !names.includes(facade.name)) continue;
          const reexport = /^export\s*\{([^}]*)\}\s*from\s*["'`]\.\/([^"'`]+)["'`];?\s*$/.exec(facade.code.trim());
          if (!reexport) continue;
          const picks = reexport[1]!
            .split(',')
            .map((pair) => pair.trim().split(/\s+as\s+/))
            .map(([local, exported]) => `${exported ?? local}:m.${local}`)
            .join(',');
          const file = facade.fileName.slice(facade.fileName.lastIndexOf('/') + 1).replace(/[.]/g, '\\.');
          const call = new RegExp(`import\\((["'\`])\\./${file}\\1\\)`, 'g');
          const chunks = Object.values(bundle).filter((c) => c.type === 'chunk' && c !== facade);
          for (const chunk of chunks) {
            if (chunk.type === 'chunk')
              chunk.code = chunk.code.replace(call, () => `import("./${reexport[2]}").then(m=>({${picks}}))`);
          }
          const still = new RegExp(`["'\`]\\./${file}["'\`]`);
          if (chunks.every((c) => c.type === 'chunk' && !still.test(c.code))) delete bundle[facade.fileName];
        }
      },
    },
  };
}

/**
 * The start page's only script. It runs once the page is parsed (the HTML is all in by then, and
 * nothing else on the page needs the network): it requests at once what the app needs, the data
 * (the response handed to the app), the app's code (fetched, not run) and on the English page the
 * English strings, and it runs the app only once the prerendered programme is on screen (the
 * browser's first paint entry, which comes when the frame has been presented), so the app's work
 * never delays that paint and nothing waits for the paint before it is downloaded. (Not
 * <link rel=modulepreload> in the head: that competes with the page's own download, and
 * Lighthouse's mobile simulation then paints the page later than the floor app.) The page's
 * links work meanwhile, and its controls that need the app render disabled
 * (src/state/start-page.ts). Once the service worker serves the page (every visit after the
 * first, and offline) nothing comes over the network, so the app starts at once. shell.html,
 * which has nothing to paint without the app, runs it at once too. The timer covers a page that
 * never paints (a tab opened in the background) and a browser without paint timing.
 */
function startAfterPaint(urls: { entry: string; data: string; english: string }): string {
  const url = (key: keyof typeof urls) => JSON.stringify(urls[key]);
  return [
    `let started = false;`,
    `const preload = (attributes) => document.head.append(Object.assign(document.createElement('link'), { crossOrigin: 'anonymous' }, attributes));`,
    // Not a <link rel=preload as=fetch>: WebKit matches none to the app's fetch() and downloads
    // the data again. src/state/conference.ts takes this response instead of fetching.
    `const data = fetch(${url('data')});`,
    `data.catch(() => {});`,
    `window.${EARLY_DATA} = data;`,
    `preload({ rel: 'modulepreload', href: ${url('entry')} });`,
    `if (document.documentElement.lang === 'en') preload({ rel: 'modulepreload', href: ${url('english')} });`,
    `const start = () => {`,
    `  if (started) return;`,
    `  started = true;`,
    `  import(${url('entry')});`,
    `};`,
    // shell.html paints nothing without the app: start at once (its entry script is loading already).
    `if (navigator.serviceWorker?.controller || !document.querySelector('[data-prerendered]')) start();`,
    `try { new PerformanceObserver(start).observe({ type: 'paint', buffered: true }); } catch {}`,
    `setTimeout(start, 500);`,
    ``,
  ].join('\n');
}

/** Where the starter leaves the data's response for the app (read by src/state/conference.ts). */
export const EARLY_DATA = 'bundledConferenceResponse';

/** The page served for every app URL except the start page: the same shell, without the programme. */
export const SHELL_FILE = 'shell.html';

/**
 * Puts the start page's HTML, rendered at build time by src/prerender.tsx, into index.html (German
 * UI) and index.en.html (English UI; served to browsers that prefer English), and writes the
 * unrendered page as shell.html for every other URL (a shared session link must not
 * flash the programme first). `ssrPlugins` are what the render needs to load the app's modules.
 */
export function prerenderStartPage(ssrPlugins: () => PluginOption[]): Plugin {
  let root = process.cwd();
  return {
    name: 'tagesbegleiter-prerender',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    // After Vite's HTML plugin has written index.html (with every other plugin's tags) into the bundle.
    generateBundle: {
      order: 'post',
      async handler(_options, bundle) {
        const index = bundle['index.html'];
        if (!index || index.type !== 'asset') return;
        const html = String(index.source);
        const server = await createServer({
          root,
          configFile: false,
          logLevel: 'error',
          appType: 'custom',
          server: { middlewareMode: true, hmr: false, ws: false },
          optimizeDeps: { noDiscovery: true, include: [] },
          plugins: ssrPlugins(),
        });
        try {
          const { prerenderStartPage: render } = (await server.ssrLoadModule('/src/prerender.tsx')) as {
            prerenderStartPage: (
              data: unknown,
              at: Date,
              language: string,
            ) => Promise<{ html: string; conferenceId: string }>;
          };
          if (!html.includes('<div id="app"></div>')) throw new Error('index.html has no empty <div id="app">');
          // The prerendered page needs no data to paint: the starter preloads it with the app's
          // script once the page is on screen, rather than competing with its first paint.
          const preload = /\s*<link rel="preload" href="([^"]+)" as="fetch"[^>]*>/.exec(html);
          if (!preload) throw new Error('index.html has no data preload');
          const noPreload = html.replace(preload[0], '');
          const entry = /<script type="module" crossorigin src="(\/assets\/[^"]+\.js)"><\/script>/.exec(noPreload);
          if (!entry) throw new Error('index.html has no entry script');
          const english = Object.values(bundle).find(
            (c) => c.type === 'chunk' && c.facadeModuleId?.endsWith('/src/i18n/en.ts'),
          );
          if (!english) throw new Error('no chunk for the English strings');
          const starter = this.getFileName(
            this.emitFile({
              type: 'asset',
              name: 'start.js',
              source: startAfterPaint({ entry: entry[1]!, data: preload[1]!, english: `/${english.fileName}` }),
            }),
          );
          const startPage = noPreload.replace(entry[0], () => `<script type="module" src="/${starter}"></script>`);
          const data = JSON.parse(combinedData(root)) as unknown;
          const at = new Date();
          for (const [language, fileName] of Object.entries(START_PAGE)) {
            const page = await render(data, at, language);
            // Tells src/main.tsx which conference the HTML shows, so it can drop it,
            // and as of when (src/main.tsx takes the HTML over by rendering the same instant).
            const open = `<div id="app" data-prerendered="${page.conferenceId}" data-prerendered-at="${at.toISOString()}">`;
            const source = startPage
              .replace('<html lang="de">', `<html lang="${language}">`)

              .replace('<div id="app"></div>', () => `${open}${page.html}</div>`);
            if (fileName === 'index.html') index.source = source;
            else this.emitFile({ type: 'asset', fileName, source });
          }
          // The shell runs the starter first (module scripts run in document order): it requests
          // the data while the entry script, already requested by the parser, loads.
          const shell = noPreload.replace(
            entry[0],
            () => `<script type="module" src="/${starter}"></script>${entry[0]}`,
          );
          this.emitFile({ type: 'asset', fileName: SHELL_FILE, source: shell });
        } finally {
          await server.close();
        }
      },
    },
  };
}
