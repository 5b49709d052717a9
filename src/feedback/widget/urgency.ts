// Loaded only when the follow-up form opens (a file of its own beside the bundle): the phrase lists,
// the detector and the notice. Nothing here is sent or stored: it reads the comment in the browser.
import type { ReactiveControllerHost } from 'lit';
import { msg } from '../../core/lit-localize.js';
import { URGENT_PHRASES, type UrgentPhrases } from './urgent-phrases.js';

export type { UrgentPhrases } from './urgent-phrases.js';

/** What a comment suggests: a medical emergency, or thoughts of suicide or self-harm. */
export type Urgency = 'emergency' | 'suicide';

const WORD = '[\\p{L}\\p{N}]';
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One phrase as a pattern: its words in order, any spaces or punctuation between, `*` a word's rest. */
const pattern = (phrase: string) =>
  phrase
    .trim()
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .split(/\s+/)
    .map((word) => (word.endsWith('*') ? `${escape(word.slice(0, -1))}${WORD}*` : escape(word)))
    .join(`[^\\p{L}\\p{N}']+`);

/** Whole words only: «akuttmottaket» is not «akutt», «pusteøvelser» not «puste». */
const compile = (phrases: string[]) =>
  new RegExp(
    `(?<!${WORD})(?:${phrases
      .filter((p) => p.trim())
      .map(pattern)
      .join('|')})(?!${WORD})`,
    'iu',
  );

const compiled = new WeakMap<object, Record<Urgency, RegExp>>();
const NONE = {};

function patterns(extra: UrgentPhrases | undefined): Record<Urgency, RegExp> {
  const key = extra ?? NONE;
  let found = compiled.get(key);
  if (!found) {
    found = {
      emergency: compile([...URGENT_PHRASES.emergency, ...(extra?.emergency ?? [])]),
      suicide: compile([...URGENT_PHRASES.suicide, ...(extra?.suicide ?? [])]),
    };
    compiled.set(key, found);
  }
  return found;
}

/**
 * Whether a comment suggests an emergency or thoughts of suicide or self-harm (the more serious
 * wins), by the curated phrases and a trust's `extra` ones, in every language. Undefined for
 * ordinary comments.
 */
export function detectUrgency(text: string, extra?: UrgentPhrases): Urgency | undefined {
  const normal = text.normalize('NFKC').replace(/[’‘`´]/g, "'");
  const { emergency, suicide } = patterns(extra);
  if (suicide.test(normal)) return 'suicide';
  if (emergency.test(normal)) return 'emergency';
  return undefined;
}

/**
 * The notice's styles, added to the element's own when this module loads, so that no visitor pays
 * for them in the bundle. A constructed style sheet, as Lit's own: allowed by a strict CSP.
 */
const STYLES = `
  .urgent { padding: calc(var(--helse-space, 1rem) / 2) var(--helse-space, 1rem); border-inline-start: 4px solid var(--helse-color-danger, #b00020); }
  .urgent p { margin: 0; font-weight: 600; }
  .urgent ul { margin: 0.25em 0 0; padding-inline-start: 1.25em; }
  .urgent a { color: inherit; font-weight: 600; }
  @media (forced-colors: active) { .urgent { border-color: Mark; } .urgent a { color: LinkText; } }
`;

let sheet: CSSStyleSheet | undefined;

function adoptStyles(root: HTMLElement | DocumentFragment): void {
  if (!(root instanceof ShadowRoot) || !('replaceSync' in CSSStyleSheet.prototype)) return;
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLES);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/** An element with children: the notice is built with the DOM, so this file needs nothing of Lit's. */
function el(tag: string, ...children: (Node | string)[]): HTMLElement {
  const element = document.createElement(tag);
  element.append(...children);
  return element;
}

function call(number: string, what: string): HTMLElement {
  const link = el('a', number);
  // The groups are kept together on screen by a no-break space; the number to dial has none.
  link.setAttribute('href', `tel:${number.replace(/\s/g, '')}`);
  return el('li', link, ` ${what}`);
}

/** The notice above «Send»: where help is now, with the numbers to call. */
export function urgentNotice(urgency: Urgency): HTMLElement {
  const notice = el(
    'div',
    el(
      'p',
      el(
        'strong',
        urgency === 'suicide'
          ? msg('Har du tanker om å skade deg selv eller ta livet ditt? Snakk med noen nå.')
          : msg('Trenger du hjelp nå?'),
      ),
      ` ${msg('Vi leser ikke kommentarene med en gang. Ring:')}`,
    ),
    el(
      'ul',
      call('113', msg('ved fare for liv og helse')),
      call('116\u00a0117', msg('legevakten')),
      ...(urgency === 'suicide' ? [call('116\u00a0123', msg('Mental Helses hjelpetelefon, hele døgnet'))] : []),
    ),
  );
  notice.className = 'urgent';
  return notice;
}

/** What the notice needs of the element: its shadow root, its updates, and the trust's phrases. */
export interface UrgencyHost extends ReactiveControllerHost {
  renderRoot: HTMLElement | DocumentFragment;
  urgentPhrases?: UrgentPhrases | undefined;
}

/**
 * The polite live region above «Send» (`part="urgent"`), put in by this module so that no visitor
 * pays for it in the bundle. It goes between the form's hidden honeypot and its buttons, two static
 * elements of the element's template that Lit never re-renders, so it stays until the form closes.
 * It is there, empty, from the moment the form opens: a live region must exist before what it
 * announces.
 */
function liveRegion(root: HTMLElement | DocumentFragment): HTMLElement | undefined {
  const actions = root.querySelector('form > .actions');
  if (!actions) return undefined;
  const before = actions.previousElementSibling;
  if (before instanceof HTMLElement && before.part.contains('urgent')) return before;
  const region = document.createElement('div');
  region.setAttribute('part', 'urgent');
  region.setAttribute('aria-live', 'polite');
  actions.before(region);
  return region;
}

/**
 * «Vi leser ikke kommentarene med en gang.» at the end of the warning, after the help sentence: the
 * warning is the comment field's description, so a screen reader reads it with the field. Drawn again
 * after every update, so it follows a change of language; the same text again changes nothing.
 */
function notReadAtOnce(root: HTMLElement | DocumentFragment): void {
  const warning = root.querySelector('#warning');
  if (!warning) return;
  let note = warning.querySelector<HTMLElement>(':scope > .not-at-once');
  if (!note) {
    note = document.createElement('span');
    note.className = 'not-at-once';
    warning.append(' ', note);
  }
  const text = msg('Vi leser ikke kommentarene med en gang.');
  if (note.textContent !== text) note.textContent = text;
}

/**
 * Watches the comment of an open form and shows the notice in the live region above «Send». After
 * every update of the element — every keystroke, a change of language — the comment is checked
 * again and the notice drawn again; the notice only appears or grows more serious, never goes away
 * while the form is open, and drawing the same notice again changes nothing in the page, so a screen
 * reader hears it once (and again only if it adds Mental Helse's number, or the language changes).
 */
export function watch(host: UrgencyHost): void {
  const root = host.renderRoot;
  adoptStyles(root);
  let urgency: Urgency | undefined;
  const update = () => {
    notReadAtOnce(root);
    const region = liveRegion(root);
    const found = detectUrgency(root.querySelector('textarea')?.value ?? '', host.urgentPhrases);
    if (found && urgency !== 'suicide') urgency = found;
    if (!region || !urgency) return;
    // Drawn again only when it says something else (graver, or in another language): a live region
    // announces every change.
    const notice = urgentNotice(urgency);
    if (region.textContent !== notice.textContent) region.replaceChildren(notice);
  };
  host.addController({ hostUpdated: update });
  update();
}
