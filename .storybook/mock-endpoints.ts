/**
 * Storybook never talks to the network: requests to /mock/… are answered here, in the page.
 *
 *   /mock/feedback/accept    201, the receiver took the answer
 *   /mock/feedback/hang      never answers (the «sending» state)
 *   /mock/feedback/reject    400, refused for good (error with «Prøv igjen»)
 *   /mock/feedback/offline   a network fault (kept, sent when back online)
 *   /mock/content/hang       never answers (the loading state of content elements)
 *   /mock/content/missing    404
 *   /mock/report/<scenario>/api/pages|trend|comments, PATCH …/comments/<id>   the collector's API:
 *                            ok, empty (a period without answers), fail (500), hang
 */
import { SITE, collectorPage as page } from '../tests/support/collector-pages.mjs';

const realFetch = window.fetch.bind(window);

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

function never(signal: AbortSignal | null | undefined): Promise<Response> {
  return new Promise((_, reject) => signal?.addEventListener('abort', () => reject(signal.reason)));
}

/** In the collector's order: by the lower bound of the share of «Nei»; 1 «Nei» of 1 ranks low. */
const PAGES = [
  page('/besok', 'Besøkstider', 2, 6, 3),
  page('/parkering', 'Parkering', 5, 5, 0),
  page('/om-oss/strategi-2030', 'Strategi 2030', 9, 1, 1),
  page('/behandlinger/hjerte', 'Hjertemedisin', 0, 1, 0),
  page('/behandlinger/ortopedi', 'Ortopedi', 2, 1, 1),
].sort((a, b) => b.noLowerBound - a.noLowerBound);

const COMMENTS = [
  ['c6', '/behandlinger/ortopedi', 'Ortopedi', 'Hvor lang er ventetiden for kneoperasjon?', 'nb', '2026-11-24', 'new'],
  ['c5', '/besok', 'Besøkstider', 'Fant ikke besøkstidene for barneavdelingen.', 'nb', '2026-11-20', 'new'],
  ['c4', '/besok', 'Besøkstider', 'Kva tid kan eg kome på besøk i helga?', 'nn', '2026-11-18', 'new'],
  [
    'c3',
    '/parkering',
    'Parkering',
    'Billige klokker http://spam.example http://spam.example/2',
    'nb',
    '2026-11-12',
    'spam',
  ],
  ['c2', '/om-oss/strategi-2030', 'Strategi 2030', 'Takk, fant strategien.', 'nb', '2026-11-08', 'handled'],
  ['c1', '/besok', 'Besøkstider', 'Visiting hours for the maternity ward?', 'en', '2026-11-02', 'handled'],
].map(([id, path, title, comment, locale, date, status]) => ({
  id,
  page: `${SITE}${path}`,
  title,
  comment,
  locale,
  receivedAt: `${date}T10:00:00.000Z`,
  date,
  status,
}));

/** Story tokens: `storybook-triage` may change statuses (TRIAGE_TOKEN); `storybook` only reads. */
const TRIAGE_TOKEN = 'Bearer storybook-triage';
const DAY_MS = 86_400_000;

/** A row for every day of the period, with fixed made-up counts; an empty period is all zeros. */
function trend(url: URL, empty: boolean) {
  const start = Date.parse(`${url.searchParams.get('from')}T00:00:00Z`);
  const end = Date.parse(`${url.searchParams.get('to')}T00:00:00Z`);
  const scale = url.searchParams.has('page') ? 0.3 : url.searchParams.has('prefix') ? 0.6 : 1;
  const days = [];
  for (let time = start, i = 0; time <= end && i < 400; time += DAY_MS, i++) {
    const weekend = [0, 6].includes(new Date(time).getUTCDay());
    const yes = empty ? 0 : Math.round(scale * ((weekend ? 2 : 6) + ((i * 7) % 5)));
    const no = empty ? 0 : Math.round(scale * ((weekend ? 0 : 2) + ((i * 3) % 4) + (i > 20 ? 2 : 0)));
    days.push({ date: new Date(time).toISOString().slice(0, 10), yes, no });
  }
  return { days };
}

const pathOf = (address: string) => new URL(address).pathname;

/** The collector's API with fixed data, for <helse-feedback-report>; PATCH changes the status in memory. */
function collector(url: URL, init: RequestInit | undefined): Promise<Response> | Response {
  const [, , , scenario, , resource, id] = url.pathname.split('/');
  const query = url.searchParams;
  if (scenario === 'hang') return never(init?.signal);
  if (scenario === 'fail') return json(500, { error: 'internal' });
  const empty = scenario === 'empty';
  if (init?.method === 'PATCH') {
    const authorization = new Headers(init.headers).get('Authorization');
    if (authorization !== TRIAGE_TOKEN) return json(403, { error: 'forbidden' });
    const comment = COMMENTS.find((item) => item.id === id);
    if (!comment) return json(404, { error: 'not-found' });
    const { status } = JSON.parse(String(init.body)) as { status: string };
    if (!['new', 'handled', 'spam'].includes(status)) return json(400, { error: 'invalid-body' });
    comment.status = status;
    return new Response(null, { status: 204 });
  }
  const prefix = query.get('prefix');
  if (resource === 'pages') {
    const min = Number(query.get('min') ?? 0);
    return json(200, {
      pages: empty ? [] : PAGES.filter((p) => p.total >= min && (!prefix || pathOf(p.page).startsWith(prefix))),
    });
  }
  if (resource === 'trend') return json(200, trend(url, empty));
  const statuses = (query.get('status') ?? 'new,handled').split(',');
  const needle = (query.get('q') ?? '').toLowerCase();
  const chosen = query.get('page');
  const comments = empty
    ? []
    : COMMENTS.filter(
        (item) =>
          statuses.includes(item.status) &&
          (chosen ? item.page === chosen : !prefix || pathOf(item.page).startsWith(prefix)) &&
          item.comment.toLowerCase().includes(needle),
      );
  const start = Number(query.get('cursor') ?? 0);
  return json(200, {
    comments: comments.slice(start, start + 4),
    next: start + 4 < comments.length ? String(start + 4) : null,
  });
}

export function installMockEndpoints(): void {
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (!url.pathname.startsWith('/mock/')) return realFetch(input, init);
    if (url.pathname.startsWith('/mock/report/')) return collector(url, init);
    switch (url.pathname) {
      case '/mock/feedback/accept':
        return json(201, { status: 'stored' });
      case '/mock/feedback/reject':
        return json(400, { error: 'invalid', message: 'The mock receiver refuses every answer.' });
      case '/mock/feedback/offline':
        throw new TypeError('Failed to fetch');
      case '/mock/content/missing':
        return json(404, { error: 'not found' });
      default:
        return never(init?.signal);
    }
  };
}
