// The compiled package modules the command-line tool runs (dist/, made by `npm run build`).
import { existsSync } from 'node:fs';

// @lit/localize announces a change of language on `window`; outside a browser, an EventTarget will do.
globalThis.window ??= new EventTarget();

const dist = new URL('../../dist/', import.meta.url);

/** Imports a module from dist/, or says plainly that the package has not been built. */
export async function fromDist(path) {
  const url = new URL(path, dist);
  if (!existsSync(url)) {
    throw new Error(`dist/${path} is missing: run "npm run build" in the helse-widgets package first.`);
  }
  return import(url.href);
}
