import { mergeConfig } from 'vite';
import base from '../../vite.config.ts';

/**
 * The app as its next release would ship it: the same code with the database version in
 * src/store/db.ts raised by one. The update test (data-safety.test.ts) builds it into a temporary
 * directory and serves it on the same origin as the current build.
 */
/** @returns {import('vite').Plugin} */
function raiseDbVersion() {
  return {
    name: 'tagesbegleiter-test-raise-db-version',
    enforce: 'pre',
    transform(code, id) {
      if (!id.replace(/\\/g, '/').endsWith('/src/store/db.ts')) return null;
      const next = code.replace(/export const DB_VERSION = (\d+);/, (_, n) => `export const DB_VERSION = ${Number(n) + 1};`);
      if (next === code) this.error('DB_VERSION not found in src/store/db.ts');
      return next;
    },
  };
}

export default mergeConfig(base, { plugins: [raiseDbVersion()] });
