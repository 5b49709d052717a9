import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect } from 'storybook/test';
import { content, MISSING_SOURCE } from './content.js';
import { showsError, showsContent, part, parts } from './play.js';

const TAG = 'helse-goal-list';

interface Args {
  src: string;
  heading: string | undefined;
  headingLevel: number;
}

/** Only the goals of a strategy, numbered: for a goal box on any page. */
const meta: Meta<Args> = {
  title: 'Components/Goal list',
  component: 'helse-goal-list',
  args: { src: content('strategi-2020'), heading: undefined, headingLevel: 2 },
  render: ({ src, heading, headingLevel }) =>
    html`<helse-goal-list src=${src} heading=${heading ?? nothing} heading-level=${headingLevel}></helse-goal-list>`,
  play: async ({ canvasElement }) => {
    await showsContent(canvasElement, TAG);
  },
};
export default meta;
type Story = StoryObj<Args>;

/** «Fem strategiske mål», derived from the count. */
export const Strategi2020: Story = {
  name: 'Strategi 2020 (seed)',
  play: async ({ canvasElement }) => {
    const el = await showsContent(canvasElement, TAG);
    expect(parts(el, 'item')).toHaveLength(5);
  },
};

/** Goals as descriptions only. */
export const DescriptionOnlyGoals: Story = { args: { src: content('strategi-2030') } };

/** Goals in groups. */
export const GroupedGoals: Story = {
  args: { src: content('grouped-goals') },
  play: async ({ canvasElement }) => {
    const el = await showsContent(canvasElement, TAG);
    expect(parts(el, 'group-heading').length).toBeGreaterThan(1);
  },
};

/** A heading of the editor's choice. */
export const OwnHeading: Story = {
  args: { heading: 'Dette vil vi oppnå' },
  play: async ({ canvasElement }) => {
    const el = await showsContent(canvasElement, TAG);
    expect(part(el, 'heading')?.textContent?.trim()).toBe('Dette vil vi oppnå');
  },
};

/** The document cannot be loaded. */
export const DataError: Story = {
  args: { src: MISSING_SOURCE },
  play: async ({ canvasElement }) => {
    await showsError(canvasElement, TAG);
  },
};
