/**
 * Why content could not be shown. `detail` of `helse-data-error`.
 * - `network`: the request failed (offline, DNS, CORS);
 * - `timeout`: no answer within `timeout` ms;
 * - `http`: an answer other than 2xx (`status` says which);
 * - `not-json`: the answer is not JSON (e.g. an HTML error page);
 * - `too-large`: the document is over the size limit;
 * - `malformed`: JSON that does not parse;
 * - `invalid`: valid JSON in the wrong shape (`path` says where).
 */
export type DataErrorReason = 'network' | 'timeout' | 'http' | 'not-json' | 'too-large' | 'malformed' | 'invalid';

export interface DataErrorDetail {
  reason: DataErrorReason;
  /** For developers and editors, in English: what went wrong and where. */
  message: string;
  /** Where in the document the first problem is, e.g. `goals[3].title`. */
  path?: string;
  /** HTTP status, for `http`. */
  status?: number;
  /** The URL, when the data came from `src`. */
  src?: string;
}

/** Failures a visitor might fix by trying again, as opposed to broken content. */
export function isTransient(reason: DataErrorReason): boolean {
  return reason === 'network' || reason === 'timeout' || reason === 'http';
}

declare module '../shared/helse-element.js' {
  interface HelseEventDetails {
    'helse-data-error': DataErrorDetail;
  }
}
