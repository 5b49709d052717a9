import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { findChromium, CHROMIUM_ARGS } from './scripts/chromium.mjs';
import { countsReporter } from './tests/support/wtr-counts-reporter.mjs';
import { feedbackReceiverMiddleware } from './tests/support/test-receiver.mjs';
import { mediaFeaturesPlugin } from './tests/support/wtr-commands.mjs';
import { testDataMiddleware } from './tests/support/test-data-middleware.mjs';
import { collectorMiddleware } from './tests/support/test-collector-middleware.mjs';
import { reactEsmPlugin } from './tests/support/react-esm.mjs';

export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    mediaFeaturesPlugin(),
    reactEsmPlugin(),
  ],
  middleware: [feedbackReceiverMiddleware(), testDataMiddleware(), collectorMiddleware()],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS },
      // One window per test file: tabs side by side in one window would leave all but one
      // in the background, where Chromium gives them no animation frames.
      createPage: ({ context }) => context.newPage({ type: 'window' }),
    }),
  ],
  reporters: [defaultReporter(), countsReporter('test-results/browser.json')],
};
