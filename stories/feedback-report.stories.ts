import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { element, partOf } from './play.js';

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
export const Ranked: Story = {};

/** The comments of the worst page, after «Vis». */
export const CommentsOfAPage: Story = {
  play: async ({ canvasElement }) => {
    const el = await element(canvasElement, 'helse-feedback-report');
    await partOf(el, 'table');
    el.shadowRoot?.querySelector<HTMLButtonElement>('tbody button')?.click();
    await partOf(el, 'comments');
  },
};

/** No feedback in the period. */
export const Empty: Story = { args: { collector: '/mock/report/empty' } };

/** The collector fails: a message and «Prøv igjen». */
export const CollectorError: Story = { args: { collector: '/mock/report/fail' } };

/** Loading. */
export const Loading: Story = { args: { collector: '/mock/report/hang' } };
