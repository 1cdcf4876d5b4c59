import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
for (const dist of process.argv.slice(2)) {
  const read = (p) => readFileSync(join(dist, p));
  const html = read('index.html').toString();
  const queue = [...html.matchAll(/<script[^>]+src="\/([^"]+)"/g)].map((m) => m[1]);
  const seen = new Set();
  while (queue.length) {
    const f = queue.shift(); if (seen.has(f)) continue; seen.add(f);
    const code = read(f).toString();
    for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([^"']+\.js)["']/g)) queue.push(join('assets', m[1]));
    for (const m of code.matchAll(/\bimport\(\s*["']\/(assets\/[^"']+\.js)["']\s*\)/g)) queue.push(m[1]);
  }
  let total = 0; const parts = [];
  for (const f of seen) { const g = gzipSync(read(f), { level: 9 }).length; total += g; parts.push(`${f.replace(/-[\w-]{8}\.js$/, '')}:${g}`); }
  console.log(dist, total, parts.join(' '));
}
