// A fixture collector for the <helse-feedback-report> tests: the collector's API with fixed data,
// answering as docs/collector.md specifies it.
//   GET   /report-api/<scenario>/api/pages     from, to, site, prefix=/path/, min=N; noLowerBound per page
//   GET   /report-api/<scenario>/api/trend     from, to, page | prefix: a row for every day, zeros included
//   GET   /report-api/<scenario>/api/comments  page (optional), status=a,b (default new,handled), q, cursor
//   PATCH /report-api/<scenario>/api/comments/<id>  { status }: 204, 404 unknown id, 400 anything else
//   scenario: ok, empty (a period without answers), fail (500), slow (2 s), refuse (PATCH answers 500)
//   GET  /report-api/requests    the requests seen so far (method, resource, query, authorization, body)
//   POST /report-api/reset       comments back to their first status
// Tokens: `secret` reads (READ_TOKEN), `triage` reads and changes statuses (TRIAGE_TOKEN); PATCH with
// `secret` is 403, anything else 401.
import { SITE, collectorPage as page } from './collector-pages.mjs';

// In the collector's order: by the lower bound of the share of «Nei», not the share itself. The page
// with one «Nei» of one answer has the highest share and the lowest place.
const PAGES = [
  page('/besok', 'Besøkstider', 2, 6, 3),
  page('/parkering', 'Parkering', 5, 5, 0),
  page('/om-oss', null, 9, 1, 1),
  page('/behandlinger/hjerte', 'Hjertemedisin', 0, 1, 0),
  page('/behandlinger/ortopedi', 'Ortopedi', 2, 1, 0),
].sort((a, b) => b.noLowerBound - a.noLowerBound);

const INITIAL_COMMENTS = [
  {
    id: 'c3',
    page: `${SITE}/besok`,
    title: 'Besøkstider',
    comment: 'Fant ikke besøkstidene for barneavdelingen.',
    locale: 'nb',
    // Half past midnight in Oslo: the day shown is the collector's `date`, not the UTC one.
    receivedAt: '2026-11-19T23:30:00.000000Z',
    date: '2026-11-20',
    status: 'new',
  },
  {
    id: 'c2',
    page: `${SITE}/besok`,
    title: 'Besøkstider',
    comment: '<script>alert(1)</script> Kva tid kan eg kome?',
    locale: 'nn',
    receivedAt: '2026-11-18T09:00:00.000Z',
    status: 'new',
  },
  {
    id: 'c4',
    page: `${SITE}/om-oss`,
    title: null,
    comment: 'Hvem sitter i styret?',
    locale: 'nb',
    receivedAt: '2026-11-10T12:00:00.000Z',
    status: 'new',
  },
  {
    id: 'c5',
    page: `${SITE}/parkering`,
    title: 'Parkering',
    comment: 'Billige klokker http://spam.example http://spam.example/2',
    locale: 'nb',
    receivedAt: '2026-11-05T03:00:00.000Z',
    status: 'spam',
  },
  {
    id: 'c1',
    page: `${SITE}/besok`,
    title: 'Besøkstider',
    comment: 'Visiting hours for the maternity ward?',
    locale: 'en',
    receivedAt: '2026-11-02T08:00:00.000Z',
    status: 'handled',
  },
];

let comments = structuredClone(INITIAL_COMMENTS);
const requests = [];
const TOKENS = { 'Bearer secret': 'read', 'Bearer triage': 'triage' };

const pathOf = (url) => new URL(url).pathname;
const DAY_MS = 86_400_000;

/** Every day from `from` to `to`, with made-up but fixed counts (zeros for an empty period). */
function trend({ from, to, page: chosen, prefix }, empty) {
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`);
  if (!(start <= end) || end - start > 400 * DAY_MS) return undefined;
  const days = [];
  for (let time = start, i = 0; time <= end; time += DAY_MS, i++) {
    const date = new Date(time).toISOString().slice(0, 10);
    if (empty) days.push({ date, yes: 0, no: 0 });
    else if (chosen) days.push({ date, yes: i % 3 === 0 ? 1 : 0, no: i % 4 === 0 ? 2 : 0 });
    else if (prefix) days.push({ date, yes: i % 2, no: i % 5 === 0 ? 1 : 0 });
    // Every seventh day without answers: the chart and the table show the zeros.
    else days.push({ date, yes: i % 7 === 6 ? 0 : (i * 7 + 3) % 5, no: i % 7 === 6 ? 0 : (i * 3 + 1) % 4 });
  }
  return days;
}

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

export function collectorMiddleware() {
  return async function collector(ctx, next) {
    if (!ctx.path.startsWith('/report-api/')) return next();
    if (ctx.path === '/report-api/requests') {
      ctx.body = requests.splice(0);
      return;
    }
    if (ctx.path === '/report-api/reset') {
      comments = structuredClone(INITIAL_COMMENTS);
      requests.splice(0);
      ctx.status = 204;
      return;
    }
    const [, , scenario, , resource, id] = ctx.path.split('/');
    const body = ctx.method === 'PATCH' ? await readBody(ctx.req) : undefined;
    requests.push({
      method: ctx.method,
      resource: id ? `${resource}/${id}` : resource,
      query: ctx.querystring,
      authorization: ctx.get('authorization'),
      ...(body === undefined ? {} : { body }),
    });
    const right = TOKENS[ctx.get('authorization')];
    if (!right) {
      ctx.status = 401;
      ctx.body = { error: 'unauthorized' };
      return;
    }
    if (scenario === 'slow') await new Promise((resolve) => setTimeout(resolve, 2000));
    if (scenario === 'fail') {
      ctx.status = 500;
      ctx.body = { error: 'internal' };
      return;
    }
    const q = ctx.query;
    const empty = scenario === 'empty';

    if (ctx.method === 'PATCH' && resource === 'comments' && id) {
      if (right !== 'triage') {
        ctx.status = 403;
        ctx.body = { error: 'forbidden', message: 'This token may only read.' };
        return;
      }
      if (scenario === 'refuse') {
        ctx.status = 500;
        ctx.body = { error: 'internal' };
        return;
      }
      let status;
      try {
        ({ status } = JSON.parse(body));
      } catch {
        status = undefined;
      }
      const comment = comments.find((item) => item.id === id);
      if (!comment) {
        ctx.status = 404;
        ctx.body = { error: 'not-found' };
        return;
      }
      if (!['new', 'handled', 'spam'].includes(status)) {
        ctx.status = 400;
        ctx.body = { error: 'invalid-body' };
        return;
      }
      comment.status = status;
      ctx.status = 204;
      return;
    }
    if (ctx.method !== 'GET') {
      ctx.status = 405;
      return;
    }

    if (resource === 'pages') {
      const min = Number(q.min ?? 0);
      ctx.body = {
        pages: empty ? [] : PAGES.filter((p) => p.total >= min && (!q.prefix || pathOf(p.page).startsWith(q.prefix))),
      };
      return;
    }
    if (resource === 'trend') {
      const days = trend(q, empty);
      if (!days) {
        ctx.status = 400;
        ctx.body = { error: 'invalid-query' };
        return;
      }
      ctx.body = { days };
      return;
    }
    if (resource === 'comments') {
      // Two comments a batch: the cursor is the index to continue from.
      const statuses = (q.status ?? 'new,handled').split(',');
      const needle = (q.q ?? '').toLowerCase();
      const matching = empty
        ? []
        : comments.filter(
            (item) =>
              statuses.includes(item.status) &&
              (q.page ? item.page === q.page : !q.prefix || pathOf(item.page).startsWith(q.prefix)) &&
              item.comment.toLowerCase().includes(needle),
          );
      const start = Number(q.cursor ?? 0);
      ctx.body = {
        comments: matching.slice(start, start + 2),
        next: start + 2 < matching.length ? String(start + 2) : null,
      };
      return;
    }
    ctx.status = 404;
    ctx.body = { error: 'not-found' };
  };
}
