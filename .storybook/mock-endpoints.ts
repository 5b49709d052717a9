/**
 * Storybook never talks to the network: requests to /mock/… are answered here, in the page.
 *
 *   /mock/feedback/accept    201, the receiver took the answer
 *   /mock/feedback/hang      never answers (the «sending» state)
 *   /mock/feedback/reject    400, refused for good (error with «Prøv igjen»)
 *   /mock/feedback/offline   a network fault (kept, sent when back online)
 *   /mock/content/hang       never answers (the loading state of content elements)
 *   /mock/content/missing    404
 *   /mock/report/<scenario>/api/pages|comments   the collector's read API: ok, empty, fail (500), hang
 */
const realFetch = window.fetch.bind(window);

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

function never(signal: AbortSignal | null | undefined): Promise<Response> {
  return new Promise((_, reject) => signal?.addEventListener('abort', () => reject(signal.reason)));
}

const PAGES = [
  { page: 'https://helse-midt.no/besok', title: 'Besøkstider', yes: 2, no: 6, comments: 3, total: 8, noShare: 0.75 },
  { page: 'https://helse-midt.no/parkering', title: 'Parkering', yes: 5, no: 5, comments: 0, total: 10, noShare: 0.5 },
  {
    page: 'https://helse-midt.no/om-oss/strategi-2030',
    title: 'Strategi 2030',
    yes: 9,
    no: 1,
    comments: 1,
    total: 10,
    noShare: 0.1,
  },
].map((page) => ({ site: 'https://helse-midt.no', ...page }));
const COMMENTS = [
  {
    id: 'c3',
    comment: 'Fant ikke besøkstidene for barneavdelingen.',
    locale: 'nb',
    receivedAt: '2026-11-20T10:00:00.000Z',
  },
  { id: 'c2', comment: 'Kva tid kan eg kome på besøk i helga?', locale: 'nn', receivedAt: '2026-11-18T09:00:00.000Z' },
  { id: 'c1', comment: 'Visiting hours for the maternity ward?', locale: 'en', receivedAt: '2026-11-02T08:00:00.000Z' },
];

/** The collector's read API with fixed data, for <helse-feedback-report>. */
function collector(url: URL, signal: AbortSignal | null | undefined): Promise<Response> | Response {
  const [, , , scenario, , resource] = url.pathname.split('/');
  if (scenario === 'hang') return never(signal);
  if (scenario === 'fail') return json(500, { error: 'internal' });
  if (resource === 'pages') return json(200, { pages: scenario === 'empty' ? [] : PAGES });
  const start = Number(url.searchParams.get('cursor') ?? 0);
  const comments = url.searchParams.get('page') === PAGES[0].page ? COMMENTS : [];
  return json(200, {
    comments: comments.slice(start, start + 2),
    next: start + 2 < comments.length ? String(start + 2) : null,
  });
}

export function installMockEndpoints(): void {
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (!url.pathname.startsWith('/mock/')) return realFetch(input, init);
    if (url.pathname.startsWith('/mock/report/')) return collector(url, init?.signal);
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
