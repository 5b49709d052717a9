import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, render } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { describeJsonSyntaxError, listProblems, localizeProblem, problemPlace } from '../src/content/problems.js';
import { goalsSchema, strategySchema } from '../src/content/schemas/strategy.js';
import { meetingListSchema, meetingSchema } from '../src/content/schemas/meeting.js';
import { localeFromTag, type Locale } from '../src/core/resolve-locale.js';
import { content } from './content.js';
import { showsContent } from './play.js';

type ElementName = 'strategy' | 'goal-list' | 'meeting-summary' | 'meeting-list';

interface Args {
  element: ElementName;
  example: string;
}

const SCHEMAS = {
  strategy: strategySchema,
  'goal-list': strategySchema,
  'meeting-summary': meetingSchema,
  'meeting-list': meetingListSchema,
};

const WORDS = {
  nb: {
    json: 'JSON',
    problems: 'Feil',
    none: 'Ingen feil.',
    count: (n: number) => `${n} feil.`,
    preview: 'Visning',
  },
  nn: {
    json: 'JSON',
    problems: 'Feil',
    none: 'Ingen feil.',
    count: (n: number) => `${n} feil.`,
    preview: 'Vising',
  },
  en: {
    json: 'JSON',
    problems: 'Problems',
    none: 'No problems.',
    count: (n: number) => `${n} problem${n === 1 ? '' : 's'}.`,
    preview: 'Preview',
  },
};

/** Every problem of the text for the element, in the page's language, as `helse-widgets validate` lists them. */
function problemsOf(text: string, element: ElementName, locale: Locale): { value?: unknown; problems: string[] } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const { where, problem } = describeJsonSyntaxError(text, error as Error, locale);
    return { problems: [`${where}: ${problem}`] };
  }
  const schema = element === 'goal-list' && Array.isArray(value) ? goalsSchema : SCHEMAS[element];
  const problems = listProblems(schema, value).map(
    ({ path, problem }) => `${problemPlace(path, locale)}: ${localizeProblem(problem, locale)}`,
  );
  return { value, problems };
}

/** The playground: a textarea, the element rendering what is in it, and its problems, updated as one types. */
function playground({ element, example }: Args) {
  const root = document.createElement('div');
  root.className = 'editors-playground';
  let text = '';
  // One element for the life of the story: it renders each new document as it is typed.
  const shown = document.createElement(`helse-${element}`) as HTMLElement & { data: unknown };
  const update = () => {
    const locale = localeFromTag(root.closest('[lang]')?.getAttribute('lang'));
    const words = WORDS[locale];
    const { value, problems } = problemsOf(text, element, locale);
    if (value !== undefined) shown.data = value;
    render(
      html`<label for="playground-json">${words.json}</label>
        <textarea
          id="playground-json"
          rows="14"
          spellcheck="false"
          aria-describedby="playground-status"
          .value=${text}
          @input=${(event: Event) => {
            text = (event.target as HTMLTextAreaElement).value;
            update();
          }}
        ></textarea>
        <h2>${words.problems}</h2>
        <p id="playground-status" role="status">${problems.length ? words.count(problems.length) : words.none}</p>
        <ul class="playground-problems">
          ${problems.map((problem) => html`<li>${problem}</li>`)}
        </ul>
        <h2>${words.preview}</h2>
        <div class="playground-preview">${shown}</div>`,
      root,
    );
  };
  void fetch(content(example))
    .then((response) => response.text())
    .then((json) => {
      text = json;
      update();
    });
  update();
  return root;
}

/**
 * For editors: paste or edit a content document and see, as you type, how the element shows it and every
 * problem with its field path — the same problems `npx helse-widgets validate` prints, in the language chosen
 * in the toolbar. Pick the element in the controls. The demo site has the same playground at
 * `/playground.html`, with the HTML to paste into a CMS; `npx helse-widgets render` makes that HTML with the
 * content already rendered (see docs/editors.md).
 */
const meta: Meta<Args> = {
  title: 'For editors/Playground',
  args: { element: 'strategy', example: 'strategi-2020' },
  argTypes: {
    element: { control: 'select', options: ['strategy', 'goal-list', 'meeting-summary', 'meeting-list'] },
    example: { control: 'select', options: ['strategi-2020', 'strategi-2030', 'foretaksmote-2022', 'meetings'] },
  },
  render: (args) => playground(args),
};
export default meta;
type Story = StoryObj<Args>;

/** A strategy, valid: the element renders it and there are no problems. */
export const Strategy: Story = {
  play: async ({ canvasElement }) => {
    await showsContent(canvasElement, 'helse-strategy');
    await waitFor(() => expect(canvasElement.querySelector('.playground-problems li')).toBeNull());
  },
};

/** A meeting with a mistake typed in: the problem is listed with its path. */
export const MeetingWithAProblem: Story = {
  args: { element: 'meeting-summary', example: 'foretaksmote-2022' },
  play: async ({ canvasElement }) => {
    await showsContent(canvasElement, 'helse-meeting-summary');
    const textarea = canvasElement.querySelector('textarea');
    if (!textarea) throw new Error('no textarea in the playground');
    textarea.value = textarea.value.replace('"published": "2022-02-18"', '"published": "18.02.2022"');
    textarea.dispatchEvent(new Event('input'));
    await waitFor(() =>
      expect(canvasElement.querySelector('.playground-problems li')?.textContent).toMatch(/^published: /),
    );
  },
};
