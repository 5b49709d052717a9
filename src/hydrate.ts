/**
 * Every element, like the main entry, plus Lit's hydration support: an element whose page holds its
 * server rendering (`helse-widgets render`) takes over that DOM instead of rendering it again.
 * The support must run before Lit itself, so this module imports it first; load this entry instead
 * of the main one, never beside it. Opt-in, so the other bundles stay small.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
// Before the elements: they render as they connect, and those already in the page connect as they are defined.
import './core/hydration-fallback.js';

export * from './index.js';
