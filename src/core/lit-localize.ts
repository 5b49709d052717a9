/**
 * The one module that reaches into @lit/localize's internal paths; everything else imports from here.
 *
 * Components import only `msg` and `str`, from their own modules: the package's main module also
 * re-exports the whole runtime, which a bokmål page never needs. Until the runtime is installed,
 * `msg` returns the bokmål source text. The runtime itself is loaded on demand by `loadRuntime`.
 * tests/architecture/dependency-internals.test.mjs fails, naming this file, when an upgrade moves a path.
 */
export { msg } from '@lit/localize/init/install.js';
export { str } from '@lit/localize/internal/str-tag.js';

export type LocalizeRuntime = typeof import('@lit/localize/init/runtime.js');
export type LocaleApi = ReturnType<LocalizeRuntime['configureLocalization']>;

/** The runtime (`configureLocalization`), as its own chunk: fetched the first time a page needs it. */
export const loadRuntime = (): Promise<LocalizeRuntime> => import('@lit/localize/init/runtime.js');
