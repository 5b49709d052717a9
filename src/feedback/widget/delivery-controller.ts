import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_TIMEOUT_MS } from '../../core/fetch.js';
import {
  DEFAULT_RETRY_DELAYS_MS,
  mayPass,
  postFeedback,
  sendAsPageLeaves,
  sendWithRetry,
  type DeliveryResult,
} from './delivery.js';
import { forget, keep, keptAnswers, readOutbox } from './outbox.js';
import type { FeedbackBody, FeedbackFailure } from './events.js';

/** Where an answer under way stands: being sent (with retries), kept for later, or refused. */
export type DeliveryState = 'idle' | 'sending' | 'queued' | 'failed';

/** What the element configures, and hears back. Unset, the defaults apply; a delivery is made only with an endpoint. */
export interface DeliveryHost extends ReactiveControllerHost {
  endpoint?: string;
  timeout?: number;
  retryDelays?: number[];
}

export interface DeliveryOutcome {
  sent(body: FeedbackBody, status: number): void;
  /** `queued`: kept in the outbox and sent again by itself; otherwise refused for good. */
  failed(body: FeedbackBody, result: Extract<DeliveryResult, { ok: false }>, queued: boolean): void;
}

/**
 * The deliveries of connected prompts (a prompt makes one when it has an answer to send). The page's `online` and
 * `pagehide` listeners are added once, as the first prompt connects, and shared: adding listeners to `window` costs
 * more than rendering the whole prompt.
 */
const connected = new Set<FeedbackDelivery>();
let firstLook = true;

/** Sends every stored answer not handled by an element on this page; keeps what still fails in transit. */
async function flushOutbox(skip: (body: FeedbackBody) => boolean): Promise<void> {
  for (const { endpoint, body } of readOutbox()) {
    if (skip(body)) continue;
    const result = await postFeedback(endpoint, body);
    if (result.ok || !mayPass(result)) forget(body.id);
  }
}

/**
 * Gets one answer to the endpoint exactly once, or tells why not. The answer is kept in the outbox
 * (localStorage) until the endpoint confirms it; sent with retries and backoff; handed to the browser
 * as the page is left; sent again when the browser is back online, and on the next page load —
 * by this element when it is about the same page (`resume`), else by the first element of that page.
 * Every attempt carries the same `id`, so the receiver stores it once.
 */
export class FeedbackDelivery implements ReactiveController {
  state: DeliveryState = 'idle';
  failure: FeedbackFailure | undefined;
  /** The answer under way, kept so a retry sends the same id. */
  pending: FeedbackBody | undefined;

  readonly #host: DeliveryHost;
  readonly #outcome: DeliveryOutcome;

  constructor(host: DeliveryHost, outcome: DeliveryOutcome) {
    this.#host = host;
    this.#outcome = outcome;
    host.addController(this);
  }

  /**
   * The answer about `page` for `endpoint` still kept from an earlier visit, if any. The first look on a page also
   * sends what other pages left behind, and listens for the browser coming back online (answers kept for later are
   * sent again: by their prompts, the rest from the outbox) and for the page being left mid-send.
   */
  static kept(page: string, endpoint: string | undefined): FeedbackBody | undefined {
    if (firstLook) {
      firstLook = false;
      void flushOutbox((body) => body.page === page);
      addEventListener('online', () => {
        for (const delivery of connected) if (delivery.state === 'queued') void delivery.#deliver();
        void flushOutbox((body) => [...connected].some((delivery) => delivery.pending?.id === body.id));
      });
      addEventListener('pagehide', () => connected.forEach((delivery) => delivery.#onPageHide()));
    }
    return keptAnswers().find((item) => item.body.page === page && item.endpoint === endpoint)?.body;
  }

  hostConnected(): void {
    connected.add(this);
  }

  hostDisconnected(): void {
    connected.delete(this);
  }

  /** Sends an answer kept from an earlier visit (`kept`), unless one is under way already. */
  resume(kept: FeedbackBody): void {
    if (this.pending) return;
    this.pending = kept;
    void this.#deliver();
  }

  /** Sends a new answer (or a new version of the pending one, same id). */
  send(body: FeedbackBody): Promise<void> {
    this.pending = body;
    keep(this.#endpoint, body);
    return this.#deliver();
  }

  /** «Prøv igjen»: the pending answer, once more, kept again in case it was refused. */
  retry(): void {
    if (!this.pending || this.state === 'sending') return;
    keep(this.#endpoint, this.pending);
    void this.#deliver();
  }

  get #endpoint(): string {
    return this.#host.endpoint ?? '';
  }

  #set(state: DeliveryState, failure?: FeedbackFailure): void {
    this.state = state;
    this.failure = failure;
    this.#host.requestUpdate();
  }

  async #deliver(): Promise<void> {
    const body = this.pending;
    if (!body || this.state === 'sending') return;
    this.#set('sending');
    const { timeout = DEFAULT_TIMEOUT_MS, retryDelays = DEFAULT_RETRY_DELAYS_MS } = this.#host;
    const result = await sendWithRetry(this.#endpoint, body, timeout, retryDelays);
    if (result.ok) {
      forget(body.id);
      this.#set('idle');
      return this.#outcome.sent(body, result.status);
    }
    const queued = mayPass(result);
    if (!queued) forget(body.id);
    this.#set(queued ? 'queued' : 'failed', result.reason);
    this.#outcome.failed(body, result, queued);
  }

  /** The page is going away mid-send: hand the answer to the browser so it still arrives. */
  #onPageHide(): void {
    if (this.pending && (this.state === 'sending' || this.state === 'queued')) {
      sendAsPageLeaves(this.#endpoint, this.pending);
    }
  }
}
