// The counts that rankings and trends come from, in memory: always what the answers in SQL say — after answers on
// days in any order, status changes and retention — and, with several processes on one PostgreSQL, another
// process's answers within the refresh interval, each counted once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { wilsonLowerBound } from '../../src/feedback/protocol/collector-api.js';
import { createCountsIndex, dayNumber } from '../../server/stores/counts-index.mjs';
import { onBothStores, startCollector } from '../support/collector-harness.mjs';
import { feedbackBody as body } from '../support/feedback-body.mjs';

/** A small deterministic random generator, so a failure can be reproduced. */
function random(seed) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

/** Per page, what the stored answers themselves say, counted in SQL. */
async function countedInSql(store, site, from = null, to = null) {
  const { rows } = await store.db.query(
    `SELECT page, count(*) FILTER (WHERE answer = 'yes')::int AS yes, count(*) FILTER (WHERE answer = 'no')::int AS no,
            count(comment)::int AS comments
       FROM feedback
      WHERE site = $1 AND status <> 'spam'
        AND ($2::date IS NULL OR (received_at AT TIME ZONE 'Europe/Oslo')::date >= $2::date)
        AND ($3::date IS NULL OR (received_at AT TIME ZONE 'Europe/Oslo')::date <= $3::date)
      GROUP BY page ORDER BY page`,
    [site, from, to],
  );
  return rows;
}

/** «Ja» and «Nei» per day, counted in SQL. */
async function trendInSql(store, site, from, to) {
  const { rows } = await store.db.query(
    `SELECT to_char(d, 'YYYY-MM-DD') AS date,
            (SELECT count(*) FROM feedback WHERE site = $1 AND status <> 'spam' AND answer = 'yes'
                AND (received_at AT TIME ZONE 'Europe/Oslo')::date = d)::int AS yes,
            (SELECT count(*) FROM feedback WHERE site = $1 AND status <> 'spam' AND answer = 'no'
                AND (received_at AT TIME ZONE 'Europe/Oslo')::date = d)::int AS no
       FROM generate_series($2::date, $3::date, interval '1 day') AS days(d) ORDER BY d`,
    [site, from, to],
  );
  return rows;
}

const PERIODS = [
  [null, null],
  ['2026-03-01', '2026-03-31'],
  ['2026-03-05', '2026-03-05'],
  ['2026-03-10', '2026-03-20'],
  [null, '2026-03-12'],
  ['2026-03-18', null],
];

onBothStores((it, env) => {
  it('ranks and trends from memory exactly as the answers in SQL count: any days, status changes, retention', async () => {
    const c = await startCollector(env.open);
    try {
      const next = random(19);
      const site = `https://${randomUUID()}.example`;
      const pages = Array.from({ length: 8 }, (_, i) => `${site}/seksjon-${i % 3}/side-${i}`);
      const at = (day, hour) => Date.parse(`2026-03-${String(day).padStart(2, '0')}T${hour}:30:00Z`);
      for (let i = 0; i < 160; i++) {
        // Days in any order, and hours on both sides of midnight in Oslo.
        c.clock.time = at(1 + Math.floor(next() * 28), next() < 0.2 ? 23 : 10);
        const comment = next() < 0.4 ? { comment: `Kommentar nummer ${i} om siden` } : {};
        const answer = next() < 0.35 ? 'no' : 'yes';
        assert.equal(
          await c.store.add(body({ page: pages[Math.floor(next() * pages.length)], answer, ...comment })),
          true,
        );
      }
      const check = async (label) => {
        for (const [from, to] of PERIODS) {
          const inMemory = (await c.store.pages({ from: from ?? undefined, to: to ?? undefined, site }))
            .map(({ page, yes, no, comments }) => ({ page, yes, no, comments }))
            .sort((a, b) => (a.page < b.page ? -1 : 1));
          assert.deepEqual(inMemory, await countedInSql(c.store, site, from, to), `${label}: ${from}..${to}`);
        }
        const { days } = await c.store.trend({ from: '2026-02-27', to: '2026-03-31', site });
        assert.deepEqual(days, await trendInSql(c.store, site, '2026-02-27', '2026-03-31'), `${label}: trend`);
      };
      await check('as they came');

      const { comments } = await c.store.comments({ site, limit: 100, statuses: ['new'] });
      assert.ok(comments.length > 24);
      for (const comment of comments.slice(0, 20)) assert.equal(await c.store.setStatus(comment.id, 'spam'), true);
      for (const comment of comments.slice(0, 6)) assert.equal(await c.store.setStatus(comment.id, 'new'), true);
      for (const comment of comments.slice(20, 24)) assert.equal(await c.store.setStatus(comment.id, 'handled'), true);
      await check('after status changes');

      // Retention on 2026-03-25 with 10 days: comments up to the 15th go, the counts of answers stay.
      c.clock.time = at(25, 10);
      assert.ok((await c.store.expireComments(10)) > 0);
      await check('after retention');
      const all = await c.store.pages({ site });
      assert.equal(
        all.reduce((sum, row) => sum + row.total, 0),
        160 - 14,
        'spam (14 answers) leaves the counts; retention does not take answers away',
      );
    } finally {
      await c.stop();
    }
  });

  it("shows another process's answers within the refresh interval, each counted once", async (t) => {
    if (!env.databaseUrl) return t.skip('no other process opens an embedded database');
    const a = await startCollector(env.open);
    const b = await startCollector(env.open);
    try {
      const site = `https://${randomUUID()}.example`;
      const page = `${site}/side`;
      const read = async (c) => {
        const { pages } = await (await c.read(`/api/pages?site=${encodeURIComponent(site)}`)).json();
        const row = pages.find((p) => p.page === page);
        const [day] = (
          await (await c.read(`/api/trend?from=2026-11-01&to=2026-11-01&site=${encodeURIComponent(site)}`)).json()
        ).days;
        return { yes: row?.yes ?? 0, no: row?.no ?? 0, comments: row?.comments ?? 0, trend: [day.yes, day.no] };
      };
      await read(a);
      // Both take answers on one page at once, so their versions of it interleave.
      await Promise.all(
        Array.from({ length: 30 }, (_, i) => (i % 2 ? a : b).store.add(body({ page, answer: i % 3 ? 'yes' : 'no' }))),
      );
      const own = await read(a);
      assert.ok(own.yes + own.no >= 15, `its own 15 answers at once, ${own.yes + own.no} seen`);
      await new Promise((resolve) => setTimeout(resolve, 2100));
      for (const c of [a, b]) assert.deepEqual(await read(c), { yes: 20, no: 10, comments: 0, trend: [20, 10] });

      // A comment, then its status, changed through the other process.
      const commented = body({ page, answer: 'no', comment: 'Fant ikke åpningstidene' });
      await b.store.add(commented);
      await b.store.setStatus(commented.id, 'spam');
      const other = `${site}/ny`;
      await b.store.add(body({ page: other, answer: 'no' }));
      await new Promise((resolve) => setTimeout(resolve, 2100));
      // The comment is spam: it counts nowhere; the new page's «Nei» counts in the site's trend.
      assert.deepEqual(await read(a), { yes: 20, no: 10, comments: 0, trend: [20, 11] });
      const pages = (await (await a.read(`/api/pages?site=${encodeURIComponent(site)}`)).json()).pages;
      assert.deepEqual(
        pages.map((p) => p.page),
        [other, page],
        'a page new to it',
      );
      await b.store.setStatus(commented.id, 'new');
      await new Promise((resolve) => setTimeout(resolve, 2100));
      assert.deepEqual(await read(a), { yes: 20, no: 11, comments: 1, trend: [20, 12] });
    } finally {
      await b.stop();
      await a.stop();
    }
  });
});

const row = (version, days) => ({
  page: 'https://a.example/side',
  site: 'https://a.example',
  title: 'Side',
  version,
  days: days.map(([day]) => day),
  yes: days.map(([, yes]) => yes),
  no: days.map(([, , no]) => no),
  comments: days.map(() => 0),
});
const answer = (version, day, yes, no) => ({
  page: 'https://a.example/side',
  site: 'https://a.example',
  title: 'Side',
  version,
  day,
  yes,
  no,
  comments: 0,
});
const totals = (index) => {
  const [p] = index.rank({}).pages;
  return p ? [p.yes, p.no] : [0, 0];
};

test('the index counts each change once, whatever order changes and reloads arrive in', () => {
  const index = createCountsIndex();
  index.load([row(2, [[10, 1, 1]])]);
  index.change(answer(4, 12, 1, 0)); // version 3 is another process's
  index.change(answer(2, 10, 0, 1)); // already in what was loaded
  assert.deepEqual(totals(index), [2, 1]);
  assert.equal(index.versionOf('https://a.example/side'), 2, 'complete up to 2 only');
  // The database at version 3 (without this process's 4): 4 is applied again on top of it.
  index.load([
    row(3, [
      [10, 1, 1],
      [11, 1, 2],
    ]),
  ]);
  assert.deepEqual(totals(index), [2, 2]);
  assert.equal(index.versionOf('https://a.example/side'), 4);
  // An older read arriving late changes nothing; a change it had is not counted again.
  index.load([
    row(3, [
      [10, 1, 1],
      [11, 1, 2],
    ]),
  ]);
  index.change(answer(4, 12, 1, 0));
  assert.deepEqual(totals(index), [2, 2]);
  // Two of its own, finishing in the other order, and one taken away (a comment marked as spam) on an older day.
  index.change(answer(6, 12, 0, 1));
  index.change(answer(6, 12, 0, 1)); // told twice while waiting for 5: counted once
  index.change(answer(5, 12, 1, 0));
  index.change(answer(7, 10, -1, 0));
  assert.deepEqual(totals(index), [2, 3]);
  assert.equal(index.versionOf('https://a.example/side'), 7);
  assert.deepEqual(
    index.trend({ from: 10, to: 12 }).map((d) => [d.yes, d.no]),
    [
      [0, 1],
      [0, 1],
      [2, 1],
    ],
  );
});

test('the index takes 16 bytes a page-day, up to twice that while an array has room to grow', () => {
  const index = createCountsIndex();
  for (let day = 0; day < 1000; day++)
    index.change({ ...answer(day + 1, 20_000 + day, 1, 0), page: 'https://a.example/x' });
  const { pages, days, bytes } = index.size();
  assert.deepEqual([pages, days], [1, 1000]);
  assert.ok(bytes >= 16 * days && bytes <= 32 * days, `${bytes} bytes`);
  assert.equal(dayNumber('1970-01-02'), 1);
});

test('a ranking kept between answers is the one computed afresh', () => {
  const next = random(7);
  const index = createCountsIndex();
  /** The answers as a plain list, to rank by brute force. */
  const answers = [];
  const pages = Array.from({ length: 40 }, (_, i) => `https://s${i % 2}.example/${i % 3 ? 'a' : 'b'}/${i}`);
  const versions = new Map();
  const queries = [
    [{ from: null, to: null, min: 1 }, 5],
    [{ from: 10, to: 20, min: 1 }, 3],
    [{ from: 15, to: null, min: 3, site: 'https://s1.example' }, 4],
    [{ from: null, to: 12, min: 1, prefix: '/b/' }, Infinity],
    [{ from: 5, to: 25, min: 2 }, 10],
  ];
  const bruteForce = ({ from, to, min, site, prefix }, first) => {
    const sums = new Map();
    for (const a of answers) {
      if ((from !== null && a.day < from) || (to !== null && a.day > to)) continue;
      if ((site && !a.page.startsWith(site)) || (prefix && !new URL(a.page).pathname.startsWith(prefix))) continue;
      const sum = sums.get(a.page) ?? { page: a.page, yes: 0, no: 0 };
      sum.yes += a.yes;
      sum.no += a.no;
      sums.set(a.page, sum);
    }
    const rows = [...sums.values()]
      .filter((row) => row.yes + row.no > 0 && row.yes + row.no >= min)
      .map((row) => ({ ...row, bound: wilsonLowerBound(row.no, row.yes + row.no) }))
      .sort((a, b) => b.bound - a.bound || b.no - a.no || (a.page < b.page ? -1 : 1));
    return { pages: rows.slice(0, first).map((row) => `${row.page} ${row.yes}/${row.no}`), count: rows.length };
  };
  for (let step = 0; step < 600; step++) {
    const page = pages[Math.floor(next() * next() * pages.length)];
    const version = (versions.get(page) ?? 0) + 1;
    versions.set(page, version);
    const day = Math.floor(next() * 30);
    const [yes, no] = next() < 0.4 ? [0, 1] : [1, 0];
    answers.push({ page, day, yes, no });
    const site = page.slice(0, page.indexOf('/', 8));
    index.change({ page, site, title: null, version, day, yes, no, comments: 0 });
    for (const [query, first] of queries) {
      const { pages: ranked, count } = index.rank(query, first);
      assert.deepEqual(
        { pages: ranked.map((row) => `${row.page} ${row.yes}/${row.no}`), count },
        bruteForce(query, first),
        `step ${step}: ${JSON.stringify(query)}`,
      );
    }
  }
});
