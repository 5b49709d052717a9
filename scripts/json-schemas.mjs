// The published JSON Schemas (schemas/*.schema.json), generated from the valibot schemas in
// src/content/schemas/ with @valibot/to-json-schema: the content formats are written once, in valibot.
// What valibot expresses as a function (which shape a value takes, a check) is given here in JSON
// Schema terms; a rule JSON Schema cannot express — a real calendar date, a safe image URL — stays in
// the element's validation and the CLI. Titles and descriptions (bokmål, with English) are in
// json-schema-descriptions.mjs, so they add nothing to what visitors download.
//
// `node scripts/json-schemas.mjs` writes the files; tests/schemas/ checks they are current.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { toJsonSchema } from '@valibot/to-json-schema';
import prettier from 'prettier';
import { DEFINITIONS, FIELDS, FORMAT_TITLES } from './json-schema-descriptions.mjs';

const root = new URL('../', import.meta.url);

/** The formats, their file names and the valibot schema each comes from. */
export const FORMATS = {
  strategy: { file: 'strategy.schema.json', schema: 'strategySchema' },
  meeting: { file: 'meeting.schema.json', schema: 'meetingSchema' },
  'meeting-list': { file: 'meeting-list.schema.json', schema: 'meetingListSchema' },
};

/** Where the published schemas live, for `$id` and for content files that name their `$schema`. */
export const SCHEMA_BASE = 'https://unpkg.com/helse-widgets/schemas/';

/**
 * The valibot schemas from src/ (and the validation the elements run on them), compiled on the fly
 * (TypeScript) with valibot left as an import.
 */
export async function loadValibotSchemas() {
  const entry = `
    export * from './src/content/schemas/common.ts';
    export * from './src/content/schemas/strategy.ts';
    export * from './src/content/schemas/meeting.ts';
    export { validate } from './src/content/validate.ts';
    export { listProblems, PROBLEM_TRANSLATIONS } from './src/content/problems.ts';
  `;
  const result = await build({
    stdin: { contents: entry, resolveDir: fileURLToPath(root), loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    external: ['valibot'],
    write: false,
    logLevel: 'silent',
  });
  const cache = new URL('node_modules/.cache/helse-widgets/', root);
  mkdirSync(cache, { recursive: true });
  const file = new URL(`valibot-schemas-${process.pid}-${Date.now()}.mjs`, cache);
  writeFileSync(file, result.outputFiles[0].text);
  try {
    return await import(pathToFileURL(fileURLToPath(file)).href);
  } finally {
    rmSync(file);
  }
}

const describe = ({ nb: [nbTitle, nbText], en: [enTitle, enText] }) => ({
  title: nbTitle === enTitle ? nbTitle : `${nbTitle} (${enTitle})`,
  description: `${nbText}\n\n${enText}`,
});

/** Gives every property under `node` its title and description, by path; a field without one is an error. */
function annotate(node, path, missing) {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) return node.forEach((child) => annotate(child, path, missing));
  if (node.properties) {
    for (const [key, child] of Object.entries(node.properties)) {
      const childPath = `${path}.${key}`;
      // A meeting in a meeting list is described as a meeting.
      const field = FIELDS[childPath.replace(/^meeting-list\.meetings\[\]/, 'meeting')] ?? FIELDS[key];
      if (field) Object.assign(child, describe(field));
      else missing.push(childPath);
      annotate(child, childPath, missing);
    }
  }
  if (node.items) annotate(node.items, `${path}[]`, missing);
  const itemField = FIELDS[`${path}[]`.replace(/^meeting-list\.meetings\[\]/, 'meeting')];
  if (node.items && itemField) Object.assign(node.items, describe(itemField));
  for (const key of ['anyOf', 'oneOf', 'allOf', 'then', 'else']) if (node[key]) annotate(node[key], path, missing);
}

/**
 * The JSON Schema of each format. Shared pieces go to `$defs`; the lazy valibot schemas (whose
 * shape depends on the input) become `if`/`then`/`else` with the same decision the element makes.
 */
export async function generateJsonSchemas() {
  const s = await loadValibotSchemas();
  const nonBlank = { type: 'string', pattern: '\\S' };
  const ref = (name) => ({ $ref: `#/$defs/${name}` });
  const localizedText = {
    type: 'object',
    properties: { nb: { type: 'string' }, nn: { type: 'string' }, en: { type: 'string' } },
    anyOf: ['nb', 'nn', 'en'].map((lang) => ({ required: [lang], properties: { [lang]: nonBlank } })),
  };
  const isLocalized = { type: 'object', anyOf: ['nb', 'nn', 'en'].map((lang) => ({ required: [lang] })) };

  /** The lazy schemas, by identity: the JSON Schema that makes the element's choice. */
  const lazy = new Map([
    [s.textSchema, { anyOf: [nonBlank, localizedText] }],
    [
      s.itemSchema,
      {
        if: { anyOf: [{ type: 'string' }, isLocalized] },
        then: ref('text'),
        else: {
          type: 'object',
          properties: { id: { type: 'string' }, title: ref('text'), description: ref('text') },
          anyOf: [{ required: ['title'] }, { required: ['description'] }],
        },
      },
    ],
    [
      s.goalsSchema,
      {
        if: { type: 'array', minItems: 1, prefixItems: [{ type: 'object', required: ['items'] }] },
        then: {
          type: 'array',
          items: {
            type: 'object',
            properties: { title: ref('text'), items: ref('itemList') },
            required: ['title', 'items'],
          },
        },
        else: { type: 'array', items: ref('item') },
      },
    ],
  ]);
  const definitions = {
    text: s.textSchema,
    item: s.itemSchema,
    itemList: s.itemListSchema,
    link: s.linkSchema,
    date: s.dateSchema,
    partialDate: s.partialDateSchema,
    goals: s.goalsSchema,
  };
  const { text, item, itemList, link } = definitions;
  const sharedText = { text, item, itemList, link };
  const config = {
    target: 'draft-2020-12',
    typeMode: 'input',
    definitions,
    overrideSchema({ valibotSchema }) {
      if (lazy.has(valibotSchema)) return structuredClone(lazy.get(valibotSchema));
      if (valibotSchema === s.imageSchema) {
        // Both of the image's shapes, chosen by `decorative` as the element chooses.
        const [decorative, withAlt] = [{ decorative: true }, {}].map((input) =>
          toJsonSchema(valibotSchema.getter(input), { ...config, definitions: sharedText }),
        );
        // Their shared pieces are the outer document's $defs.
        for (const part of [decorative, withAlt]) {
          delete part.$schema;
          delete part.$defs;
        }
        return { if: { type: 'object', required: ['decorative'] }, then: decorative, else: withAlt };
      }
      return undefined;
    },
    overrideAction({ valibotAction, jsonSchema }) {
      // Checks valibot runs as functions, in JSON Schema terms where it has them.
      if (valibotAction.type !== 'check' && valibotAction.type !== 'transform') return undefined;
      const message = valibotAction.message;
      if (message === 'expected text') return { ...jsonSchema, pattern: '\\S' };
      // Numbers and `decorative` are any value with a check, in the elements: their JSON Schema types come from here.
      if (message === 'expected a width in pixels' || message === 'expected a height in pixels') {
        return { ...jsonSchema, type: 'number' };
      }
      if (message === 'expected a size in bytes') return { ...jsonSchema, type: 'number', minimum: 0 };
      if (message === 'expected decorative: true') return { ...jsonSchema, type: 'boolean', const: true };
      if (message === 'expected a date as YYYY-MM-DD') return { ...jsonSchema, pattern: '^\\d{4}-\\d{2}-\\d{2}$' };
      if (message === 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD') {
        return { ...jsonSchema, pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' };
      }
      // Left to the element and the CLI: a real calendar date, a safe image URL; `lang` is any tag.
      return jsonSchema;
    },
  };

  const schemas = {};
  for (const [format, { file, schema }] of Object.entries(FORMATS)) {
    const json = toJsonSchema(s[schema], config);
    const missing = [];
    // Converting a lazy schema first stores what its getter gives for no input, under a number; the
    // override above replaces every use of it, so those definitions are left over. And each format
    // keeps only the definitions it uses.
    for (let pruned = true; pruned;) {
      const used = Object.entries(json.$defs ?? {}).filter(([name]) =>
        JSON.stringify(json).includes(`"#/$defs/${name}"`),
      );
      pruned = used.length < Object.keys(json.$defs ?? {}).length;
      json.$defs = Object.fromEntries(used);
    }
    json.properties = { $schema: { type: 'string' }, ...json.properties };
    annotate(json, format, missing);
    for (const [name, definition] of Object.entries(json.$defs ?? {})) {
      if (!DEFINITIONS[name])
        throw new Error(`no title for $defs/${name}: ${JSON.stringify(definition).slice(0, 300)}`);
      Object.assign(definition, describe(DEFINITIONS[name]));
      annotate(definition, name, missing);
    }
    if (missing.length) throw new Error(`${file}: no title and description for ${missing.join(', ')}`);
    const ordered = {
      $schema: json.$schema,
      $id: `${SCHEMA_BASE}${file}`,
      ...describe(FORMAT_TITLES[format]),
      ...Object.fromEntries(Object.entries(json).filter(([key]) => key !== '$schema')),
    };
    schemas[format] = ordered;
  }
  return schemas;
}

/** Each schema file's text, formatted as prettier would. */
export async function schemaFiles() {
  const schemas = await generateJsonSchemas();
  const files = {};
  for (const [format, json] of Object.entries(schemas)) {
    files[FORMATS[format].file] = await prettier.format(JSON.stringify(json), { parser: 'json', printWidth: 120 });
  }
  return files;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = new URL('schemas/', root);
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(await schemaFiles())) writeFileSync(new URL(file, dir), text);
  console.log(`schemas/: ${Object.keys(FORMATS).length} JSON Schemas written`);
}
