import { html, type TemplateResult } from 'lit';

/**
 * Each shape a flattened template has taken, by its markup with a NUL where each value goes: Lit prepares a
 * template once per strings array, so each shape needs one array for good.
 */
const shapes: Record<string, TemplateStringsArray> = {};

/**
 * Lit's `html`, with the templates in its child positions (a heading, a link, an optional paragraph) merged into
 * it: one template instance where Lit would make one per nested `html`, so a meeting card is one, not five. The
 * markup is the same, and only template strings become markup: values stay bound as Lit binds them. Each shape
 * (with or without a kind, a link…) is its own template, so a shape that changes renders anew: for parts repeated
 * many times in one shape (the list's cards), not an element's whole content, whose parts come and go as the
 * visitor uses it. Merging costs about what an instance does for a small template: items and sections gained nothing.
 */
export function flatHtml(strings: readonly string[], ...values: unknown[]): TemplateResult {
  let markup = '';
  const bound: unknown[] = [];
  const add = (strings: readonly string[], values: readonly unknown[]) =>
    strings.forEach((string, at) => {
      const value = values[at] as TemplateResult;
      markup += string;
      // Only Lit's own results (their strings have `raw`, which no JSON array has): data dressed up as one stays a value.
      if (value?.['_$litType$'] === 1 && Array.isArray(value.strings?.raw)) add(value.strings, value.values);
      else if (at < values.length) {
        markup += '\0';
        bound.push(value);
      }
    });
  add(strings, values);
  // A strings array Lit accepts has its own `raw`.
  return html(
    (shapes[markup] ??= ((split) => (split.raw = split))(
      markup.split('\0') as string[] & { raw?: string[] },
    ) as TemplateStringsArray),
    ...bound,
  );
}
