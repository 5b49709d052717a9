import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { msg } from '../../core/lit-localize.js';
import { HelseElement } from '../../core/helse-element.js';
import { tokens, buttons } from '../../core/tokens.styles.js';
import { uuid } from './uuid.js';
import { VERSION } from '../../generated/version.js';
import { findPersonalData, redactPersonalData, type PersonalDataKind } from '../protocol/personal-data.js';
import { FeedbackDelivery } from './delivery-controller.js';
import { answeredThisSession, rememberAnswer } from './session-memory.js';
import { thisPage } from './page.js';
import { countMessage, deliveryMessage, privacyMessage, thanksMessage } from './messages.js';
import { feedbackStyles } from './feedback.styles.js';
import type { FeedbackAnswer, FeedbackBody } from './events.js';
import type { UrgentPhrases } from './urgency.js';

type FocusTarget = 'comment' | 'message' | 'privacy';

/** How many characters a comment may have unless `max-length` says otherwise. */
const DEFAULT_MAX_LENGTH = 1000;
/** The remaining count is announced to screen readers only when it gets this close. */
const ANNOUNCE_REMAINING_BELOW = 100;
const ANNOUNCE_DELAY_MS = 1000;

/**
 * «Fant du det du lette etter?» — a page-feedback prompt. «Ja» thanks the visitor; «Nei» opens a short form for
 * what they were looking for. The answer is POSTed as JSON to `endpoint`; without one, it only fires events.
 *
 * Nothing is lost: an answer is kept in `localStorage` until the endpoint confirms it, retried with backoff, sent as
 * the page is left, and sent again on the next page load or when the browser is back online. Nothing is duplicated:
 * every attempt carries the same `id`. No personal data leaves: fødselsnummer, phone numbers and e-mail addresses in
 * the comment hold the send until the visitor removes them, or sends with them replaced by «[fjernet]».
 *
 * Light-DOM children are the no-JavaScript fallback (for example a link to a contact form); they are not shown once
 * the element has upgraded.
 *
 * @event helse-feedback-submit - Before sending; `detail` is the body. Cancelable: `preventDefault()` stops the send and keeps the visitor where they are.
 * @event helse-feedback-sent - The endpoint accepted the answer. `detail`: `{ body, status }`.
 * @event helse-feedback-error - Sending failed. `detail`: `{ body, reason, status?, queued }`; `queued` means the answer is kept and will be sent again by itself.
 *
 * @csspart base - The wrapper of everything.
 * @csspart question - The question text.
 * @csspart button - Every button.
 * @csspart button-yes - The «Ja» button.
 * @csspart button-no - The «Nei» button.
 * @csspart form - The follow-up form.
 * @csspart label - The label of the comment field.
 * @csspart warning - The warning not to write personal information, that comments are not read at once, and where help is.
 * @csspart textarea - The comment field.
 * @csspart count - The character count under the comment field.
 * @csspart privacy - The notice that the comment seems to hold personal data.
 * @csspart urgent - The numbers to call, when the comment suggests an emergency or suicidal thoughts.
 * @csspart button-redact - «Send uten disse opplysningene».
 * @csspart button-send - The «Send» button.
 * @csspart button-cancel - The «Avbryt» button.
 * @csspart message - Status messages: sending, kept for later, thanks and errors (a polite live region).
 * @csspart button-retry - «Prøv igjen» after a failure.
 *
 * @slot urgent-help - The trust's own text and links instead of «Trenger du helsehjelp? Ring 113 …».
 *
 * @tagname helse-feedback
 */
export class HelseFeedback extends HelseElement {
  static override styles = [tokens, buttons, feedbackStyles];

  // Without decorators: their helpers cost half a kilobyte. Four, read only to connect or send, are plain fields
  // (Lit's accessor would run its setter for each, and they render nothing). None has a value as a prompt is created,
  // which would cost every prompt (docs/benchmark.md): unset, each is read as its default, as its comment says.
  static override properties: PropertyDeclarations = {
    endpoint: { noAccessor: true },
    page: { noAccessor: true },
    question: {},
    maxLength: { type: Number, attribute: 'max-length' },
    timeout: { type: Number, noAccessor: true },
    allowRepeat: { type: Boolean, attribute: 'allow-repeat', noAccessor: true },
  };

  /** URL that receives the answer as a JSON POST. Without it, the answer only fires events. */
  endpoint?: string;

  /** The page the answer is about. Defaults to the current URL without query string and fragment. */
  page?: string;

  /** Replaces the question «Fant du det du lette etter?» in every language. */
  question?: string;

  /** Most characters a comment may have, 1000 unless set. */
  maxLength?: number;

  /** Milliseconds to wait for the endpoint before an attempt counts as failed, 10 000 unless set. */
  timeout?: number;

  // Read when sending: a plain field, as `urgentPhrases` is, since nothing shown depends on it.
  /** Milliseconds to wait before each retry after a network fault, 408, 429 or 5xx; 1, 3 and 9 s unless set. */
  retryDelays?: number[];

  /** Let the visitor answer again on every visit. By default one answer per page per browser session. */
  allowRepeat?: boolean;

  /** Phrases added to those that raise the urgent-help notice (docs/feedback-urgent-help.md). */
  urgentPhrases: UrgentPhrases | undefined;

  // The visitor's progress: plain fields, rendered by an explicit `requestUpdate()` in the handlers that change them.
  // A reactive property, or any field a prompt is created with, costs every prompt (docs/benchmark.md): these start
  // unset. TypeScript-private, as the methods are: `#` fields and methods are defined on each prompt as it is created.
  /** Unset: the question. */
  private _step?: 'form' | 'thanks';
  private _answer?: FeedbackAnswer;
  // The form's, set as it opens (_answerNo).
  declare private _comment: string;
  declare private _personalData: PersonalDataKind[];
  private _tooLong?: boolean;
  private _announcedCount?: string;

  /** Sending, keeping and resending the answer, once there is one (`_sender`); this element shows where it stands. */
  private _delivery?: FeedbackDelivery;
  private _focusAfterUpdate?: FocusTarget;
  private _announceTimer?: ReturnType<typeof setTimeout>;

  // Made only when there is an answer to send or resend: most prompts never have one (docs/benchmark.md).
  private get _sender(): FeedbackDelivery {
    return (this._delivery ??= new FeedbackDelivery(this, {
      sent: (body, status) => {
        this.emit('helse-feedback-sent', { body, status });
        this._finish();
      },
      failed: (body, { reason, status }, queued) => {
        this._focusAfterUpdate = 'message';
        this.emit('helse-feedback-error', { body, reason, queued, ...(status === undefined ? {} : { status }) });
        console.warn('helse-widgets: feedback not sent:', reason, status ?? '');
      },
    }));
  }

  override connectedCallback(): void {
    // First: the element renders as it connects, and an answer kept from an earlier visit shows in that render.
    this._resume();
    super.connectedCallback();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this._announceTimer);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const target = this._focusAfterUpdate;
    this._focusAfterUpdate = undefined;
    if (target) this._byId(target)?.focus();
  }

  // The question is part of the one template, hidden once answered (as GOV.UK's feedback component hides its
  // prompt): what every visitor sees is one template instance, not two (docs/benchmark.md).
  protected override render() {
    const message = this._messageText();
    const delivery = this._delivery?.state;
    const failed = delivery === 'failed' || delivery === 'queued';
    const busy = this._busy;
    return html`
      <div part="base" class="feedback" lang=${this.locale}>
        <div class="prompt" role="group" aria-labelledby="question" ?hidden=${!!this._step}>
          <p id="question" part="question" class="question">${this.question || msg('Fant du det du lette etter?')}</p>
          <div class="actions">
            <button
              part="button button-yes"
              class="button"
              type="button"
              aria-disabled=${busy}
              @click=${this._answerYes}
            >
              ${msg('Ja')}
            </button>
            <button part="button button-no" class="button" type="button" aria-disabled=${busy} @click=${this._answerNo}>
              ${msg('Nei')}
            </button>
          </div>
        </div>
        ${this._step === 'form' ? this._renderForm() : nothing}
        <div
          id="message"
          part="message"
          class=${failed ? 'message message--shown message--error' : message ? 'message message--shown' : 'message'}
          role="status"
          tabindex="-1"
        >
          ${message}
        </div>
        ${
          failed
            ? html`<button part="button button-retry" class="button" type="button" @click=${this._retry}>
                ${delivery === 'queued' ? msg('Prøv igjen nå') : msg('Prøv igjen')}
              </button>`
            : nothing
        }
      </div>
    `;
  }

  private _renderForm() {
    const busy = this._busy;
    const flagged = this._personalData.length > 0;
    return html`
      <form part="form" class="form" novalidate @submit=${this._submitComment}>
        <label part="label" class="label" for="comment">${msg('Hva lette du etter?')}</label>
        <p id="warning" part="warning" class="warning">
          ${msg('Ikke skriv personopplysninger som fødselsnummer, navn eller opplysninger om helse. Vi kan ikke svare deg her.')}
          <slot name="urgent-help"
            >${msg('Trenger du helsehjelp? Ring 113 ved fare for liv og helse, eller legevakten på 116\u00a0117.')}</slot
          >
        </p>
        <textarea
          id="comment"
          part="textarea"
          class="textarea"
          rows="4"
          aria-describedby=${flagged ? 'warning privacy count' : 'warning count'}
          aria-invalid=${this._tooLong || flagged ? 'true' : 'false'}
          .value=${this._comment}
          @input=${this._onCommentInput}
        ></textarea>
        <p id="count" part="count" class="count ${this._tooLong ? 'count--error' : ''}">${this._countText()}</p>
        <span class="visually-hidden" aria-live="polite">${this._announcedCount}</span>
        <div
          id="privacy"
          part="privacy"
          class=${flagged ? 'privacy privacy--shown' : 'privacy'}
          tabindex="-1"
          aria-live="polite"
        >
          ${flagged ? privacyMessage(this._personalData, this.locale) : ''}
        </div>
        ${
          flagged
            ? html`<button
                part="button button-redact"
                class="button button--secondary"
                type="button"
                @click=${this._sendRedacted}
              >
                ${msg('Send uten disse opplysningene')}
              </button>`
            : nothing
        }
        <div class="honeypot" aria-hidden="true">
          <label>Nettsted <input id="website" name="website" type="text" tabindex="-1" autocomplete="off" /></label>
        </div>
        <div class="actions">
          <button part="button button-send" class="button" type="submit" aria-disabled=${busy}>${msg('Send')}</button>
          <button
            part="button button-cancel"
            class="button button--secondary"
            type="button"
            aria-disabled=${busy}
            @click=${this._cancelComment}
          >
            ${msg('Avbryt')}
          </button>
        </div>
      </form>
    `;
  }

  private _byId<E extends HTMLElement = HTMLElement>(id: string): E | null {
    return this.renderRoot.querySelector<E>(`#${id}`);
  }

  private get _busy(): boolean {
    return this._delivery?.state === 'sending';
  }

  private _messageText(): string {
    const delivery = this._delivery;
    if (delivery && delivery.state !== 'idle') return deliveryMessage(delivery.state, delivery.failure);
    return this._step === 'thanks' ? thanksMessage(this._answer) : '';
  }

  private _countText(): string {
    return countMessage(this._maxLength - this._comment.length);
  }

  private get _maxLength(): number {
    return this.maxLength ?? DEFAULT_MAX_LENGTH;
  }

  private get _pageKey(): string {
    return this.page || thisPage();
  }

  /** Picks up where an earlier visit left off: an answer still kept for sending, or one given this session. */
  private _resume(): void {
    const page = this._pageKey;
    const kept = FeedbackDelivery.kept(page, this.endpoint);
    if (kept) this._sender.resume(kept);
    const answered = kept?.answer ?? (this.allowRepeat ? undefined : answeredThisSession(page));
    if (answered) {
      this._answer = answered;
      this._step = 'thanks';
    }
  }

  private _answerYes(): void {
    if (this._busy) return;
    void this._submit('yes');
  }

  private _answerNo(): void {
    if (this._busy) return;
    this._step = 'form';
    this._comment = '';
    this._personalData = [];
    this._focusAfterUpdate = 'comment';
    this.requestUpdate();
    import('./urgency.js').then((m) => m.watch(this)).catch(() => {});
  }

  private _onCommentInput(event: InputEvent): void {
    this._comment = (event.target as HTMLTextAreaElement).value;
    if (this._tooLong && this._comment.length <= this._maxLength) this._tooLong = false;
    const kinds = [...new Set(findPersonalData(this._comment).map((finding) => finding.kind))];
    // Only a change of what was found is news worth re-rendering (and announcing).
    if (kinds.join() !== this._personalData.join()) this._personalData = kinds;
    this.requestUpdate();
    // Announce the count only after a pause in typing, and only near the limit, as GOV.UK does.
    clearTimeout(this._announceTimer);
    this._announceTimer = setTimeout(() => {
      const remaining = this._maxLength - this._comment.length;
      this._announcedCount = remaining < ANNOUNCE_REMAINING_BELOW ? this._countText() : '';
      this.requestUpdate();
    }, ANNOUNCE_DELAY_MS);
  }

  private _submitComment(event: SubmitEvent): void {
    event.preventDefault();
    if (this._busy) return;
    if (this._comment.length > this._maxLength) {
      this._tooLong = true;
      this._focusAfterUpdate = 'comment';
      this.requestUpdate();
      return;
    }
    // Checked again here: what leaves the browser never holds personal data.
    if (findPersonalData(this._comment).length) {
      this._focusAfterUpdate = 'privacy';
      this.requestUpdate();
      return;
    }
    void this._submit('no', this._comment.trim());
  }

  private _sendRedacted(): void {
    if (this._busy) return;
    this._comment = redactPersonalData(this._comment);
    this._personalData = [];
    this.requestUpdate();
    void this._submit('no', this._comment.trim());
  }

  /** «Avbryt» skips the comment, but the visitor's «Nei» still counts. */
  private _cancelComment(): void {
    if (this._busy) return;
    void this._submit('no');
  }

  private _retry(): void {
    this._delivery?.retry();
  }

  private async _submit(answer: FeedbackAnswer, comment?: string): Promise<void> {
    const body: FeedbackBody = {
      id: this._delivery?.pending?.id ?? uuid(),
      answer,
      ...(comment ? { comment } : {}),
      page: this._pageKey,
      title: document.title,
      locale: this.locale,
      submittedAt: new Date().toISOString(),
      version: VERSION,
    };
    // A bot that filled the hidden field gets a thank-you and sends nothing.
    if (this._byId<HTMLInputElement>('website')?.value) {
      this._answer = answer;
      return this._finish();
    }
    if (!this.emit('helse-feedback-submit', body, true)) return;
    this._answer = answer;
    if (!this.endpoint) return this._finish();
    await this._sender.send(body);
  }

  private _finish(): void {
    this._step = 'thanks';
    this._comment = '';
    this._focusAfterUpdate = 'message';
    this.requestUpdate();
    if (!this.allowRepeat) rememberAnswer(this._pageKey, this._answer ?? 'yes');
  }
}
