import { executeServerCommand } from '@web/test-runner-commands';
import { waitUntil } from '@open-wc/testing';

/** The element inside a component's shadow root matching a `part` name. */
export function part<T extends Element = HTMLElement>(host: Element, name: string): T | null {
  return host.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
}

/** Whether a person sees the element: it is there and neither it nor an ancestor is hidden. */
export function shown(node: Element | null | undefined): boolean {
  return !!node?.checkVisibility();
}

/** Text as a person reads it: whitespace folded. */
export function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The element focused inside a component, following nested shadow roots. */
export function focused(host: Element): Element | null {
  return host.shadowRoot!.activeElement;
}

export async function emulateMediaFeatures(features: { name: string; value: string }[]): Promise<void> {
  await executeServerCommand('emulate-media-features', features);
}

/** Waits until a component's part shows the given text. */
export async function waitForText(host: Element, name: string, expected: string | RegExp): Promise<void> {
  await waitUntil(
    () => {
      const actual = text(part(host, name));
      return typeof expected === 'string' ? actual === expected : expected.test(actual);
    },
    `part "${name}" never showed ${expected} (it shows «${text(part(host, name))}»)`,
    { timeout: 5000 },
  );
}

/** Collects console.warn calls while a test runs. */
export function captureWarnings(): { messages: string[]; restore(): void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return { messages, restore: () => (console.warn = original) };
}

export interface DomCounters {
  documents: number;
  nodes: number;
  jsEventListeners: number;
}

/** Live documents, DOM nodes and event listeners of the page, after a garbage collection. */
export function domCounters(): Promise<DomCounters> {
  return executeServerCommand('dom-counters') as Promise<DomCounters>;
}

/** Loads a file the way a CMS page does: `<script type="module" src>`. */
export function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}
