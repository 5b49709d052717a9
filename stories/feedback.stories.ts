import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, userEvent } from 'storybook/test';
import type { HelseFeedback } from '../src/feedback/widget/feedback.js';
import { element, part, partOf, typeInto, until } from './play.js';

interface Args {
  endpoint: string;
  question: string;
  maxLength: number;
}

type Story = StoryObj<Args>;

/**
 * «Fant du det du lette etter?» — the prompt at the foot of every page. In these stories the
 * endpoint is a mock inside Storybook (`/mock/feedback/…`); nothing leaves the browser.
 */
const meta: Meta<Args> = {
  title: 'Components/Feedback',
  component: 'helse-feedback',
  args: { endpoint: '/mock/feedback/accept', question: '', maxLength: 1000 },
  // Each story starts as a new visitor: no answer given this session, nothing kept for sending.
  beforeEach: () => {
    sessionStorage.clear();
    localStorage.clear();
  },
  render: ({ endpoint, question, maxLength }) => html`
    <helse-feedback
      endpoint=${endpoint || nothing}
      question=${question || nothing}
      max-length=${maxLength}
      allow-repeat
      .retryDelays=${[]}
    ></helse-feedback>
  `,
};
export default meta;

type Context = { canvasElement: HTMLElement };

const feedback = (canvas: HTMLElement) => element<HelseFeedback>(canvas, 'helse-feedback');

const answerYes = async ({ canvasElement }: Context) => {
  const el = await feedback(canvasElement);
  await userEvent.click(await partOf(el, 'button-yes'));
  return el;
};

const answerNo = async ({ canvasElement }: Context) => {
  const el = await feedback(canvasElement);
  await userEvent.click(await partOf(el, 'button-no'));
  await partOf(el, 'textarea');
  return el;
};

/** The thank-you: the question is gone, the message says thanks, nothing to retry. */
const thanked = (el: HelseFeedback) =>
  until(el, () => {
    expect(part(el, 'question')).not.toBeVisible();
    expect(part(el, 'button-retry')).toBeNull();
    expect(part(el, 'message')?.textContent?.trim()).not.toBe('');
  });

/** The question with «Ja» and «Nei». */
export const Question: Story = {
  play: async ({ canvasElement }) => {
    const el = await feedback(canvasElement);
    await expect(await partOf(el, 'button-yes')).toBeVisible();
    await expect(await partOf(el, 'button-no')).toBeVisible();
  },
};

/** After «Nei»: the comment field, its count and the warning not to write personal information. */
export const NoForm: Story = {
  name: 'Nei: the form',
  play: async (context) => {
    const el = await answerNo(context);
    await expect(await partOf(el, 'warning')).toBeVisible();
    await expect(await partOf(el, 'count')).toBeVisible();
  },
};

/** The answer is on its way (the mock never answers). */
export const Sending: Story = {
  args: { endpoint: '/mock/feedback/hang' },
  play: async (context) => {
    const el = await answerYes(context);
    await until(el, () => {
      expect(part(el, 'button-yes')?.getAttribute('aria-disabled')).toBe('true');
      expect(part(el, 'message')?.textContent?.trim()).not.toBe('');
    });
  },
};

/** The receiver took the answer. */
export const Thanks: Story = {
  play: async (context) => thanked(await answerYes(context)),
};

/** The receiver refused the answer: an honest message and «Prøv igjen». */
export const ErrorWithRetry: Story = {
  args: { endpoint: '/mock/feedback/reject' },
  play: async (context) => {
    const el = await answerYes(context);
    await partOf(el, 'button-retry');
  },
};

/** No network: the answer is kept and sent when the browser is online again («Prøv igjen nå» sends it now). */
export const Offline: Story = {
  args: { endpoint: '/mock/feedback/offline' },
  play: async (context) => {
    const el = await answerYes(context);
    await partOf(el, 'button-retry');
  },
};

/** Without an endpoint the answer only fires events (for a site's own analytics). */
export const NoEndpoint: Story = {
  args: { endpoint: '' },
  play: async (context) => thanked(await answerYes(context)),
};

/** A comment exactly at the limit: no characters left, and no error. */
export const LongCommentAtLimit: Story = {
  args: { maxLength: 200 },
  play: async (context) => {
    const el = await answerNo(context);
    const sentence = 'Jeg lette etter besøkstider og parkering ved sykehuset, men fant dem ikke. ';
    const field = await partOf<HTMLTextAreaElement>(el, 'textarea');
    typeInto(field, sentence.repeat(5).slice(0, 200));
    await el.updateComplete;
    expect(field.value).toHaveLength(200);
    expect(field.getAttribute('aria-invalid')).toBe('false');
    expect(part(el, 'count')?.textContent).toMatch(/\b0\b/);
  },
};

/** A phone number in the comment: sending waits until it is removed, or the visitor sends without it. */
export const PersonalDataFound: Story = {
  play: async (context) => {
    const el = await answerNo(context);
    typeInto(await partOf(el, 'textarea'), 'Ring meg på 912 34 567, jeg fant ikke timen min.');
    await partOf(el, 'button-redact');
  },
};

/** A trust's own wording of the question. */
export const CustomQuestion: Story = {
  args: { question: 'Var denne siden nyttig?' },
  play: async ({ canvasElement }) => {
    const el = await feedback(canvasElement);
    expect((await partOf(el, 'question')).textContent).toBe('Var denne siden nyttig?');
  },
};

/** A comment that suggests an emergency: the notice with 113 and 116 117 above «Send», which still sends. */
export const UrgentHelpEmergency: Story = {
  play: async (context) => {
    const el = await answerNo(context);
    typeInto(await partOf(el, 'textarea'), 'Jeg har sterke brystsmerter og får ikke puste.');
    await until(el, () => expect(part(el, 'urgent')?.querySelectorAll('a').length).toBe(2));
  },
};

/** A comment that suggests thoughts of suicide: Mental Helse's 116 123 as well. */
export const UrgentHelpSuicidalThoughts: Story = {
  play: async (context) => {
    const el = await answerNo(context);
    typeInto(await partOf(el, 'textarea'), 'Jeg orker ikke leve lenger.');
    await until(el, () => expect(part(el, 'urgent')?.querySelectorAll('a').length).toBe(3));
  },
};

/** A trust's own help text and links in the `urgent-help` slot, instead of the default sentence. */
export const TrustHelpText: Story = {
  render: ({ endpoint }) => html`
    <helse-feedback endpoint=${endpoint} allow-repeat .retryDelays=${[]}>
      <span slot="urgent-help">
        Trenger du hjelp nå? Ring <a href="tel:113">113</a>, eller se
        <a href="https://www.helsenorge.no/">helsenorge.no</a>.
      </span>
    </helse-feedback>
  `,
  play: async (context) => {
    const el = await answerNo(context);
    const slot = (await partOf(el, 'warning')).querySelector('slot');
    expect(slot?.assignedElements().length).toBe(1);
  },
};
