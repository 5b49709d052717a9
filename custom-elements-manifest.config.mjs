// `npm run analyze`: custom-elements.json from the components' JSDoc (@event, @slot, @csspart,
// @cssprop), for editors' tools, IDEs and the Storybook docs pages.
export default {
  globs: ['src/components/**/*.ts', 'src/data/data-element.ts', 'src/shared/helse-element.ts'],
  exclude: ['src/**/*.styles.ts', 'src/components/**/body-schema.ts'],
  outdir: '.',
  litelement: true,
};
