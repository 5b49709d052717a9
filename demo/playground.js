// The editors' playground: JSON in, the element and its problems out, live. Runs under the demo's
// strict policy (no inline script, Trusted Types): the DOM is built with textContent and elements.
import {
  strategySchema,
  goalsSchema,
  meetingSchema,
  meetingListSchema,
  listProblems,
  localizeProblem,
  describeJsonSyntaxError,
  problemPlace,
} from '/dist/editor/helse-editor-tools.js';

const $ = (id) => document.getElementById(id);
const form = { element: $('playground-element'), lang: $('playground-lang'), example: $('playground-example') };
const json = $('playground-json');
const status = $('playground-status');
const problemsList = $('playground-problems');
const preview = $('playground-preview');
const snippet = $('playground-snippet');
const command = $('playground-command');

const SCHEMAS = { strategy: strategySchema, meeting: meetingSchema, 'meeting-list': meetingListSchema };
const FORMAT_OF_ELEMENT = {
  strategy: 'strategy',
  'goal-list': 'strategy',
  'meeting-summary': 'meeting',
  'meeting-list': 'meeting-list',
};
const ELEMENT_OF_EXAMPLE = {
  'strategi-2020': 'strategy',
  'strategi-2030': 'strategy',
  'foretaksmote-2022': 'meeting-summary',
  meetings: 'meeting-list',
};
const WORDS = {
  nb: {
    ok: 'Ingen feil.',
    one: '1 feil.',
    many: (n) => `${n} feil.`,
    copied: 'Kopiert.',
  },
  nn: {
    ok: 'Ingen feil.',
    one: '1 feil.',
    many: (n) => `${n} feil.`,
    copied: 'Kopiert.',
  },
  en: {
    ok: 'No problems.',
    one: '1 problem.',
    many: (n) => `${n} problems.`,
    copied: 'Copied.',
  },
};

function problemsOf(text, element, lang) {
  let document_;
  try {
    document_ = JSON.parse(text);
  } catch (error) {
    const { where, problem } = describeJsonSyntaxError(text, error, lang);
    return { problems: [{ path: where, text: problem }] };
  }
  const schema =
    element === 'goal-list' && Array.isArray(document_) ? goalsSchema : SCHEMAS[FORMAT_OF_ELEMENT[element]];
  const problems = listProblems(schema, document_).map(({ path, problem }) => ({
    path: problemPlace(path, lang),
    text: localizeProblem(problem, lang),
  }));
  return { document: document_, problems };
}

function showProblems(problems, lang) {
  const words = WORDS[lang];
  status.textContent =
    problems.length === 0 ? words.ok : problems.length === 1 ? words.one : words.many(problems.length);
  problemsList.replaceChildren(
    ...problems.map(({ path, text }) => {
      const item = document.createElement('li');
      const code = document.createElement('code');
      code.textContent = path;
      item.append(code, `: ${text}`);
      return item;
    }),
  );
}

/** The element with its content inline and a plain-HTML fallback from its rendering. */
function snippetFor(element, tag, documentText) {
  const fallback = (element.shadowRoot?.querySelector('[part~="base"]')?.getHTML?.() ?? '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\s(?:part|class)="[^"]*"/g, '')
    .replace(/\n\s*\n/g, '\n')
    .trim();
  const inline = documentText.replace(/</g, '\\u003c');
  return `<${tag} lang="${element.lang}">\n<script type="application/json">\n${inline}\n</script>\n${fallback}\n</${tag}>\n`;
}

let timer;
function update() {
  const element = form.element.value;
  const lang = form.lang.value;
  const tag = `helse-${element}`;
  command.textContent = `npx helse-widgets render --element ${element} --lang ${lang} innhold.json`;
  const { document: value, problems } = problemsOf(json.value, element, lang);
  showProblems(problems, lang);
  const shown = document.createElement(tag);
  shown.lang = lang;
  if (value !== undefined) shown.data = value;
  preview.replaceChildren(shown);
  clearTimeout(timer);
  timer = setTimeout(async () => {
    await shown.updateComplete;
    snippet.value = problems.length ? '' : snippetFor(shown, tag, JSON.stringify(value, null, 2));
  }, 50);
}

async function loadExample() {
  const name = form.example.value;
  json.value = await (await fetch(`/content/${name}.json`)).text();
  form.element.value = ELEMENT_OF_EXAMPLE[name];
  update();
}

let pending;
json.addEventListener('input', () => {
  clearTimeout(pending);
  pending = setTimeout(update, 250);
});
form.element.addEventListener('change', update);
form.lang.addEventListener('change', update);
form.example.addEventListener('change', loadExample);
$('playground-form').addEventListener('submit', (event) => event.preventDefault());
$('playground-copy').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(snippet.value);
  } catch {
    snippet.select();
  }
  $('playground-copied').textContent = WORDS[form.lang.value].copied;
});

form.lang.value = ['nb', 'nn', 'en'].includes(document.documentElement.lang) ? document.documentElement.lang : 'nb';
await loadExample();
