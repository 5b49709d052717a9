import type { FeedbackBody, FeedbackFailure } from './events.js';

export type DeliveryResult = { ok: true; status: number } | { ok: false; reason: FeedbackFailure; status?: number };

export const DEFAULT_TIMEOUT_MS = 10_000;

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
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
      signal: controller.signal,
    });
    return response.ok ? { ok: true, status: response.status } : { ok: false, reason: 'http', status: response.status };
  } catch {
    return { ok: false, reason: controller.signal.aborted ? 'timeout' : 'network' };
  } finally {
    clearTimeout(timer);
  }
}
