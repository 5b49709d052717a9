/**
 * Helpers for the stories' play functions: reach into an element's shadow root as a visitor would, and wait
 * until the element shows the state the story is named after. A play function that never sees its state fails
 * (in Storybook's Interactions panel, and in `npm run test:storybook`), so a story cannot quietly show another.
 */
import { expect, waitFor } from 'storybook/test';

type HelseElement = HTMLElement & { updateComplete: Promise<boolean> };

/** Long enough for a slow CI machine; the mocks answer at once. */
const TIMEOUT = 5000;

/** The story's element, upgraded and rendered. */
export async function element<T extends HelseElement>(canvas: HTMLElement, tag: string): Promise<T> {
  await customElements.whenDefined(tag);
  const el = canvas.querySelector<T>(tag);
  if (!el) throw new Error(`no <${tag}> in the story`);
  await el.updateComplete;
  return el;
}

/** A part in the element's shadow root, or null. */
export function part<T extends HTMLElement = HTMLElement>(el: HTMLElement, name: string): T | null {
  return el.shadowRoot?.querySelector<T>(`[part~="${name}"]`) ?? null;
}

/** Every element with a part in the shadow root. */
export function parts(el: HTMLElement, name: string): HTMLElement[] {
  return [...(el.shadowRoot?.querySelectorAll<HTMLElement>(`[part~="${name}"]`) ?? [])];
}

/** Waits until a part is there, and returns it. */
export function partOf<T extends HTMLElement = HTMLElement>(el: HTMLElement, name: string): Promise<T> {
  return waitFor(
    () => {
      const found = part<T>(el, name);
      if (!found) throw new Error(`<${el.localName}> never showed part "${name}"`);
      return found;
    },
    { timeout: TIMEOUT },
  );
}

/** Waits until a check passes (expect inside), then for the element's render. */
export async function until(el: HelseElement, check: () => unknown): Promise<void> {
  await waitFor(check, { timeout: TIMEOUT });
  await el.updateComplete;
}

/** A content element (strategy, goal list, meetings) with its document loaded and shown. */
export async function showsContent(canvas: HTMLElement, tag: string): Promise<HelseElement> {
  const el = await element(canvas, tag);
  await until(el, () => {
    expect(el.getAttribute('aria-busy'), 'still loading').toBeNull();
    expect(part(el, 'base'), `<${tag}> shows its content`).not.toBeNull();
  });
  return el;
}

/** A content element waiting for its document: aria-busy and the placeholder. */
export async function showsLoading(canvas: HTMLElement, tag: string): Promise<HelseElement> {
  const el = await element(canvas, tag);
  await until(el, () => {
    expect(el.getAttribute('aria-busy')).toBe('true');
    expect(part(el, 'loading')).not.toBeNull();
  });
  return el;
}

/** A content element whose document failed, without fallback content: the error message. */
export async function showsError(canvas: HTMLElement, tag: string): Promise<HelseElement> {
  const el = await element(canvas, tag);
  await until(el, () => {
    expect(part(el, 'error'), `<${tag}> shows its error message`).not.toBeNull();
    expect(part(el, 'base')).toBeNull();
  });
  return el;
}

/** Types into a textarea the way the browser reports typing: value, then an input event. */
export function typeInto(field: HTMLElement, value: string): void {
  (field as HTMLTextAreaElement).value = value;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}
