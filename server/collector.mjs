// `npm run collector`: the feedback collector. Configuration from the environment:
//   PORT (8787), DATABASE_URL (PostgreSQL; else an embedded database under DATA_DIR, default ./data),
//   READ_TOKEN (reads refused without it), TRIAGE_TOKEN (may read and set a comment's status), ALLOWED_ORIGINS (comma-separated origins of the trust's sites,
//   allowed to POST), READ_ORIGINS (origins of the editors' dashboard, allowed to read; default ALLOWED_ORIGINS),
//   RETENTION_DAYS (comment texts older than this are deleted, counts kept; default 90),
//   TIME_ZONE (the days of a period; default Europe/Oslo),
//   TRUST_PROXY (how many proxies stand in front of it, e.g. 1; default 0),
//   PAGE_PARAMS (comma-separated query parameters a page's address keeps; default none),
//   RATE_LIMIT (answers a minute per client and process; default 30; 0 leaves limiting to the proxy).
import { resolve, join } from 'node:path';
import { createCollector } from './collector/app.mjs';
import { parseTrustProxy } from './http/client.mjs';
import { parseList } from './http/env.mjs';
import { closeOnSignals, createHttpServer, listen } from './http/server.mjs';
import { openStore } from './stores/open-store.mjs';

const env = process.env;
const fail = (message) => {
  console.error(`collector: ${message}`);
  process.exit(1);
};
const port = Number(env.PORT ?? 8787);
const retentionDays = Number(env.RETENTION_DAYS ?? 90);
if (!Number.isFinite(retentionDays) || retentionDays < 0) {
  fail(`RETENTION_DAYS must be a number of days, not «${env.RETENTION_DAYS}».`);
}
const rateLimit = Number(env.RATE_LIMIT ?? 30);
if (!Number.isInteger(rateLimit) || rateLimit < 0) {
  fail(`RATE_LIMIT must be a whole number of answers a minute (0: none), not «${env.RATE_LIMIT}».`);
}
let trustProxy = 0;
try {
  trustProxy = parseTrustProxy(env.TRUST_PROXY);
} catch (error) {
  fail(error.message);
}
const dataDir = resolve(env.DATA_DIR ?? 'data');
const store = await openStore({
  databaseUrl: env.DATABASE_URL,
  dataDir: join(dataDir, 'collector'),
  timeZone: env.TIME_ZONE || undefined,
});

async function expire() {
  try {
    const count = await store.expireComments(retentionDays);
    if (count) console.log(`collector: deleted the text of ${count} comments older than ${retentionDays} days`);
  } catch (error) {
    console.error(`collector: retention failed (${error.message})`);
  }
}
await expire();
setInterval(expire, 86_400_000).unref();

const server = createHttpServer(
  createCollector({
    store,
    readToken: env.READ_TOKEN,
    triageToken: env.TRIAGE_TOKEN,
    allowedOrigins: parseList(env.ALLOWED_ORIGINS) ?? [],
    readOrigins: parseList(env.READ_ORIGINS),
    trustProxy,
    rateLimit: { windowMs: 60_000, max: rateLimit || Infinity },
    pageParams: parseList(env.PAGE_PARAMS) ?? [],
  }),
);
console.log(`helse-widgets collector: ${await listen(server, port)}`);
console.log(env.DATABASE_URL ? 'store: PostgreSQL' : `store: embedded database in ${dataDir}/collector`);
if (!env.READ_TOKEN && !env.TRIAGE_TOKEN) console.log('READ_TOKEN is not set: the read API refuses every request.');

// Close the database cleanly on stop, so the embedded store is never left mid-write.
closeOnSignals(server, () => store.close());
