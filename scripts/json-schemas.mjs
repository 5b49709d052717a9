// The published JSON Schemas (schemas/*.schema.json), generated from the valibot schemas in
// src/content/schemas/ with @valibot/to-json-schema: the content formats are written once, in valibot.
// What valibot expresses as a function (which shape a value takes, a check) is given here in JSON
// Schema terms; a rule JSON Schema cannot express — a real calendar date, a safe image URL — stays in
// the element's validation and the CLI. Titles and descriptions (bokmål, with English) live only here,
// so they add nothing to what visitors download.
//
// `node scripts/json-schemas.mjs` writes the files; tests/schemas/ checks they are current.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { toJsonSchema } from '@valibot/to-json-schema';
import prettier from 'prettier';

const root = new URL('../', import.meta.url);

/** The formats, their file names and the valibot schema each comes from. */
export const FORMATS = {
  strategy: { file: 'strategy.schema.json', schema: 'strategySchema' },
  meeting: { file: 'meeting.schema.json', schema: 'meetingSchema' },
  'meeting-list': { file: 'meeting-list.schema.json', schema: 'meetingListSchema' },
};

/** Where the published schemas live, for `$id` and for content files that name their `$schema`. */
export const SCHEMA_BASE = 'https://unpkg.com/helse-widgets/schemas/';

/** The valibot schemas from src/ (and the validation the elements run on them), compiled on the fly (TypeScript) with valibot left as an import. */
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
  return import(pathToFileURL(fileURLToPath(file)).href);
}

const bilingual = (nb, en) => ({ nb, en });

/** Shared definitions: their title and description, bokmål then English. */
const DEFINITIONS = {
  text: bilingual(
    [
      'Tekst',
      'Ren tekst, eller tekst per språk: { "nb": "…", "nn": "…", "en": "…" }. Vises på sidens språk, ellers bokmål.',
    ],
    [
      'Text',
      'Plain text, or text per language: { "nb": "…", "nn": "…", "en": "…" }. Shown in the page language, else bokmål.',
    ],
  ),
  item: bilingual(
    ['Punkt', 'Tekst, eller { "title", "description" } med minst én av dem.'],
    ['Item', 'Text, or { "title", "description" } with at least one of them.'],
  ),
  itemList: bilingual(['Punktliste', 'En liste med punkter.'], ['List of items', 'A list of items.']),
  link: bilingual(
    ['Lenke', '{ "label", "href" }, og for dokumenter gjerne "type" og "size".'],
    ['Link', '{ "label", "href" }, and for documents optionally "type" and "size".'],
  ),
  date: bilingual(
    ['Dato', 'En dato som ÅÅÅÅ-MM-DD, f.eks. "2022-02-18".'],
    ['Date', 'A date as YYYY-MM-DD, e.g. "2022-02-18".'],
  ),
  goals: bilingual(
    ['Mål', 'Punkter, eller grupper { "title", "items" } — ikke en blanding.'],
    ['Goals', 'Items, or groups { "title", "items" } — not a mix.'],
  ),
  image: bilingual(
    ['Bilde', '{ "src", "alt" } — alternativ tekst er påkrevd — eller { "src", "decorative": true }.'],
    ['Image', '{ "src", "alt" } — alternative text is required — or { "src", "decorative": true }.'],
  ),
  partialDate: bilingual(
    ['Dato', 'En dato som ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD.'],
    ['Date', 'A date as YYYY, YYYY-MM or YYYY-MM-DD.'],
  ),
};

/** Every field of every format, by its path (`[]` for a list's items): title and description. */
const FIELDS = {
  // Shared by all formats
  $schema: bilingual(
    ['JSON Schema', 'Hvilket skjema filen følger; gir hjelp og fullføring i editoren.'],
    ['JSON Schema', 'The schema this file follows; gives help and completion in the editor.'],
  ),
  lang: bilingual(
    ['Språk', 'Språket dokumentets rene tekster er skrevet på, f.eks. "nb" eller "nn".'],
    ['Language', 'The language the plain texts of the document are written in, e.g. "nb" or "nn".'],
  ),
  'text.nb': bilingual(['Bokmål', 'Teksten på bokmål.'], ['Bokmål', 'The text in bokmål.']),
  'text.nn': bilingual(['Nynorsk', 'Teksten på nynorsk.'], ['Nynorsk', 'The text in nynorsk.']),
  'text.en': bilingual(['Engelsk', 'Teksten på engelsk.'], ['English', 'The text in English.']),
  'item.id': bilingual(['Id', 'Valgfri nøkkel for punktet.'], ['Id', 'An optional key for the item.']),
  'item.title': bilingual(['Tittel', 'Punktets tittel.'], ['Title', "The item's title."]),
  'item.description': bilingual(['Beskrivelse', 'Punktets beskrivelse.'], ['Description', "The item's description."]),
  'link.label': bilingual(['Lenketekst', 'Teksten som vises.'], ['Label', 'The text shown.']),
  'link.href': bilingual(
    ['Adresse', 'http(s)-, mailto- eller relativ adresse. Andre vises som tekst.'],
    ['Address', 'An http(s), mailto or relative URL. Others are shown as text.'],
  ),
  'link.type': bilingual(['Filtype', 'F.eks. "pdf".'], ['File type', 'E.g. "pdf".']),
  'link.size': bilingual(['Filstørrelse', 'I byte.'], ['File size', 'In bytes.']),

  // strategy
  'strategy.title': bilingual(['Tittel', 'Strategiens tittel.'], ['Title', "The strategy's title."]),
  'strategy.organization': bilingual(
    ['Organisasjon', 'Foretaket strategien gjelder, vises under tittelen.'],
    ['Organisation', 'The trust the strategy is for, shown under the title.'],
  ),
  'strategy.vision': bilingual(['Visjon', 'Strategiens visjon.'], ['Vision', "The strategy's vision."]),
  'strategy.ambition': bilingual(['Ambisjon', 'Strategiens ambisjon.'], ['Ambition', "The strategy's ambition."]),
  'strategy.intro': bilingual(['Innledning', 'Innledende avsnitt.'], ['Introduction', 'Introductory paragraphs.']),
  'strategy.intro[]': bilingual(['Avsnitt', 'Ett avsnitt.'], ['Paragraph', 'One paragraph.']),
  'strategy.adopted': bilingual(
    ['Vedtatt', 'Hvem som vedtok strategien, og når.'],
    ['Adopted', 'Who adopted the strategy, and when.'],
  ),
  'strategy.adopted.by': bilingual(
    ['Vedtatt av', 'F.eks. «styret for Helse Midt-Norge RHF».'],
    ['Adopted by', 'E.g. «styret for Helse Midt-Norge RHF».'],
  ),
  'strategy.adopted.date': bilingual(
    ['Vedtaksdato', 'Når strategien ble vedtatt.'],
    ['Date adopted', 'When the strategy was adopted.'],
  ),
  'strategy.status': bilingual(
    ['Status', 'F.eks. «Rulleres årlig» eller «Erstattet av Strategi 2030».'],
    ['Status', 'E.g. «Rulleres årlig» (revised yearly) or «Erstattet av …» (replaced).'],
  ),
  'strategy.successor': bilingual(
    ['Ny strategi', 'Lenke til strategien som avløser denne.'],
    ['Successor', 'A link to the strategy that follows this one.'],
  ),
  'strategy.challenges': bilingual(
    ['Hovedutfordringer', 'Vises som nummerert liste.'],
    ['Challenges', 'Shown as a numbered list.'],
  ),
  'strategy.goals': bilingual(
    [
      'Mål',
      'Punkter, eller grupper { "title", "items" } — ikke en blanding. Overskriften telles opp («Fem strategiske mål»).',
    ],
    ['Goals', 'Items, or groups { "title", "items" } — not a mix. The heading is counted («Fem strategiske mål»).'],
  ),
  'goals[]': bilingual(
    ['Mål eller gruppe', 'Et mål, eller en gruppe mål.'],
    ['Goal or group', 'A goal, or a group of goals.'],
  ),
  'goals[].title': bilingual(['Gruppetittel', 'Tittelen over gruppen.'], ['Group title', 'The title above the group.']),
  'goals[].items': bilingual(['Mål i gruppen', 'Gruppens mål.'], ['Goals in the group', "The group's goals."]),
  'strategy.values': bilingual(['Verdier', 'Vises som punktliste.'], ['Values', 'Shown as a bulleted list.']),
  'strategy.operationalisation': bilingual(
    ['Operasjonalisering', 'Hvordan strategien settes ut i livet.'],
    ['Operationalisation', 'How the strategy is put into practice.'],
  ),
  'strategy.operationalisation.intro': bilingual(
    ['Innledning', 'Innledende avsnitt.'],
    ['Introduction', 'An introductory paragraph.'],
  ),
  'strategy.operationalisation.focus': bilingual(
    ['Fokus', 'Fokusområder, vist som sitater.'],
    ['Focus', 'Areas of focus, shown as quotes.'],
  ),
  'strategy.operationalisation.focus[]': bilingual(
    ['Fokusområde', 'Ett fokusområde.'],
    ['Focus area', 'One area of focus.'],
  ),
  'strategy.operationalisation.measuresIntro': bilingual(
    ['Innledning til tiltak', 'Avsnitt før tiltakene.'],
    ['Measures intro', 'A paragraph before the measures.'],
  ),
  'strategy.operationalisation.measures': bilingual(
    ['Tiltak', 'Vises som nummerert liste.'],
    ['Measures', 'Shown as a numbered list.'],
  ),
  'strategy.boardCases': bilingual(
    ['Styrets behandling', 'Lenke til styresakene.'],
    ['Board cases', 'A link to the board cases.'],
  ),
  'strategy.boardCases.intro': bilingual(
    ['Innledning', 'Avsnitt før lenken.'],
    ['Introduction', 'A paragraph before the link.'],
  ),
  'strategy.boardCases.link': bilingual(['Lenke', 'Lenken til styresakene.'], ['Link', 'The link to the board cases.']),
  'strategy.documents': bilingual(
    ['Bakgrunn og dokumentasjon', 'Dokumenter strategien bygger på.'],
    ['Documents', 'Documents the strategy builds on.'],
  ),
  'strategy.documents.intro': bilingual(
    ['Innledning', 'Avsnitt før listen.'],
    ['Introduction', 'A paragraph before the list.'],
  ),
  'strategy.documents.items': bilingual(
    ['Dokumenter', 'Lenker til dokumentene.'],
    ['Documents', 'Links to the documents.'],
  ),
  'strategy.brochure': bilingual(
    ['Brosjyre', 'Lenke til strategien som brosjyre.'],
    ['Brochure', 'A link to the strategy as a brochure.'],
  ),
  'strategy.headings': bilingual(
    ['Overskrifter', 'Egne overskrifter i stedet for de utledede, per seksjon.'],
    ['Headings', 'Own headings instead of the derived ones, by section.'],
  ),
  'strategy.headings.about': bilingual(
    ['Om', 'Overskrift over utfordringer og mål, f.eks. «Om Strategi 2020».'],
    ['About', 'A heading above challenges and goals.'],
  ),
  'strategy.headings.challenges': bilingual(
    ['Hovedutfordringer', 'Overskrift for utfordringene.'],
    ['Challenges', 'Heading of the challenges.'],
  ),
  'strategy.headings.goals': bilingual(['Mål', 'Overskrift for målene.'], ['Goals', 'Heading of the goals.']),
  'strategy.headings.values': bilingual(['Verdier', 'Overskrift for verdiene.'], ['Values', 'Heading of the values.']),
  'strategy.headings.operationalisation': bilingual(
    ['Operasjonalisering', 'Overskrift for operasjonaliseringen.'],
    ['Operationalisation', 'Heading of the operationalisation.'],
  ),
  'strategy.headings.boardCases': bilingual(
    ['Styrets behandling', 'Overskrift for styresakene.'],
    ['Board cases', 'Heading of the board cases.'],
  ),
  'strategy.headings.documents': bilingual(
    ['Dokumentasjon', 'Overskrift for dokumentene.'],
    ['Documents', 'Heading of the documents.'],
  ),
  'strategy.headings.brochure': bilingual(
    ['Brosjyre', 'Overskrift for brosjyren.'],
    ['Brochure', 'Heading of the brochure.'],
  ),

  // meeting
  'meeting.title': bilingual(['Tittel', 'Sakens tittel.'], ['Title', "The item's title."]),
  'meeting.published': bilingual(
    ['Publisert', 'Publiseringsdato, ÅÅÅÅ-MM-DD.'],
    ['Published', 'Date published, YYYY-MM-DD.'],
  ),
  'meeting.meetingDate': bilingual(
    ['Møtedato', 'Når møtet ble holdt, ÅÅÅÅ-MM-DD.'],
    ['Meeting date', 'When the meeting was held, YYYY-MM-DD.'],
  ),
  'meeting.kind': bilingual(
    ['Type møte', 'F.eks. «Foretaksmøte» eller «Styremøte».'],
    ['Kind', 'E.g. «Foretaksmøte» (enterprise meeting) or «Styremøte» (board meeting).'],
  ),
  'meeting.lead': bilingual(['Ingress', 'Innledende avsnitt.'], ['Lead', 'The lead paragraph.']),
  'meeting.image': bilingual(
    ['Bilde', '{ "src", "alt" } — alternativ tekst er påkrevd — eller { "src", "decorative": true }.'],
    ['Image', '{ "src", "alt" } — alternative text is required — or { "src", "decorative": true }.'],
  ),
  'meeting.image.src': bilingual(
    ['Bildeadresse', 'http(s)- eller relativ adresse.'],
    ['Image URL', 'An http(s) or relative URL.'],
  ),
  'meeting.image.alt': bilingual(
    ['Alternativ tekst', 'Hva bildet viser, for skjermlesere.'],
    ['Alternative text', 'What the image shows, for screen readers.'],
  ),
  'meeting.image.caption': bilingual(['Bildetekst', 'Vises under bildet.'], ['Caption', 'Shown below the image.']),
  'meeting.image.width': bilingual(
    ['Bredde', 'Bildets bredde i piksler, så siden ikke hopper.'],
    ['Width', "The image's width in pixels, so the page does not jump."],
  ),
  'meeting.image.height': bilingual(['Høyde', 'Bildets høyde i piksler.'], ['Height', "The image's height in pixels."]),
  'meeting.image.decorative': bilingual(
    ['Pynt', 'true når bildet bare er pynt og ikke trenger alternativ tekst.'],
    ['Decorative', 'true when the image is decoration only and needs no alternative text.'],
  ),
  'meeting.goals': bilingual(['Mål', 'Mål satt i møtet.'], ['Goals', 'Goals set at the meeting.']),
  'meeting.goals.intro': bilingual(
    ['Innledning', 'Avsnitt før målene.'],
    ['Introduction', 'A paragraph before the goals.'],
  ),
  'meeting.goals.items': bilingual(
    ['Målene', 'Vises som nummerert liste.'],
    ['The goals', 'Shown as a numbered list.'],
  ),
  'meeting.goals.outro': bilingual(
    ['Avslutning', 'Avsnitt etter målene.'],
    ['Closing', 'A paragraph after the goals.'],
  ),
  'meeting.sections': bilingual(
    ['Seksjoner', 'Resten av teksten, i seksjoner.'],
    ['Sections', 'The rest of the text, in sections.'],
  ),
  'meeting.sections[]': bilingual(['Seksjon', 'En overskrift og avsnitt.'], ['Section', 'A heading and paragraphs.']),
  'meeting.sections[].heading': bilingual(
    ['Overskrift', 'Seksjonens overskrift.'],
    ['Heading', "The section's heading."],
  ),
  'meeting.sections[].paragraphs': bilingual(
    ['Avsnitt', 'Seksjonens avsnitt.'],
    ['Paragraphs', "The section's paragraphs."],
  ),
  'meeting.sections[].paragraphs[]': bilingual(['Avsnitt', 'Ett avsnitt.'], ['Paragraph', 'One paragraph.']),
  'meeting.links': bilingual(
    ['Lenker', 'Lenker til mer, f.eks. protokollen.'],
    ['Links', 'Links to more, e.g. the minutes.'],
  ),
  'meeting.href': bilingual(
    ['Adresse', 'Sakens egen side, brukt av møtelisten.'],
    ['Address', "The item's own page, used by the meeting list."],
  ),

  // meeting list
  'meeting-list.title': bilingual(['Tittel', 'Listens tittel.'], ['Title', "The list's title."]),
  'meeting-list.meetings[]': bilingual(
    ['Møte', 'Ett møte, som i meeting.schema.json.'],
    ['Meeting', 'One meeting, as in meeting.schema.json.'],
  ),
  'meeting-list.meetings': bilingual(
    ['Møter', 'Møtene, i hvilken som helst rekkefølge; nyeste vises først.'],
    ['Meetings', 'The meetings, in any order; the newest is shown first.'],
  ),
};

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
      if (message === 'expected a size in bytes') return { ...jsonSchema, minimum: 0 };
      if (message === 'expected decorative: true') return { ...jsonSchema, const: true };
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

const FORMAT_TITLES = {
  strategy: bilingual(
    ['Strategi', 'Et helseforetaks strategi, for <helse-strategy> og <helse-goal-list>.'],
    ["A trust's strategy", "A hospital trust's strategy, for <helse-strategy> and <helse-goal-list>."],
  ),
  meeting: bilingual(
    ['Møte', 'Et referat fra et møte (foretaksmøte, styremøte), for <helse-meeting-summary>.'],
    ['Meeting', 'A summary of a meeting (enterprise or board meeting), for <helse-meeting-summary>.'],
  ),
  'meeting-list': bilingual(
    ['Møteliste', 'En liste med møter, for <helse-meeting-list>.'],
    ['Meeting list', 'A list of meetings, for <helse-meeting-list>.'],
  ),
};

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
