import { html, nothing } from 'lit';
import { renderText, type Text, type TextContext } from './text.js';
import { shape } from './flat.js';
import { isText, type Item } from './schemas/common.js';

/** An item: text, or a title and/or a description. */
function renderItems(items: readonly Item[], context: TextContext) {
  return items.map((item) =>
    isText(item)
      ? html`<li part="item" class="item">${renderText(item, context)}</li>`
      : html`<li part="item" class="item" data-id=${item.id || nothing}>${itemText(item, context)}</li>`,
  );
}

/**
 * An item's title and description, as far as it has them, and nothing in place of one it lacks: merged into a list's
 * template (flat.ts), that would be a binding more for every item to clone and fill (docs/benchmark.md).
 */
function itemText({ title, description }: { title?: Text; description?: Text }, context: TextContext) {
  const shownTitle = title && html`<strong part="item-title" class="item-title">${renderText(title, context)}</strong>`;
  const shownDescription =
    description &&
    html`<span part="item-description" class="item-description">${renderText(description, context)}</span>`;
  // The space keeps title and description apart when the text is copied or read inline.
  return shownTitle && shownDescription ? html`${shownTitle} ${shownDescription}` : shownTitle || shownDescription;
}

/** A numbered list of items: text, or a title and/or a description. `start` continues numbering across groups. */
export function renderItemList(items: readonly Item[], context: TextContext, start = 1) {
  // `start` is counted here, never data, so it is written into the markup: one binding less (flat.ts).
  return html(shape(`<ol part="list" class="items" start="${start}">\0</ol>`), renderItems(items, context));
}

/** The same, unnumbered: for things without an order, such as values. */
export function renderBulletList(items: readonly Item[], context: TextContext) {
  return html`<ul part="list" class="items">
    ${renderItems(items, context)}
  </ul>`;
}
