// custom-elements.json (written by `npm run build`) is what editors' tools, IDEs and the Storybook
// docs read: every element's public attributes, and nothing internal.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'));
const elements = new Map(
  manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName)
    .map((declaration) => [declaration.tagName, declaration]),
);
const attributes = (tag) => (elements.get(tag)?.attributes ?? []).map((attribute) => attribute.name).sort();

test('the manifest lists each element with its public attributes only', () => {
  const content = ['max-bytes', 'src', 'timeout'];
  assert.deepEqual(attributes('helse-feedback'), [
    'allow-repeat',
    'endpoint',
    'max-length',
    'page',
    'question',
    'timeout',
  ]);
  assert.deepEqual(attributes('helse-strategy'), [...content, 'heading-level'].sort());
  assert.deepEqual(attributes('helse-goal-list'), [...content, 'heading', 'heading-level'].sort());
  assert.deepEqual(attributes('helse-meeting-summary'), [...content, 'heading-level'].sort());
  assert.deepEqual(attributes('helse-meeting-list'), [...content, 'heading-level', 'limit', 'year'].sort());
  assert.deepEqual(attributes('helse-feedback-report'), [
    'can-triage',
    'collector',
    'from',
    'path-prefix',
    'site',
    'to',
    'token',
  ]);
});

test('every public attribute is described, and names its property', () => {
  for (const [tag, element] of elements) {
    for (const attribute of element.attributes ?? []) {
      assert.ok(attribute.description, `<${tag} ${attribute.name}> has no description`);
      assert.ok(attribute.fieldName, `<${tag} ${attribute.name}> names no property`);
    }
  }
});
