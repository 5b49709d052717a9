import type { Locale } from '../../localization/resolve-locale.js';

/** What the visitor answered. */
export type FeedbackAnswer = 'yes' | 'no';

/**
 * The JSON body POSTed to `endpoint`, and the `detail` of `helse-feedback-submit`.
 * Nothing else about the visitor is sent: no cookies, no referrer, no user agent.
 */
export interface FeedbackBody {
  /** Random UUID, the idempotency key: retries of one answer carry the same id. */
  id: string;
  answer: FeedbackAnswer;
  /** Only for `no`, and only when the visitor wrote something. */
  comment?: string;
  /** The page the answer is about: `page` attribute, else the URL without query and fragment. */
  page: string;
  title: string;
  locale: Locale;
  /** ISO 8601, when the visitor answered. */
  submittedAt: string;
  /** helse-widgets version that sent it. */
  version: string;
}

export interface FeedbackSentDetail {
  body: FeedbackBody;
  /** HTTP status of the endpoint's answer. */
  status: number;
}

export type FeedbackFailure = 'network' | 'timeout' | 'http';

export interface FeedbackErrorDetail {
  body: FeedbackBody;
  reason: FeedbackFailure;
  /** HTTP status, when the endpoint answered. */
  status?: number;
  /**
   * The failure may pass (no network, a timeout, 408, 429, 5xx): the answer is kept
   * in the browser and sent again by itself on the next page load or when the browser
   * is back online. `false` means the endpoint refused it (other 4xx).
   */
  queued: boolean;
}

declare module '../../shared/helse-element.js' {
  interface HelseEventDetails {
    'helse-feedback-submit': FeedbackBody;
    'helse-feedback-sent': FeedbackSentDetail;
    'helse-feedback-error': FeedbackErrorDetail;
  }
}
