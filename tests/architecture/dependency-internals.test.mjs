// The few places where we reach past a dependency's public entry, each through one adapter module.
// An upgrade that moves one of these paths fails here, naming the adapter to mend, rather than as a
// broken bundle or a build that silently keeps every translation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder, importsOf, root } from './imports.mjs';

const INTERNALS = [
  {
    adapter: 'src/core/lit-localize.ts',
    why: 'msg and str without the whole runtime; the runtime loaded on demand',
    modules: {
      '@lit/localize/init/install.js': ['msg'],
      '@lit/localize/internal/str-tag.js': ['str'],
      '@lit/localize/init/runtime.js': ['configureLocalization'],
    },
  },
  {
    adapter: 'scripts/message-ids.mjs',
    why: "which module uses which message, with lit-localize's own analysis",
    modules: {
      '@lit/localize-tools/lib/typescript.js': ['readTsConfig'],
      '@lit/localize-tools/lib/program-analysis.js': [
        'extractOptions',
        'extractTemplate',
        'generateMsgIdFromAstNode',
        'isMsgCall',
      ],
    },
  },
];

for (const { adapter, why, modules } of INTERNALS) {
  for (const [path, names] of Object.entries(modules)) {
    test(`${path} still exports ${names.join(', ')} (used by ${adapter}: ${why})`, async () => {
      let module;
      try {
        module = await import(path);
      } catch (error) {
        assert.fail(`${path} is gone (${error.code ?? error.message}): an upgrade moved it; mend ${adapter}.`);
      }
      for (const name of names) {
        assert.equal(typeof module[name], 'function', `${path} no longer exports ${name}: mend ${adapter}.`);
      }
    });
  }
}

test('no other module reaches into these packages’ internals', () => {
  const adapters = new Set(INTERNALS.map(({ adapter }) => adapter));
  const internal = /^@lit\/localize(-tools)?\/(?!$)/;
  const reaching = ['src', 'scripts', 'server', 'tests', 'stories', 'bench']
    .flatMap((dir) => filesUnder(dir))
    .concat(['rollup.config.mjs'])
    .filter(
      (file) =>
        !adapters.has(file) &&
        !file.startsWith('src/generated/') &&
        file !== 'tests/architecture/dependency-internals.test.mjs',
    )
    .filter((file) => importsOf(file).some((specifier) => internal.test(specifier)));
  assert.deepEqual(reaching, []);
  // The adapters themselves are where the comments say.
  for (const adapter of adapters) assert.ok(readFileSync(join(root, adapter), 'utf8').length > 0);
});
