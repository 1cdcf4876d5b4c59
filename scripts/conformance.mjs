// npm run conformance -- DIR [--schema FILE]
// Imports every schedule file in DIR (.json, .xml, .ics) through the app's real import path
// (src/workers/import-handler.ts, the code the import worker runs), exports each result as the
// app's schedule.json, checks that export against the strict schema (src/domain/c3voc-schema.ts)
// and, with --schema, against the official JSON schema via ajv, then imports the export again
// ("round trip": unchanged when the schedule is identical). Prints one table row per file, the
// earliest and latest item of each (to compare by eye with the file), and the time budgets.
// A report, not a test: nothing here fails the build; the exit code is 1 when a file fails.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createServer } from 'vite';

const args = process.argv.slice(2);
const schemaAt = args.indexOf('--schema');
const schemaFile = schemaAt >= 0 ? args[schemaAt + 1] : undefined;
const dir = args.find((a, i) => !a.startsWith('--') && (schemaAt < 0 || i !== schemaAt + 1));
if (!dir) {
  console.error('usage: npm run conformance -- DIR [--schema official-schema.json]');
  process.exit(2);
}

/** Budget for the in-worker import of a file of about 2 MB (the 36C3 and FOSDEM files). */
const LARGE_FILE_BYTES = 1.5 * 1024 * 1024;
const LARGE_FILE_BUDGET_MS = 500;
const RUNS = 5;
const OPTIONS = { untitled: 'Ohne Titel', defaultType: 'Programmpunkt', noRoom: 'Ohne Raumangabe' };

// Vite's module loader runs the TypeScript sources as they are (no build), dynamic imports included.
const vite = await createServer({
  configFile: false,
  logLevel: 'silent',
  appType: 'custom',
  optimizeDeps: { noDiscovery: true, include: [] },
  server: { middlewareMode: true, hmr: false, ws: false },
});
const load = (id) => vite.ssrLoadModule(id);
const { handleImportRequest } = await load('/src/workers/import-handler.ts');

let officialCheck = null;
if (schemaFile) {
  const { default: Ajv } = await import('ajv');
  const { default: addFormats } = await import('ajv-formats');
  const draft6 = JSON.parse(
    readFileSync(new URL('../node_modules/ajv/dist/refs/json-schema-draft-06.json', import.meta.url), 'utf8'),
  );
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addMetaSchema(draft6);
  addFormats(ajv);
  ajv.addFormat('color', true);
  const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')));
  officialCheck = (doc) => (validate(doc) ? [] : validate.errors.map((e) => `${e.instancePath} ${e.message}`));
}

/** Items as the file counts them, independent of the importer. */
function itemsInFile(text, kind) {
  if (kind === 'xml') return (text.match(/<event[\s>]/g) ?? []).length;
  if (kind === 'ics') return (text.match(/^BEGIN:VEVENT/gm) ?? []).length;
  try {
    const days = JSON.parse(text).schedule.conference.days;
    return days.reduce((n, d) => n + Object.values(d.rooms ?? {}).reduce((m, list) => m + list.length, 0), 0);
  } catch {
    return NaN;
  }
}

const REPAIR_KEYS = [
  'missingGuids',
  'invalidGuids',
  'duplicateGuids',
  'slugsFixed',
  'personsDropped',
  'durationsMissing',
  'untitled',
  'datesInvalid',
  'durationsInvalid',
  'urlsDropped',
  'linksRepaired',
  'allDaySkipped',
];

function repairsOf(summary) {
  const parts = REPAIR_KEYS.filter((k) => summary[k]).map((k) => `${k} ${summary[k]}`);
  if (summary.acronymChanged) parts.push(`acronym→${summary.acronymChanged.to}`);
  if (summary.timeZoneAssumed) parts.push(`zone assumed ${summary.timeZoneAssumed}`);
  return parts;
}

const blob = (text, type) => new Blob([text], { type });
const files = readdirSync(dir)
  .filter((f) => /\.(json|xml|ics)$/i.test(f) && statSync(join(dir, f)).isFile())
  .sort();
const rows = [];
const extremes = [];
const budgets = [];
let failed = false;

for (const name of files) {
  const path = join(dir, name);
  const text = readFileSync(path, 'utf8');
  const kind = name.toLowerCase().endsWith('.xml') ? 'xml' : name.toLowerCase().endsWith('.ics') ? 'ics' : 'json';
  const times = [];
  let response;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    response = await handleImportRequest({ type: 'import', file: blob(text, ''), fileName: name, options: OPTIONS });
    times.push(performance.now() - t0);
  }
  const ms = times.sort((a, b) => a - b)[Math.floor(RUNS / 2)];
  if (response.type !== 'imported') {
    failed = true;
    rows.push({
      file: name,
      format: kind,
      inFile: itemsInFile(text, kind),
      imported: 0,
      repairs: JSON.stringify(response.problems).slice(0, 120),
      ms,
      schemaErrors: '-',
      roundTrip: '-',
    });
    continue;
  }
  const { schedule, summary, hash } = response;
  const exported = await handleImportRequest({
    type: 'export',
    schedule,
    options: { estimateNote: 'Uhrzeit geschätzt' },
  });
  let schemaErrors = exported.type === 'exported' ? 0 : exported.problems.length;
  let official = '';
  let roundTrip = 'no';
  if (exported.type === 'exported') {
    if (officialCheck) {
      const errors = officialCheck(JSON.parse(exported.text));
      schemaErrors += errors.length;
      if (errors.length) official = ` (${errors.slice(0, 3).join('; ')})`;
    }
    const again = await handleImportRequest({
      type: 'import',
      file: blob(exported.text, 'application/json'),
      fileName: 'schedule.json',
      options: OPTIONS,
    });
    roundTrip = again.type === 'imported' && again.hash === hash ? 'unverändert' : 'changed';
  } else official = ` (${exported.problems.slice(0, 3).join('; ')})`;
  if (schemaErrors || roundTrip !== 'unverändert' || summary.events === 0) failed = true;
  rows.push({
    file: name,
    format: summary.format ?? kind,
    inFile: itemsInFile(text, kind),
    imported: summary.events,
    repairs: repairsOf(summary).join(', ') || '—',
    ms,
    schemaErrors: `${schemaErrors}${official}`,
    roundTrip,
  });
  const tz = schedule.schedule.conference.time_zone_name;
  const events = schedule.schedule.conference.days.flatMap((d) => Object.values(d.rooms).flat());
  events.sort((a, b) => Date.parse(a.date) - Date.parse(b.date));
  const show = (e) => `${e.date} "${e.title.slice(0, 40)}" (${e.room})`;
  extremes.push(`${name} [${tz}]: first ${show(events[0])}; last ${show(events.at(-1))}`);
  if (statSync(path).size >= LARGE_FILE_BYTES) {
    budgets.push({
      name: `${name} (${(statSync(path).size / 1024 / 1024).toFixed(1)} MB, ${summary.events} items) import`,
      ms,
    });
  }
}

const header = [
  'file',
  'format',
  'items in file',
  'items imported',
  'repairs',
  'ms',
  'export schema errors',
  'round trip',
];
const cells = rows.map((r) => [
  r.file,
  r.format,
  String(r.inFile),
  String(r.imported),
  r.repairs,
  r.ms.toFixed(0),
  r.schemaErrors,
  r.roundTrip,
]);
const widths = header.map((h, i) => Math.min(60, Math.max(h.length, ...cells.map((c) => c[i].length))));
const line = (c) => `| ${c.map((x, i) => x.slice(0, 200).padEnd(widths[i])).join(' | ')} |`;
console.log(
  `# Conformance: ${files.length} files in ${basename(dir)} (${new Date().toISOString()}, Node ${process.version})`,
);
console.log(
  `strict schema: src/domain/c3voc-schema.ts; official schema: ${schemaFile ? basename(schemaFile) : 'not given (--schema FILE)'}\n`,
);
console.log(line(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const c of cells) console.log(line(c));
console.log('\n## Earliest and latest item of each file (local time with offset, to compare with the file)');
for (const e of extremes) console.log(`- ${e}`);
console.log("\n## Budgets (this machine, the import worker's code on Node; median of 5)");
for (const b of budgets) {
  console.log(
    `${b.name}: ${b.ms.toFixed(0)} ms (budget ≤ ${LARGE_FILE_BUDGET_MS} ms) ${b.ms <= LARGE_FILE_BUDGET_MS ? 'ok' : 'OVER BUDGET'}`,
  );
}
console.log('Main-thread long tasks and the cold start of a 200,000-item conference: npm run bench -- import');
await vite.close();
process.exit(failed ? 1 : 0);
