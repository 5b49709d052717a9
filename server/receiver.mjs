// `npm run receiver`: the reference receiver on its own, appending each answer to a file.
//   PORT (8788), FEEDBACK_FILE (default ./data/feedback.jsonl), ALLOWED_ORIGINS (comma-separated origins
//   allowed to POST), TRUST_PROXY (how many proxies stand in front of it; default 0),
//   PAGE_PARAMS (comma-separated query parameters a page's address keeps; default none).
import { resolve } from 'node:path';
import { parseTrustProxy } from './http/client.mjs';
import { parseList } from './http/env.mjs';
import { closeOnSignals, createHttpServer, listen } from './http/server.mjs';
import { createReceiver } from './receiver/receiver.mjs';

const env = process.env;
const file = resolve(env.FEEDBACK_FILE ?? 'data/feedback.jsonl');
let trustProxy = 0;
try {
  trustProxy = parseTrustProxy(env.TRUST_PROXY);
} catch (error) {
  console.error(`receiver: ${error.message}`);
  process.exit(1);
}
const server = createHttpServer(
  createReceiver({
    file,
    allowedOrigins: parseList(env.ALLOWED_ORIGINS) ?? [],
    trustProxy,
    pageParams: parseList(env.PAGE_PARAMS) ?? [],
  }),
);
console.log(`helse-widgets receiver: ${await listen(server, Number(env.PORT ?? 8788))}`);
console.log(`Feedback is appended to ${file}`);
closeOnSignals(server);
