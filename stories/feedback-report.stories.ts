import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent } from 'storybook/test';
import { element, part, partOf, parts, until } from './play.js';

const TAG = 'helse-feedback-report';

interface Args {
  collector: string;
  token: string;
  canTriage: boolean;
  from: string;
  to: string;
  pathPrefix: string;
}

/**
 * For editors: which pages fail visitors, how that changes, and what they wrote. Reads the collector's
 * API (`npm run collector`); here a mock inside Storybook (`/mock/report/…`). The mock's token
 * `storybook-triage` may change comments' status; `storybook` may only read.
 */
const meta: Meta<Args> = {
  title: 'Components/Feedback report',
  component: 'helse-feedback-report',
  args: {
    collector: '/mock/report/ok',
    token: 'storybook',
    canTriage: false,
    from: '2026-11-01',
    to: '2026-11-30',
    pathPrefix: '',
  },
  render: ({ collector, token, canTriage, from, to, pathPrefix }) =>
    html`<helse-feedback-report
      collector=${collector}
      .token=${token}
      ?can-triage=${canTriage}
      from=${from}
      to=${to}
      path-prefix=${pathPrefix}
    ></helse-feedback-report>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Loaded: the trend, the ranked pages, the pages with too few answers, the comments. */
async function loaded(canvas: HTMLElement) {
  const el = await element(canvas, TAG);
  await until(el, () => {
    expect(part(el, 'base')?.getAttribute('aria-busy')).toBe('false');
    expect(part(el, 'comments')?.getAttribute('aria-busy')).toBe('false');
  });
  return el;
}

/** Pages ranked fairly (by the lower bound of their share of «Nei»); those with under 5 answers apart. */
export const Ranked: Story = {
  play: async ({ canvasElement }) => {
    const el = await loaded(canvasElement);
    await partOf(el, 'table');
    await partOf(el, 'unranked');
  },
};

/** The trend of «Ja» and «Nei» per day, with its one-sentence summary and the table behind a disclosure. */
export const Trend: Story = {
  play: async ({ canvasElement }) => {
    const el = await loaded(canvasElement);
    expect((await partOf(el, 'chart')).querySelectorAll('polyline').length).toBe(2);
    expect(part(el, 'trend-summary')?.textContent?.trim()).not.toBe('');
  },
};

/** A long period («90 dager»): the trend per week. */
export const TrendPerWeek: Story = {
  args: { from: '2026-09-01', to: '2026-11-29' },
  play: async ({ canvasElement }) => {
    const el = await loaded(canvasElement);
    const table = await partOf(el, 'trend-table');
    expect(table.querySelectorAll('tbody tr').length).toBe(13);
  },
};

/** A section of the site (`path-prefix`): its pages, trend and comments. */
export const Section: Story = {
  args: { pathPrefix: '/behandlinger/' },
  play: async ({ canvasElement }) => {
    const el = await loaded(canvasElement);
    await partOf(el, 'unranked');
    expect(part(el, 'table')).toBeNull();
  },
};

/** The comments of the worst page, after «Vis». */
export const CommentsOfAPage: Story = {
  play: async ({ canvasElement }) => {
    const el = await loaded(canvasElement);
    const show = (await partOf(el, 'table')).querySelector<HTMLButtonElement>('tbody button');
    if (!show) throw new Error('no «Vis» button in the table');
    await userEvent.click(show);
    await until(el, () => expect(show.getAttribute('aria-pressed')).toBe('true'));
    await until(el, () => expect(part(el, 'comments')?.getAttribute('aria-busy')).toBe('false'));
  },
};

/** A triage token: each comment has its status and the buttons to change it; one is marked handled. */
export const Statuses: Story = {
  args: { token: 'storybook-triage', canTriage: true },
  play: async ({ canvasElement }) => {
    const el = await loaded(canvasElement);
    await until(el, () => expect(parts(el, 'triage').length).toBeGreaterThan(0));
    const first = parts(el, 'triage')[0].querySelector<HTMLButtonElement>('[data-status="handled"]');
    if (first) {
      await userEvent.click(first);
      await until(el, () => expect(part(el, 'announcement')?.textContent?.trim()).not.toBe(''));
    }
    expect(parts(el, 'comment-status').length).toBeGreaterThan(0);
  },
};

/** Spam, shown only when asked for (status filter «Spam»). */
export const Spam: Story = {
  args: { token: 'storybook-triage', canTriage: true },
  play: async ({ canvasElement }) => {
    const el = await loaded(canvasElement);
    const form = part(el, 'comments')?.querySelector('form');
    const select = form?.querySelector('select');
    const submit = form?.querySelector<HTMLButtonElement>('button[type="submit"]');
    if (!select || !submit) throw new Error('no status filter');
    await userEvent.selectOptions(select, 'spam');
    await userEvent.click(submit);
    await until(el, () =>
      expect(parts(el, 'comment-status').map((badge) => badge.closest('li')?.dataset.status)).toEqual(['spam']),
    );
  },
};

/** A read token: comments without the triage buttons. */
export const ReadOnlyToken: Story = {
  play: async ({ canvasElement }) => {
    const el = await loaded(canvasElement);
    expect(parts(el, 'comment-status').length).toBeGreaterThan(0);
    expect(part(el, 'triage')).toBeNull();
  },
};

/** `can-triage` set with a read token: the collector refuses (403), the change is rolled back, the buttons go. */
export const RefusedChange: Story = {
  args: { canTriage: true },
  play: async ({ canvasElement }) => {
    const el = await loaded(canvasElement);
    const button = part(el, 'triage')?.querySelector('button');
    if (!button) throw new Error('no triage button');
    await userEvent.click(button);
    await partOf(el, 'triage-error');
    expect(part(el, 'triage')).toBeNull();
  },
};

/** A period without any answer: says so, a flat trend, no tables. */
export const EmptyPeriod: Story = {
  args: { collector: '/mock/report/empty' },
  play: async ({ canvasElement }) => {
    const el = await loaded(canvasElement);
    await until(el, () => expect(part(el, 'status')?.textContent?.trim()).not.toBe(''));
    expect(part(el, 'table')).toBeNull();
    await partOf(el, 'trend-summary');
  },
};

/** The collector fails: a message and «Prøv igjen». */
export const CollectorError: Story = {
  args: { collector: '/mock/report/fail' },
  play: async ({ canvasElement }) => {
    const el = await element(canvasElement, TAG);
    await until(el, () => expect(part(el, 'status')?.classList.contains('error')).toBe(true));
  },
};

/** Loading. */
export const Loading: Story = {
  args: { collector: '/mock/report/hang' },
  play: async ({ canvasElement }) => {
    const el = await element(canvasElement, TAG);
    await until(el, () => expect(part(el, 'base')?.getAttribute('aria-busy')).toBe('true'));
  },
};
