// `npm run collector`: the feedback collector. Configuration from the environment:
//   PORT (8787), DATABASE_URL (PostgreSQL; else an embedded database under DATA_DIR, default ./data),
//   READ_TOKEN (reads refused without it), ALLOWED_ORIGINS (comma-separated origins of the trust's sites,
//   allowed to POST), READ_ORIGINS (origins of the editors' dashboard, allowed to read; default ALLOWED_ORIGINS),
//   RETENTION_DAYS (comment texts older than this are deleted, counts kept; default 90),
//   TIME_ZONE (the days of a period; default Europe/Oslo), TRUST_PROXY=1.
import { createServer } from 'node:http';
import { resolve, join } from 'node:path';
import { createCollector } from './collector/app.mjs';
import { openStore } from './collector/sql-store.mjs';

const env = process.env;
const port = Number(env.PORT ?? 8787);
const retentionDays = Number(env.RETENTION_DAYS ?? 90);
if (!Number.isFinite(retentionDays) || retentionDays < 0) {
  console.error(`collector: RETENTION_DAYS must be a number of days, not «${env.RETENTION_DAYS}».`);
  process.exit(1);
}
const dataDir = resolve(env.DATA_DIR ?? 'data');
const origins = (list) =>
  list
    ?.split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
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
    console.error('collector: retention failed', error);
  }
}
await expire();
setInterval(expire, 86_400_000).unref();

const collect = createCollector({
  store,
  readToken: env.READ_TOKEN,
  allowedOrigins: origins(env.ALLOWED_ORIGINS) ?? [],
  readOrigins: origins(env.READ_ORIGINS),
  trustProxy: env.TRUST_PROXY === '1',
});
const server = createServer(async (req, res) => {
  try {
    await collect(req, res);
  } catch (error) {
    console.error(error);
    if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ error: 'internal' }));
  }
});
server.listen(port, () => {
  console.log(`helse-widgets collector: http://localhost:${server.address().port}/`);
  console.log(env.DATABASE_URL ? 'store: PostgreSQL' : `store: embedded database in ${dataDir}/collector`);
  if (!env.READ_TOKEN) console.log('READ_TOKEN is not set: the read API refuses every request.');
});

// Close the database cleanly on stop, so the embedded store is never left mid-write.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => server.close(() => store.close().then(() => process.exit(0))));
}
