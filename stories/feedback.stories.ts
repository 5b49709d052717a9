import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { element, partOf, typeInto } from './play.js';

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

const answerYes = async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  const el = await element(canvasElement, 'helse-feedback');
  (await partOf(el, 'button-yes')).click();
  await partOf(el, 'message');
};

const answerNo = async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  const el = await element(canvasElement, 'helse-feedback');
  (await partOf(el, 'button-no')).click();
  await partOf(el, 'textarea');
  return el;
};

/** The question with «Ja» and «Nei». */
export const Question: Story = {};

/** After «Nei»: the comment field, its count and the warning not to write personal information. */
export const NoForm: Story = {
  name: 'Nei: the form',
  play: async (context) => {
    await answerNo(context);
  },
};

/** The answer is on its way (the mock never answers). */
export const Sending: Story = { args: { endpoint: '/mock/feedback/hang' }, play: answerYes };

/** The receiver took the answer. */
export const Thanks: Story = { play: answerYes };

/** The receiver refused the answer: an honest message and «Prøv igjen». */
export const ErrorWithRetry: Story = { args: { endpoint: '/mock/feedback/reject' }, play: answerYes };

/** No network: the answer is kept and sent when the browser is online again. */
export const Offline: Story = { args: { endpoint: '/mock/feedback/offline' }, play: answerYes };

/** Without an endpoint the answer only fires events (for a site's own analytics). */
export const NoEndpoint: Story = { args: { endpoint: '' }, play: answerYes };

/** A comment exactly at the limit. */
export const LongCommentAtLimit: Story = {
  args: { maxLength: 200 },
  play: async (context) => {
    const el = await answerNo(context);
    const sentence = 'Jeg lette etter besøkstider og parkering ved sykehuset, men fant dem ikke. ';
    typeInto(await partOf(el, 'textarea'), sentence.repeat(5).slice(0, 200));
    await el.updateComplete;
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
export const CustomQuestion: Story = { args: { question: 'Var denne siden nyttig?' } };
