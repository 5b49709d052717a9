// Loaded only when the follow-up form opens (a file of its own beside the bundle): the phrase lists,
// the detector and the notice. Nothing here is sent or stored: it reads the comment in the browser.
import { html, nothing, type ReactiveControllerHost } from 'lit';
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
  .urgent { padding: calc(var(--_space) / 2) var(--_space); border-inline-start: 4px solid var(--_danger); }
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

const call = (number: string, what: string) =>
  html`<li><a href="tel:${number.replace(/ /g, '')}">${number}</a> ${what}</li>`;

/** The notice above «Send»: where help is now, with the numbers to call. */
export function renderUrgentNotice(urgency: Urgency) {
  return html`
    <p>
      <strong>
        ${
          urgency === 'suicide'
            ? msg('Har du tanker om å skade deg selv eller ta livet ditt? Snakk med noen nå.')
            : msg('Trenger du hjelp nå?')
        }
      </strong>
      ${msg('Vi leser ikke kommentarene med en gang. Ring:')}
    </p>
    <ul>
      ${call('113', msg('ved fare for liv og helse'))} ${call('116 117', msg('legevakten'))}
      ${urgency === 'suicide' ? call('116 123', msg('Mental Helses hjelpetelefon, hele døgnet')) : ''}
    </ul>
  `;
}

/** What the element holds once this module is loaded. */
export interface UrgentNotice {
  /** Looks at the comment again. */
  check(comment: string): void;
  /** The notice, or nothing: the content of the element's polite live region above «Send». */
  render(): unknown;
}

/**
 * The notice of one open form, checked at once against the comment written so far. It only appears
 * or grows more serious — it never flickers away as the visitor types — so a screen reader hears it
 * once (and again only if it adds Mental Helse's number).
 */
export function urgentNotice(
  host: ReactiveControllerHost & {
    urgentPhrases?: UrgentPhrases | undefined;
    renderRoot: HTMLElement | DocumentFragment;
  },
  comment: string,
): UrgentNotice {
  adoptStyles(host.renderRoot);
  let urgency: Urgency | undefined;
  const notice = {
    check(text: string) {
      const found = detectUrgency(text, host.urgentPhrases);
      if (found && urgency !== 'suicide' && found !== urgency) {
        urgency = found;
        host.requestUpdate();
      }
    },
    render: () => (urgency ? html`<div class="urgent">${renderUrgentNotice(urgency)}</div>` : nothing),
  };
  notice.check(comment);
  return notice;
}
