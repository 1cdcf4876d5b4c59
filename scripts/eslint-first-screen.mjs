import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * The first screen is what the entry imports statically, the set `firstScreenChunk()` in
 * scripts/vite-plugins.ts bundles into one chunk. Its modules must not import the other screens'
 * strings (src/i18n/screens.ts, *-screens.ts): they would land in the first download. The rule walks
 * the same graph the build walks (static, non-type imports from the entry), so a new module joins
 * the set by being imported, with no list to keep.
 */
const STATIC_IMPORT = /^\s*(?:import|export)\s+(?!type\s)(?:[^'"]*?\sfrom\s+)?['"](\.[^'"]+)['"]/gm;
const SCREEN_STRINGS = /(?:^|\/)(?:screens|[a-z]+-screens)$/;
const EXTENSIONS = ['.ts', '.tsx', '/index.ts', '/index.tsx'];

function resolveImport(from, specifier) {
  const base = resolve(dirname(from), specifier);
  if (/\.(ts|tsx)$/.test(base) && existsSync(base)) return base;
  for (const extension of EXTENSIONS) if (existsSync(base + extension)) return base + extension;
  return undefined;
}

function staticImports(file) {
  return [...readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)].map((match) => match[1] ?? '');
}

function firstScreenModules(entry) {
  const seen = new Set();
  const queue = [entry];
  for (let file = queue.pop(); file; file = queue.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of staticImports(file)) {
      const target = resolveImport(file, specifier);
      if (target) queue.push(target);
    }
  }
  return seen;
}

const walked = new Map();

/** @type {import('eslint').Rule.RuleModule} */
const noScreenStrings = {
  meta: {
    type: 'problem',
    docs: { description: "First-screen modules never import the other screens' strings." },
    schema: [{ type: 'object', properties: { entry: { type: 'string' } }, additionalProperties: false }],
    messages: {
      screenStrings:
        "{{file}} is part of the first screen (statically imported from the entry), so importing '{{specifier}}' puts the other screens' strings into the first download. Import it lazily, or read the first screen's strings from src/i18n.",
    },
  },
  create(context) {
    const entry = join(context.cwd, context.options[0]?.entry ?? 'src/main.tsx');
    // One walk per lint run: every file asks for the same set.
    let firstScreen = walked.get(entry);
    if (!firstScreen) walked.set(entry, (firstScreen = firstScreenModules(entry)));
    if (!firstScreen.has(context.filename)) return {};
    const check = (node) => {
      if (node.importKind === 'type' || node.exportKind === 'type' || !node.source) return;
      const specifier = String(node.source.value);
      if (!specifier.startsWith('.') || !SCREEN_STRINGS.test(specifier)) return;
      context.report({
        node,
        messageId: 'screenStrings',
        data: { file: context.filename.slice(context.cwd.length + 1), specifier },
      });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check };
  },
};

export const firstScreenPlugin = { rules: { 'no-screen-strings': noScreenStrings } };
