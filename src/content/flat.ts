import { html, type TemplateResult } from 'lit';

/**
 * Each shape a flattened template has taken, by its markup with a NUL where each value goes: Lit prepares a
 * template once per strings array, so each shape needs one array for good. Kept for the page's life: about 11 KB
 * for each document of another shape a page shows (the Strategi 2020 page's size; measured with 200), so a
 * single-page app that shows hundreds of different documents keeps a few megabytes. Bounding it costs bytes the
 * all-in-one does not have.
 */
const shapes: Record<string, TemplateStringsArray> = {};

/** Lit's own results only (their strings have `raw`, which no JSON array has): data dressed up as one stays a value. */
const isTemplate = (value: unknown): value is TemplateResult =>
  (value as TemplateResult)?.['_$litType$'] === 1 && Array.isArray((value as TemplateResult).strings?.raw);

/**
 * Lit's `html`, with the templates in its child positions (a heading, a link, an optional paragraph, a list of
 * items) merged into it: one template instance where Lit would make one per nested `html` and per item of a list,
 * so a meeting card is one, not five, and a strategy page one, not seventy. The markup is the same, and only
 * template strings become markup: values stay bound as Lit binds them. Each shape (with or without a kind, a
 * link, so many items…) is its own template, so a shape that changes renders anew: for content whose shape is
 * the document's (a strategy, a card), not for parts that come and go as the visitor uses them (a filtered list).
 */
export function flatHtml(strings: readonly string[], ...values: unknown[]): TemplateResult {
  let markup = '';
  const bound: unknown[] = [];
  const add = (strings: readonly string[], values: readonly unknown[]) =>
    strings.forEach((string, at) => {
      markup += string;
      if (at < values.length) bind(values[at]);
    });
  // A list's items are bound one by one, as Lit would render them, templates merged, anything else a value. An
  // iterable that is not an array (`list.values()`) is a value too: its templates stay instances of their own.
  const bind = (value: unknown): unknown =>
    isTemplate(value)
      ? add(value.strings, value.values)
      : Array.isArray(value)
        ? value.forEach(bind)
        : ((markup += '\0'), bound.push(value));
  add(strings, values);
  return html(shape(markup), ...bound);
}

/** The one strings array of a shape: its markup with a NUL where each value goes. */
export const shape = (markup: string): TemplateStringsArray =>
  // A strings array Lit accepts has its own `raw`.
  (shapes[markup] ??= ((split) => (split.raw = split))(
    markup.split('\0') as string[] & { raw?: string[] },
  ) as TemplateStringsArray);
