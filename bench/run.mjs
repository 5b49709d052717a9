// `npm run bench`: sizes, render time against a hand-written baseline, the meeting archive's year
// filter, upgrade layout shift and memory, in Debian's Chromium, side by side in one run. Prints a
// table, writes bench/results.json, and with --update-docs puts the table into docs/benchmark.md. Not
// part of `npm test`: timings on a shared machine are noisy. The size targets are size-budgets.json's,
// the one source `npm run size` checks too; the render targets live here.
//   npm run bench [-- --samples 400] [-- --update-docs]
//   node bench/run.mjs --only render,filter      some sections only (sizes, render, filter, shift, memory);
//                                                 results.json is written only by a full run
//   node bench/run.mjs --profile 'helse-strategy' CPU profile of one case (or `filter`) with an
//                                                 unminified bundle: the functions with most self time
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
import { flag, numberOption, option } from './options.mjs';

const root = new URL('../', import.meta.url).pathname;
// 400: at 150 the medians of the small cases (0.3–0.5 ms, in 5 µs steps) moved by up to 0.1× from run to run,
// enough to flip a verdict; at 400–600 by up to 0.04× (docs/benchmark.md).
const SAMPLES = numberOption('samples', 400);
const WARMUP = 10;
const CYCLES = numberOption('cycles', 1000);
const SECTIONS = ['sizes', 'render', 'filter', 'shift', 'memory'];
const ONLY = option('only', SECTIONS.join(',')).split(',');
const PROFILE = option('profile', undefined);
const BUDGETS = JSON.parse(readFileSync(new URL('../size-budgets.json', import.meta.url), 'utf8'));
const TARGETS = {
  renderRatio: 1.2,
  /** One frame at 60 Hz, from the visitor's choice to the laid-out result. */
  filterMs: 16,
};

// ---------------------------------------------------------------------------------------------- sizes

function sizes() {
  const dist = new URL('../dist/', import.meta.url);
  return readdirSync(dist)
    .filter((name) => name.endsWith('.min.js'))
    .map((name) => {
      const size = measure(readFileSync(new URL(name, dist)));
      const target = BUDGETS.bundles[name]?.limit;
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

/** All elements from the sources, bundled but not minified: what `--profile` runs, so functions keep their names. */
async function profileBundle() {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [new URL('../src/index.ts', import.meta.url).pathname],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].contents;
}

/** Lit's floor (bench/pages/floor.js) with its own copy of Lit, minified as in our bundles. */
async function floorBundle() {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [new URL('pages/floor.js', import.meta.url).pathname],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].contents;
}

/**
 * The repo's files, plus /test-data/slow?ms=N&file=… (the data of the layout-shift page, late),
 * /bench/floor.js and, when profiling, /bench/profile-bundle.js.
 */
async function startServer() {
  const serve = createStatic({ '/': '.' }, root);
  const built = {
    '/bench/floor.js': await floorBundle(),
    ...(PROFILE ? { '/bench/profile-bundle.js': await profileBundle() } : {}),
  };
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (built[url.pathname]) {
      res.writeHead(200, { 'Content-Type': 'text/javascript', ...ISOLATION });
      res.end(built[url.pathname]);
      return;
    }
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

async function openBench(browser, base, bundle) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1000, height: 800 });
  await page.goto(`${base}/bench/pages/bench.html${bundle ? `?bundle=${bundle}` : ''}`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.benchReady === true);
  await page.evaluate(() => window.bench.prepare());
  return page;
}

/** Stops the run when a baseline does not build the same markup as its element: the comparison would be unfair. */
async function checkMarkup(page) {
  const differences = await page.evaluate(() => window.bench.compare());
  for (const [name, { element, baseline }] of Object.entries(differences)) {
    console.error(
      `${name}: the baseline's markup differs from the element's\n  element:  …${element}…\n  baseline: …${baseline}…`,
    );
  }
  if (Object.keys(differences).length) throw new Error('The baselines must build the markup their elements build.');
}

/**
 * Times two ways of building the same thing, `count` times after `warmup`: interleaved, and alternating who goes
 * first, so drift and caches hit both alike. `sample(arg, i, first)` runs in the page and returns the two times;
 * returns the stats of each.
 */
async function samplePairs(page, sample, arg, warmup, count) {
  const sides = [[], []];
  for (let i = 0; i < warmup + count; i++) {
    const times = await page.evaluate(sample, arg, i, i % 2 === 0);
    if (i >= warmup) times.forEach((ms, side) => sides[side].push(ms));
  }
  return sides.map(stats);
}

/** Render samples of each element and its baseline; notes the page's timer step in `machine`. */
async function render(browser, base, machine) {
  const page = await openBench(browser, base);
  await checkMarkup(page);
  const names = await page.evaluate(() => window.bench.cases);
  machine.timer = await page.evaluate(() => window.bench.clock);
  if (!machine.timer.crossOriginIsolated) console.error(`Not isolated: timings in ${machine.timer.stepMs} ms steps.`);
  const results = [];
  for (const name of names) {
    // The archive takes a hundred times longer than the prompt; fewer samples keep the run bearable.
    const samples = name.includes('2,000') ? Math.ceil(SAMPLES / 3) : SAMPLES;
    const warmup = name.includes('2,000') ? 3 : WARMUP;
    const [e, b] = await samplePairs(page, (name, _, first) => window.bench.sample(name, first), name, warmup, samples);
    const ratio = e.median / b.median;
    // Apart, so the target's samples are taken as before: the element against the same markup in a custom
    // element written by hand, to show what being a custom element at all costs (not the target).
    const [again, byHand] = await samplePairs(
      page,
      (name, _, first) => window.bench.sampleHandWritten(name, first),
      name,
      warmup,
      samples,
    );
    const handRatio = again.median / byHand.median;
    results.push({ tag: name, element: e, baseline: b, ratio, handRatio, meets: ratio <= TARGETS.renderRatio });
  }
  const floor = await litFloor(page);
  for (const result of results) result.floorRatio = (result.baseline.median + floor.costMs) / result.baseline.median;
  await page.close();
  return { cases: results, floor };
}

/** Lit's fixed cost per element beyond the DOM it builds, measured like the cases (bench/pages/floor.js). */
async function litFloor(page) {
  await page.addScriptTag({ url: '/bench/floor.js', type: 'module' });
  await page.waitForFunction(() => window.benchFloor);
  const [l, h] = await samplePairs(page, (_, __, first) => window.benchFloor.sample(first), null, WARMUP, SAMPLES * 2);
  return { lit: l, byHand: h, costMs: Math.max(0, l.median - h.median) };
}

/** The archive's year filter: from all years to one, until laid out; element and hand-written. */
async function filter(browser, base) {
  const page = await openBench(browser, base);
  const [e, b] = await samplePairs(
    page,
    (_, i, first) => window.bench.filterSample(i, first),
    null,
    4,
    Math.ceil(SAMPLES / 2),
  );
  await page.close();
  return { element: e, baseline: b, ratio: e.median / b.median, meets: e.median <= TARGETS.filterMs };
}

/**
 * `--profile NAME`: samples the CPU while one case renders again and again, with an unminified
 * bundle so the functions have their names, and prints where the time goes.
 */
async function profile(browser, base, name) {
  const page = await openBench(browser, base, '/bench/profile-bundle.js');
  const cdp = await page.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  const count = name === 'filter' || name.includes('2,000') ? 40 : 400;
  if (name === 'filter') await page.evaluate(() => window.bench.repeatFilter(4));
  else await page.evaluate((name) => window.bench.repeat(name, 20), name);
  await cdp.send('Profiler.start');
  if (name === 'filter') await page.evaluate((count) => window.bench.repeatFilter(count), count);
  else await page.evaluate((name, count) => window.bench.repeat(name, count), name, count);
  const { profile } = await cdp.send('Profiler.stop');
  await page.close();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const frameName = ({ functionName, url, lineNumber }) =>
    `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`;
  const self = new Map();
  const inclusive = new Map();
  const deltas = profile.timeDeltas;
  profile.samples.forEach((id, i) => {
    const ms = (deltas[i + 1] ?? 0) / 1000;
    const key = frameName(byId.get(id).callFrame);
    self.set(key, (self.get(key) ?? 0) + ms);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const frame = frameName(byId.get(at).callFrame);
      if (seen.has(frame)) continue;
      seen.add(frame);
      inclusive.set(frame, (inclusive.get(frame) ?? 0) + ms);
    }
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const top = (map, rows) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, rows)
      .map(
        ([key, time]) => `${((100 * time) / total).toFixed(1).padStart(5)} %  ${(time / count).toFixed(3)} ms  ${key}`,
      );
  console.log(`CPU profile of ${count} × ${name}: ${(total / count).toFixed(2)} ms sampled per run.`);
  console.log('Self time (style and layout count to the function that forced them):');
  console.log(top(self, 30).join('\n'));
  console.log('Total time, callees included:');
  console.log(top(inclusive, 40).join('\n'));
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
  const page = await openBench(browser, base);
  const cdp = await page.createCDPSession();
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
  for (const tag of await page.evaluate(() => window.bench.memoryCases)) {
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
  const sections = [
    `Machine: ${machine.cpu} (${machine.cores} cores), ${machine.memoryGiB} GiB, ${machine.chromium}, Node ${machine.node}; ${machine.date}; load average ${machine.loadAverage} at the start; timer step ${machine.timer.stepMs.toFixed(3)} ms.`,
  ];
  if (results.sizes) {
    sections.push(
      '**Sizes** (limit: the gzip ceiling in size-budgets.json, which `npm run size` enforces; the files a bundle loads on demand share one ceiling there)',
      table(
        ['file', 'minified', 'gzip', 'brotli', 'limit'],
        results.sizes.map((s) => [
          s.file,
          kb(s.minified),
          kb(s.gzip),
          kb(s.brotli),
          s.target ? `${kb(s.target)} ${mark(s.meets)}` : '',
        ]),
      ),
      '**npm entries** (each entry bundled by esbuild as an app would: minified, `lit`, `@lit/localize` and `valibot` left to the app, the nn/en translations included, CSS and HTML in templates not minified)',
      table(
        ['entry', 'minified', 'gzip', 'brotli'],
        results.entries.map((e) => [e.entry, kb(e.minified), kb(e.gzip), kb(e.brotli)]),
      ),
    );
  }
  if (results.render) {
    const { cases, floor } = results.render;
    sections.push(
      `**Render** (insert with data → content laid out; median of ${SAMPLES} samples, a third of that for the archive, p25–p75; target ≤ ${TARGETS.renderRatio}× the hand-written baseline, which builds the same markup — the bench checks it — into a shadow root with the same style sheets; for the meeting lists that is the newest 20 meetings and «Vis flere møter», as the element shows. *Lit's floor*: the ratio of a Lit element that cost nothing beyond Lit's own fixed cost, below. *Against a custom element*: the ratio, in a pass of its own, to the same markup built by a custom element written by hand — not the target)`,
      table(
        ['element', 'element', 'baseline', 'ratio', "Lit's floor", 'against a custom element', 'target'],
        cases.map((r) => [
          r.tag,
          `${ms(r.element.median)} (${ms(r.element.p25)}–${ms(r.element.p75)})`,
          `${ms(r.baseline.median)} (${ms(r.baseline.p25)}–${ms(r.baseline.p75)})`,
          `${r.ratio.toFixed(2)}×`,
          `${r.floorRatio.toFixed(2)}×`,
          `${r.handRatio.toFixed(2)}×`,
          mark(r.meets),
        ]),
      ),
      `Lit's fixed cost per element, measured the same way (bench/pages/floor.js, median of ${floor.lit.n}): a trivial Lit element ${ms(floor.lit.median)} (${ms(floor.lit.p25)}–${ms(floor.lit.p75)}), the same markup by hand ${ms(floor.byHand.median)} (${ms(floor.byHand.p25)}–${ms(floor.byHand.p75)}): **${ms(floor.costMs)}** that no change to an element's own code can remove.`,
    );
  }
  if (results.filter) {
    const f = results.filter;
    sections.push(
      `**Year filter on the 2,000-meeting archive** (from the first view to one year's meetings, laid out; median of ${f.element.n} samples; target ≤ ${TARGETS.filterMs} ms, one frame)`,
      table(
        ['', 'element', 'hand-written', 'ratio', 'target'],
        [
          [
            'choose a year',
            `${ms(f.element.median)} (${ms(f.element.p25)}–${ms(f.element.p75)})`,
            `${ms(f.baseline.median)} (${ms(f.baseline.p25)}–${ms(f.baseline.p75)})`,
            `${f.ratio.toFixed(2)}×`,
            mark(f.meets),
          ],
        ],
      ),
    );
  }
  if (results.layoutShift) {
    sections.push(
      '**Upgrade layout shift** (data from `src`, bundle loaded late; target 0 with the height reserved)',
      table(
        ['element', 'height reserved', 'nothing reserved', 'target'],
        results.layoutShift.map((r) => [r.tag, r.reserved.toFixed(4), r.unreserved.toFixed(4), mark(r.meets)]),
      ),
    );
  }
  if (results.memory) {
    sections.push(
      `**Memory** (before, halfway and after ${CYCLES} mount/unmount cycles, each after garbage collection; target: no growth in the second half beyond noise, ≤ 128 B per cycle)`,
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
    );
  }
  return sections.join('\n\n');
}

// ---------------------------------------------------------------------------------------------- main

const { server, url } = await startServer();
const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
try {
  if (PROFILE) {
    await profile(browser, url, PROFILE);
  } else {
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
        timer: { stepMs: NaN },
      },
    };
    if (ONLY.includes('sizes')) {
      results.sizes = [...sizes(), await floorSize()];
      results.entries = await entrySizes();
    }
    if (ONLY.includes('render')) {
      console.error('render …');
      results.render = await render(browser, url, results.machine);
    }
    if (ONLY.includes('filter')) {
      console.error('filter …');
      results.filter = await filter(browser, url);
    }
    if (ONLY.includes('shift')) {
      console.error('layout shift …');
      results.layoutShift = await layoutShift(browser, url);
    }
    if (ONLY.includes('memory')) {
      console.error('memory …');
      results.memory = await memory(browser, url);
    }
    const full = SECTIONS.every((section) => ONLY.includes(section));
    if (full) writeFileSync(new URL('results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
    const text = report(results);
    console.log(text);
    if (flag('update-docs')) {
      if (!full) throw new Error('--update-docs needs a full run');
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
  }
} finally {
  await browser.close();
  server.close();
}
