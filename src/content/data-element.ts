import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { msg } from '../core/lit-localize.js';
import { flatHtml } from './flat.js';
import type { GenericSchema } from 'valibot';
import { HelseElement } from '../core/helse-element.js';
import { DEFAULT_TIMEOUT_MS, fetchJson, type JsonResult } from '../core/fetch.js';
import { canRetry, type DataErrorDetail } from './errors.js';
import { parseInline, DEFAULT_MAX_BYTES } from './load.js';
import { validate } from './validate.js';
import type { TextContext } from './text.js';

/** What the error state says: try again (`transient`), or the content has an error. The CLI prints the same. */
export const errorStateMessage = (transient: boolean): string =>
  transient
    ? msg('Innholdet kunne ikke lastes. Sjekk nettforbindelsen og prøv igjen.')
    : msg('Innholdet kan ikke vises fordi det inneholder en feil.');

type DataState<T> =
  | { status: 'empty' }
  | { status: 'loading' }
  | { status: 'ready'; value: T }
  | { status: 'error'; error: DataErrorDetail };

/**
 * The base of every content element: one way in for data, one error state.
 *
 * Data comes from the `data` property, else a child `<script type="application/json">`,
 * else the `src` URL, and is validated with the element's schema. Light-DOM
 * children are the no-JavaScript fallback: shown until valid data has rendered,
 * and shown again if the data fails. Failures never throw: they show a
 * localised message (or the fallback), fire `helse-data-error`, and warn once.
 *
 * @cssprop --helse-placeholder-height - Height kept while loading, to match what the page reserved. Default `0`.
 * @cssprop --helse-color-heading - Headings. Default: the page's text colour.
 * @cssprop --helse-color-link - Links. Default: the page's text colour.
 * @cssprop --helse-line-height - Line height. Default `1.5`.
 */
export abstract class HelseDataElement<T> extends HelseElement {
  // `timeout` and `maxBytes` are read when a load starts, so plain fields (`noAccessor`): Lit's accessor would run its
  // setter for each, and setting them renders nothing. None of these has a value as an element is created, which would
  // cost every element (docs/benchmark.md): unset, each is read as its default, as its comment says.
  static override properties: PropertyDeclarations = {
    src: {},
    data: { attribute: false },
    timeout: { type: Number, noAccessor: true },
    maxBytes: { type: Number, attribute: 'max-bytes', noAccessor: true },
    dataState: { state: true },
  };

  /** URL of a JSON document, fetched without cookies. */
  src?: string;

  /** The document itself, for scripts. Takes precedence over inline JSON and `src`. */
  data: unknown;

  /** Milliseconds to wait for `src` before giving up, 10 000 unless set. */
  timeout?: number;

  /** Largest document `src` may return, in bytes, 1 000 000 unless set. */
  maxBytes?: number;

  /** Where the data stands; none yet is `empty`. */
  protected dataState: DataState<T> | undefined;

  /** Validates the document; each content element names its own. */
  protected abstract get schema(): GenericSchema<unknown, T>;

  /** Renders valid data. */
  protected abstract renderContent(value: T): unknown;

  /** The page locale and the document's own `lang`, for rendering its text. Set before each `renderContent`. */
  protected context!: TextContext;

  /** The element's server rendering (`helse-widgets render`) in the page, if any: a declarative shadow root. */
  private _prerendered = this.shadowRoot;

  private _request?: AbortController;

  override connectedCallback(): void {
    // A load cut short by an earlier disconnect starts again. Before connecting: the first render, which starts
    // the first load, happens as the element connects, and must not count as one cut short.
    if (this.hasUpdated && this.dataState?.status === 'loading') this._load();
    super.connectedCallback();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._request?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.hasUpdated || changed.has('src') || changed.has('data')) this._load();
  }

  /**
   * A server rendering (`helse-widgets render`) that Lit's hydration support did not take over — it is in the
   * `hydrate` bundles only — is replaced by the first render, in the same task: nothing is painted in between,
   * and nothing is shown twice. Lit points `renderBefore` into that rendering unless hydration claimed it.
   */
  protected override update(changed: PropertyValues<this>): void {
    if (this._prerendered && this.renderOptions.renderBefore) {
      this.renderRoot.replaceChildren();
      this.renderOptions.renderBefore = null;
    }
    super.update(changed);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.dataState?.status === 'loading') this.setAttribute('aria-busy', 'true');
    else this.removeAttribute('aria-busy');
  }

  protected override render() {
    const current = this.dataState ?? { status: 'empty' };
    if (current.status === 'ready') {
      const { lang } = current.value as { lang?: TextContext['documentLang'] };
      this.context = { locale: this.locale, documentLang: lang };
      // One template with the content, whose shape is the document's (an iterator keeps content apart: flat.ts).
      return flatHtml`<div part="base" class="content" lang=${this.locale}>${this.renderContent(current.value)}</div>`;
    }
    const fallback = this._hasFallback();
    return html`<slot></slot>${fallback ? nothing : this._renderPending(current)}`;
  }

  private _renderPending(current: DataState<T>) {
    if (current.status === 'loading') {
      return html`<div part="loading" class="loading" lang=${this.locale}>
        <span class="visually-hidden">${msg('Laster innhold …')}</span>
      </div>`;
    }
    if (current.status !== 'error') return nothing;
    const transient = canRetry(current.error.reason);
    return html`<div part="error" class="error" role="status" lang=${this.locale}>
      <p>${errorStateMessage(transient)}</p>
      ${
        transient
          ? html`<button part="button retry" class="button" type="button" @click=${this._load}>
              ${msg('Prøv igjen')}
            </button>`
          : nothing
      }
    </div>`;
  }

  /** Whether the author put fallback content (anything but the JSON script) inside the element. */
  private _hasFallback(): boolean {
    return [...this.childNodes].some((node) =>
      node instanceof Element ? node.localName !== 'script' : node instanceof Text && !!node.data.trim(),
    );
  }

  private _inlineJson(): string | undefined {
    return this.querySelector<HTMLScriptElement>(':scope > script[type="application/json"]')?.text;
  }

  /** Reads the current source; sources that need no network settle without an extra render. */
  private _load(): void {
    this._request?.abort();
    this._request = undefined;
    if (this.data !== undefined) return this._settle({ ok: true, json: this.data });
    const inline = this._inlineJson();
    if (inline !== undefined) return this._settle(parseInline(inline));
    if (!this.src) {
      this.dataState = { status: 'empty' };
      return;
    }
    this.dataState = { status: 'loading' };
    const request = (this._request = new AbortController());
    void fetchJson(this.src, {
      timeoutMs: this.timeout ?? DEFAULT_TIMEOUT_MS,
      maxBytes: this.maxBytes ?? DEFAULT_MAX_BYTES,
      signal: request.signal,
    }).then((loaded) => {
      // A newer load, or a disconnect, has aborted it: the answer is stale.
      if (!request.signal.aborted) this._settle(loaded);
    });
  }

  private _settle(loaded: JsonResult): void {
    const result = loaded.ok ? validate(this.schema, loaded.json) : loaded;
    if (result.ok) {
      this.dataState = { status: 'ready', value: result.value };
      return;
    }
    this.dataState = { status: 'error', error: result.error };
    this.report(result.error);
  }

  /** Tells the page what could not be shown: the `helse-data-error` event, and a warning for the one who looks. */
  protected report(error: DataErrorDetail, what = 'its content'): void {
    this.emit('helse-data-error', error);
    console.warn(`helse-widgets: <${this.localName}> cannot show ${what}: ${error.message}`);
  }
}
