/** How long a request may take, answer included, before it counts as failed: content, feedback, the collector. */
export const DEFAULT_TIMEOUT_MS = 10_000;

/** A request that got no answer: no network, blocked by CORS, no such host — or no answer in time. */
export type RequestFailure = 'network' | 'timeout';

/**
 * `fetch` without cookies that gives up after `timeoutMs` — reading the answer (`read`) included — or
 * when `signal` aborts. Never throws: the value `read` makes of the response, or why there was none
 * (a string, so `read` must not return one).
 */
export async function fetchWithTimeout<T>(
  url: string,
  init: RequestInit,
  timeoutMs: number,
  read: (response: Response) => T | Promise<T>,
  signal?: AbortSignal,
): Promise<T | RequestFailure> {
  const controller = new AbortController();
  const abort = () => controller.abort();
  signal?.addEventListener('abort', abort);
  const timer = setTimeout(abort, timeoutMs);
  try {
    const response = await fetch(url, { ...init, credentials: 'omit', signal: controller.signal });
    return await read(response);
  } catch {
    return controller.signal.aborted && !signal?.aborted ? 'timeout' : 'network';
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', abort);
  }
}

/**
 * Why a JSON document could not be read:
 * - `network`: the request failed (offline, DNS, CORS);
 * - `timeout`: no answer within the time allowed;
 * - `http`: an answer other than 2xx (`status` says which);
 * - `not-json`: the answer is not JSON (e.g. an HTML error page);
 * - `too-large`: the document is over the size limit;
 * - `malformed`: JSON that does not parse.
 */
export interface JsonFailure {
  reason: RequestFailure | 'http' | 'not-json' | 'too-large' | 'malformed';
  /** For developers and editors, in English: what went wrong and where. */
  message: string;
  /** HTTP status, for `http`. */
  status?: number;
  /** The URL, when the document came from one. */
  src?: string;
}

export type JsonResult = { ok: true; json: unknown } | { ok: false; error: JsonFailure };

export interface FetchJsonOptions {
  timeoutMs: number;
  /** Largest answer accepted, in bytes. Default: no limit. */
  maxBytes?: number;
  signal?: AbortSignal;
  /** Sent besides `Accept: application/json`, e.g. an `Authorization` header. */
  headers?: Record<string, string>;
}

const failure = (error: JsonFailure): JsonResult => ({ ok: false, error });

/** Parses JSON text; `notJson` when the server said it is something else (an HTML error page). */
export function parseJson(text: string, notJson = false, src?: string): JsonResult {
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

/**
 * Fetches a JSON document with a timeout, without cookies, and with a size limit checked before and
 * while reading. Never throws.
 */
export async function fetchJson(
  src: string,
  { timeoutMs, maxBytes = Infinity, signal, headers }: FetchJsonOptions,
): Promise<JsonResult> {
  const fetched = await fetchWithTimeout(
    src,
    { headers: { ...headers, Accept: 'application/json' } },
    timeoutMs,
    async (response): Promise<JsonResult> => {
      if (!response.ok) {
        return failure({
          reason: 'http',
          status: response.status,
          message: `The server answered ${response.status}.`,
          src,
        });
      }
      const tooLarge = () => failure({ reason: 'too-large', message: `The document is over ${maxBytes} bytes.`, src });
      if (Number(response.headers.get('Content-Length')) > maxBytes) return tooLarge();
      const bytes = await response.arrayBuffer();
      if (bytes.byteLength > maxBytes) return tooLarge();
      const type = response.headers.get('Content-Type') ?? '';
      const notJson = /html|xml/i.test(type) || !/json|text\/plain|^$/i.test(type);
      return parseJson(new TextDecoder().decode(bytes), notJson, src);
    },
    signal,
  );
  if (typeof fetched !== 'string') return fetched;
  return failure({
    reason: fetched,
    message: fetched === 'timeout' ? `No answer within ${timeoutMs} ms.` : 'No answer (offline, CORS or no such host).',
    src,
  });
}
