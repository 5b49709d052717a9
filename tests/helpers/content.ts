import { waitUntil } from '@open-wc/testing';
import { part, text } from './dom.js';

/** Waits until a content element has rendered its data. */
export async function ready(el: Element): Promise<void> {
  await waitUntil(() => part(el, 'base'), `<${el.localName}> never rendered its data`, { timeout: 5000 });
}

/** Waits until a content element shows its error state (or gives up its content for the fallback). */
export async function failed(el: Element): Promise<void> {
  await waitUntil(
    () =>
      !el.hasAttribute('aria-busy') && !part(el, 'base') && (part(el, 'error') || el.shadowRoot!.querySelector('slot')),
    `<${el.localName}> never failed`,
    { timeout: 5000 },
  );
}

/** The heading outline inside a component: ["h2 Strategi 2020", "h3 Om Strategi 2020", …]. */
export function outline(el: Element): string[] {
  return Array.from(el.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6'), (h) => `${h.localName} ${text(h)}`);
}

/** The texts of the items of the list under the heading that says `title`. */
export function listUnder(el: Element, title: string): string[] {
  const heading = Array.from(el.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6')).find((h) => text(h) === title);
  if (!heading) throw new Error(`no heading «${title}»; the outline is ${outline(el).join(' | ')}`);
  let node = heading.nextElementSibling;
  while (node && node.localName !== 'ol' && node.localName !== 'ul') node = node.nextElementSibling;
  return Array.from(node?.querySelectorAll(':scope > li') ?? [], (li) => text(li));
}

/** Every content element with a fixture it renders, for the tests that go through all of them. */
export const CONTENT_FIXTURES: [tag: string, fixture: string][] = [
  ['helse-strategy', 'strategi-2020.json'],
  ['helse-goal-list', 'strategi-2030.json'],
  ['helse-meeting-summary', 'foretaksmote-2022.json'],
  ['helse-meeting-list', 'meetings.json'],
];

export async function fixtureJson<T = unknown>(name: string): Promise<T> {
  return (await fetch(`/tests/fixtures/${name}`)).json();
}
