/** Small helpers for the stories' play functions: reach into an element's shadow root as a visitor would. */
export async function element<T extends HTMLElement & { updateComplete: Promise<boolean> }>(
  canvas: HTMLElement,
  tag: string,
): Promise<T> {
  const el = canvas.querySelector<T>(tag);
  if (!el) throw new Error(`no <${tag}> in the story`);
  await el.updateComplete;
  return el;
}

export async function partOf(el: HTMLElement, part: string): Promise<HTMLElement> {
  for (let tries = 0; tries < 100; tries++) {
    const found = el.shadowRoot?.querySelector<HTMLElement>(`[part~="${part}"]`);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`<${el.localName}> never showed part "${part}"`);
}

/** Types into a textarea the way the browser reports typing: value, then an input event. */
export function typeInto(field: HTMLElement, value: string): void {
  (field as HTMLTextAreaElement).value = value;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}
