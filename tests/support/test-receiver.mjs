// Dev-server middleware for the browser tests: the real receiver behind a
// fault injector. Each test takes its own key:
//   PUT  /faults/<key>/plan      JSON array of faults, used one per request:
//                                { status?, delayMs?, retryAfter?, drop? } (drop = a broken connection)
//   POST /faults/<key>/feedback  the next fault, else the real receiver
//   GET  /faults/<key>/records   what the receiver stored for <key>, as a JSON array
//   GET  /faults/<key>/requests  method and headers of every request that reached /feedback
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createReceiver } from '../../server/receiver/receiver.mjs';

export function feedbackReceiverMiddleware() {
  const dir = mkdtempSync(join(tmpdir(), 'helse-receiver-'));
  const plans = new Map();
  const requests = new Map();
  const receivers = new Map();
  const fileFor = (key) => join(dir, `${key}.jsonl`);
  const receiverFor = (key) => {
    if (!receivers.has(key)) receivers.set(key, createReceiver({ file: fileFor(key), log: () => {} }));
    return receivers.get(key);
  };

  return async function faults(ctx, next) {
    const match = /^\/faults\/([\w-]+)\/(plan|feedback|records|requests)$/.exec(ctx.path);
    if (!match) return next();
    const [, key, what] = match;
    if (what === 'plan') {
      let text = '';
      for await (const chunk of ctx.req) text += chunk;
      plans.set(key, JSON.parse(text || '[]'));
      ctx.body = { ok: true };
      return;
    }
    if (what === 'records') {
      const file = fileFor(key);
      const lines = existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : [];
      ctx.body = lines.map((line) => JSON.parse(line));
      return;
    }
    if (what === 'requests') {
      ctx.body = requests.get(key) ?? [];
      return;
    }
    if (!requests.has(key)) requests.set(key, []);
    requests.get(key).push({ method: ctx.method, headers: ctx.headers, at: Date.now() });
    const fault = ctx.method === 'POST' ? plans.get(key)?.shift() : undefined;
    if (fault?.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
    if (fault?.drop) {
      // Bytes that are not HTTP, then close: fetch fails with a network error. A socket closed
      // without a byte would not do: Chromium silently retries a request on a reused connection.
      ctx.respond = false;
      ctx.req.socket.end('BROKEN\r\n\r\n');
      return;
    }
    if (fault?.status) {
      ctx.status = fault.status;
      if (fault.retryAfter !== undefined) ctx.set('Retry-After', String(fault.retryAfter));
      ctx.body = { error: 'injected', status: fault.status };
      return;
    }
    ctx.respond = false;
    await receiverFor(key)(ctx.req, ctx.res);
  };
}
