// The reference feedback receiver: what a trust's own receiver should do.
// - validates each POST with the widget's own schema, refusing unknown fields;
// - redacts fødselsnummer, phone numbers and e-mail addresses again before storing;
// - deduplicates by `id`: a retry of a stored answer gets 200, not a second record;
// - appends one JSON object a line, one write at a time, synced before it answers;
// - answers 201 / 200 / 400 / 403 / 405 / 413 / 415 / 429 with a JSON reason;
// - allows cross-origin POSTs only from `allowedOrigins`, and rate-limits per client.
// A plain Node request handler with no dependency beyond the protocol: it runs in `node:http`, in a
// dev server's middleware, or is copied into a trust's own server.
import { parseFeedbackBody } from '../../src/feedback/protocol/body.js';
import { readBody } from '../http/body.mjs';
import { clientAddress } from '../http/client.mjs';
import { corsGate } from '../http/origins.mjs';
import { createRateLimiter } from '../http/rate-limit.mjs';
import { send, withFailureHandler } from '../http/respond.mjs';
import { createFileStore } from '../stores/file-store.mjs';
import { cleanFeedbackBody } from './clean.mjs';

export { send } from '../http/respond.mjs';
export { corsGate, hostOf } from '../http/origins.mjs';
export { createFileStore } from '../stores/file-store.mjs';

const DEFAULTS = {
  maxBodyBytes: 16 * 1024,
  rateLimit: { windowMs: 60_000, max: 30 },
  allowedOrigins: [],
  trustProxy: 0,
};

/**
 * @param {{
 *   file?: string,
 *   store?: { add(body: object): Promise<boolean> },
 *   allowedOrigins?: string[],
 *   maxBodyBytes?: number,
 *   rateLimit?: { windowMs: number, max: number },
 *   trustProxy?: number | boolean,
 *   pageParams?: string[],
 *   log?: (line: string) => void,
 *   logError?: (line: string) => void,
 *   logComments?: boolean,
 *   now?: () => number,
 * }} options `trustProxy`: how many proxies stand in front (true: one). `pageParams`: the query
 *   parameters a page's address keeps; every other one, and the fragment, is dropped before storing.
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => Promise<void>}
 */
export function createReceiver(options) {
  const { allowedOrigins, maxBodyBytes, rateLimit, trustProxy } = { ...DEFAULTS, ...options };
  const log = options.log ?? ((line) => console.log(line));
  const limited = createRateLimiter(rateLimit, options.now ?? Date.now);
  const allowed = new Set(allowedOrigins);
  const store = options.store ?? createFileStore(options.file);
  const tooLarge = { error: 'too-large', message: `The body is over ${maxBodyBytes} bytes.` };

  return withFailureHandler(async function receive(req, res) {
    const cors = corsGate(req, res, allowed, { method: 'POST', headers: 'Content-Type' });
    if (!cors) return;
    if (req.method !== 'POST') {
      return send(
        res,
        405,
        { error: 'method-not-allowed', message: 'Only POST is accepted.' },
        { ...cors, Allow: 'POST' },
      );
    }
    const retryAfter = limited(clientAddress(req, trustProxy));
    if (retryAfter) {
      return send(
        res,
        429,
        { error: 'rate-limited', message: 'Too many answers; try again later.' },
        { ...cors, 'Retry-After': String(retryAfter) },
      );
    }
    const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (type !== 'application/json') {
      return send(res, 415, { error: 'unsupported-media-type', message: 'Send application/json.' }, cors);
    }
    if (Number(req.headers['content-length'] ?? 0) > maxBodyBytes) return send(res, 413, tooLarge, cors);
    const read = await readBody(req, maxBodyBytes);
    if ('aborted' in read) return log('feedback: the client hung up before its body arrived');
    if ('tooLarge' in read) return send(res, 413, tooLarge, cors);
    let value;
    try {
      value = JSON.parse(read.text);
    } catch {
      return send(res, 400, { error: 'invalid-json', message: 'The body is not valid JSON.' }, cors);
    }
    const parsed = parseFeedbackBody(value);
    if (!parsed.ok) {
      const { path, message } = parsed.issue;
      return send(res, 400, { error: 'invalid-body', path, message: path ? `${path}: ${message}` : message }, cors);
    }
    const body = cleanFeedbackBody(parsed.body, options);
    const stored = await store.add(body);
    if (!stored) return send(res, 200, { id: body.id, stored: false, duplicate: true }, cors);
    const comment = body.comment ? (options.logComments === false ? ' (with a comment)' : ` — «${body.comment}»`) : '';
    log(`feedback ${body.answer.padEnd(3)} ${body.locale} ${body.page}${comment}`);
    return send(res, 201, { id: body.id, stored: true }, cors);
  }, options.logError);
}
