import { DEFAULT_TIMEOUT_MS, fetchWithTimeout } from '../../core/fetch.js';
import type { FeedbackBody, FeedbackFailure } from './events.js';

export type DeliveryResult =
  { ok: true; status: number } | { ok: false; reason: FeedbackFailure; status?: number; retryAfterMs?: number };

/** Waits before the automatic retries: quick at first, then backing off. */
export const DEFAULT_RETRY_DELAYS_MS = [1_000, 3_000, 9_000];
/** A server asking for a longer pause than this gets the answer later, from the outbox. */
const MAX_RETRY_AFTER_MS = 30_000;

/** `Retry-After` in seconds or as an HTTP date, in milliseconds. */
function retryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - Date.now();
  return Number.isFinite(ms) ? Math.max(0, ms) : undefined;
}

/** Network faults, timeouts, 408, 429 and 5xx may pass; other answers will not change. */
export function mayPass(result: DeliveryResult): boolean {
  if (result.ok) return false;
  const status = result.status ?? 0;
  return result.reason !== 'http' || status === 408 || status === 429 || status >= 500;
}

/**
 * POSTs one feedback body. Never throws: every outcome is a result.
 * `credentials: 'omit'` and `referrerPolicy: 'no-referrer'` so nothing about
 * the visitor travels beyond the body itself.
 */
export async function postFeedback(
  endpoint: string,
  body: FeedbackBody,
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<DeliveryResult> {
  const sent = await fetchWithTimeout(
    endpoint,
    {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
    },
    timeoutMs,
    (response): DeliveryResult => {
      if (response.ok) return { ok: true, status: response.status };
      const wait = retryAfter(response.headers.get('Retry-After'));
      return {
        ok: false,
        reason: 'http',
        status: response.status,
        ...(wait === undefined ? {} : { retryAfterMs: wait }),
      };
    },
  );
  return typeof sent === 'string' ? { ok: false, reason: sent } : sent;
}

/**
 * POSTs with retries on transient failures, the same body (and so the same
 * `id`) every time, honouring `Retry-After`. Jitter keeps many visitors of a
 * recovering server from retrying in step.
 */
export async function sendWithRetry(
  endpoint: string,
  body: FeedbackBody,
  timeoutMs: number,
  delaysMs: number[],
): Promise<DeliveryResult> {
  let result = await postFeedback(endpoint, body, timeoutMs);
  for (const delay of delaysMs) {
    if (result.ok || !mayPass(result)) return result;
    const wait = result.retryAfterMs ?? delay * (0.8 + Math.random() * 0.4);
    if (wait > MAX_RETRY_AFTER_MS) return result;
    await new Promise((resolve) => setTimeout(resolve, wait));
    result = await postFeedback(endpoint, body, timeoutMs);
  }
  return result;
}

/**
 * Sends a body as the page goes away. A `keepalive` fetch outlives the page
 * like a beacon, but unlike `navigator.sendBeacon` it can leave cookies out
 * (`credentials: 'omit'`) and send JSON cross-origin after a preflight; the
 * beacon is only the fallback where `keepalive` is missing. Either way the
 * answer stays in the outbox until confirmed, and the receiver's dedup by id
 * keeps a double delivery to one record.
 */
export function sendAsPageLeaves(endpoint: string, body: FeedbackBody): void {
  const json = JSON.stringify(body);
  if (!('keepalive' in Request.prototype)) {
    navigator.sendBeacon?.(endpoint, new Blob([json], { type: 'application/json' }));
    return;
  }
  void fetch(endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: json,
    credentials: 'omit',
    referrerPolicy: 'no-referrer',
    keepalive: true,
  }).catch(() => {});
}
