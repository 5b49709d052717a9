import { html, nothing } from 'lit';
import { renderText, type TextContext } from './text.js';
import { isText, type Item } from './schemas/common.js';

/** An item: text, or a title and/or a description. */
function renderItems(items: readonly Item[], context: TextContext) {
  return items.map((item) =>
    isText(item)
      ? html`<li part="item" class="item">${renderText(item, context)}</li>`
      : // The space keeps title and description apart when the text is copied or read inline.
        html`<li part="item" class="item" data-id=${item.id || nothing}>
          ${
            item.title
              ? html`<strong part="item-title" class="item-title">${renderText(item.title, context)}</strong>`
              : nothing
          }
          ${
            item.description
              ? html`<span part="item-description" class="item-description"
                  >${renderText(item.description, context)}</span
                >`
              : nothing
          }
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
