import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { HelseElement } from '../../shared/helse-element.js';
import { tokens, buttons } from '../../shared/tokens.styles.js';
import { uuid } from '../../shared/uuid.js';
import { VERSION } from '../../generated/version.js';
import { postFeedback } from './delivery.js';
import { feedbackStyles } from './feedback.styles.js';
import type { FeedbackAnswer, FeedbackBody, FeedbackFailure } from './events.js';

type Step = 'question' | 'form' | 'thanks';
type FocusTarget = 'comment' | 'message';

/** How many characters a comment may have unless `max-length` says otherwise. */
const DEFAULT_MAX_LENGTH = 1000;
/** The remaining count is announced to screen readers only when it gets this close. */
const ANNOUNCE_REMAINING_BELOW = 100;
const ANNOUNCE_DELAY_MS = 1000;

/**
 * «Fant du det du lette etter?» — a page-feedback prompt. «Ja» thanks the visitor;
 * «Nei» opens a short form for what they were looking for. The answer is POSTed as
 * JSON to `endpoint`, or, without one, only announced through events.
 *
 * Light-DOM children are the no-JavaScript fallback (for example a link to a
 * contact form); they are not shown once the element has upgraded.
 *
 * @event helse-feedback-submit - Before sending; `detail` is the body. Cancelable: `preventDefault()` stops the send and keeps the visitor where they are.
 * @event helse-feedback-sent - The endpoint accepted the answer. `detail`: `{ body, status }`.
 * @event helse-feedback-error - Sending failed; the visitor sees a retry button. `detail`: `{ body, reason, status? }`.
 *
 * @csspart base - The wrapper of everything.
 * @csspart question - The question text.
 * @csspart button - Every button.
 * @csspart button-yes - The «Ja» button.
 * @csspart button-no - The «Nei» button.
 * @csspart form - The follow-up form.
 * @csspart label - The label of the comment field.
 * @csspart warning - The warning not to write personal information.
 * @csspart textarea - The comment field.
 * @csspart count - The character count under the comment field.
 * @csspart button-send - The «Send» button.
 * @csspart button-cancel - The «Avbryt» button.
 * @csspart message - Status messages: sending, thanks and errors (a polite live region).
 * @csspart button-retry - The «Prøv igjen» button after a failure.
 *
 * @cssprop --helse-color-accent - Background of the primary buttons. Default `#005a9c`.
 * @cssprop --helse-color-on-accent - Text on the primary buttons. Default `#ffffff`.
 * @cssprop --helse-color-danger - Errors. Default `#b00020`.
 * @cssprop --helse-color-warning-background - Behind the personal-information warning. Default transparent.
 * @cssprop --helse-color-focus - The focus ring. Default `#1a1a1a`.
 * @cssprop --helse-color-focus-inner - The inner focus ring, for dark pages. Default `#ffffff`.
 * @cssprop --helse-radius - Corner radius. Default `4px`.
 * @cssprop --helse-space - Base spacing. Default `1rem`.
 * @cssprop --helse-font-size - Base font size. Default `1rem`.
 * @cssprop --helse-max-width - Widest the prompt gets. Default `40rem`.
 */
export class HelseFeedback extends HelseElement {
  static override styles = [tokens, buttons, feedbackStyles];

  /** URL that receives the answer as a JSON POST. Without it, the answer only fires events. */
  @property() endpoint = '';

  /** The page the answer is about. Defaults to the current URL without query string and fragment. */
  @property() page = '';

  /** Replaces the question «Fant du det du lette etter?» in every language. */
  @property() question = '';

  /** Most characters a comment may have. */
  @property({ type: Number, attribute: 'max-length' }) maxLength = DEFAULT_MAX_LENGTH;

  @state() private step: Step = 'question';
  @state() private comment = '';
  @state() private sending = false;
  @state() private failure: FeedbackFailure | undefined;
  @state() private tooLong = false;
  @state() private announcedCount = '';

  @query('#comment') private commentField?: HTMLTextAreaElement;
  @query('#message') private messageRegion?: HTMLElement;

  /** The answer under way, kept so a retry sends the same id. */
  private pending: FeedbackBody | undefined;
  private focusAfterUpdate: FocusTarget | undefined;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const target = this.focusAfterUpdate;
    this.focusAfterUpdate = undefined;
    if (target === 'comment') this.commentField?.focus();
    if (target === 'message') this.messageRegion?.focus();
  }

  protected override render() {
    const message = this.messageText();
    const messageClass = this.failure
      ? 'message message--shown message--error'
      : message
        ? 'message message--shown'
        : 'message';
    return html`
      <div part="base" class="feedback" lang=${this.locale}>
        ${this.step === 'question' ? this.renderQuestion() : nothing}
        ${this.step === 'form' ? this.renderForm() : nothing}
        <div id="message" part="message" class=${messageClass} role="status" tabindex="-1">${message}</div>
        ${
          this.failure
            ? html`<button
                part="button button-retry"
                class="button"
                type="button"
                aria-disabled=${this.sending}
                @click=${this.retry}
              >
                ${msg('Prøv igjen')}
              </button>`
            : nothing
        }
      </div>
    `;
  }

  private renderQuestion() {
    return html`
      <div class="prompt" role="group" aria-labelledby="question">
        <p id="question" part="question" class="question">${this.question || msg('Fant du det du lette etter?')}</p>
        <div class="actions">
          <button
            part="button button-yes"
            class="button"
            type="button"
            aria-disabled=${this.sending}
            @click=${this.answerYes}
          >
            ${msg('Ja')}
          </button>
          <button
            part="button button-no"
            class="button"
            type="button"
            aria-disabled=${this.sending}
            @click=${this.answerNo}
          >
            ${msg('Nei')}
          </button>
        </div>
      </div>
    `;
  }

  private renderForm() {
    return html`
      <form part="form" class="form" novalidate @submit=${this.submitComment}>
        <label part="label" class="label" for="comment">${msg('Hva lette du etter?')}</label>
        <p id="warning" part="warning" class="warning">
          ${msg('Ikke skriv personopplysninger som fødselsnummer, navn eller opplysninger om helse. Vi kan ikke svare deg her.')}
        </p>
        <textarea
          id="comment"
          part="textarea"
          class="textarea"
          rows="4"
          aria-describedby="warning count"
          aria-invalid=${this.tooLong ? 'true' : 'false'}
          .value=${this.comment}
          @input=${this.onCommentInput}
        ></textarea>
        <p id="count" part="count" class="count ${this.tooLong ? 'count--error' : ''}">${this.countText()}</p>
        <span class="visually-hidden" aria-live="polite">${this.announcedCount}</span>
        <div class="actions">
          <button part="button button-send" class="button" type="submit" aria-disabled=${this.sending}>
            ${msg('Send')}
          </button>
          <button
            part="button button-cancel"
            class="button button--secondary"
            type="button"
            aria-disabled=${this.sending}
            @click=${this.cancelComment}
          >
            ${msg('Avbryt')}
          </button>
        </div>
      </form>
    `;
  }

  private messageText(): string {
    if (this.sending) return msg('Sender svaret ditt …');
    if (this.failure) return this.failureText(this.failure);
    if (this.step !== 'thanks') return '';
    return this.pending?.answer === 'no'
      ? msg('Takk for tilbakemeldingen! Vi bruker den til å gjøre nettsidene bedre.')
      : msg('Takk for svaret ditt!');
  }

  private failureText(failure: FeedbackFailure): string {
    switch (failure) {
      case 'network':
        return msg('Svaret ditt ble ikke sendt. Sjekk nettforbindelsen og prøv igjen.');
      case 'timeout':
        return msg('Det tok for lang tid å sende svaret ditt. Prøv igjen.');
      case 'http':
        return msg('Svaret ditt ble ikke mottatt på grunn av en feil hos oss. Prøv igjen.');
    }
  }

  private countText(): string {
    const remaining = this.maxLength - this.comment.length;
    if (remaining === 1) return msg('Du har 1 tegn igjen');
    if (remaining >= 0) return msg(str`Du har ${remaining} tegn igjen`);
    if (remaining === -1) return msg('Du har 1 tegn for mye');
    return msg(str`Du har ${-remaining} tegn for mye`);
  }

  private answerYes(): void {
    if (this.sending) return;
    void this.submit('yes');
  }

  private answerNo(): void {
    if (this.sending) return;
    this.step = 'form';
    this.focusAfterUpdate = 'comment';
  }

  private onCommentInput(event: InputEvent): void {
    this.comment = (event.target as HTMLTextAreaElement).value;
    if (this.tooLong && this.comment.length <= this.maxLength) this.tooLong = false;
    // Announce the count only after a pause in typing, and only near the limit, as GOV.UK does.
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      const remaining = this.maxLength - this.comment.length;
      this.announcedCount = remaining < ANNOUNCE_REMAINING_BELOW ? this.countText() : '';
    }, ANNOUNCE_DELAY_MS);
  }

  private submitComment(event: SubmitEvent): void {
    event.preventDefault();
    if (this.sending) return;
    if (this.comment.length > this.maxLength) {
      this.tooLong = true;
      this.focusAfterUpdate = 'comment';
      return;
    }
    void this.submit('no', this.comment.trim());
  }

  /** «Avbryt» skips the comment, but the visitor's «Nei» still counts. */
  private cancelComment(): void {
    if (this.sending) return;
    void this.submit('no');
  }

  private retry(): void {
    if (this.sending || !this.pending) return;
    void this.deliver(this.pending);
  }

  private async submit(answer: FeedbackAnswer, comment?: string): Promise<void> {
    const body: FeedbackBody = {
      id: this.pending?.id ?? uuid(),
      answer,
      ...(comment ? { comment } : {}),
      page: this.page || location.origin + location.pathname,
      title: document.title,
      locale: this.locale,
      submittedAt: new Date().toISOString(),
      version: VERSION,
    };
    if (this.emit('helse-feedback-submit', body, { cancelable: true }).defaultPrevented) return;
    this.pending = body;
    if (!this.endpoint) {
      this.showThanks();
      return;
    }
    await this.deliver(body);
  }

  private async deliver(body: FeedbackBody): Promise<void> {
    this.sending = true;
    this.failure = undefined;
    const result = await postFeedback(this.endpoint, body);
    this.sending = false;
    if (result.ok) {
      this.emit('helse-feedback-sent', { body, status: result.status });
      this.showThanks();
      return;
    }
    this.failure = result.reason;
    this.focusAfterUpdate = 'message';
    this.emit('helse-feedback-error', {
      body,
      reason: result.reason,
      ...(result.status === undefined ? {} : { status: result.status }),
    });
    console.warn(`helse-widgets: feedback not sent (${result.reason}${result.status ? ` ${result.status}` : ''}).`);
  }

  private showThanks(): void {
    this.step = 'thanks';
    this.comment = '';
    this.focusAfterUpdate = 'message';
  }
}
