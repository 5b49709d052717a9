// `npm run analyze`: custom-elements.json from the components' JSDoc (@event, @slot, @csspart,
// @cssprop), for editors' tools, IDEs, the Storybook docs pages and docs/elements.md.
import { readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';

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

/**
 * A default written as a constant (`timeout = DEFAULT_TIMEOUT_MS`) reaches the manifest as the
 * constant's name, which tells a reader nothing. Replace it with the constant's literal value, found
 * by parsing `src/` with TypeScript (not by matching text). A name declared with two different values
 * is left as it is.
 */
const literalOf = (node) => {
  if (ts.isNumericLiteral(node)) return String(Number(node.text));
  if (ts.isStringLiteralLike(node)) return `'${node.text}'`;
  if (node.kind === ts.SyntaxKind.TrueKeyword) return 'true';
  if (node.kind === ts.SyntaxKind.FalseKeyword) return 'false';
  if (ts.isArrayLiteralExpression(node)) {
    const items = node.elements.map(literalOf);
    return items.includes(undefined) ? undefined : `[${items.join(', ')}]`;
  }
  return undefined;
};
const constantsIn = (dir) => {
  const values = new Map();
  const files = readdirSync(dir, { recursive: true }).filter((file) => /\.ts$/.test(file) && !/\.d\.ts$/.test(file));
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(`${dir}/${file}`, 'utf8'), ts.ScriptTarget.Latest);
    for (const statement of source.statements) {
      if (!ts.isVariableStatement(statement) || !(statement.declarationList.flags & ts.NodeFlags.Const)) continue;
      for (const declaration of statement.declarationList.declarations) {
        if (!ts.isIdentifier(declaration.name) || !declaration.initializer) continue;
        const value = literalOf(declaration.initializer);
        if (value === undefined) continue;
        const name = declaration.name.text;
        values.set(name, values.has(name) && values.get(name) !== value ? null : value);
      }
    }
  }
  return values;
};
const constantDefaultsAsValues = () => ({
  name: 'constant-defaults-as-values',
  packageLinkPhase({ customElementsManifest }) {
    const constants = constantsIn('src');
    for (const declaration of customElementsManifest.modules.flatMap((module) => module.declarations ?? [])) {
      for (const entry of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
        const value = constants.get(entry.default);
        if (value) entry.default = value;
      }
    }
  },
});

export default {
  globs: ['src/content/**/*.ts', 'src/feedback/widget/*.ts', 'src/feedback/report/*.ts', 'src/core/helse-element.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [internalStateIsNoAttribute(), constantDefaultsAsValues()],
};
