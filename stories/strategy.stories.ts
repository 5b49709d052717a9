import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { content, HANGING_SOURCE, MISSING_SOURCE } from './content.js';
import { element, showsError, showsContent, showsLoading, part, parts, until } from './play.js';

interface Args {
  src: string;
  headingLevel: number;
}

const TAG = 'helse-strategy';

/** A trust's strategy page from a JSON document: ambition, challenges, goals, values, documents. */
const meta: Meta<Args> = {
  title: 'Components/Strategy',
  component: 'helse-strategy',
  args: { src: content('strategi-2020'), headingLevel: 2 },
  render: ({ src, headingLevel }) => html`<helse-strategy src=${src} heading-level=${headingLevel}></helse-strategy>`,
  play: async ({ canvasElement }) => {
    await showsContent(canvasElement, TAG);
  },
};
export default meta;
type Story = StoryObj<Args>;

/** Strategi 2020 of Helse Midt-Norge, the seed page. */
export const Strategi2020: Story = {
  name: 'Strategi 2020 (seed)',
  play: async ({ canvasElement }) => {
    const el = await showsContent(canvasElement, TAG);
    expect(part(el, 'title')?.textContent).toContain('Strategi 2020');
  },
};

/** Strategi 2030: goals given as descriptions only, with an ambition and values. */
export const DescriptionOnlyGoals: Story = {
  args: { src: content('strategi-2030') },
  play: async ({ canvasElement }) => {
    const el = await showsContent(canvasElement, TAG);
    expect(parts(el, 'item-description').length).toBeGreaterThan(0);
  },
};

/** Goals in groups, each with its own heading. */
export const GroupedGoals: Story = {
  args: { src: content('grouped-goals') },
  play: async ({ canvasElement }) => {
    const el = await showsContent(canvasElement, TAG);
    expect(parts(el, 'group-heading').length).toBeGreaterThan(1);
  },
};

/** A trust that writes nynorsk. */
export const NynorskContent: Story = { args: { src: content('strategi-nynorsk') } };

/** While the document loads: a reserved height and aria-busy. */
export const Loading: Story = {
  args: { src: HANGING_SOURCE },
  render: ({ src }) =>
    html`<helse-strategy src=${src} style="--helse-placeholder-height: 12rem; display: block"></helse-strategy>`,
  play: async ({ canvasElement }) => {
    await showsLoading(canvasElement, TAG);
  },
};

/** The document cannot be loaded: a short, localised message with «Prøv igjen». */
export const DataError: Story = {
  args: { src: MISSING_SOURCE },
  play: async ({ canvasElement }) => {
    await showsError(canvasElement, TAG);
  },
};

/** The document cannot be loaded, and the page's own content inside the tag is shown instead. */
export const FallbackContent: Story = {
  args: { src: MISSING_SOURCE },
  render: ({ src }) => html`
    <helse-strategy src=${src}>
      <h2>Strategi 2020</h2>
      <p>Styret for Helse Midt-Norge RHF vedtok Strategi 2020 i 2010. Strategien rulleres årlig.</p>
      <p><a href="https://www.helse-midt.no/">Les mer på helse-midt.no</a></p>
    </helse-strategy>
  `,
  play: async ({ canvasElement }) => {
    const el = await element(canvasElement, TAG);
    // The load has failed (helse-data-error) and the page's own content is what shows: no message over it.
    await until(el, () => expect(el.getAttribute('aria-busy')).toBeNull());
    expect(part(el, 'error')).toBeNull();
    expect(part(el, 'base')).toBeNull();
    await expect(el.querySelector('h2')).toBeVisible();
  },
};
