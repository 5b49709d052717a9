// The collector's HTTP interface:
//   POST /feedback                                   the widget's body, with all of the receiver's rules
//   GET  /api/pages?from=YYYY-MM-DD&to=…&site=…      per page: yes, no, share of «Nei», worst first
//   GET  /api/comments?page=…&from=…&to=…&cursor=…   the comments of a page, newest first, paginated
//   GET  /api/export.csv?from=…&to=…&site=…          /api/pages as CSV; with &what=comments, every comment
// Reads need `Authorization: Bearer <readToken>`; without a configured token every read is refused.
// Cross-origin POSTs come from `allowedOrigins` (the trust's sites); cross-origin reads from `readOrigins`
// (the editors' dashboard), which defaults to `allowedOrigins`.
import { timingSafeEqual } from 'node:crypto';
import { corsGate } from '../http/origins.mjs';
import { send, withFailureHandler } from '../http/respond.mjs';
import { createReceiver } from '../receiver/receiver.mjs';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Constant-time comparison, so the token cannot be guessed a character at a time. */
function tokenMatches(header, token) {
  if (!token) return false;
  const given = Buffer.from(/^Bearer (.+)$/.exec(header ?? '')?.[1] ?? '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** A CSV cell: quoted, and a leading = + - @ neutralised so a spreadsheet never runs it as a formula. */
function csvCell(value) {
  const text = String(value ?? '');
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

function readPeriod(params) {
  const period = {};
  for (const key of ['from', 'to']) {
    const value = params.get(key);
    if (value === null || value === '') continue;
    if (!DATE.test(value) || Number.isNaN(Date.parse(value))) return { error: `${key}: expected YYYY-MM-DD` };
    period[key] = value;
  }
  const site = params.get('site');
  if (site) period.site = site;
  return { period };
}

/**
 * @param {{ store: object, readToken?: string, allowedOrigins?: string[], readOrigins?: string[],
 *   log?: (line: string) => void, logError?: (line: string) => void, rateLimit?: { windowMs: number, max: number },
 *   trustProxy?: number | boolean, pageParams?: string[] }} options
 */
export function createCollector(options) {
  const { store, readToken } = options;
  const readers = new Set(options.readOrigins ?? options.allowedOrigins ?? []);
  // Comment texts stay in the store, where retention deletes them, not in a log kept for who knows how long.
  const receive = createReceiver({ logComments: false, ...options, store });

  return withFailureHandler(async function collect(req, res) {
    const url = new URL(req.url, 'http://localhost');
    if (url.pathname === '/feedback') return receive(req, res);
    if (!url.pathname.startsWith('/api/')) return send(res, 404, { error: 'not-found' });

    // The editors' dashboard may live on another origin of the trust: allow it, with the token header.
    const cors = corsGate(req, res, readers, { method: 'GET', headers: 'Authorization' });
    if (!cors) return;
    if (req.method !== 'GET') return send(res, 405, { error: 'method-not-allowed' }, { ...cors, Allow: 'GET' });
    if (!readToken) {
      return send(res, 403, { error: 'reads-disabled', message: 'Set READ_TOKEN to allow reads.' }, cors);
    }
    if (!tokenMatches(req.headers.authorization, readToken)) {
      return send(
        res,
        401,
        { error: 'unauthorized', message: 'Send Authorization: Bearer <token>.' },
        {
          ...cors,
          'WWW-Authenticate': 'Bearer',
        },
      );
    }
    const { period, error } = readPeriod(url.searchParams);
    if (error) return send(res, 400, { error: 'invalid-query', message: error }, cors);

    if (url.pathname === '/api/pages') return send(res, 200, { pages: await store.pages(period) }, cors);
    if (url.pathname === '/api/comments') {
      const page = url.searchParams.get('page');
      if (!page) return send(res, 400, { error: 'invalid-query', message: 'page: required' }, cors);
      const limit = Math.min(Math.max(Number(url.searchParams.get('limit') ?? 20) || 20, 1), 100);
      try {
        const cursor = url.searchParams.get('cursor') ?? undefined;
        return send(res, 200, await store.comments({ ...period, page, cursor, limit }), cors);
      } catch (failure) {
        if (failure.code !== 'invalid-cursor') throw failure;
        return send(res, 400, { error: 'invalid-query', message: 'cursor: not one this server gave' }, cors);
      }
    }
    if (url.pathname === '/api/export.csv') {
      const what = url.searchParams.get('what') ?? 'pages';
      let rows;
      if (what === 'pages') {
        const pages = await store.pages(period);
        rows = [
          ['page', 'site', 'title', 'yes', 'no', 'no_share', 'comments'],
          ...pages.map((p) => [p.page, p.site, p.title, p.yes, p.no, p.noShare.toFixed(3), p.comments]),
        ];
      } else if (what === 'comments') {
        const comments = await store.allComments(period);
        rows = [
          ['received_at', 'date', 'page', 'site', 'title', 'answer', 'locale', 'comment'],
          ...comments.map((c) => [c.receivedAt, c.date, c.page, c.site, c.title, c.answer, c.locale, c.comment]),
        ];
      } else {
        return send(res, 400, { error: 'invalid-query', message: 'what: pages or comments' }, cors);
      }
      res.writeHead(200, {
        ...cors,
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="feedback-${what}.csv"`,
        'Cache-Control': 'no-store',
      });
      // A byte order mark, so a spreadsheet reads «Nei», æ, ø and å as UTF-8.
      return res.end(`\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`);
    }
    return send(res, 404, { error: 'not-found' }, cors);
  }, options.logError);
}
