import type { DataErrorDetail } from './errors.js';

export type Loaded = { ok: true; json: unknown } | { ok: false; error: DataErrorDetail };

export interface FetchOptions {
  timeoutMs: number;
  /** Largest answer accepted, in bytes. Default: no limit. */
  maxBytes?: number;
  signal?: AbortSignal;
  /** Sent besides `Accept: application/json`, e.g. an `Authorization` header. */
  headers?: Record<string, string>;
}

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_BYTES = 1_000_000;

const failure = (error: DataErrorDetail): Loaded => ({ ok: false, error });

function parse(text: string, notJson: boolean, src?: string): Loaded {
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch (error) {
    return failure({
      reason: notJson ? 'not-json' : 'malformed',
      message: notJson ? 'The answer is not JSON.' : `The JSON does not parse: ${(error as Error).message}`,
      ...(src ? { src } : {}),
    });
  }
}

/** Parses the JSON of an inline `<script type="application/json">`. */
export function parseInline(text: string): Loaded {
  return parse(text, false);
}

/**
 * Fetches a JSON document with a timeout, without cookies, and with a size
 * limit checked before and while reading. Never throws.
 */
export async function fetchJson(
  src: string,
  { timeoutMs, maxBytes = Infinity, signal, headers }: FetchOptions,
): Promise<Loaded> {
  const controller = new AbortController();
  const abort = () => controller.abort();
  signal?.addEventListener('abort', abort);
  const timer = setTimeout(abort, timeoutMs);
  const tooLarge = () => failure({ reason: 'too-large', message: `The document is over ${maxBytes} bytes.`, src });
  try {
    const response = await fetch(src, {
      credentials: 'omit',
      headers: { ...headers, Accept: 'application/json' },
      signal: controller.signal,
    });
    if (!response.ok) {
      return failure({
        reason: 'http',
        status: response.status,
        message: `The server answered ${response.status}.`,
        src,
      });
    }
    if (Number(response.headers.get('Content-Length') ?? 0) > maxBytes) return tooLarge();
    const bytes = await response.arrayBuffer();
    if (bytes.byteLength > maxBytes) return tooLarge();
    const type = response.headers.get('Content-Type') ?? '';
    return parse(new TextDecoder().decode(bytes), /html|xml/i.test(type) || !/json|text\/plain|^$/i.test(type), src);
  } catch {
    const timedOut = controller.signal.aborted && !signal?.aborted;
    return failure(
      timedOut
        ? { reason: 'timeout', message: `No answer within ${timeoutMs} ms.`, src }
        : { reason: 'network', message: 'The request failed (offline, blocked by CORS, or no such host).', src },
    );
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', abort);
  }
}
