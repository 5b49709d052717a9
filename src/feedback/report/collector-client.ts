import * as v from 'valibot';
import { DEFAULT_TIMEOUT_MS, fetchJson, fetchWithTimeout, type JsonFailure } from '../../core/fetch.js';
import type { CommentStatus } from '../protocol/collector-api.js';
import type { FeedbackReportErrorReason } from './events.js';

/** A failed read of the collector, as the report names it: refused credentials are `denied`. */
function reportReason({ reason, status }: JsonFailure): FeedbackReportErrorReason {
  if (status === 401 || status === 403) return 'denied';
  return reason === 'http' || reason === 'timeout' || reason === 'network' ? reason : 'invalid';
}

export class ReportError extends Error {
  constructor(
    readonly reason: FeedbackReportErrorReason,
    readonly url: string,
    readonly status?: number,
  ) {
    super(`${reason}${status ? ` ${status}` : ''}`);
  }
}

/** The report's views: each has at most one read under way. */
export type View = 'pages' | 'trend' | 'comments';

/**
 * The collector's API as the report uses it: reads with the token and no cookies, each answer checked
 * against its schema from the protocol, and status changes. `where` gives the base URL and the token
 * at the time of each request.
 */
export class CollectorClient {
  /** The request under way for each view; a newer one for the same view aborts it. */
  #requests: Partial<Record<View, AbortController>> = {};

  constructor(private readonly where: () => { collector: string; token: string }) {}

  #base(): string {
    return this.where().collector.replace(/\/$/, '');
  }

  abortAll(): void {
    for (const request of Object.values(this.#requests)) request?.abort();
  }

  /**
   * A GET, its answer checked against `schema`. Aborts the request still under way for the same view;
   * one aborted that way rejects with an `AbortError` (not a failure: a newer request took over).
   * Fails with a ReportError.
   */
  async get<S extends v.GenericSchema>(
    view: View,
    path: string,
    params: URLSearchParams,
    schema: S,
  ): Promise<v.InferOutput<S>> {
    const url = `${this.#base()}${path}?${params}`;
    this.#requests[view]?.abort();
    const controller = new AbortController();
    this.#requests[view] = controller;
    try {
      const loaded = await fetchJson(url, {
        timeoutMs: DEFAULT_TIMEOUT_MS,
        signal: controller.signal,
        headers: { Authorization: `Bearer ${this.where().token}` },
      });
      if (controller.signal.aborted) throw new DOMException('superseded', 'AbortError');
      if (!loaded.ok) throw new ReportError(reportReason(loaded.error), url, loaded.error.status);
      const parsed = v.safeParse(schema, loaded.json);
      if (!parsed.success) throw new ReportError('invalid', url);
      return parsed.output;
    } finally {
      if (this.#requests[view] === controller) this.#requests[view] = undefined;
    }
  }

  /** PATCH /api/comments/<id>: the HTTP status of the answer, or undefined when there was none. */
  async setStatus(id: string, status: CommentStatus): Promise<number | undefined> {
    const answer = await fetchWithTimeout(
      `${this.#base()}/api/comments/${encodeURIComponent(id)}`,
      {
        method: 'PATCH',
        headers: { Authorization: `Bearer ${this.where().token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ status }),
      },
      DEFAULT_TIMEOUT_MS,
      (response) => response.status,
    );
    return typeof answer === 'number' ? answer : undefined;
  }
}
