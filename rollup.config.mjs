import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

/** Every module under src/, so the unbundled build mirrors the source tree. */
function sourceModules(dir = 'src') {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceModules(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

const external = (id) => /^(lit|@lit\/|valibot|tslib)/.test(id);

/** Self-contained bundles: Lit and everything else inside, minified, one file each. */
const bundle = (input, file) => ({
  input,
  output: { file, format: 'es', sourcemap: true, inlineDynamicImports: true },
  plugins: [
    nodeResolve(),
    typescript({ tsconfig: 'tsconfig.json', declaration: false, sourceMap: true, outDir: 'dist' }),
    // CSS and HTML inside css`` and html`` are strings to terser; this minifies them. Whitespace is
    // collapsed conservatively (never removed), because a space between two bindings is text.
    minifyHTML({
      failOnError: true,
      options: { minifyOptions: { conservativeCollapse: true } },
    }),
    terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
  ],
});

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
  bundle('src/index.ts', 'dist/helse-widgets.min.js'),
];
