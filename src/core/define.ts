const skipped: string[] = [];

/**
 * Registers a custom element unless its tag is taken. Loading the bundle twice,
 * or two versions of it, must never throw into the host page: the first
 * definition stays and we warn once (per copy of the library) naming every
 * tag we skipped.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, element);
    return;
  }
  if (existing === element) return;
  if (skipped.push(tag) === 1) {
    queueMicrotask(() =>
      console.warn(
        `helse-widgets: ${skipped.map((name) => `<${name}>`).join(', ')} already defined (script loaded twice?); keeping the first.`,
      ),
    );
  }
}
