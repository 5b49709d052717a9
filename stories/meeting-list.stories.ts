import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, userEvent } from 'storybook/test';
import { content, MISSING_SOURCE } from './content.js';
import { showsError, showsContent, part, partOf, parts, until } from './play.js';

const TAG = 'helse-meeting-list';

/** The years the list shows, from its year headings. */
const years = (el: HTMLElement) =>
  [...(el.shadowRoot?.querySelectorAll('.year') ?? [])].map((section) =>
    section.firstElementChild?.textContent?.trim(),
  );

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
  play: async ({ canvasElement }) => {
    await showsContent(canvasElement, TAG);
  },
};
export default meta;
type Story = StoryObj<Args>;

/** Ten meetings across three years, both kinds, one in nynorsk. */
export const SeveralYears: Story = {
  play: async ({ canvasElement }) => {
    const el = await showsContent(canvasElement, TAG);
    expect(years(el).length).toBeGreaterThan(1);
    expect(parts(el, 'card')).toHaveLength(10);
  },
};

/** Filtered to one year: the visitor picks 2022 in «Vis møter fra». */
export const Filtered: Story = {
  play: async ({ canvasElement }) => {
    const el = await showsContent(canvasElement, TAG);
    await userEvent.selectOptions(await partOf<HTMLSelectElement>(el, 'filter'), '2022');
    await until(el, () => expect(years(el)).toEqual(['2022']));
  },
};

/** Filtered to one year by the page (`year="2021"`). */
export const FilteredByAttribute: Story = {
  args: { year: '2021' },
  play: async ({ canvasElement }) => {
    const el = await showsContent(canvasElement, TAG);
    expect(years(el)).toEqual(['2021']);
  },
};

/** Only the newest three. */
export const Limited: Story = {
  args: { limit: 3 },
  play: async ({ canvasElement }) => {
    const el = await showsContent(canvasElement, TAG);
    expect(parts(el, 'card')).toHaveLength(3);
  },
};

/** No meetings to show. */
export const Empty: Story = {
  render: () => html`<helse-meeting-list .data=${{ title: 'Styremøter', meetings: [] }}></helse-meeting-list>`,
  play: async ({ canvasElement }) => {
    const el = await showsContent(canvasElement, TAG);
    expect(part(el, 'empty')).not.toBeNull();
  },
};

/** The document cannot be loaded. */
export const DataError: Story = {
  args: { src: MISSING_SOURCE },
  play: async ({ canvasElement }) => {
    await showsError(canvasElement, TAG);
  },
};
