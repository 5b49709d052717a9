/**
 * `msg` and `str` for the components, imported from their own modules: the
 * package's main module also re-exports the whole runtime, which a bokmål page
 * never needs (see `localization.ts`, which loads it on demand). Until the
 * runtime is installed, `msg` returns the bokmål source text.
 */
export { msg } from '@lit/localize/init/install.js';
export { str } from '@lit/localize/internal/str-tag.js';
