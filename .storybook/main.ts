import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // The fixtures, at the address the demo site gives them (the meeting's image is /content/images/…).
  staticDirs: [
    { from: '../tests/fixtures', to: '/content' },
    { from: '../demo/favicon.svg', to: '/favicon.svg' },
  ],
  core: { disableTelemetry: true },
};
export default config;
