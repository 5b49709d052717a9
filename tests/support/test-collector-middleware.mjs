// A fixture collector for the <helse-feedback-report> tests: the collector's read API with fixed data.
//   /report-api/<scenario>/api/pages|comments    scenario: ok, empty, fail (500), slow (2 s)
//   /report-api/requests                         the requests seen so far (path, query, authorization)
// Reads need `Authorization: Bearer secret`, as the real collector would (401 otherwise).
const PAGES = [
  {
    page: 'https://helse-midt.no/besok',
    site: 'https://helse-midt.no',
    title: 'Besøkstider',
    yes: 2,
    no: 6,
    comments: 3,
    total: 8,
    noShare: 0.75,
  },
  {
    page: 'https://helse-midt.no/parkering',
    site: 'https://helse-midt.no',
    title: 'Parkering',
    yes: 5,
    no: 5,
    comments: 0,
    total: 10,
    noShare: 0.5,
  },
  {
    page: 'https://helse-midt.no/om-oss',
    site: 'https://helse-midt.no',
    title: null,
    yes: 9,
    no: 1,
    comments: 1,
    total: 10,
    noShare: 0.1,
  },
];
const COMMENTS = [
  {
    id: 'c3',
    comment: 'Fant ikke besøkstidene for barneavdelingen.',
    locale: 'nb',
    // Half past midnight in Oslo: the day shown is the collector's `date`, not the UTC one.
    receivedAt: '2026-11-19T23:30:00.000000Z',
    date: '2026-11-20',
  },
  {
    id: 'c2',
    comment: '<script>alert(1)</script> Kva tid kan eg kome?',
    locale: 'nn',
    receivedAt: '2026-11-18T09:00:00.000Z',
  },
  { id: 'c1', comment: 'Visiting hours for the maternity ward?', locale: 'en', receivedAt: '2026-11-02T08:00:00.000Z' },
];

const requests = [];

export function collectorMiddleware() {
  return async function collector(ctx, next) {
    if (!ctx.path.startsWith('/report-api/')) return next();
    if (ctx.path === '/report-api/requests') {
      ctx.body = requests.splice(0);
      return;
    }
    const [, , scenario, , resource] = ctx.path.split('/');
    requests.push({ resource, query: ctx.querystring, authorization: ctx.get('authorization') });
    if (ctx.get('authorization') !== 'Bearer secret') {
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
    if (resource === 'pages') {
      ctx.body = { pages: scenario === 'empty' ? [] : PAGES };
      return;
    }
    // Two comments a page: the cursor is the index to continue from.
    const start = Number(ctx.query.cursor ?? 0);
    const comments = ctx.query.page === PAGES[0].page ? COMMENTS : [];
    ctx.body = {
      comments: comments.slice(start, start + 2),
      next: start + 2 < comments.length ? String(start + 2) : null,
    };
  };
}
