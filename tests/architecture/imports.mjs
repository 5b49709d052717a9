// What each source file imports, read from its text: enough for the layout and dependency checks.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const root = new URL('../../', import.meta.url).pathname;

const SKIP = new Set(['node_modules', 'dist', 'storybook-static', 'test-results', '.git', 'data', 'coverage']);

/** Every file under `dir` (relative to the project) whose name matches `pattern`. */
export function filesUnder(dir, pattern = /\.(ts|js|mjs|mts|tsx)$/) {
  const out = [];
  const walk = (path) => {
    for (const entry of readdirSync(join(root, path), { withFileTypes: true })) {
      if (SKIP.has(entry.name)) continue;
      const child = join(path, entry.name);
      if (entry.isDirectory()) walk(child);
      else if (pattern.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(child);
    }
  };
  walk(dir);
  return out;
}

// `require.resolve('pkg/file')` counts too: a file read from a package is a use of it.
const SPECIFIER =
  /(?:^|[^\w.])(?:import|export)\s*(?:type\s+)?(?:[\w*{}\s,]+?\s+from\s+)?['"]([^'"]+)['"]|(?:import|resolve)\(\s*['"]([^'"]+)['"]\s*\)/gm;

/** The module specifiers a file imports or re-exports, static or dynamic (type-only ones included). */
export function importsOf(file) {
  const text = readFileSync(join(root, file), 'utf8').replace(/^\s*\/\/.*$/gm, '');
  return [...text.matchAll(SPECIFIER)].map((match) => match[1] ?? match[2]);
}

/** A relative specifier resolved to a project path (`src/core/fetch.js`). */
export function resolveFrom(file, specifier) {
  return relative(root, join(root, file, '..', specifier));
}

/** The npm package a bare specifier names: `@lit/localize/init/x.js` → `@lit/localize`. */
export function packageOf(specifier) {
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:')) return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}
