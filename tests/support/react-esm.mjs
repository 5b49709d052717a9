// React ships CommonJS only, which the test runner's dev server cannot serve to a browser. This
// plugin bundles one copy of react + react-dom with esbuild, once, and answers the bare imports
// `react`, `react-dom` and `react-dom/client` with small ES modules over that one copy — so the
// wrappers (`src/react/`) and the tests share a single React, as in an app.
import { build } from 'esbuild';

const PREFIX = '/__react-esm/';
const SHIMS = {
  react: `import { React } from './all.js'; export default React; export const { createElement, forwardRef, useLayoutEffect, useRef, useState, useEffect, Fragment, StrictMode } = React;`,
  'react-dom': `import { ReactDOM } from './all.js'; export default ReactDOM; export const { flushSync } = ReactDOM;`,
  'react-dom/client': `import { ReactDOMClient } from './all.js'; export default ReactDOMClient; export const { createRoot } = ReactDOMClient;`,
};
const fileOf = (name) => `${PREFIX}${name.replace('/', '-')}.js`;

export function reactEsmPlugin() {
  let all;
  return {
    name: 'react-esm',
    resolveImport({ source }) {
      if (source in SHIMS) return fileOf(source);
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      if (context.path === `${PREFIX}all.js`) {
        all ??= build({
          stdin: {
            contents: `import React from 'react'; import * as ReactDOM from 'react-dom'; import * as ReactDOMClient from 'react-dom/client'; export { React, ReactDOM, ReactDOMClient };`,
            resolveDir: process.cwd(),
          },
          bundle: true,
          format: 'esm',
          write: false,
          define: { 'process.env.NODE_ENV': '"development"' },
          logLevel: 'silent',
        }).then((result) => result.outputFiles[0].text);
        return { body: await all, type: 'js' };
      }
      const name = Object.keys(SHIMS).find((key) => fileOf(key) === context.path);
      return name ? { body: SHIMS[name], type: 'js' } : undefined;
    },
  };
}
