// The reference feedback receiver: what a trust's own receiver should do.
// - validates each POST with the widget's own schema, refusing unknown fields;
// - redacts fødselsnummer, phone numbers and e-mail addresses again before storing;
// - deduplicates by `id`: a retry of a stored answer gets 200, not a second record;
// - appends one JSON object a line, one write at a time, synced before it answers;
// - answers 201 / 200 / 400 / 403 / 405 / 413 / 415 / 429 with a JSON reason;
// - allows cross-origin POSTs only from `allowedOrigins`, and rate-limits per client.
import { mkdir, open, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseFeedbackBody } from '../src/feedback/protocol/body.js';
import { redactPersonalData } from '../src/feedback/protocol/personal-data.js';

const DEFAULTS = {
  maxBodyBytes: 16 * 1024,
  rateLimit: { windowMs: 60_000, max: 30 },
  allowedOrigins: [],
  trustProxy: false,
};

export function send(res, status, payload, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
  res.end(JSON.stringify(payload));
}

/** Reads the body, or null when it passes `limit` bytes (the rest is not read). */
async function readBody(req, limit) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > limit) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The ids already stored, so dedup survives a restart. Lines that do not parse are skipped. */
async function storedIds(file) {
  const text = await readFile(file, 'utf8').catch(() => '');
  const ids = new Set();
  for (const line of text.split('\n')) {
    try {
      if (line) ids.add(JSON.parse(line).id);
    } catch {
      // A torn line from a crash of another writer: it holds no acknowledged answer.
    }
  }
  return ids;
}

/** The host of an Origin header; `null` (sandboxed frames, file:) has none. */
export function hostOf(origin) {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}

/**
 * The receiver's own store: one JSON object a line in `file`. Stores a body unless its id is known
 * (true when stored); one at a time, so a check and its write never interleave; synced before the
 * receiver answers. The collector (server/collector/) stores in a database instead, with the same rules.
 */
export function createFileStore(file) {
  const ready = mkdir(dirname(file), { recursive: true }).then(() => storedIds(file));
  let queue = Promise.resolve();
  return {
    add(body) {
      const result = queue.then(async () => {
        const ids = await ready;
        if (ids.has(body.id)) return false;
        const handle = await open(file, 'a');
        try {
          await handle.write(`${JSON.stringify(body)}\n`);
          await handle.datasync();
        } finally {
          await handle.close();
        }
        ids.add(body.id);
        return true;
      });
      queue = result.catch(() => {});
      return result;
    },
  };
}

/**
 * The origin allow-list: same-origin requests pass; others only from `allowed`, with CORS headers.
 * Answers 403 for any other origin and 204 to a preflight. Returns the CORS headers for the answer,
 * or null when it has answered already.
 */
export function corsGate(req, res, allowed, { method, headers }) {
  const origin = req.headers.origin;
  const sameOrigin = !origin || hostOf(origin) === req.headers.host;
  if (!sameOrigin && !allowed.has(origin)) {
    send(res, 403, { error: 'origin-not-allowed', message: `Origin ${origin} is not allowed here.` });
    return null;
  }
  const cors = sameOrigin ? {} : { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' };
  if (req.method !== 'OPTIONS') return cors;
  res.writeHead(204, {
    ...cors,
    'Access-Control-Allow-Methods': method,
    'Access-Control-Allow-Headers': headers,
    'Access-Control-Max-Age': '86400',
  });
  res.end();
  return null;
}

/** A fixed-window counter per client. */
function rateLimiter({ windowMs, max }, now) {
  const windows = new Map();
  return (client) => {
    const time = now();
    let window = windows.get(client);
    if (!window || time >= window.resetAt) {
      window = { count: 0, resetAt: time + windowMs };
      windows.set(client, window);
      if (windows.size > 10_000) for (const [key, value] of windows) if (time >= value.resetAt) windows.delete(key);
    }
    window.count++;
    return window.count > max ? Math.ceil((window.resetAt - time) / 1000) : 0;
  };
}

/**
 * @param {{
 *   file?: string,
 *   store?: { add(body: object): Promise<boolean> },
 *   allowedOrigins?: string[],
 *   maxBodyBytes?: number,
 *   rateLimit?: { windowMs: number, max: number },
 *   trustProxy?: boolean,
 *   log?: (line: string) => void,
 *   logComments?: boolean,
 *   now?: () => number,
 * }} options
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => Promise<void>}
 */
export function createReceiver(options) {
  const { allowedOrigins, maxBodyBytes, rateLimit, trustProxy } = { ...DEFAULTS, ...options };
  const log = options.log ?? ((line) => console.log(line));
  const limited = rateLimiter(rateLimit, options.now ?? Date.now);
  const allowed = new Set(allowedOrigins);
  const store = options.store ?? createFileStore(options.file);

  return async function receive(req, res) {
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
    const client = (trustProxy && req.headers['x-forwarded-for']?.split(',')[0].trim()) || req.socket.remoteAddress;
    const retryAfter = limited(client);
    if (retryAfter) {
      return send(
        res,
        429,
        { error: 'rate-limited', message: 'Too many answers; try again later.' },
        {
          ...cors,
          'Retry-After': String(retryAfter),
        },
      );
    }
    const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (type !== 'application/json') {
      return send(res, 415, { error: 'unsupported-media-type', message: 'Send application/json.' }, cors);
    }
    if (Number(req.headers['content-length'] ?? 0) > maxBodyBytes) {
      return send(res, 413, { error: 'too-large', message: `The body is over ${maxBodyBytes} bytes.` }, cors);
    }
    const text = await readBody(req, maxBodyBytes);
    if (text === null)
      return send(res, 413, { error: 'too-large', message: `The body is over ${maxBodyBytes} bytes.` }, cors);
    let value;
    try {
      value = JSON.parse(text);
    } catch {
      return send(res, 400, { error: 'invalid-json', message: 'The body is not valid JSON.' }, cors);
    }
    const parsed = parseFeedbackBody(value);
    if (!parsed.ok) {
      const { path, message } = parsed.issue;
      return send(res, 400, { error: 'invalid-body', path, message: path ? `${path}: ${message}` : message }, cors);
    }
    const body = parsed.body;
    if (body.comment !== undefined) body.comment = redactPersonalData(body.comment);
    const stored = await store.add(body);
    if (!stored) return send(res, 200, { id: body.id, stored: false, duplicate: true }, cors);
    const comment = body.comment ? (options.logComments === false ? ' (with a comment)' : ` — «${body.comment}»`) : '';
    log(`feedback ${body.answer.padEnd(3)} ${body.locale} ${body.page}${comment}`);
    return send(res, 201, { id: body.id, stored: true }, cors);
  };
}
