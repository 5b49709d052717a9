#!/usr/bin/env node
// `helse-widgets validate|render`: the command-line tool for content editors (docs/editors.md).
// Plain JavaScript on Node 20: it runs the package's compiled modules in dist/ — the same validation
// and rendering code the elements run in the browser — so it needs no TypeScript at run time.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { FORMATS, ELEMENTS, validateText } from './lib/validate.mjs';

const USAGE = `Usage:
  helse-widgets validate [--format strategy|meeting|meeting-list] [--lang nb|nn|en] <file…>
  helse-widgets render --element strategy|goal-list|meeting-summary|meeting-list [--lang nb|nn|en]
                       [--heading-level N] [--csp] <file>

validate  checks content files against their format; exit 0 when every file is valid, 1 when not.
render    prints the element with its content inline, server-rendered, and a plain HTML fallback,
          to paste into a CMS. --csp also prints (to stderr) the style-src hashes a strict
          Content-Security-Policy needs to show it styled before the script runs.`;

const LOCALES = ['nb', 'nn', 'en'];

function usage(problem) {
  if (problem) console.error(`helse-widgets: ${problem}\n`);
  console.error(USAGE);
  process.exit(2);
}

async function main(argv) {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') {
    console.log(USAGE);
    return 0;
  }
  if (command !== 'validate' && command !== 'render') usage(command ? `unknown command "${command}"` : undefined);
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        element: { type: 'string' },
        lang: { type: 'string', default: 'nb' },
        'heading-level': { type: 'string' },
        csp: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    usage(error.message);
  }
  const { values, positionals: files } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (!LOCALES.includes(values.lang)) usage(`--lang must be one of ${LOCALES.join(', ')}`);
  if (values.format !== undefined && !FORMATS.includes(values.format)) {
    usage(`--format must be one of ${FORMATS.join(', ')}`);
  }

  if (command === 'validate') {
    if (files.length === 0) usage('name at least one file');
    let failed = 0;
    for (const file of files) {
      const report = await validateFile(file, values);
      if (!report.ok) failed += 1;
      (report.ok ? console.log : console.error)(report.text);
    }
    return failed ? 1 : 0;
  }

  if (!ELEMENTS.includes(values.element)) usage(`--element must be one of ${ELEMENTS.join(', ')}`);
  if (files.length !== 1) usage('render takes one file');
  const level = values['heading-level'];
  if (level !== undefined && !/^[1-6]$/.test(level)) usage('--heading-level must be 1 to 6');
  const [file] = files;
  const report = await validateFile(file, { ...values, format: values.format ?? formatForElement(values.element) });
  if (!report.ok) {
    console.error(report.text);
    return 1;
  }
  const { renderElement, styleHashes } = await import('./lib/render.mjs');
  const html = await renderElement({
    element: values.element,
    json: report.json,
    lang: values.lang,
    headingLevel: level === undefined ? undefined : Number(level),
  });
  process.stdout.write(html);
  if (values.csp) console.error(`${CSP_ADVICE[values.lang]} ${styleHashes(html).join(' ')}`);
  return 0;
}

/** What --csp says before the hashes: they go to whoever keeps the site's policy, not into the CMS. */
const CSP_ADVICE = {
  nb: "For en Content-Security-Policy uten 'unsafe-inline' i style-src, legg til der:",
  nn: "For ein Content-Security-Policy utan 'unsafe-inline' i style-src, legg til der:",
  en: "For a Content-Security-Policy without 'unsafe-inline' in style-src, add there:",
};

/** goal-list takes a strategy or a bare list of goals: the shape decides, unless --format says. */
const formatForElement = (element) =>
  ({ strategy: 'strategy', 'meeting-summary': 'meeting', 'meeting-list': 'meeting-list' })[element];

async function validateFile(file, { format, lang }) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const reason = error.code === 'ENOENT' ? { nb: 'finnes ikke', nn: 'finst ikkje', en: 'does not exist' } : null;
    return { ok: false, text: `${file}: ${reason ? reason[lang] : error.message}` };
  }
  const result = await validateText(text, { format, lang, file });
  return result;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // Never a stack trace: one line saying what failed.
  console.error(`helse-widgets: ${error?.message ?? error}`);
  process.exitCode = 1;
}
