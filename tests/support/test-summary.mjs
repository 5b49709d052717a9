// Prints one line with the test runners' own counts from test-results/*.json,
// the last line .ci/run prints: "N passed, N failed".
import { readdirSync, readFileSync, existsSync } from 'node:fs';

const dir = new URL('../../test-results/', import.meta.url);
const files = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.json')) : [];
const totals = { passed: 0, failed: 0, skipped: 0 };
for (const name of files) {
  const counts = JSON.parse(readFileSync(new URL(name, dir), 'utf8'));
  console.log(
    `${name.replace(/\.json$/, '')}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`,
  );
  for (const key of Object.keys(totals)) totals[key] += counts[key] ?? 0;
}
if (!files.length) console.log('No test stage reported counts (did an earlier step fail?).');
console.log(`${totals.passed} passed, ${totals.failed} failed`);
