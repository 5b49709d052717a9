// docs/elements.md is generated from custom-elements.json by `npm run docs`: a change to an element's
// JSDoc (attribute, event, part, custom property) must reach the docs, or this fails.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { MANIFEST, TARGET, elementsOf, render } from '../../scripts/docs-elements.mjs';

test('docs/elements.md is what `npm run docs` writes from custom-elements.json', async () => {
  assert.ok(existsSync(MANIFEST), 'custom-elements.json is missing: run `npm run analyze` (or `npm run build`) first');
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
  const expected = await render(manifest);
  const actual = readFileSync(TARGET, 'utf8');
  assert.ok(actual === expected, 'docs/elements.md is out of date with custom-elements.json: run `npm run docs`');
});

test('docs/elements.md has a section for every element in the manifest', () => {
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
  const text = readFileSync(TARGET, 'utf8');
  const tags = elementsOf(manifest).map((element) => element.tagName);
  assert.ok(tags.length >= 6, `the manifest lists only ${tags.join(', ')}`);
  for (const tag of tags) assert.match(text, new RegExp(`^## \`<${tag}>\`$`, 'm'), `no section for <${tag}>`);
});

test('no default is left as the name of a constant', () => {
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
  const named = elementsOf(manifest).flatMap((element) =>
    [...(element.attributes ?? []), ...(element.members ?? [])]
      .filter((entry) => /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/.test(entry.default ?? ''))
      .map((entry) => `<${element.tagName}> ${entry.name} = ${entry.default}`),
  );
  assert.deepEqual(named, [], 'custom-elements.json gives these defaults as constant names, not values');
});
