// The gates before the tests (format, lint, types, build), run side by side: each is one
// single-threaded process, and the machine has more than one core. Each gate's output is
// printed when it fails (or always, for the build's warnings to stay visible on demand with -v).
import { spawn } from 'node:child_process';

const GATES = [
  ['format (Prettier)', 'npx', ['prettier', '--check', '.']],
  ['lint (ESLint)', 'npx', ['eslint', '.']],
  ['types (app)', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']],
  ['types (service worker)', 'npx', ['tsc', '-p', 'tsconfig.sw.json', '--noEmit']],
  ['types (scripts and tests)', 'npx', ['tsc', '-p', 'tsconfig.node.json', '--noEmit']],
  ['build (vite build)', 'npx', ['vite', 'build']],
];
const verbose = process.argv.includes('-v');

function run([name, command, args]) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ name, ok: false, output: String(error), ms: Date.now() - started }));
    child.on('close', (code) => resolve({ name, ok: code === 0, output, ms: Date.now() - started }));
  });
}

const results = await Promise.all(GATES.map(run));
for (const { name, ok, output, ms } of results) {
  console.log(`${ok ? '✓' : '✗'} ${name} (${(ms / 1000).toFixed(1)} s)`);
  if (!ok || verbose) console.log(output.trimEnd().replace(/^/gm, '    '));
}
if (results.some((r) => !r.ok)) {
  console.log('\nA gate failed: see its output above. `npm run format` fixes formatting.');
  process.exit(1);
}
