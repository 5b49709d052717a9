import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent } from 'storybook/test';
import { element, part, partOf, until } from './play.js';

const TAG = 'helse-feedback-report';

interface Args {
  collector: string;
}

/**
 * For editors: which pages fail visitors, and why. Reads the collector's API (`npm run collector`);
 * here a mock inside Storybook (`/mock/report/…`).
 */
const meta: Meta<Args> = {
  title: 'Components/Feedback report',
  component: 'helse-feedback-report',
  args: { collector: '/mock/report/ok' },
  render: ({ collector }) =>
    html`<helse-feedback-report
      collector=${collector}
      .token=${'storybook'}
      from="2026-11-01"
      to="2026-11-30"
    ></helse-feedback-report>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Pages ranked by their share of «Nei», with counts and bars. */
export const Ranked: Story = {
  play: async ({ canvasElement }) => {
    const el = await element(canvasElement, TAG);
    await partOf(el, 'table');
  },
};

/** The comments of the worst page, after «Vis». */
export const CommentsOfAPage: Story = {
  play: async ({ canvasElement }) => {
    const el = await element(canvasElement, TAG);
    const show = (await partOf(el, 'table')).querySelector<HTMLButtonElement>('tbody button');
    if (!show) throw new Error('no «Vis» button in the table');
    await userEvent.click(show);
    const comments = await partOf(el, 'comments');
    await until(el, () => expect(comments.querySelectorAll('li').length).toBeGreaterThan(0));
  },
};

/** No feedback in the period. */
export const Empty: Story = {
  args: { collector: '/mock/report/empty' },
  play: async ({ canvasElement }) => {
    const el = await element(canvasElement, TAG);
    await until(el, () => {
      expect(part(el, 'base')?.getAttribute('aria-busy')).toBe('false');
      expect(part(el, 'status')?.textContent?.trim()).not.toBe('');
    });
    expect(part(el, 'table')).toBeNull();
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
