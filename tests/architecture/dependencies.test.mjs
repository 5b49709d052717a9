// Every package a file imports is declared in package.json, and nothing declared is left unused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { filesUnder, importsOf, packageOf, root } from './imports.mjs';

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const declared = new Set(
  ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'].flatMap((field) =>
    Object.keys(pkg[field] ?? {}),
  ),
);
const builtins = new Set(builtinModules);

const files = [
  ...['src', 'server', 'scripts', 'bin', 'tests', 'stories', 'bench', 'demo', '.storybook'].flatMap((dir) =>
    filesUnder(dir),
  ),
  ...filesUnder('.', /^[\w.-]+\.config\.m?js$|^rollup\.config\.mjs$|^eslint\.config\.mjs$/).filter(
    (f) => !f.includes('/'),
  ),
];

function imported() {
  const used = new Map();
  for (const file of files) {
    for (const specifier of importsOf(file)) {
      const name = packageOf(specifier);
      if (!name || builtins.has(name) || name === pkg.name) continue;
      if (!used.has(name)) used.set(name, file);
    }
  }
  return used;
}

test('every package a file imports is declared in package.json', () => {
  const missing = [...imported()].filter(([name]) => !declared.has(name)).map(([name, file]) => `${name} (${file})`);
  assert.deepEqual(missing, []);
});

/** Declared for a tool rather than imported by a file of ours. */
const FOR_TOOLS = {
  '@custom-elements-manifest/analyzer': 'runs as `cem` in the build',
  tslib: "@rollup/plugin-typescript's peer dependency",
};

test('every declared dependency is used by a file or a script', () => {
  const used = new Set(imported().keys());
  const scripts = Object.values(pkg.scripts).join(' ');
  const configs = ['.storybook/main.ts', 'eslint.config.mjs', 'web-test-runner.config.mjs']
    .map((file) => readFileSync(join(root, file), 'utf8'))
    .join('\n');
  // Tools run by name (tsc, cem, eslint…), plugins named in a config, or types for the compiler.
  const byName = (name) =>
    scripts.includes(name.replace(/^@[^/]+\//, '')) || scripts.includes(name) || configs.includes(name);
  const unused = [...declared].filter(
    (name) => !used.has(name) && !byName(name) && !FOR_TOOLS[name] && !name.startsWith('@types/'),
  );
  assert.deepEqual(unused, []);
});
