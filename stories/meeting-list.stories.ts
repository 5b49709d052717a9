import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { content, MISSING_SOURCE } from './content.js';

interface Args {
  src: string;
  year: string;
  limit: number | undefined;
  headingLevel: number;
}

/** Meetings newest first, grouped by year, with a year filter. */
const meta: Meta<Args> = {
  title: 'Components/Meeting list',
  component: 'helse-meeting-list',
  args: { src: content('meetings'), year: '', limit: undefined, headingLevel: 2 },
  render: ({ src, year, limit, headingLevel }) => html`
    <helse-meeting-list
      src=${src}
      year=${year || nothing}
      limit=${limit ?? nothing}
      heading-level=${headingLevel}
    ></helse-meeting-list>
  `,
};
export default meta;
type Story = StoryObj<Args>;

/** Ten meetings across three years, both kinds, one in nynorsk. */
export const SeveralYears: Story = {};

/** Filtered to one year. */
export const Filtered: Story = { args: { year: '2022' } };

/** Only the newest three. */
export const Limited: Story = { args: { limit: 3 } };

/** No meetings to show. */
export const Empty: Story = {
  render: () => html`<helse-meeting-list .data=${{ title: 'Styremøter', meetings: [] }}></helse-meeting-list>`,
};

/** The document cannot be loaded. */
export const DataError: Story = { args: { src: MISSING_SOURCE } };
