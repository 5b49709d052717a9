// The server runs from its sources: it never imports the browser build, and every package it imports
// is one package.json declares for the people who install it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';

const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
const declared = new Set([
  ...Object.keys(manifest.dependencies ?? {}),
  ...Object.keys(manifest.peerDependencies ?? {}),
]);

/** Every module the server reaches, following relative imports from server/. */
function reachable() {
  const seen = new Map();
  const queue = readdirSync('server', { recursive: true })
    .filter((file) => /\.m?js$/.test(file))
    .map((file) => resolve('server', file));
  while (queue.length) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    const source = readFileSync(file, 'utf8');
    const specifiers = [
      ...source.matchAll(/(?:^|\s)(?:import|export)\s[^'"]*?from\s+'([^']+)'|import\('([^']+)'\)/gm),
    ].map((match) => match[1] ?? match[2]);
    seen.set(file, specifiers);
    for (const specifier of specifiers) if (specifier.startsWith('.')) queue.push(resolve(dirname(file), specifier));
  }
  return seen;
}

test('no server module imports dist/ (the browser build)', () => {
  for (const [file, specifiers] of reachable()) {
    assert.ok(!relative('.', file).startsWith('dist'), `${file} is in dist/`);
    for (const specifier of specifiers) assert.doesNotMatch(specifier, /(^|\/)dist\//, `${file} imports ${specifier}`);
  }
});

test('every package the server imports is a dependency or a peer dependency in package.json', () => {
  const builtins = new Set(builtinModules);
  for (const [file, specifiers] of reachable()) {
    for (const specifier of specifiers) {
      if (specifier.startsWith('.') || specifier.startsWith('node:') || builtins.has(specifier)) continue;
      const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
      assert.ok(
        declared.has(name),
        `${join(relative('.', file))} imports ${name}, which package.json does not declare`,
      );
    }
  }
});

test("the package's server entries and the files they reach are published", () => {
  const files = manifest.files;
  const published = (file) => files.some((entry) => file === entry || file.startsWith(`${entry}/`));
  for (const entry of ['./receiver', './collector', './collector/store']) {
    const target = manifest.exports[entry].replace(/^\.\//, '');
    assert.ok(published(target), `${entry} → ${target} is not in "files"`);
  }
  for (const file of reachable().keys()) {
    const path = relative('.', file);
    if (path.startsWith('server/') && !path.endsWith('demo-server.mjs') && !path.endsWith('static.mjs'))
      assert.ok(published(path), `${path} is not in "files"`);
  }
});
