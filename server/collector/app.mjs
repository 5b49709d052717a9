// The collector's HTTP interface:
//   POST /feedback                                   the widget's body, with all of the receiver's rules
//   GET  /api/pages?from=YYYY-MM-DD&to=…&site=…      per page: yes, no, share of «Nei» and the lower bound of
//        &min=N&prefix=/path/                        its 95 % Wilson interval, worst first (by that bound);
//                                                    with &limit=N, N at a time and `next` for &cursor=
//   GET  /api/trend?from=…&to=…[&page=…|&prefix=…][&site=…]   «Ja» and «Nei» per day, every day of the period
//   GET  /api/comments?[page=…]&status=…&q=…&from=…&to=…&cursor=…   comments newest first, paginated
//   PATCH /api/comments/<id>  { "status": … }       needs `triageToken`
//   GET  /api/export.csv?from=…&to=…&site=…          /api/pages as CSV; with &what=comments, every comment
// Reads need `Authorization: Bearer <readToken>`; without a configured token every read is refused.
// Cross-origin POSTs come from `allowedOrigins` (the trust's sites); cross-origin reads from `readOrigins`
// (the editors' dashboard), which defaults to `allowedOrigins`.
import { timingSafeEqual } from 'node:crypto';
import * as v from 'valibot';
import { COMMENT_STATUSES, statusChangeSchema } from '../../src/feedback/protocol/collector-api.js';
import { readBody } from '../http/body.mjs';
import { corsGate } from '../http/origins.mjs';
import { send, withFailureHandler } from '../http/respond.mjs';
import { createReceiver } from '../receiver/receiver.mjs';
import { csvLine } from './csv.mjs';
import { readQuery } from './query.mjs';

/** The longest period a trend covers: ten years of days. */
const MAX_TREND_DAYS = 3660;

/** Constant-time comparison, so the token cannot be guessed a character at a time. The scheme is case-insensitive. */
function tokenMatches(header, token) {
  if (!token) return false;
  const given = Buffer.from(/^Bearer +(\S+) *$/i.exec(header ?? '')?.[1] ?? '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Writes rows as CSV to `res` as they come, waiting when the client reads slower than the store answers. */
async function streamCsv(res, header, rows) {
  // A byte order mark, so a spreadsheet reads «Nei», æ, ø and å as UTF-8.
  res.write(`\uFEFF${csvLine(header)}`);
  for await (const row of rows) {
    if (res.destroyed) return;
    if (!res.write(csvLine(row))) await new Promise((resolve) => res.once('drain', resolve));
  }
  res.end();
}

/**
 * @param {{ store: object, readToken?: string, allowedOrigins?: string[], readOrigins?: string[],
 *   log?: (line: string) => void, logError?: (line: string) => void, rateLimit?: { windowMs: number, max: number },
 *   trustProxy?: number | boolean, pageParams?: string[], exportBatch?: number, triageToken?: string }} options
 *   `readToken` may read; `triageToken` may read and change a comment's status.
 */
export function createCollector(options) {
  const { store, readToken, triageToken } = options;
  const readers = new Set(options.readOrigins ?? options.allowedOrigins ?? []);
  // Comment texts stay in the store, where retention deletes them, not in a log kept for who knows how long.
  const receive = createReceiver({ logComments: false, ...options, store });

  /** PATCH /api/comments/<id> with `{ "status": "new" | "handled" | "spam" }`: 204, 404 for an unknown id, else 400. */
  async function triage(req, res, id, cors) {
    const bad = (message) => send(res, 400, { error: 'invalid-body', message }, cors);
    const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (type !== 'application/json') return bad('Send application/json.');
    const read = await readBody(req, 1024);
    if (!('text' in read)) return 'aborted' in read ? undefined : bad('The body is over 1024 bytes.');
    let value;
    try {
      value = JSON.parse(read.text);
    } catch {
      return bad('The body is not valid JSON.');
    }
    const change = v.safeParse(statusChangeSchema, value);
    if (!change.success) return bad(`status: one of ${COMMENT_STATUSES.join(', ')}, and nothing else`);
    if (id.includes('\u0000') || !(await store.setStatus(id, change.output.status))) {
      return send(res, 404, { error: 'not-found' }, cors);
    }
    res.writeHead(204, { ...cors, 'Cache-Control': 'no-store' });
    res.end();
  }

  return withFailureHandler(async function collect(req, res) {
    const url = new URL(req.url, 'http://localhost');
    if (url.pathname === '/feedback') return receive(req, res);
    if (!url.pathname.startsWith('/api/')) return send(res, 404, { error: 'not-found' });

    // The editors' dashboard may live on another origin of the trust: allow it, with the token header.
    const commentId = /^\/api\/comments\/([^/]+)$/.exec(url.pathname)?.[1];
    const method = commentId ? 'PATCH' : 'GET';
    const cors = corsGate(req, res, readers, { method, headers: 'Authorization, Content-Type' });
    if (!cors) return;
    if (req.method !== method) return send(res, 405, { error: 'method-not-allowed' }, { ...cors, Allow: method });
    if (!readToken && !triageToken) {
      return send(res, 403, { error: 'reads-disabled', message: 'Set READ_TOKEN to allow reads.' }, cors);
    }
    const mayTriage = tokenMatches(req.headers.authorization, triageToken);
    if (!mayTriage && !tokenMatches(req.headers.authorization, readToken)) {
      return send(
        res,
        401,
        { error: 'unauthorized', message: 'Send Authorization: Bearer <token>.' },
        { ...cors, 'WWW-Authenticate': 'Bearer' },
      );
    }
    if (commentId) {
      if (!mayTriage) {
        return send(res, 403, { error: 'forbidden', message: 'This token may read, not triage.' }, cors);
      }
      return triage(req, res, decodeURIComponent(commentId), cors);
    }
    const query = readQuery(url.searchParams);
    const invalid = (message) => send(res, 400, { error: 'invalid-query', message }, cors);
    if ('error' in query) return invalid(query.error);
    const { period, limit, cursor, min, prefix, page, statuses, q } = query;
    const comments = { page, statuses, q, prefix: page ? undefined : prefix };
    const ranking = { ...period, min, prefix };
    try {
      if (url.pathname === '/api/pages') {
        if (limit === undefined && !cursor) return send(res, 200, { pages: await store.pages(ranking) }, cors);
        return send(res, 200, await store.pagesAfter({ ...ranking, limit: limit ?? 100, cursor }), cors);
      }
      if (url.pathname === '/api/trend') {
        if (!period.from || !period.to) return invalid('from and to: required');
        const days = (Date.parse(period.to) - Date.parse(period.from)) / 86_400_000;
        if (days < 0 || days > MAX_TREND_DAYS) return invalid(`to: from 0 to ${MAX_TREND_DAYS} days after from`);
        const page = url.searchParams.get('page') || undefined;
        return send(res, 200, await store.trend({ ...ranking, page }), cors);
      }
      if (url.pathname === '/api/comments') {
        const count = Math.min(limit ?? 20, 100);
        return send(res, 200, await store.comments({ ...period, ...comments, cursor, limit: count }), cors);
      }
    } catch (failure) {
      if (failure.code !== 'invalid-cursor') throw failure;
      return invalid('cursor: not one this server gave');
    }
    if (url.pathname === '/api/export.csv') {
      const what = url.searchParams.get('what') ?? 'pages';
      if (what !== 'pages' && what !== 'comments') return invalid('what: pages or comments');
      res.writeHead(200, {
        ...cors,
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="feedback-${what}.csv"`,
        'Cache-Control': 'no-store',
      });
      if (what === 'pages') {
        const pages = await store.pages(ranking);
        return streamCsv(
          res,
          ['page', 'site', 'title', 'yes', 'no', 'no_share', 'comments'],
          pages.map((p) => [p.page, p.site, p.title, p.yes, p.no, p.noShare.toFixed(3), p.comments]),
        );
      }
      return streamCsv(
        res,
        ['received_at', 'date', 'page', 'site', 'title', 'answer', 'locale', 'comment'],
        (async function* rows() {
          for await (const c of store.eachComment({ ...period, ...comments }, options.exportBatch)) {
            yield [c.receivedAt, c.date, c.page, c.site, c.title, c.answer, c.locale, c.comment];
          }
        })(),
      );
    }
    return send(res, 404, { error: 'not-found' }, cors);
  }, options.logError);
}
