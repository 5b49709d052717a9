import * as v from 'valibot';
import type { Locale } from '../core/resolve-locale.js';
import { describeIssue, type Problem } from './validate.js';

/**
 * Every problem in a document, for editors: the command-line tool and the playground. Elements stop
 * at the first (see `validate`); nothing here is in the bundles visitors download.
 */
export function listProblems(schema: v.GenericSchema, value: unknown): Problem[] {
  const result = v.safeParse(schema, value);
  if (result.success) return [];
  // One problem per place: the first, as the element would report it there.
  const seen = new Set<string>();
  return result.issues
    .map((issue) => describeIssue(issue))
    .filter(({ path }) => (seen.has(path) ? false : (seen.add(path), true)));
}

/**
 * The schemas' problems (written in English, as `helse-data-error` gives them) in bokmål and nynorsk.
 * tests/schemas/ checks that every message the schemas use is here.
 */
export const PROBLEM_TRANSLATIONS: Record<string, { nb: string; nn: string }> = {
  required: { nb: 'mangler (påkrevd)', nn: 'manglar (påkravd)' },
  'expected text': { nb: 'forventet tekst', nn: 'venta tekst' },
  'expected text in nb, nn or en': { nb: 'forventet tekst i nb, nn eller en', nn: 'venta tekst i nb, nn eller en' },
  'expected text or an item with a title or description': {
    nb: 'forventet tekst eller et punkt med tittel eller beskrivelse',
    nn: 'venta tekst eller eit punkt med tittel eller skildring',
  },
  'expected a title or a description': {
    nb: 'forventet en tittel eller en beskrivelse',
    nn: 'venta ein tittel eller ei skildring',
  },
  'expected a list': { nb: 'forventet en liste', nn: 'venta ei liste' },
  'expected a list of paragraphs': { nb: 'forventet en liste med avsnitt', nn: 'venta ei liste med avsnitt' },
  'expected a list of meetings': { nb: 'forventet en liste med møter', nn: 'venta ei liste med møte' },
  'expected a URL': { nb: 'forventet en adresse (URL)', nn: 'venta ei adresse (URL)' },
  'expected a file type such as "pdf"': {
    nb: 'forventet en filtype, f.eks. "pdf"',
    nn: 'venta ein filtype, t.d. "pdf"',
  },
  'expected a size in bytes': { nb: 'forventet en størrelse i byte', nn: 'venta ein storleik i byte' },
  'expected a link with a label and an href': {
    nb: 'forventet en lenke med label og href',
    nn: 'venta ei lenkje med label og href',
  },
  'expected a date as YYYY, YYYY-MM or YYYY-MM-DD': {
    nb: 'forventet en dato som ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD',
    nn: 'venta ein dato som ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD',
  },
  'expected a date as YYYY-MM-DD': { nb: 'forventet en dato som ÅÅÅÅ-MM-DD', nn: 'venta ein dato som ÅÅÅÅ-MM-DD' },
  'expected a real date as YYYY-MM-DD': {
    nb: 'forventet en dato som finnes, som ÅÅÅÅ-MM-DD',
    nn: 'venta ein dato som finst, som ÅÅÅÅ-MM-DD',
  },
  'expected a language tag such as "nb"': {
    nb: 'forventet en språkkode, f.eks. "nb"',
    nn: 'venta ein språkkode, t.d. "nb"',
  },
  'expected an image URL': { nb: 'forventet en bildeadresse', nn: 'venta ei biletadresse' },
  'expected an http(s) or relative image URL': {
    nb: 'forventet en http(s)- eller relativ bildeadresse',
    nn: 'venta ei http(s)- eller relativ biletadresse',
  },
  'expected decorative: true': { nb: 'forventet decorative: true', nn: 'venta decorative: true' },
  'expected a width in pixels': { nb: 'forventet en bredde i piksler', nn: 'venta ei breidd i pikslar' },
  'expected a height in pixels': { nb: 'forventet en høyde i piksler', nn: 'venta ei høgd i pikslar' },
  'expected an image': { nb: 'forventet et bilde', nn: 'venta eit bilete' },
  'expected an image with src and alt': {
    nb: 'forventet et bilde med src og alt',
    nn: 'venta eit bilete med src og alt',
  },
  'expected { intro, items, outro }': { nb: 'forventet { intro, items, outro }', nn: 'venta { intro, items, outro }' },
  'expected { heading, paragraphs }': { nb: 'forventet { heading, paragraphs }', nn: 'venta { heading, paragraphs }' },
  'expected a meeting (an object with a title and published)': {
    nb: 'forventet et møte (et objekt med title og published)',
    nn: 'venta eit møte (eit objekt med title og published)',
  },
  'expected { title, meetings }': { nb: 'forventet { title, meetings }', nn: 'venta { title, meetings }' },
  'expected a goal group with a title and items': {
    nb: 'forventet en gruppe mål med title og items',
    nn: 'venta ei gruppe mål med title og items',
  },
  'expected a strategy document (an object with a title)': {
    nb: 'forventet et strategidokument (et objekt med title)',
    nn: 'venta eit strategidokument (eit objekt med title)',
  },
  'expected { by, date }': { nb: 'forventet { by, date }', nn: 'venta { by, date }' },
  'expected { intro, focus, measuresIntro, measures }': {
    nb: 'forventet { intro, focus, measuresIntro, measures }',
    nn: 'venta { intro, focus, measuresIntro, measures }',
  },
  'expected { intro, link }': { nb: 'forventet { intro, link }', nn: 'venta { intro, link }' },
  'expected { intro, items }': { nb: 'forventet { intro, items }', nn: 'venta { intro, items }' },
  'expected headings by section name': {
    nb: 'forventet overskrifter etter seksjonsnavn',
    nn: 'venta overskrifter etter seksjonsnamn',
  },
};

/** A problem in the editor's language; English as the schemas give it, or bokmål/nynorsk. */
export function localizeProblem(problem: string, locale: Locale): string {
  return locale === 'en' ? problem : (PROBLEM_TRANSLATIONS[problem]?.[locale] ?? problem);
}

/** Where JSON text fails to parse, from the parser's message: 1-based line and column, and the reason. */
function jsonSyntaxError(text: string, error: Error): { line: number; column: number; reason: string } {
  const position = Number(/at position (\d+)/.exec(error.message)?.[1] ?? text.length);
  const before = text.slice(0, position).split('\n');
  const reason = error.message.replace(/\s*(in JSON )?at position \d+.*$/, '').replace(/^JSON\.parse: /, '');
  return { line: before.length, column: before[before.length - 1].length + 1, reason };
}

/** The words around a problem, the same in the command-line tool, the playground and its story. */
const WORDS: Record<Locale, { line: string; column: string; json: string; root: string }> = {
  nb: { line: 'linje', column: 'kolonne', json: 'ikke gyldig JSON', root: '(dokumentet)' },
  nn: { line: 'linje', column: 'kolonne', json: 'ikkje gyldig JSON', root: '(dokumentet)' },
  en: { line: 'line', column: 'column', json: 'not valid JSON', root: '(the document)' },
};

/** Where a problem is, for people: its path, or «(dokumentet)» when it is the document as a whole. */
export const problemPlace = (path: string, locale: Locale): string => path || WORDS[locale].root;

/**
 * JSON that does not parse, for people: `where` «linje 2, kolonne 1», `problem` «ikke gyldig JSON (…)»,
 * and the line and column as numbers.
 */
export function describeJsonSyntaxError(text: string, error: Error, locale: Locale) {
  const { line, column, reason } = jsonSyntaxError(text, error);
  const words = WORDS[locale];
  return {
    line,
    column,
    where: `${words.line} ${line}, ${words.column} ${column}`,
    problem: `${words.json} (${reason})`,
  };
}
