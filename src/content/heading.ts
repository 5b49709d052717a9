import { html } from 'lit';

/** Clamps a requested heading level to 1–6. */
export function clampLevel(level: number): number {
  return Math.min(6, Math.max(1, Math.round(Number(level)) || 2));
}

/**
 * A real `<h1>`–`<h6>` at a level chosen at run time, so a component's outline
 * fits the host page. Lit cannot bind a tag name, and static-html would cost
 * more bytes than these six templates.
 */
export function heading(level: number, content: unknown, part = 'heading') {
  switch (clampLevel(level)) {
    case 1:
      return html`<h1 part=${part}>${content}</h1>`;
    case 2:
      return html`<h2 part=${part}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part}>${content}</h5>`;
    default:
      return html`<h6 part=${part}>${content}</h6>`;
  }
}
