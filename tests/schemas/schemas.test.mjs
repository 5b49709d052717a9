// The published JSON Schemas: current with the valibot schemas, described for editors, accepting every
// content fixture, and agreeing with the elements on the invalid ones.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { FORMATS, loadValibotSchemas, schemaFiles } from '../../scripts/json-schemas.mjs';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const json = (path) => JSON.parse(read(path));

const published = Object.fromEntries(
  Object.entries(FORMATS).map(([format, { file }]) => [format, json(`schemas/${file}`)]),
);
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, strictTuples: false });
const check = Object.fromEntries(Object.entries(published).map(([format, schema]) => [format, ajv.compile(schema)]));
const formatNamed = (document) => /([\w-]+)\.schema\.json$/.exec(document.$schema ?? '')?.[1];

const valibot = await loadValibotSchemas();
const valibotSchemas = {
  strategy: valibot.strategySchema,
  meeting: valibot.meetingSchema,
  'meeting-list': valibot.meetingListSchema,
};

/** `goals[3].title` → `/goals/3/title`. */
const pointer = (path) =>
  path
    ? `/${path
        .replace(/\[(\d+)\]/g, '.$1')
        .split('.')
        .join('/')}`
    : '';

test('schemas/ is what the valibot schemas generate (run node scripts/json-schemas.mjs after changing them)', async () => {
  for (const [file, text] of Object.entries(await schemaFiles())) {
    assert.equal(read(`schemas/${file}`), text, `schemas/${file} is out of date`);
  }
});

test('every field has a title and a description in bokmål and English', () => {
  const visit = (node, path) => {
    if (!node || typeof node !== 'object') return;
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      assert.ok(child.title, `${path}.${key} has no title`);
      const [nb, en] = (child.description ?? '').split('\n\n');
      assert.ok(nb && en, `${path}.${key} has no description in both bokmål and English`);
    }
    for (const child of Object.values(node)) if (typeof child === 'object') visit(child, path);
  };
  for (const [format, schema] of Object.entries(published)) {
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.ok(schema.title && schema.description, `${format} has no title`);
    visit(schema, format);
  }
});

test('every content fixture — the demo and the stories use them — names its schema and is valid', () => {
  const fixtures = readdirSync(new URL('tests/fixtures/', root)).filter((name) => name.endsWith('.json'));
  assert.ok(fixtures.length >= 6);
  for (const name of fixtures) {
    const document = json(`tests/fixtures/${name}`);
    const format = formatNamed(document);
    assert.ok(format in published, `${name} names no schema of ours: ${document.$schema}`);
    assert.ok(check[format](document), `${name}: ${ajv.errorsText(check[format].errors)}`);
    assert.equal(valibot.validate(valibotSchemas[format], document).ok, true, `${name} is invalid for the element`);
  }
});

const { cases } = json('tests/fixtures/invalid/cases.json');

test('the schema and the element agree on every invalid fixture, down to the place', () => {
  const files = readdirSync(new URL('tests/fixtures/invalid/', root)).filter((name) => name !== 'cases.json');
  assert.deepEqual(files.sort(), cases.map(({ file }) => file).sort(), 'every invalid fixture has a case');
  for (const { file, path, schema = true } of cases) {
    const document = json(`tests/fixtures/invalid/${file}`);
    const format = formatNamed(document);
    const element = valibot.validate(valibotSchemas[format], document);
    assert.equal(element.ok, false, `${file} passes the element's validation`);
    assert.equal(element.error.path, path, `${file}: the element names ${element.error.path}`);
    const valid = check[format](document);
    if (!schema) {
      // A rule only the element and the CLI check: the schema lets it through.
      assert.equal(valid, true, `${file} is now caught by the schema: drop "schema": false from its case`);
      continue;
    }
    assert.equal(valid, false, `${file} passes the JSON Schema`);
    // ajv names the same place, or the value there (an alternative that failed as a whole).
    const where = pointer(path);
    // A missing property is reported at its parent, naming the property.
    const places = check[format].errors.map(({ instancePath, keyword, params }) =>
      keyword === 'required' ? `${instancePath}/${params.missingProperty}` : instancePath,
    );
    assert.ok(
      places.some(
        (place) => place === where || (place && where.startsWith(`${place}/`)) || place.startsWith(`${where}/`),
      ),
      `${file}: the element names ${where}, the schema ${places.join(', ')}`,
    );
  }
});

test('every problem message of the schemas has its bokmål and nynorsk', () => {
  const sources = ['common.ts', 'strategy.ts', 'meeting.ts'].map((file) => read(`src/content/schemas/${file}`));
  sources.push(read('src/content/goal-list/goal-list.ts'));
  const messages = new Set(sources.flatMap((source) => [...source.matchAll(/'(expected [^']*)'/g)].map((m) => m[1])));
  assert.ok(messages.size > 20);
  for (const message of [...messages, 'required']) {
    const translation = valibot.PROBLEM_TRANSLATIONS[message];
    assert.ok(translation?.nb && translation?.nn, `no translation of "${message}"`);
  }
});

test('the package ships the schemas as helse-widgets/schemas/*.schema.json', () => {
  const pkg = json('package.json');
  assert.ok(pkg.files.includes('schemas'), 'schemas/ is not in "files"');
  for (const { file } of Object.values(FORMATS)) {
    // The package resolves its own name through its exports, as a user's tools would.
    const resolved = import.meta.resolve(`helse-widgets/schemas/${file}`);
    assert.equal(resolved, new URL(`schemas/${file}`, root).href);
  }
});
