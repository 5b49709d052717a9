// The reference feedback receiver: validates each POST with the widget's own
// schema, appends it to a file as one JSON object a line, and answers JSON.
// The demo uses it; a trust's own receiver should follow the same rules.
import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseFeedbackBody } from '../dist/components/feedback/body-schema.js';

const MAX_BODY_BYTES = 16 * 1024;

function send(res, status, payload) {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(payload));
}

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

/**
 * @param {{ file: string, log?: (line: string) => void }} options
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => Promise<void>}
 */
export function createReceiver({ file, log = (line) => console.log(line) }) {
  let ready = mkdir(dirname(file), { recursive: true });
  return async function receive(req, res) {
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST');
      return send(res, 405, { error: 'method-not-allowed', message: 'Only POST is accepted.' });
    }
    const text = await readBody(req, MAX_BODY_BYTES);
    if (text === null)
      return send(res, 413, { error: 'too-large', message: `The body is over ${MAX_BODY_BYTES} bytes.` });
    let value;
    try {
      value = JSON.parse(text);
    } catch {
      return send(res, 400, { error: 'invalid-json', message: 'The body is not valid JSON.' });
    }
    const parsed = parseFeedbackBody(value);
    if (!parsed.ok) {
      const { path, message } = parsed.issue;
      return send(res, 400, { error: 'invalid-body', path, message: path ? `${path}: ${message}` : message });
    }
    await ready;
    await appendFile(file, `${JSON.stringify(parsed.body)}\n`);
    const { body } = parsed;
    log(`feedback ${body.answer.padEnd(3)} ${body.locale} ${body.page}${body.comment ? ` — «${body.comment}»` : ''}`);
    return send(res, 201, { id: body.id, stored: true });
  };
}
