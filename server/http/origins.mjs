// Which origins may call: the allow-lists from the environment and the gate that applies them.
import { send } from './respond.mjs';

/** The host of an Origin header; `null` (sandboxed frames, file:) has none. */
export function hostOf(origin) {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}

/**
 * The origin allow-list: same-origin requests pass; others only from `allowed`, with CORS headers.
 * Answers 403 for any other origin and 204 to a preflight. Returns the CORS headers for the answer,
 * or null when it has answered already.
 * @param {Set<string>} allowed
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
