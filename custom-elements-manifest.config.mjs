// `npm run analyze`: custom-elements.json from the components' JSDoc (@event, @slot, @csspart,
// @cssprop), for editors' tools, IDEs and the Storybook docs pages.

/**
 * Internal reactive state (`static properties = { step: { state: true } }`) has no attribute, but the
 * analyzer lists every static property as one. Private and protected fields are never attributes here.
 */
const internalStateIsNoAttribute = () => ({
  name: 'internal-state-is-no-attribute',
  packageLinkPhase({ customElementsManifest }) {
    for (const declaration of customElementsManifest.modules.flatMap((module) => module.declarations ?? [])) {
      const internal = new Set(
        (declaration.members ?? [])
          .filter((member) => member.privacy === 'private' || member.privacy === 'protected')
          .map((member) => member.name),
      );
      for (const member of declaration.members ?? []) {
        if (internal.has(member.name)) delete member.attribute;
      }
      if (declaration.attributes) {
        declaration.attributes = declaration.attributes.filter((attribute) => !internal.has(attribute.fieldName));
      }
    }
  },
});

export default {
  globs: ['src/content/**/*.ts', 'src/feedback/widget/*.ts', 'src/feedback/report/*.ts', 'src/core/helse-element.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [internalStateIsNoAttribute()],
};
