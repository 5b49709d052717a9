import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import MagicString from 'magic-string';
import { messageIdsByFile } from './scripts/message-ids.mjs';

/** Every module under src/, so the unbundled build mirrors the source tree. */
function sourceModules(dir = 'src') {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceModules(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

let messageIds;

/**
 * Each bundle's nn and en files keep only the messages of the modules in that bundle: a page with
 * only the feedback prompt does not download the strategy's texts. The messages are found the way
 * `lit-localize extract` finds them; a translation file whose shape is not the generated one stops
 * the build rather than lose a text.
 */
function onlyBundledMessages() {
  return {
    name: 'only-bundled-messages',
    renderChunk(code, chunk) {
      if (!/generated\/locales\/\w+\.ts$/.test(chunk.facadeModuleId ?? '')) return null;
      messageIds ??= messageIdsByFile();
      const used = new Set([...this.getModuleIds()].flatMap((id) => [...(messageIds.get(id) ?? [])]));
      const entry = /^ {4}'([hs][0-9a-f]{16})': .*,$/gm;
      const output = new MagicString(code);
      let kept = 0;
      for (const match of code.matchAll(entry)) {
        if (used.has(match[1])) kept += 1;
        else output.remove(match.index, match.index + match[0].length + 1);
      }
      if (kept !== used.size) {
        this.error(`${chunk.fileName}: kept ${kept} of the ${used.size} messages its bundle uses`);
      }
      return { code: output.toString(), map: output.generateMap({ hires: true }) };
    },
  };
}

const external = (id) => /^(lit|@lit\/|valibot|tslib)/.test(id);

/**
 * Self-contained bundles: Lit and everything else inside, minified. Each is built on its own so it
 * shares nothing with the others. Translations (nn, en) and the @lit/localize runtime become small
 * files beside the bundle, named after it, that the bundle imports only when a page needs that
 * language: a bokmål page loads one file, a nynorsk page three.
 */
const bundle = (input, name) => ({
  input,
  // Let the translation files import Lit's html and str from the bundle itself, not another file.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist',
    format: 'es',
    sourcemap: true,
    entryFileNames: `${name}.min.js`,
    chunkFileNames: `${name}.[name]-[hash].min.js`,
  },
  plugins: [
    nodeResolve(),
    typescript({ tsconfig: 'tsconfig.json', declaration: false, sourceMap: true, outDir: 'dist' }),
    // CSS and HTML inside css`` and html`` are strings to terser; this minifies them. Whitespace is
    // collapsed conservatively (never removed), because a space between two bindings is text.
    minifyHTML({
      failOnError: true,
      options: { minifyOptions: { conservativeCollapse: true } },
    }),
    onlyBundledMessages(),
    terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
  ],
});

/** One bundle per element, for sites that want only one, named after its tag. */
const elements = readdirSync('src/components', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => bundle(`src/components/${entry.name}/define.ts`, `helse-${entry.name}`));

export default [
  // Unbundled ESM with .d.ts for npm users and their own bundlers; dependencies stay imports.
  {
    input: sourceModules(),
    external,
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
    // Type-only modules (events.ts) become empty files beside their .d.ts; that is expected.
    onwarn: (warning, warn) => warning.code !== 'EMPTY_BUNDLE' && warn(warning),
    plugins: [typescript({ tsconfig: 'tsconfig.json', declaration: true, outDir: 'dist' })],
  },
  bundle('src/index.ts', 'helse-widgets'),
  ...elements,
];
