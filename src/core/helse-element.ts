import { LitElement } from 'lit';
import { activeLocale, connectLocalizedHost, disconnectLocalizedHost, localeReady } from './localization.js';
import type { Locale } from './resolve-locale.js';

/**
 * Events of every helse element, by name. Components add theirs through
 * declaration merging, so `emit()` and `addEventListener()` are typed.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface HelseEventDetails {}

export type HelseEventName = keyof HelseEventDetails;

/** Every helse event as a listener receives it: on the element, or (they bubble and are composed) the document. */
export type HelseEventMap = { [K in HelseEventName]: CustomEvent<HelseEventDetails[K]> };

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends HelseEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DocumentEventMap extends HelseEventMap {}
}

/**
 * The base of every helse element: follows the page language live,
 * and emits composed, bubbling events. The theme tokens below apply to every element.
 *
 * @cssprop --helse-color-accent - Primary buttons, bars and accent edges. Default `#005a9c`.
 * @cssprop --helse-color-on-accent - Text on the primary buttons. Default `#ffffff`.
 * @cssprop --helse-color-danger - Errors. Default `#b00020`.
 * @cssprop --helse-color-warning-background - Behind warnings. Default transparent.
 * @cssprop --helse-color-border - Lines of fields, tables and cards. Default `currentColor`.
 * @cssprop --helse-color-focus - The focus ring. Default `#1a1a1a`.
 * @cssprop --helse-color-focus-inner - The inner focus ring, for dark pages. Default `#ffffff`.
 * @cssprop --helse-muted-opacity - Opacity of secondary text (dates, counts). Default `0.8`.
 * @cssprop --helse-radius - Corner radius. Default `4px`.
 * @cssprop --helse-space - Base spacing. Default `1rem`.
 * @cssprop --helse-font-size - Base font size. Default `1rem`.
 * @cssprop --helse-font-size-small - Small text, relative to the base. Default `0.9375em`.
 * @cssprop --helse-font-size-large - Large text (questions, leads), relative to the base. Default `1.25em`.
 * @cssprop --helse-max-width - Widest an element's text gets. Default `40rem`.
 */
export class HelseElement extends LitElement {
  /** The locale the element renders in (see docs/languages.md). */
  get locale(): Locale {
    return activeLocale();
  }

  /**
   * Renders at once, in the same task as the element is added, not a microtask later: its content is there for
   * the next line of the page's script to measure, and Lit's wait for the update is saved (docs/benchmark.md).
   * Not while a locale is loading (text would flash in the wrong language), nor while the page is still being
   * parsed: the parser adds an element before its children, and a content element's inline JSON is one. Nor
   * without a render root: Lit's hydration support holds the connect back for `defer-hydration`.
   */
  override connectedCallback(): void {
    super.connectedCallback();
    connectLocalizedHost(this);
    if (this.renderRoot && !localeReady() && document.readyState != 'loading') this.performUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    disconnectLocalizedHost(this);
  }

  /**
   * Waits for a locale that is still loading, so text never flashes in the wrong language. Not an
   * async method: when nothing is loading the update runs at once, without a promise and a wait.
   */
  protected override scheduleUpdate(): ReturnType<LitElement['scheduleUpdate']> {
    const loading = localeReady();
    return loading ? loading.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /**
   * Dispatches a typed event that bubbles out of the shadow root. Returns false when a listener called
   * `preventDefault()` on a `cancelable` event, as `dispatchEvent` does.
   */
  protected emit<K extends HelseEventName>(name: K, detail: HelseEventDetails[K], cancelable?: boolean): boolean {
    // Built apart from the dispatch, so the manifest analyzer does not take `name` for an event of its own.
    const event = new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable });
    return this.dispatchEvent(event);
  }
}
