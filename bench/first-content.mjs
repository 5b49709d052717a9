// `npm run bench` (second part): time to first content of the Strategi 2020 page in three forms, measured
// side by side in one run, each page load on a fresh tab with an empty cache, under a 4× CPU slowdown and
// Chrome DevTools' «Slow 4G» network (Chrome DevTools Protocol):
//   static       the content as plain HTML, no script (the fallback `helse-widgets render` generates);
//   pre-rendered `helse-widgets render` output with helse-widgets-hydrate.min.js, which hydrates it;
//   client       <helse-strategy src="…json"> with helse-widgets.min.js, rendered in the browser.
// First content: the first contentful paint of the page, whose only content is the strategy; the
// largest contentful paint is shown beside it. Target: pre-rendered within 1.1× of static HTML.
// Prints a table and writes bench/results-first-content.json.
//   node bench/first-content.mjs [--samples 7]
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import puppeteer, { PredefinedNetworkConditions } from 'puppeteer-core';
import { findChromium, CHROMIUM_ARGS } from '../scripts/chromium.mjs';
import { numberOption } from './options.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const SAMPLES = numberOption('samples', 7);
const CPU_SLOWDOWN = 4;
const NETWORK = 'Slow 4G';
const TARGET_RATIO = 1.1;
const FIXTURE = 'tests/fixtures/strategi-2020.json';

function render() {
  const { status, stdout, stderr } = spawnSync(
    process.execPath,
    ['bin/helse-widgets.mjs', 'render', '--element', 'strategy', '--heading-level', '1', FIXTURE],
    { cwd: root, encoding: 'utf8' },
  );
  if (status !== 0) throw new Error(`helse-widgets render failed: ${stderr}`);
  return stdout;
}

const page = (title, body, script = '') => `<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${title}</title>
${script && `<script type="module" src="/dist/${script}"></script>`}
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;

const prerendered = render();
// The generated fallback: everything after the inline JSON, up to the closing tag.
const staticHtml = prerendered.slice(
  prerendered.indexOf('</script>') + 9,
  prerendered.lastIndexOf('</helse-strategy>'),
);

const FORMS = {
  static: page('Strategi 2020 (static HTML)', staticHtml),
  'pre-rendered': page('Strategi 2020 (pre-rendered)', prerendered, 'helse-widgets-hydrate.min.js'),
  client: page(
    'Strategi 2020 (client-rendered)',
    '<helse-strategy src="/content/strategi-2020.json" heading-level="1"></helse-strategy>',
    'helse-widgets.min.js',
  ),
};

function startServer() {
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url, 'http://localhost');
    const form = pathname.slice(1).replace(/\.html$/, '');
    if (FORMS[form]) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      return res.end(FORMS[form]);
    }
    const file = pathname.startsWith('/dist/')
      ? `${root}${pathname.slice(1)}`
      : pathname.startsWith('/content/')
        ? `${root}tests/fixtures/${pathname.slice('/content/'.length)}`
        : '';
    if (file && existsSync(file)) {
      const type = file.endsWith('.json') ? 'application/json' : 'text/javascript';
      res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' });
      return res.end(readFileSync(file));
    }
    res.writeHead(404).end();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** One load of one form on a fresh tab: its paints, what it fetched, and whether the strategy is there. */
async function load(browser, base, form) {
  const tab = await browser.newPage();
  try {
    await tab.setCacheEnabled(false);
    const cdp = await tab.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await tab.emulateNetworkConditions(PredefinedNetworkConditions[NETWORK]);
    const requests = [];
    let bytes = 0;
    tab.on('request', (request) => requests.push(new URL(request.url()).pathname));
    cdp.on('Network.loadingFinished', (event) => (bytes += event.encodedDataLength));
    await cdp.send('Network.enable');
    await tab.evaluateOnNewDocument(() => {
      window.__lcp = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__lcp = entry.startTime;
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    });
    await tab.goto(`${base}/${form}.html`, { waitUntil: 'networkidle0', timeout: 60000 });
    // Whatever the form, the strategy's title is on the page, drawn by it or by its shadow root.
    await tab.waitForFunction(
      () => {
        const host = document.querySelector('helse-strategy');
        const scope = host ? host.shadowRoot : document;
        return scope?.querySelector('h1')?.textContent.trim() === 'Strategi 2020';
      },
      { timeout: 60000 },
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    const paints = await tab.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      lcp: window.__lcp,
      hydrated: customElements.get('helse-strategy') ? document.querySelector('helse-strategy').hasUpdated : null,
    }));
    return { ...paints, bytes, requests: requests.length, json: requests.some((path) => path.endsWith('.json')) };
  } finally {
    await tab.close();
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

const server = await startServer();
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
const samples = Object.fromEntries(Object.keys(FORMS).map((form) => [form, []]));
try {
  await load(browser, base, 'static'); // warm up the browser process, not the (disabled) cache
  // Interleaved, so a busy moment on a shared machine falls on every form alike.
  for (let i = 0; i < SAMPLES; i += 1) {
    for (const form of Object.keys(FORMS)) samples[form].push(await load(browser, base, form));
  }
} finally {
  await browser.close();
  server.close();
}

const rows = Object.entries(samples).map(([form, runs]) => ({
  form,
  fcp: median(runs.map((run) => run.fcp)),
  lcp: median(runs.map((run) => run.lcp)),
  bytes: median(runs.map((run) => run.bytes)),
  requests: median(runs.map((run) => run.requests)),
  jsonRequest: runs.some((run) => run.json),
  hydrated: runs.every((run) => run.hydrated !== false),
}));
const staticFcp = rows[0].fcp;
for (const row of rows) row.ratio = row.fcp / staticFcp;

const ms = (value) => `${Math.round(value)} ms`.padStart(8);
console.log(
  `\nTime to first content, Strategi 2020 — ${CPU_SLOWDOWN}× CPU slowdown, «${NETWORK}», empty cache, ` +
    `median of ${SAMPLES} (${cpus().length} cores, load ${loadavg()[0].toFixed(1)})\n`,
);
console.log(['form'.padEnd(14), '     FCP', '     LCP', ' × static', '   bytes', 'requests', 'JSON fetched'].join(' '));
for (const row of rows) {
  console.log(
    [
      row.form.padEnd(14),
      ms(row.fcp),
      ms(row.lcp),
      `${row.ratio.toFixed(2)}×`.padStart(9),
      `${(row.bytes / 1024).toFixed(1)} KB`.padStart(8),
      String(row.requests).padStart(8),
      row.jsonRequest ? 'yes' : 'no',
    ].join(' '),
  );
}
const prerender = rows.find((row) => row.form === 'pre-rendered');
const meets = prerender.ratio <= TARGET_RATIO;
console.log(
  `\npre-rendered is ${prerender.ratio.toFixed(2)}× static HTML (target ≤ ${TARGET_RATIO}×): ${meets ? 'met' : 'missed'}`,
);
writeFileSync(
  new URL('results-first-content.json', import.meta.url),
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      conditions: { cpuSlowdown: CPU_SLOWDOWN, network: NETWORK, samples: SAMPLES, cache: 'disabled' },
      target: { preRenderedToStatic: TARGET_RATIO, met: meets },
      rows,
    },
    null,
    2,
  )}\n`,
);
if (prerender.jsonRequest || !prerender.hydrated) {
  console.error('pre-rendered: the element fetched its JSON or did not hydrate');
  process.exitCode = 1;
}
