// With several collectors on one PostgreSQL, a read first looks for other processes' answers when its copy of the
// counts is over `refreshMs` old. When the database cannot be reached just then, the ranking and the trend still
// come from the copy in memory — every answer this process took is in it — instead of failing with 500.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PGlite } from '@electric-sql/pglite';
import { createSqlStore } from '../../server/stores/sql-store.mjs';
import { feedbackBody as body } from '../support/feedback-body.mjs';

test('a read whose look for other processes’ answers fails serves the counts in memory, and warns', async () => {
  const pglite = await PGlite.create();
  let reachable = true;
  const refused = () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:5432'));
  const db = {
    query: (text, params) => (reachable ? pglite.query(text, params) : refused()),
    transaction: (fn) => (reachable ? pglite.transaction((tx) => fn(tx)) : refused()),
    close: () => pglite.close(),
  };
  const now = () => new Date('2026-11-01T10:00:00Z');
  const store = await createSqlStore(db, { now, refreshMs: 1 });
  const warnings = [];
  const warn = console.warn;
  console.warn = (...args) => warnings.push(args.join(' '));
  try {
    const page = 'https://www.helse-midt.no/side';
    await store.add(body({ page, answer: 'no' }));
    await store.add(body({ page, answer: 'yes' }));
    reachable = false;
    await new Promise((resolve) => setTimeout(resolve, 10));
    const pages = await store.pages({ site: 'https://www.helse-midt.no' });
    assert.deepEqual(
      pages.map(({ page, yes, no }) => ({ page, yes, no })),
      [{ page, yes: 1, no: 1 }],
    );
    const { days } = await store.trend({ from: '2026-11-01', to: '2026-11-01', site: 'https://www.helse-midt.no' });
    assert.deepEqual(
      days.map(({ yes, no }) => [yes, no]),
      [[1, 1]],
    );
    assert.ok(
      warnings.some((text) => text.includes('ECONNREFUSED')),
      `a warning names the failure: ${warnings.join(' | ')}`,
    );
    // Back: the next look finds nothing new, and reads go on from the copy.
    reachable = true;
    await new Promise((resolve) => setTimeout(resolve, 10));
    assert.equal((await store.pages({ site: 'https://www.helse-midt.no' }))[0].no, 1);
  } finally {
    console.warn = warn;
    await store.close();
  }
});
