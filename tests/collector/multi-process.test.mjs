// Several collectors behind a load balancer on one PostgreSQL: started together, taking the same answers
// at once (a widget retrying through another instance), they store each answer once, and each counts every
// one of them within its refresh interval (2 s).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { startPostgres } from '../support/postgres.mjs';
import { feedbackBody } from '../support/feedback-body.mjs';
import { postJson, startServerProcess } from '../support/server-process.mjs';

const TOKEN = 'redaktor-token-123';

test('two collectors on one PostgreSQL: one record per id', { timeout: 120_000 }, async (t) => {
  const pg = await startPostgres();
  if (pg.skip) return t.skip(pg.skip);
  const env = { DATABASE_URL: pg.url, READ_TOKEN: TOKEN, RATE_LIMIT: '0' };
  const collectors = [];
  try {
    // Started at the same moment: both create the schema, one after the other.
    collectors.push(
      ...(await Promise.all([
        startServerProcess('server/collector.mjs', env),
        startServerProcess('server/collector.mjs', env),
      ])),
    );
    const page = `https://${randomUUID()}.example/to-instanser`;
    const answers = Array.from({ length: 100 }, (_, i) => feedbackBody({ page, answer: i % 4 ? 'no' : 'yes' }));
    const responses = await Promise.all(
      answers.flatMap((answer) => collectors.map((c) => postJson(`${c.url}/feedback`, answer))),
    );
    const statuses = responses.map((response) => response.status);
    assert.equal(statuses.filter((status) => status === 201).length, 100, 'each answer stored once');
    assert.equal(statuses.filter((status) => status === 200).length, 100, 'and a duplicate for the other');

    const counted = async (c) => {
      const response = await fetch(`${c.url}/api/pages`, { headers: { Authorization: `Bearer ${TOKEN}` } });
      const counts = (await response.json()).pages.find((p) => p.page === page);
      return [counts?.yes, counts?.no];
    };
    const deadline = Date.now() + 3000;
    for (const c of collectors) {
      let counts = await counted(c);
      while (Date.now() < deadline && (counts[0] ?? 0) + (counts[1] ?? 0) < 100) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        counts = await counted(c);
      }
      assert.deepEqual(counts, [25, 75], 'every answer, each once, within the refresh interval');
    }
  } finally {
    await Promise.all(collectors.map((c) => c.kill('SIGTERM')));
    await pg.stop();
  }
});
