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
    return /\.(ts|js)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

let messageIds;

/** The message ids in a generated translation module's `templates` object, found in its syntax tree. */
function messageProperties(program) {
  const found = [];
  const visit = (node) => {
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'Property') {
      const key = node.key.type === 'Identifier' ? node.key.name : node.key.value;
      if (typeof key === 'string' && /^[hs][0-9a-f]{16}$/.test(key)) found.push({ id: key, node });
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') visit(value);
    }
  };
  visit(program);
  return found;
}

/**
 * Each bundle's nn and en files keep only the messages of the modules in that bundle: a page with
 * only the feedback prompt does not download the strategy's texts. The messages are found the way
 * `lit-localize extract` finds them, and removed from the syntax tree of the chunk, whatever its
 * formatting; a used message that is missing stops the build rather than lose a text.
 */
function onlyBundledMessages() {
  return {
    name: 'only-bundled-messages',
    renderChunk(code, chunk) {
      if (!/generated\/locales\/\w+\.ts$/.test(chunk.facadeModuleId ?? '')) return null;
      messageIds ??= messageIdsByFile();
      const used = new Set([...this.getModuleIds()].flatMap((id) => [...(messageIds.get(id) ?? [])]));
      const output = new MagicString(code);
      let kept = 0;
      for (const { id, node } of messageProperties(this.parse(code))) {
        if (used.has(id)) kept += 1;
        // The comma after a property belongs to it; a trailing one is allowed in an object literal.
        else output.remove(node.start, code[node.end] === ',' ? node.end + 1 : node.end);
      }
      if (kept !== used.size) {
        this.error(`${chunk.fileName}: kept ${kept} of the ${used.size} messages its bundle uses`);
      }
      return { code: output.toString(), map: output.generateMap({ hires: true }) };
    },
  };
}

/**
 * CSS and HTML inside css`` and html`` are strings to terser; this minifies them. Templates lose the white space
 * between tags: each run of it would be a text node that the browser clones, styles and skips (the lists render
 * 2–3 % sooner without them, and the all-in-one is 41 B smaller). White space that reads stays: between words and
 * bindings, around inline tags (`<slot>` counts as one, as `<span>` does), and in a template that starts or ends with
 * a space on its line (a piece set beside text, such as a link's « (PDF, 348 kB)»), which is left as written.
 * tests/embedding/built-texts.test.ts reads those spaces in the built bundle. Attribute values lose their quotes where
 * HTML allows it (`part=base`; a value with a space keeps them; Lit binds `lang=${…}` unquoted as well): 24 B.
 */
const minifyTemplates = () =>
  minifyHTML({
    failOnError: true,
    options: {
      shouldMinify: ({ tag, parts }) =>
        !!tag?.toLowerCase().includes('html') &&
        !/^[^\S\n]+\S/.test(parts[0].text) &&
        !/\S[^\S\n]+$/.test(parts.at(-1).text),
      minifyOptions: { conservativeCollapse: false, inlineCustomElements: ['slot'], removeAttributeQuotes: true },
    },
  });

const external = (id) => /^(@lit\/|@lit-labs\/ssr-client|(lit|valibot|tslib|react)(\/|$|-))/.test(id);

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
    minifyTemplates(),
    onlyBundledMessages(),
    // The «unsafe» transforms assume what this code (ours, Lit's, valibot's) never does: calls `new` on a function
    // expression or an object's method, compares objects with `valueOf`, or reads a property for a side effect or
    // an exception (data is plain JSON; the one getter with an effect, the prompt's page key, is read for its
    // value). 34 B of the all-in-one. `keep_fargs: false` drops unused parameters, which changes only a function's
    // `length`, which none of it reads (Lit is written for Closure's advanced mode, which does the same): 11 B.
    terser({
      ecma: 2022,
      module: true,
      compress: {
        passes: 3,
        keep_fargs: false,
        unsafe_arrows: true,
        unsafe_methods: true,
        unsafe_comps: true,
        pure_getters: true,
      },
      // Our TypeScript-private fields and methods (`_step`, `_load()`), which an element is not created with
      // (docs/benchmark.md), get short names as `#` names do. Terser renames a name the same way wherever it meets it
      // in a file; the only other such names in the bundles, @lit/localize's `Deferred` (`_resolve`, `_reject`), are
      // used inside that one module. Lit's own are `_$…`, which the pattern leaves alone.
      mangle: { properties: { regex: /^_[a-z]/ } },
      format: { comments: false },
    }),
  ],
});

/** One bundle per element, for sites that want only one, named after its tag. */
const ELEMENTS = {
  'helse-feedback': 'src/feedback/widget/define.ts',
  'helse-feedback-report': 'src/feedback/report/define.ts',
  'helse-strategy': 'src/content/strategy/define.ts',
  'helse-goal-list': 'src/content/goal-list/define.ts',
  'helse-meeting-summary': 'src/content/meeting-summary/define.ts',
  'helse-meeting-list': 'src/content/meeting-list/define.ts',
};
const elements = Object.entries(ELEMENTS).map(([name, input]) => bundle(input, name));

export default [
  // Unbundled ESM with .d.ts for npm users and their own bundlers; dependencies stay imports.
  {
    input: sourceModules(),
    external,
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
    // Type-only modules (events.ts) become empty files beside their .d.ts; that is expected.
    onwarn: (warning, warn) => warning.code !== 'EMPTY_BUNDLE' && warn(warning),
    // Templates minified exactly as in the bundles: a server rendering made from these modules
    // (`helse-widgets render`) must carry the same template digests for the bundles to hydrate it.
    plugins: [typescript({ tsconfig: 'tsconfig.json', declaration: true, outDir: 'dist' }), minifyTemplates()],
  },
  bundle('src/index.ts', 'helse-widgets'),
  // Opt-in: every element plus Lit's hydration support, for pages with server-rendered elements.
  bundle('src/hydrate.ts', 'helse-widgets-hydrate'),
  ...elements,
  // The editors' playground's validation (demo/playground.html): not a visitor bundle.
  {
    input: 'src/content/editor-tools.ts',
    output: { dir: 'dist/editor', format: 'es', entryFileNames: 'helse-editor-tools.js', sourcemap: true },
    // It uses no Lit, though a module it imports does for something else: leave Lit out, or its second
    // copy would try to create a second «lit-html» Trusted Types policy on the playground page.
    treeshake: { moduleSideEffects: (id) => !/node_modules\/(lit|lit-html|lit-element|@lit)\//.test(id) },
    plugins: [
      nodeResolve(),
      typescript({ tsconfig: 'tsconfig.json', declaration: false, outDir: 'dist/editor' }),
      terser({ ecma: 2022, module: true }),
    ],
  },
];
