import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { fixture, HANGING_SOURCE, MISSING_SOURCE } from './content.js';
import { showsError, showsContent, showsLoading, part } from './play.js';

const TAG = 'helse-meeting-summary';

interface Args {
  headingLevel: number;
}

type Loaded = { meeting: Record<string, unknown> };

/** What a foretaksmøte or styremøte decided, as a news item. */
const meta: Meta<Args> = {
  title: 'Components/Meeting summary',
  component: 'helse-meeting-summary',
  args: { headingLevel: 2 },
  loaders: [async () => ({ meeting: await fixture('foretaksmote-2022') })],
  render: ({ headingLevel }, { loaded }) =>
    html`<helse-meeting-summary
      heading-level=${headingLevel}
      .data=${(loaded as Loaded).meeting}
    ></helse-meeting-summary>`,
  play: async ({ canvasElement }) => {
    await showsContent(canvasElement, TAG);
  },
};
export default meta;
type Story = StoryObj<Args>;

/** «Foretaksmøte for helseforetakene avholdt», the seed news item. */
export const Foretaksmote2022: Story = {
  name: 'Foretaksmøte 2022 (seed)',
  play: async ({ canvasElement }) => {
    const el = await showsContent(canvasElement, TAG);
    expect(part(el, 'image')?.getAttribute('alt')).toBeTruthy();
  },
};

/** The same meeting without an image. */
export const NoImage: Story = {
  render: ({ headingLevel }, { loaded }) => {
    const meeting = { ...(loaded as Loaded).meeting };
    delete meeting.image;
    return html`<helse-meeting-summary heading-level=${headingLevel} .data=${meeting}></helse-meeting-summary>`;
  },
  play: async ({ canvasElement }) => {
    const el = await showsContent(canvasElement, TAG);
    expect(part(el, 'figure')).toBeNull();
  },
};

/** An image that only decorates: no alt text needed, hidden from screen readers. */
export const DecorativeImage: Story = {
  render: ({ headingLevel }, { loaded }) => {
    const meeting = {
      ...(loaded as Loaded).meeting,
      image: { src: '/content/images/foretaksmote-2022.svg', decorative: true },
    };
    return html`<helse-meeting-summary heading-level=${headingLevel} .data=${meeting}></helse-meeting-summary>`;
  },
  play: async ({ canvasElement }) => {
    const el = await showsContent(canvasElement, TAG);
    expect(part(el, 'image')?.getAttribute('alt')).toBe('');
  },
};

/** While the document loads. */
export const Loading: Story = {
  render: () =>
    html`<helse-meeting-summary
      src=${HANGING_SOURCE}
      style="--helse-placeholder-height: 10rem; display: block"
    ></helse-meeting-summary>`,
  play: async ({ canvasElement }) => {
    await showsLoading(canvasElement, TAG);
  },
};

/** The document cannot be loaded. */
export const DataError: Story = {
  render: () => html`<helse-meeting-summary src=${MISSING_SOURCE}></helse-meeting-summary>`,
  play: async ({ canvasElement }) => {
    await showsError(canvasElement, TAG);
  },
};
