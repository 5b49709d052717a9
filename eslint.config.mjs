import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'storybook-static/',
      'src/generated/',
      'node_modules/',
      'test-results/',
      'bench/results*',
      'custom-elements.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'tests/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  { files: ['src/**/*.ts', 'stories/**/*.ts'], ...litA11y.configs.recommended },
  { files: ['src/**/*.ts'], ...wc.configs['flat/best-practice'] },
  {
    files: ['src/**/*.ts'],
    rules: {
      // Content is text: markup from strings is never rendered.
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'lit/directives/unsafe-html.js', message: 'Render content as text.' },
            { name: 'lit/directives/unsafe-svg.js', message: 'Render content as text.' },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render content through Lit bindings.' },
        { property: 'outerHTML', message: 'Render content through Lit bindings.' },
        { property: 'insertAdjacentHTML', message: 'Render content through Lit bindings.' },
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  { files: ['**/*.mjs', '.storybook/**/*.ts'], languageOptions: { globals: globals.node } },
  { files: ['demo/**/*.js', 'bench/**/*.js', 'tests/**/pages/*.js'], languageOptions: { globals: globals.browser } },
  // Tests that drive Chromium from Node pass functions that run in the page.
  {
    files: [
      'tests/embedding/*.mjs',
      'tests/storybook/*.mjs',
      'tests/cli/render.test.mjs',
      'tests/cli/playground.test.mjs',
      'bench/*.mjs',
    ],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
