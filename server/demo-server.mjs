// `npm start`: the demo trust site on localhost, served under a strict CSP,
// with a local feedback receiver that appends each answer to data/feedback.jsonl.
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { parseList } from './http/env.mjs';
import { withFailureHandler } from './http/respond.mjs';
import { createHttpServer, listen } from './http/server.mjs';
import { createStatic } from './http/static.mjs';
import { createReceiver } from './receiver/receiver.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '127.0.0.1';
const feedbackFile = process.env.FEEDBACK_FILE ?? join(root, 'data', 'feedback.jsonl');

/** The strict policy the components promise to work under (Trusted Types, no inline code); the demo lives under it too. */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

const receive = createReceiver({ file: feedbackFile, allowedOrigins: parseList(process.env.ALLOWED_ORIGINS) ?? [] });
// The demo's content documents are the test fixtures made from the seed pages.
const serveStatic = createStatic(
  { '/dist/': 'dist', '/demo/': 'demo', '/content/': 'tests/fixtures', '/': 'demo' },
  root,
);

const server = createHttpServer(
  withFailureHandler(async (req, res) => {
    const { pathname } = new URL(req.url, 'http://localhost');
    if (pathname === '/api/feedback') return receive(req, res);
    if (await serveStatic(req, res, { 'Content-Security-Policy': CSP })) return;
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Not found');
  }),
);

// PORT=0 picks a free port (the tests do); print the one we got.
console.log(`\nhelse-widgets demo: ${await listen(server, port, host)}`);
console.log(`Feedback is appended to ${feedbackFile}\n`);
