// `helse-widgets validate`: exit codes, the element's own messages in nb/nn/en, paths, and broken JSON
// reported by line and column. Runs the tool as editors do, on the built package (npm run build).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = (...args) => {
  const { status, stdout, stderr } = spawnSync(process.execPath, ['bin/helse-widgets.mjs', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { status, stdout, stderr, output: stdout + stderr };
};
const { cases } = JSON.parse(readFileSync(`${root}tests/fixtures/invalid/cases.json`, 'utf8'));

const CONTENT_ERROR = {
  nb: 'Innholdet kan ikke vises fordi det inneholder en feil.',
  nn: 'Innhaldet kan ikkje visast fordi det inneheld ein feil.',
  en: 'The content cannot be shown because it contains an error.',
};

/** No stack trace, ever: no "at file:line" frames, no Node error names. */
const assertNoStack = (output) => assert.doesNotMatch(output, /^\s+at .+:\d+:\d+\)?$|Error:/m);

test('every content fixture is valid: exit 0', () => {
  const files = [
    'strategi-2020',
    'strategi-2030',
    'grouped-goals',
    'strategi-nynorsk',
    'foretaksmote-2022',
    'meetings',
  ];
  const { status, stdout } = cli('validate', ...files.map((name) => `tests/fixtures/${name}.json`));
  assert.equal(status, 0, stdout);
  assert.match(stdout, /strategi-2020\.json: gyldig \(strategy\)/);
  assert.match(stdout, /meetings\.json: gyldig \(meeting-list\)/);
});

test('every invalid fixture: exit 1, the file, the path and the element’s message in bokmål', () => {
  for (const { file, path } of cases) {
    const { status, stderr } = cli('validate', `tests/fixtures/invalid/${file}`);
    assert.equal(status, 1, `${file}: ${stderr}`);
    assert.ok(stderr.startsWith(`tests/fixtures/invalid/${file}: ${CONTENT_ERROR.nb}\n`), stderr);
    assert.match(stderr, new RegExp(`^  ${path.replace(/[[\].]/g, '\\$&')}: \\S`, 'm'), `${file}: ${stderr}`);
    assertNoStack(stderr);
  }
});

test('--lang nn and en give the element’s message and the problem in that language', () => {
  const file = 'tests/fixtures/invalid/strategy-goal-title.json';
  assert.equal(cli('validate', file).stderr, `${file}: ${CONTENT_ERROR.nb}\n  goals[3].title: forventet tekst\n`);
  assert.equal(
    cli('validate', '--lang', 'nn', file).stderr,
    `${file}: ${CONTENT_ERROR.nn}\n  goals[3].title: venta tekst\n`,
  );
  assert.equal(
    cli('validate', '--lang', 'en', file).stderr,
    `${file}: ${CONTENT_ERROR.en}\n  goals[3].title: expected text\n`,
  );
});

test('a real calendar date, which JSON Schema cannot check, is checked', () => {
  const { status, stderr } = cli('validate', 'tests/fixtures/invalid/strategy-impossible-date.json');
  assert.equal(status, 1);
  assert.match(stderr, /^ {2}adopted\.date: /m);
});

test('broken JSON: line and column, never a stack trace', () => {
  const { status, stderr } = cli('validate', 'tests/fixtures/broken/malformed.json');
  assert.equal(status, 1);
  assert.match(stderr, /malformed\.json:2:1: linje 2, kolonne 1: ikke gyldig JSON/);
  assertNoStack(stderr);
  const missingComma = cli('validate', '--lang', 'en', 'tests/fixtures/broken/missing-comma.json');
  assert.equal(missingComma.status, 1);
  assert.match(missingComma.stderr, /missing-comma\.json:4:3: line 4, column 3: not valid JSON/);
  assertNoStack(missingComma.stderr);
});

test('the format comes from --format, else $schema, else the shape', () => {
  // meetings.json names meeting-list.schema.json; as a strategy it lacks nothing but is not one.
  assert.match(cli('validate', '--format', 'meeting', 'tests/fixtures/meetings.json').stderr, /^ {2}published: /m);
  assert.match(cli('validate', 'tests/cli/fixtures/no-schema-meeting.json').stderr, /^ {2}published: /m);
  assert.match(cli('validate', 'tests/cli/fixtures/no-schema-meeting.json').stderr, /no-schema-meeting/);
});

test('one bad file among good ones fails the run and names only that file', () => {
  const { status, stdout, stderr } = cli(
    'validate',
    'tests/fixtures/strategi-2020.json',
    'tests/fixtures/invalid/strategy-no-title.json',
  );
  assert.equal(status, 1);
  assert.match(stdout, /strategi-2020\.json: gyldig/);
  assert.doesNotMatch(stderr, /strategi-2020/);
});

test('a missing file and wrong options are reported plainly', () => {
  const missing = cli('validate', 'tests/fixtures/nowhere.json');
  assert.equal(missing.status, 1);
  assert.equal(missing.stderr, 'tests/fixtures/nowhere.json: finnes ikke\n');
  const wrong = cli('validate', '--lang', 'sv', 'tests/fixtures/strategi-2020.json');
  assert.equal(wrong.status, 2);
  assert.match(wrong.stderr, /--lang must be one of nb, nn, en/);
  assertNoStack(missing.output + wrong.output);
});
