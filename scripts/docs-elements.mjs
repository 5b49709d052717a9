// `npm run docs`: docs/elements.md — every element's attributes, properties, events, slots, CSS parts
// and custom properties — generated from custom-elements.json (itself from the components' JSDoc), so
// the tables are never written by hand. tests/docs/elements.test.mjs fails when the file is stale.
//   node scripts/docs-elements.mjs            write docs/elements.md
//   node scripts/docs-elements.mjs --check    exit 1 if docs/elements.md differs from what would be written
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

export const MANIFEST = new URL('../custom-elements.json', import.meta.url);
export const TARGET = new URL('../docs/elements.md', import.meta.url);

/** The order readers meet the elements in (others follow, by tag). */
const ORDER = [
  'helse-strategy',
  'helse-goal-list',
  'helse-meeting-summary',
  'helse-meeting-list',
  'helse-feedback',
  'helse-feedback-report',
];

const isPublic = (member) => member.privacy !== 'private' && member.privacy !== 'protected' && !member.static;
/** JSDoc wraps lines; a table cell is one line, and `|` would end it. */
const cell = (text = '') => text.replace(/\s+/g, ' ').trim().replaceAll('|', '\\|');
const code = (text) => (text ? `\`${text}\`` : '');
/** `''` and a missing default both mean "none". */
const defaultOf = (value) => (value === undefined || value === "''" ? '—' : code(value));
/** Paragraphs of a JSDoc description, each unwrapped to one line. */
const paragraphs = (text = '') =>
  text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');

const table = (head, rows) =>
  rows.length === 0
    ? []
    : [
        `| ${head.join(' | ')} |`,
        `| ${head.map(() => '---').join(' | ')} |`,
        ...rows.map((r) => `| ${r.join(' | ')} |`),
        '',
      ];

/** The custom elements of the manifest, in reading order. */
export function elementsOf(manifest) {
  const elements = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName);
  const rank = (tag) => (ORDER.includes(tag) ? ORDER.indexOf(tag) : ORDER.length);
  return elements.sort((a, b) => rank(a.tagName) - rank(b.tagName) || a.tagName.localeCompare(b.tagName));
}

function section(element) {
  const fields = (element.members ?? []).filter((member) => member.kind === 'field' && isPublic(member));
  const methods = (element.members ?? []).filter((member) => member.kind === 'method' && isPublic(member));
  const attributes = element.attributes ?? [];
  const propertyRows = [
    ...attributes.map((attribute) => {
      const field = fields.find((member) => member.name === attribute.fieldName);
      return [
        code(attribute.name),
        code(attribute.fieldName),
        code(cell((attribute.type ?? field?.type)?.text)),
        defaultOf(field?.default ?? attribute.default),
        cell(attribute.description ?? field?.description),
      ];
    }),
    ...fields
      .filter((field) => !attributes.some((attribute) => attribute.fieldName === field.name))
      .map((field) => [
        '—',
        code(field.name),
        code(cell(field.type?.text)),
        defaultOf(field.default),
        cell(`${field.readonly ? 'Read-only. ' : ''}${field.description ?? ''}`),
      ]),
  ];
  return [
    `## \`<${element.tagName}>\``,
    '',
    paragraphs(element.description),
    '',
    `Class: \`${element.name}\`.`,
    '',
    ...(propertyRows.length ? ['### Attributes and properties', ''] : []),
    ...table(['Attribute', 'Property', 'Type', 'Default', 'Description'], propertyRows),
    ...(methods.length ? ['### Methods', ''] : []),
    ...table(
      ['Method', 'Description'],
      methods.map((method) => [code(`${method.name}()`), cell(method.description)]),
    ),
    ...(element.events?.length
      ? ['### Events', '', 'Every event bubbles and crosses shadow roots (`composed`).', '']
      : []),
    ...table(
      ['Event', 'Description'],
      (element.events ?? []).map((event) => [code(event.name), cell(event.description)]),
    ),
    ...(element.slots?.length ? ['### Slots', ''] : []),
    ...table(
      ['Slot', 'Description'],
      (element.slots ?? []).map((slot) => [slot.name ? code(slot.name) : '(default)', cell(slot.description)]),
    ),
    ...(element.cssParts?.length ? ['### CSS parts', ''] : []),
    ...table(
      ['Part', 'Description'],
      (element.cssParts ?? []).map((part) => [code(part.name), cell(part.description)]),
    ),
    ...(element.cssProperties?.length ? ['### CSS custom properties', ''] : []),
    ...table(
      ['Custom property', 'Description'],
      (element.cssProperties ?? []).map((property) => [code(property.name), cell(property.description)]),
    ),
  ];
}

/** Every custom property, once, with the elements that read it. */
function customPropertyIndex(elements) {
  const users = new Map();
  for (const element of elements) {
    for (const property of element.cssProperties ?? []) {
      users.set(property.name, [...(users.get(property.name) ?? []), element.tagName]);
    }
  }
  const anchor = (tag) => `[\`<${tag}>\`](#${tag})`;
  return table(
    ['Custom property', 'Elements'],
    [...users.keys()].sort().map((name) => [code(name), users.get(name).map(anchor).join(', ')]),
  );
}

/** docs/elements.md for a manifest, formatted as prettier formats the repository's markdown. */
export async function render(manifest) {
  const elements = elementsOf(manifest);
  const markdown = [
    "<!-- Generated by `npm run docs` from custom-elements.json (the components' JSDoc). Do not edit by hand. -->",
    '',
    '# Elements',
    '',
    "Every element's attributes, properties, events, slots, CSS parts and custom properties. How to use them is in",
    'the [README](../README.md) and the other pages of [the documentation](README.md); the same tables, with live',
    "examples, are on each element's docs page in Storybook (`npm run storybook`).",
    '',
    ...elements.map((element) => `- [\`<${element.tagName}>\`](#${element.tagName})`),
    '- [All custom properties](#all-custom-properties)',
    '',
    ...elements.flatMap(section),
    '## All custom properties',
    '',
    'Set them on an element or any ancestor (`:root` works); each element reads the ones listed for it.',
    '',
    ...customPropertyIndex(elements),
  ].join('\n');
  const options = (await prettier.resolveConfig(fileURLToPath(TARGET))) ?? {};
  return prettier.format(markdown, { ...options, filepath: fileURLToPath(TARGET) });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
  } catch (error) {
    console.error(`Cannot read custom-elements.json (${error.message}): run \`npm run analyze\` first.`);
    process.exit(1);
  }
  const text = await render(manifest);
  if (process.argv.includes('--check')) {
    const current = readFileSync(TARGET, 'utf8');
    if (current !== text) {
      console.error('docs/elements.md is out of date with custom-elements.json: run `npm run docs`.');
      process.exit(1);
    }
  } else {
    writeFileSync(TARGET, text);
    console.error('docs/elements.md written.');
  }
}
