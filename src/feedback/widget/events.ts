import type { FeedbackBody } from '../protocol/body.js';

export type { FeedbackAnswer, FeedbackBody } from '../protocol/body.js';

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

declare module '../../core/helse-element.js' {
  interface HelseEventDetails {
    'helse-feedback-submit': FeedbackBody;
    'helse-feedback-sent': FeedbackSentDetail;
    'helse-feedback-error': FeedbackErrorDetail;
  }
}
