// `npm run bench`: sizes, render time against a hand-written baseline, upgrade layout shift and
// memory, in Debian's Chromium, side by side in one run. Prints a table, writes bench/results.json,
// and with --update-docs puts the table into docs/benchmark.md. Not part of `npm test`: timings on a
// shared machine are noisy, so the targets live here.
//   npm run bench [-- --samples 60] [-- --update-docs]
import { createServer } from 'node:http';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import puppeteer from 'puppeteer-core';
import { findChromium, CHROMIUM_ARGS } from '../scripts/chromium.mjs';
import { measure } from '../scripts/measure-size.mjs';
import { createStatic } from '../server/http/static.mjs';
import { flag, option } from './options.mjs';

const root = new URL('../', import.meta.url).pathname;
const SAMPLES = option('samples', 60);
const WARMUP = 10;
const CYCLES = option('cycles', 1000);
const TARGETS = {
  'helse-widgets.min.js': 16 * 1024,
  'helse-feedback.min.js': 9 * 1024,
  renderRatio: 1.2,
};

// ---------------------------------------------------------------------------------------------- sizes

function sizes() {
  const dist = new URL('../dist/', import.meta.url);
  return readdirSync(dist)
    .filter((name) => name.endsWith('.min.js'))
    .map((name) => {
      const size = measure(readFileSync(new URL(name, dist)));
      const target = TARGETS[name];
      return { file: name, ...size, target, meets: target === undefined ? undefined : size.gzip <= target };
    });
}

/**
 * The npm entries as a bundler would ship them in an app that already has Lit: each entry with its own
 * modules, minified, and `lit`, `@lit/localize` and `valibot` left out (shared with the app).
 */
async function entrySizes() {
  const { build } = await import('esbuild');
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  const entries = Object.entries(pkg.exports).filter(
    ([, target]) => typeof target === 'object' && target.default.startsWith('./dist/'),
  );
  const rows = [];
  for (const [name, target] of entries) {
    const result = await build({
      entryPoints: [new URL(`.${target.default.slice(1)}`, new URL('../', import.meta.url)).pathname],
      bundle: true,
      minify: true,
      format: 'esm',
      write: false,
      external: ['lit', 'lit/*', '@lit/*', 'valibot'],
      // package.json marks the class modules side-effect free; measure what the entry really pulls in.
      ignoreAnnotations: true,
      logLevel: 'silent',
    });
    rows.push({ entry: `helse-widgets${name.slice(1)}`, ...measure(result.outputFiles[0].contents) });
  }
  return rows;
}

/**
 * What every self-contained bundle starts from: Lit and `msg`, with one trivial element, bundled and
 * minified. A bundle's own code is its size minus this.
 */
async function floorSize() {
  const { build } = await import('esbuild');
  const result = await build({
    stdin: {
      contents: `
        import { LitElement, html, css } from 'lit';
        import { msg } from './src/core/lit-localize.ts';
        customElements.define('x-floor', class extends LitElement {
          static styles = css\`:host { display: block }\`;
          static properties = { name: {} };
          render() { return html\`<p>\${msg('Hei')} \${this.name}</p>\`; }
        });`,
      resolveDir: root,
    },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  return { file: 'Lit + msg, one trivial element (the floor)', ...measure(result.outputFiles[0].contents) };
}

// --------------------------------------------------------------------------------------- the server

const ISOLATION = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };

/** The repo's files, plus /test-data/slow?ms=N&file=… (the data of the layout-shift page, late). */
async function startServer() {
  const serve = createStatic({ '/': '.' }, root);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (url.pathname === '/test-data/slow') {
      await sleep(Number(url.searchParams.get('ms') ?? 0));
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(readFileSync(new URL(url.searchParams.get('file'), `file://${root}`)));
      return;
    }
    // The benchmark page is cross-origin isolated: without it Chromium rounds performance.now() to
    // 0.1 ms, coarser than a whole render of <helse-feedback>; isolated, it is 5 µs.
    const isolation = url.pathname.startsWith('/bench/') ? ISOLATION : {};
    if (!(await serve(req, res, isolation))) {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${server.address().port}` };
}

// ------------------------------------------------------------------------------------------- render

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), p25: quantile(sorted, 0.25), p75: quantile(sorted, 0.75), n: sorted.length };
};

/** Render samples of each element and its baseline; notes the page's timer step in `machine`. */
async function render(browser, base, machine) {
  const page = await browser.newPage();
  await page.goto(`${base}/bench/pages/bench.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.benchReady === true);
  await page.evaluate(() => window.bench.prepare());
  const tags = await page.evaluate(() => window.bench.tags);
  machine.timer = await page.evaluate(() => window.bench.clock);
  if (!machine.timer.crossOriginIsolated) console.error(`Not isolated: timings in ${machine.timer.stepMs} ms steps.`);
  const results = [];
  for (const tag of tags) {
    const element = [];
    const baseline = [];
    for (let i = 0; i < WARMUP + SAMPLES; i++) {
      // Interleaved, and alternating who goes first, so drift and caches hit both alike.
      const [e, b] = await page.evaluate((tag, first) => window.bench.sample(tag, first), tag, i % 2 === 0);
      if (i < WARMUP) continue;
      element.push(e);
      baseline.push(b);
    }
    const e = stats(element);
    const b = stats(baseline);
    const ratio = e.median / b.median;
    results.push({ tag, element: e, baseline: b, ratio, meets: ratio <= TARGETS.renderRatio });
  }
  await page.close();
  return results;
}

// ------------------------------------------------------------------------------------- layout shift

const SHIFT_CASES = [
  ['helse-strategy', 'tests/fixtures/strategi-2020.json'],
  ['helse-goal-list', 'tests/fixtures/strategi-2030.json'],
  ['helse-meeting-summary', 'tests/fixtures/foretaksmote-2022.json'],
  ['helse-meeting-list', 'tests/fixtures/meetings.json'],
];

/** The layout-shift page of the tests: the element loads its data with src after the bundle arrives late. */
async function visitShiftPage(browser, base, query, height) {
  const page = await browser.newPage();
  await page.setViewport({ width: 800, height });
  let resolveReport;
  const report = new Promise((resolve) => (resolveReport = resolve));
  await page.exposeFunction('__report', (data) => resolveReport(data));
  // The page reports to its parent frame; here it is the top page, so catch its own message.
  await page.evaluateOnNewDocument(() => window.addEventListener('message', (event) => window.__report(event.data)));
  await page.goto(`${base}/tests/embedding/pages/layout-shift.html?${query}`);
  const result = await report;
  await page.close();
  return result;
}

async function layoutShift(browser, base) {
  const results = [];
  for (const [tag, file] of SHIFT_CASES) {
    const query = `tag=${tag}&file=${file}`;
    // Measured in a viewport tall enough for all of it, so no scrollbar narrows the page.
    const measured = await visitShiftPage(browser, base, query, 6000);
    const height = Math.ceil(measured.height) + 400;
    const reserved = await visitShiftPage(browser, base, `${query}&reserved=${measured.height}px`, height);
    const unreserved = await visitShiftPage(browser, base, query, height);
    results.push({ tag, reserved: reserved.shift, unreserved: unreserved.shift, meets: reserved.shift === 0 });
  }
  return results;
}

// ------------------------------------------------------------------------------------------- memory

async function memory(browser, base) {
  const page = await browser.newPage();
  const cdp = await page.createCDPSession();
  await page.goto(`${base}/bench/pages/bench.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.benchReady === true);
  await page.evaluate(() => window.bench.prepare());
  const snapshot = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
    return { heap: usedSize, nodes, listeners: jsEventListeners };
  };
  const cycles = (tag, count) => page.evaluate((tag, count) => window.bench.cycles(tag, count), tag, count);
  const diff = (a, b) => ({ heap: b.heap - a.heap, nodes: b.nodes - a.nodes, listeners: b.listeners - a.listeners });
  const half = Math.round(CYCLES / 2);
  const results = [];
  for (const tag of await page.evaluate(() => window.bench.tags)) {
    await cycles(tag, 20);
    const before = await snapshot();
    await cycles(tag, half);
    const middle = await snapshot();
    await cycles(tag, CYCLES - half);
    const after = await snapshot();
    // The first cycles grow the heap by tens of KB (optimised code, Intl and template caches) and
    // then it levels off, so the verdict is on the second half: a leak keeps growing there. Forced
    // GC leaves about ±30 KB of noise per 500 cycles; one leaked element is over 1 KB per cycle.
    const steady = diff(middle, after);
    const heapPerCycle = steady.heap / (CYCLES - half);
    const meets = heapPerCycle <= 128 && steady.nodes <= 10 && steady.listeners <= 0;
    results.push({ tag, cycles: CYCLES, before, middle, after, growth: diff(before, after), heapPerCycle, meets });
  }
  await page.close();
  return results;
}

// -------------------------------------------------------------------------------------------- output

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value) => `${value.toFixed(2)} ms`;
const mark = (meets) => (meets === undefined ? '' : meets ? 'PASS' : 'MISS');

function table(headers, rows) {
  const widths = headers.map((header, i) => Math.max(header.length, ...rows.map((row) => String(row[i]).length)));
  const line = (cells) => `| ${cells.map((cell, i) => String(cell).padEnd(widths[i])).join(' | ')} |`;
  return [line(headers), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.map(line)].join('\n');
}

function report(results) {
  const { machine } = results;
  return [
    `Machine: ${machine.cpu} (${machine.cores} cores), ${machine.memoryGiB} GiB, ${machine.chromium}, Node ${machine.node}; ${machine.date}; load average ${machine.loadAverage} at the start; timer step ${machine.timer.stepMs.toFixed(3)} ms.`,
    '',
    '**Sizes** (target: all-in-one ≤ 16 KB gzip, feedback alone ≤ 9 KB)',
    '',
    table(
      ['file', 'minified', 'gzip', 'brotli', 'target'],
      results.sizes.map((s) => [
        s.file,
        kb(s.minified),
        kb(s.gzip),
        kb(s.brotli),
        s.target ? `${kb(s.target)} ${mark(s.meets)}` : '',
      ]),
    ),
    '',
    '**npm entries** (each entry bundled by esbuild as an app would: minified, `lit`, `@lit/localize` and `valibot` left to the app, the nn/en translations included, CSS and HTML in templates not minified)',
    '',
    table(
      ['entry', 'minified', 'gzip', 'brotli'],
      results.entries.map((e) => [e.entry, kb(e.minified), kb(e.gzip), kb(e.brotli)]),
    ),
    '',
    `**Render** (insert with data → content laid out; median of ${SAMPLES} samples, p25–p75; target ≤ ${TARGETS.renderRatio}× the hand-written baseline)`,
    '',
    table(
      ['element', 'element', 'baseline', 'ratio', 'target'],
      results.render.map((r) => [
        r.tag,
        `${ms(r.element.median)} (${ms(r.element.p25)}–${ms(r.element.p75)})`,
        `${ms(r.baseline.median)} (${ms(r.baseline.p25)}–${ms(r.baseline.p75)})`,
        `${r.ratio.toFixed(2)}×`,
        mark(r.meets),
      ]),
    ),
    '',
    '**Upgrade layout shift** (data from `src`, bundle loaded late; target 0 with the height reserved)',
    '',
    table(
      ['element', 'height reserved', 'nothing reserved', 'target'],
      results.layoutShift.map((r) => [r.tag, r.reserved.toFixed(4), r.unreserved.toFixed(4), mark(r.meets)]),
    ),
    '',
    `**Memory** (before, halfway and after ${CYCLES} mount/unmount cycles, each after garbage collection; target: no growth in the second half beyond noise, ≤ 128 B per cycle)`,
    '',
    table(
      ['element', 'JS heap before → half → after', 'second half', 'DOM nodes', 'listeners', 'target'],
      results.memory.map((r) => [
        r.tag,
        `${kb(r.before.heap)} → ${kb(r.middle.heap)} → ${kb(r.after.heap)}`,
        `${r.heapPerCycle.toFixed(0)} B/cycle`,
        `${r.before.nodes} → ${r.after.nodes}`,
        `${r.before.listeners} → ${r.after.listeners}`,
        mark(r.meets),
      ]),
    ),
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------- main

const { server, url } = await startServer();
const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
try {
  const results = {
    machine: {
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      // What else ran: on a shared machine a load above the core count makes the timings slower and wider.
      loadAverage: Number(loadavg()[0].toFixed(1)),
      chromium: await browser.version(),
      node: process.versions.node,
      date: new Date().toISOString().slice(0, 10),
    },
    sizes: [...sizes(), await floorSize()],
    entries: await entrySizes(),
  };
  console.error('render …');
  results.render = await render(browser, url, results.machine);
  console.error('layout shift …');
  results.layoutShift = await layoutShift(browser, url);
  console.error('memory …');
  results.memory = await memory(browser, url);
  writeFileSync(new URL('results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
  const text = report(results);
  console.log(text);
  if (flag('update-docs')) {
    const page = new URL('../docs/benchmark.md', import.meta.url);
    const begin = '<!-- bench:begin -->';
    const end = '<!-- bench:end -->';
    const current = readFileSync(page, 'utf8');
    const at = current.indexOf(begin);
    const until = current.indexOf(end);
    if (at === -1 || until === -1) throw new Error(`docs/benchmark.md has no ${begin} … ${end} section`);
    const updated = `${current.slice(0, at + begin.length)}\n\n${text}\n\n${current.slice(until)}`;
    // The docs are formatted like the code (`npm run lint` checks them).
    const path = fileURLToPath(page);
    const options = (await prettier.resolveConfig(path)) ?? {};
    writeFileSync(page, await prettier.format(updated, { ...options, filepath: path }));
    console.error('docs/benchmark.md updated.');
  }
} finally {
  await browser.close();
  server.close();
}
