// `helse-widgets validate`: a content file's problems, as the element would report them.
import { fromDist } from './dist.mjs';

export const FORMATS = ['strategy', 'meeting', 'meeting-list'];
export const ELEMENTS = ['strategy', 'goal-list', 'meeting-summary', 'meeting-list'];

const VALID = { nb: 'gyldig', nn: 'gyldig', en: 'valid' };

/** The format: `--format`, else the file's `$schema`, else its shape. */
export function formatOf(json, format) {
  if (format) return format;
  const schema = typeof json?.$schema === 'string' ? /([\w-]+)\.schema\.json(?:[?#].*)?$/.exec(json.$schema)?.[1] : '';
  if (FORMATS.includes(schema)) return schema;
  if (Array.isArray(json?.meetings)) return 'meeting-list';
  if (json && typeof json === 'object' && 'published' in json) return 'meeting';
  return 'strategy';
}

let modules;
async function load(lang) {
  modules ??= await Promise.all([
    fromDist('content/schemas/strategy.js'),
    fromDist('content/schemas/meeting.js'),
    fromDist('content/problems.js'),
    fromDist('content/data-element.js'),
    fromDist('core/localization.js'),
  ]).then(([strategy, meeting, problems, element, localization]) => ({
    schemas: {
      strategy: strategy.strategySchema,
      meeting: meeting.meetingSchema,
      'meeting-list': meeting.meetingListSchema,
    },
    goals: strategy.goalsSchema,
    ...problems,
    errorStateMessage: element.errorStateMessage,
    useLocale: localization.useLocale,
  }));
  await modules.useLocale(lang);
  return modules;
}

/**
 * Parses and validates one file's text. `text` is what to print: the element's error-state sentence
 * in `lang`, then each problem with its path — or, for JSON that does not parse, its line and column.
 */
export async function validateText(text, { format, lang = 'nb', file }) {
  const m = await load(lang);
  const failed = (lines) => ({ ok: false, text: [`${file}: ${m.errorStateMessage(false)}`, ...lines].join('\n') });
  let json;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const { line, column, where, problem } = m.describeJsonSyntaxError(text, error, lang);
    return failed([`  ${file}:${line}:${column}: ${where}: ${problem}`]);
  }
  const chosen = formatOf(json, format);
  // A bare list of goals, which <helse-goal-list> takes, is checked as goals.
  const schema = Array.isArray(json) && !format ? m.goals : m.schemas[chosen];
  const problems = m.listProblems(schema, json);
  if (problems.length === 0) return { ok: true, json, format: chosen, text: `${file}: ${VALID[lang]} (${chosen})` };
  return {
    ok: false,
    json,
    format: chosen,
    problems,
    text: failed(
      problems.map(({ path, problem }) => `  ${m.problemPlace(path, lang)}: ${m.localizeProblem(problem, lang)}`),
    ).text,
  };
}
