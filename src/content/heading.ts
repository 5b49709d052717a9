import { html } from 'lit';
import { shape } from './flat.js';

/** Clamps a requested heading level to 1–6; 2 when none is given. */
export function clampLevel(level: number | null | undefined): number {
  return Math.min(6, Math.max(1, Math.round(Number(level)) || 2));
}

/**
 * A real `<h1>`–`<h6>` at a level chosen at run time, so a component's outline
 * fits the host page. Lit cannot bind a tag name; a template is made (and prepared
 * by Lit) once per shape (flat.ts), here once per level and part.
 */
export function heading(level: number, content: unknown, part = 'heading') {
  const at = clampLevel(level);
  // The part's name is the code's, never data, so it is written into the markup: one binding less.
  return html(shape(`<h${at} part="${part}">\0</h${at}>`), content);
}
