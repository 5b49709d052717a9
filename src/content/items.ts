import { html, nothing } from 'lit';
import { renderText, type Text, type TextContext } from './text.js';
import type { Item } from './schemas/common.js';

type ItemObject = Exclude<Item, Text>;

function isItemObject(item: Item): item is ItemObject {
  return typeof item === 'object' && ('title' in item || 'description' in item || 'id' in item);
}

function renderItem(item: Item, context: TextContext) {
  if (!isItemObject(item)) return renderText(item, context);
  const title = item.title
    ? html`<strong part="item-title" class="item-title">${renderText(item.title, context)}</strong>`
    : nothing;
  const description = item.description
    ? html`<span part="item-description" class="item-description">${renderText(item.description, context)}</span>`
    : nothing;
  // The space keeps title and description apart when the text is copied or read inline.
  return html`${title} ${description}`;
}

function renderItems(items: readonly Item[], context: TextContext) {
  return items.map(
    (item) =>
      html`<li part="item" class="item" data-id=${(isItemObject(item) && item.id) || nothing}>
        ${renderItem(item, context)}
      </li>`,
  );
}

/** A numbered list of items: text, or a title and/or a description. `start` continues numbering across groups. */
export function renderItemList(items: readonly Item[], context: TextContext, start = 1) {
  return html`<ol part="list" class="items" start=${start}>
    ${renderItems(items, context)}
  </ol>`;
}

/** The same, unnumbered: for things without an order, such as values. */
export function renderBulletList(items: readonly Item[], context: TextContext) {
  return html`<ul part="list" class="items">
    ${renderItems(items, context)}
  </ul>`;
}
