// The layout's rules (docs/architecture.md), checked so they stay true: each folder's imports point
// one way, the wire contract stays importable by Node, and no source file grows past 400 lines.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder, importsOf, resolveFrom, root } from './imports.mjs';

const sources = filesUnder('src');

/** Which of src/'s folders a project path belongs to: core, content, feedback/widget, … */
function area(path) {
  const [top, name, sub] = path.split('/');
  if (top !== 'src') return top;
  if (name === 'feedback') return `feedback/${sub}`;
  return name.includes('.') ? 'entry' : name;
}

/** What each area may import besides itself and packages. */
const ALLOWED = {
  generated: ['core'],
  core: ['generated'],
  content: ['core', 'generated'],
  'feedback/protocol': [],
  'feedback/widget': ['feedback/protocol', 'core', 'generated'],
  'feedback/report': ['feedback/protocol', 'core', 'generated'],
  react: ['core', 'content', 'feedback/widget', 'feedback/report'],
  entry: ['core', 'content', 'feedback/widget', 'feedback/report', 'feedback/protocol', 'generated'],
};

test('imports point one way: elements → their product → core; no two products import each other', () => {
  const wrong = [];
  for (const file of sources) {
    const from = area(file);
    assert.ok(
      ALLOWED[from],
      `${file}: a folder the layout does not know (${from}); add it to docs/architecture.md and here`,
    );
    for (const specifier of importsOf(file).filter((s) => s.startsWith('.'))) {
      const to = area(resolveFrom(file, specifier));
      if (to !== from && !ALLOWED[from].includes(to)) wrong.push(`${file} imports ${specifier} (${from} → ${to})`);
    }
  }
  assert.deepEqual(wrong, []);
});

test('the wire contract imports nothing but valibot, so Node runs it as it is', () => {
  for (const file of sources.filter((path) => area(path) === 'feedback/protocol')) {
    assert.match(file, /\.js$/, `${file}: the protocol is JavaScript with JSDoc types; Node 20 runs no TypeScript`);
    for (const specifier of importsOf(file)) {
      assert.ok(specifier === 'valibot' || specifier.startsWith('./'), `${file} imports ${specifier}`);
    }
  }
});

test('no source file is over 400 lines', () => {
  const long = [...sources, ...filesUnder('server')]
    .filter((file) => !file.startsWith('src/generated/'))
    .map((file) => ({ file, lines: readFileSync(join(root, file), 'utf8').split('\n').length }))
    .filter(({ lines }) => lines > 400);
  assert.deepEqual(long, []);
});

test('an element class is apart from its registration: only define.ts and the entries register', () => {
  const registering = sources.filter((file) =>
    /defineElement\(|customElements\.define\(/.test(readFileSync(join(root, file), 'utf8')),
  );
  const expected = (file) => file.endsWith('/define.ts') || file === 'src/core/define.ts';
  assert.deepEqual(
    registering.filter((file) => !expected(file)),
    [],
  );
});
