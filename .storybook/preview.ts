import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import customElements from '../custom-elements.json';
import { installMockEndpoints } from './mock-endpoints.js';
import '../src/index.js';
import '../src/feedback/report/define.js';
import './preview.css';

setCustomElementsManifest(customElements);
installMockEndpoints();

/** Themes set only through the public --helse-* custom properties (see preview.css). */
const THEMES = ['default', 'dark', 'trust'] as const;

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of the page (the lang the elements follow)',
      toolbar: {
        title: 'Språk',
        icon: 'globe',
        items: [
          { value: 'nb', title: 'Bokmål' },
          { value: 'nn', title: 'Nynorsk' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Theme, through --helse-* custom properties only',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: THEMES.map((value) => ({ value, title: value })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'nb', theme: 'default' },
  decorators: [
    (story, context) => {
      const locale = String(context.globals.locale ?? 'nb');
      const theme = String(context.globals.theme ?? 'default');
      // The language as a trust's page gives it: on <html>, and on the wrapper around the story (the elements
      // follow the nearest lang, and a change of it, live — switching the toolbar re-renders in place).
      document.documentElement.lang = locale;
      return html`<div class="theme theme--${theme}" lang=${locale}>${story()}</div>`;
    },
  ],
  parameters: {
    controls: { expanded: true },
    a11y: { options: { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
  },
  tags: ['autodocs'],
};

export default preview;
