// `npm run size`: minified, gzip and brotli size of every self-contained bundle in dist/ and of the
// files each loads on demand (translations and the localization runtime), checked against size-budgets.json. Fails (exit 1) when a
// file is over its limit or a bundle is missing; a missed target is reported but does not fail.
import { readdirSync, readFileSync } from 'node:fs';
import { measure } from './measure-size.mjs';

const dist = new URL('../dist/', import.meta.url);
const budgets = JSON.parse(readFileSync(new URL('../size-budgets.json', import.meta.url), 'utf8'));

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const files = readdirSync(dist).filter((name) => name.endsWith('.min.js'));
const rows = [];
const problems = [];
for (const [name, budget] of Object.entries(budgets.bundles)) {
  if (!files.includes(name)) {
    problems.push(`${name} is missing from dist/ (run npm run build)`);
    continue;
  }
  rows.push({ name, ...measure(readFileSync(new URL(name, dist))), ...budget });
}
for (const name of files.filter((file) => !budgets.bundles[file])) {
  // What a bundle loads on demand, only on a nynorsk or English page: its translations
  // (helse-feedback.nn-<hash>.min.js) and the @lit/localize runtime (helse-feedback.runtime-<hash>.min.js).
  const bundle = `${name.split('.')[0]}.min.js`;
  if (!budgets.bundles[bundle]) problems.push(`${name} has no budget in size-budgets.json`);
  // A file may have its own ceiling, by its name without the hash (`helse-feedback-report.nn`).
  const own = budgets.onDemand.files?.[name.replace(/-[\w-]{8}\.min\.js$/, '')];
  rows.push({ name, ...measure(readFileSync(new URL(name, dist))), limit: own ?? budgets.onDemand.limit });
}

console.log(['file'.padEnd(44), 'minified', '    gzip', '  brotli', '   limit', '  target'].join(' '));
for (const row of rows) {
  const over = row.gzip > row.limit;
  const missed = row.target !== undefined && row.gzip > row.target;
  if (over) problems.push(`${row.name} is ${kb(row.gzip)} gzip, over its limit of ${kb(row.limit)}`);
  console.log(
    [
      row.name.padEnd(44),
      kb(row.minified).padStart(8),
      kb(row.gzip).padStart(8),
      kb(row.brotli).padStart(8),
      kb(row.limit).padStart(8),
      (row.target === undefined ? '' : kb(row.target)).padStart(8),
      over ? 'OVER LIMIT' : missed ? 'target missed' : '',
    ].join(' '),
  );
}
for (const problem of problems) console.error(`size: ${problem}`);
process.exitCode = problems.length ? 1 : 0;
