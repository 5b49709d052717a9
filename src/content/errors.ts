import type { JsonFailure } from '../core/fetch.js';

/**
 * Why content could not be shown: a document that could not be read (see `JsonFailure`: `network`,
 * `timeout`, `http`, `not-json`, `too-large`, `malformed`), or `invalid`: valid JSON in the wrong shape.
 */
export type DataErrorReason = JsonFailure['reason'] | 'invalid';

/** `detail` of `helse-data-error`. */
export interface DataErrorDetail extends Omit<JsonFailure, 'reason'> {
  reason: DataErrorReason;
  /** Where in the document the first problem is, e.g. `goals[3].title`. */
  path?: string;
}

/** Failures a visitor might fix by trying again, as opposed to broken content. */
export function canRetry(reason: DataErrorReason): boolean {
  return reason === 'network' || reason === 'timeout' || reason === 'http';
}

declare module '../core/helse-element.js' {
  interface HelseEventDetails {
    'helse-data-error': DataErrorDetail;
  }
}
