// The in-page side of `npm run bench`: renders each element and its hand-written baseline with the
// same data, checks that both build the same markup, times the meeting list's year filter, and
// mounts elements many times for the memory check. bench/run.mjs calls these.
import { buildBaseline, buildHandWrittenElement, filterBaseline } from './baseline.js';

const stage = document.getElementById('stage');
const json = async (path) => (await fetch(path)).json();

/** 100 meetings over ten years, made from the list fixture. */
function hundredMeetings(list) {
  const meetings = Array.from({ length: 100 }, (_, i) => {
    const source = list.meetings[i % list.meetings.length];
    const year = 2016 + (i % 10);
    return { ...source, title: `${source.title} (${i + 1})`, published: `${year}${source.published.slice(4)}` };
  });
  return { ...list, meetings };
}

/**
 * An older trust's archive: 2,000 meetings over 25 years (2002–2026, 80 a year), oldest first as a
 * CMS exports them, made from the list fixture with dates spread over each year. Deterministic: the
 * same every run.
 */
export function archive(list) {
  const meetings = [];
  for (let year = 2002; year <= 2026; year++) {
    for (let i = 0; i < 80; i++) {
      const { meetingDate, ...source } = list.meetings[(year * 7 + i) % list.meetings.length];
      const month = String(1 + Math.floor((i * 12) / 80)).padStart(2, '0');
      const day = String(1 + ((i * 11) % 28)).padStart(2, '0');
      const published = `${year}-${month}-${day}`;
      meetings.push({
        ...source,
        title: `${source.title} (${year}, ${i + 1})`,
        published,
        ...(meetingDate && { meetingDate: published }),
        ...(source.href && { href: `${source.href}-${year}-${i + 1}` }),
      });
    }
  }
  return { ...list, title: 'Møtearkiv', meetings };
}

const meetingList = await json('/tests/fixtures/meetings.json');

/** What the bench renders: a name, the element's tag and its data. */
const cases = {
  'helse-strategy': { tag: 'helse-strategy', data: await json('/tests/fixtures/strategi-2020.json') },
  'helse-goal-list': { tag: 'helse-goal-list', data: await json('/tests/fixtures/strategi-2030.json') },
  'helse-meeting-summary': {
    tag: 'helse-meeting-summary',
    data: await json('/tests/fixtures/foretaksmote-2022.json'),
  },
  'helse-meeting-list (100)': { tag: 'helse-meeting-list', data: hundredMeetings(meetingList) },
  'helse-meeting-list (2,000)': { tag: 'helse-meeting-list', data: archive(meetingList), memory: false },
  'helse-feedback': { tag: 'helse-feedback', data: null },
};

const rendered = (el) => el.shadowRoot?.querySelector('[part~="base"]');

/**
 * Adds the element with its data, waits until its content is there and laid out; returns ms. As a trust embeds
 * it: the prompt without `allow-repeat`, so it also looks whether the page was answered this session.
 */
async function mountElement(name) {
  const { tag, data } = cases[name];
  const start = performance.now();
  const el = document.createElement(tag);
  if (data) el.data = data;
  stage.append(el);
  while (!rendered(el)) await el.updateComplete;
  void stage.offsetHeight; // style and layout, as the visitor would wait for them
  const ms = performance.now() - start;
  return { el, ms };
}

/**
 * Times a hand-written build (`build(tag, data, styles)`) of a case's markup, inserted and laid out. It looks for
 * the content as `mountElement` does (about 4 µs), so that look is not counted to the element alone.
 */
const styles = {};
function mountBuilt(name, build) {
  const { tag, data } = cases[name];
  const start = performance.now();
  const el = build(tag, data, styles[tag]);
  stage.append(el);
  if (!rendered(el)) throw new Error(`the hand-written ${tag} has no base part`);
  void stage.offsetHeight;
  const ms = performance.now() - start;
  return { el, ms };
}

/** The same, hand-written: build the markup with DOM calls into a shadow root with the same styles. */
const mountBaseline = (name) => mountBuilt(name, buildBaseline);

/** The same, in a custom element written by hand that builds it when connected (baseline.js says why). */
const mountHandWrittenElement = (name) => mountBuilt(name, buildHandWrittenElement);

/**
 * The markup as a visitor's browser and screen reader get it: elements with their attributes
 * (sorted), text with white space collapsed. Lit's comment markers and the white space between
 * tags that the templates' formatting leaves are not markup anyone sees.
 */
function markup(root) {
  const serialize = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return node.data;
    if (node.nodeType !== Node.ELEMENT_NODE) return '';
    const attributes = Array.from(node.attributes, (a) => ` ${a.name}="${a.value}"`)
      .sort()
      .join('');
    return `<${node.localName}${attributes}>${Array.from(node.childNodes, serialize).join('')}</${node.localName}>`;
  };
  return serialize(root)
    .replace(/\s+/g, ' ')
    .replace(/ ?(<[^>]*>) ?/g, '$1');
}

/** The first place two markups part, with some context, or undefined when they agree. */
function difference(a, b) {
  if (a === b) return undefined;
  let at = 0;
  while (a[at] === b[at]) at++;
  return { element: a.slice(Math.max(0, at - 120), at + 120), baseline: b.slice(Math.max(0, at - 120), at + 120) };
}

/** The smallest step performance.now() takes here: 5 µs when cross-origin isolated, else 100 µs. */
function clockStep() {
  let step = Infinity;
  for (let i = 0; i < 50; i++) {
    const t0 = performance.now();
    let t1 = performance.now();
    while (t1 === t0) t1 = performance.now();
    step = Math.min(step, t1 - t0);
  }
  return step;
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve));

/** The archive's filter: a visitor picks one year (cycling through a few), timed to laid-out result. */
const FILTER_CASE = 'helse-meeting-list (2,000)';
const FILTER_YEARS = ['2019', '2008', '2025', '2013'];

async function filterElement(year) {
  const { el } = await mountElement(FILTER_CASE);
  await nextTask();
  const select = el.shadowRoot.querySelector('select');
  const start = performance.now();
  select.value = year;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
  void stage.offsetHeight;
  const ms = performance.now() - start;
  return { el, ms };
}

async function filterHandWritten(year) {
  const { el } = mountBaseline(FILTER_CASE);
  await nextTask();
  const select = el.shadowRoot.querySelector('select');
  const start = performance.now();
  select.value = year;
  filterBaseline(el, cases[FILTER_CASE].data, year);
  void stage.offsetHeight;
  const ms = performance.now() - start;
  return { el, ms };
}

/**
 * Times the element's mount and another's in turn (`elementFirst` says which goes first), each removed and
 * followed by a task; returns [elementMs, otherMs].
 */
async function pair(elementFirst, element, other) {
  const times = [];
  for (const mount of elementFirst ? [element, other] : [other, element]) {
    const { el, ms } = await mount();
    times.push(ms);
    el.remove();
    await nextTask();
  }
  return elementFirst ? times : times.reverse();
}

window.bench = {
  cases: Object.keys(cases),
  memoryCases: Object.keys(cases).filter((name) => cases[name].memory !== false),
  clock: { crossOriginIsolated, stepMs: clockStep() },
  async prepare() {
    await customElements.whenDefined('helse-feedback');
    // The baseline gets exactly the element's style sheets: the comparison is about building DOM.
    for (const name of this.cases) {
      const { el } = await mountElement(name);
      styles[cases[name].tag] = el.shadowRoot.adoptedStyleSheets;
      el.remove();
    }
  },
  /** Where each baseline's markup differs from its element's (empty when all agree), after a render and after a filter. */
  async compare() {
    const differences = {};
    for (const name of this.cases) {
      const { el } = await mountElement(name);
      const { el: host } = mountBaseline(name);
      const { el: hand } = mountHandWrittenElement(name);
      const found =
        difference(markup(rendered(el)), markup(rendered(host))) ??
        difference(markup(rendered(el)), markup(rendered(hand)));
      if (found) differences[name] = found;
      el.remove();
      host.remove();
      hand.remove();
    }
    const { el } = await filterElement(FILTER_YEARS[0]);
    const { el: host } = await filterHandWritten(FILTER_YEARS[0]);
    const found = difference(markup(rendered(el)), markup(rendered(host)));
    if (found) differences[`${FILTER_CASE}, filtered`] = found;
    el.remove();
    host.remove();
    return differences;
  },
  /** Medians of the script part and the style-and-layout part of a render, element and baseline (for the docs). */
  async split(name, count) {
    const { tag, data } = cases[name];
    const median = (values) => values.sort((a, b) => a - b)[values.length >> 1];
    const e = { script: [], layout: [] };
    const b = { script: [], layout: [] };
    for (let i = 0; i < count; i++) {
      let t0 = performance.now();
      const el = document.createElement(tag);
      if (data) el.data = data;
      stage.append(el);
      while (!rendered(el)) await el.updateComplete;
      let t1 = performance.now();
      void stage.offsetHeight;
      let t2 = performance.now();
      e.script.push(t1 - t0);
      e.layout.push(t2 - t1);
      el.remove();
      await nextTask();
      t0 = performance.now();
      const host = buildBaseline(tag, data, styles[tag]);
      stage.append(host);
      t1 = performance.now();
      void stage.offsetHeight;
      t2 = performance.now();
      b.script.push(t1 - t0);
      b.layout.push(t2 - t1);
      host.remove();
      await nextTask();
    }
    return {
      element: { script: median(e.script), layout: median(e.layout) },
      baseline: { script: median(b.script), layout: median(b.layout) },
    };
  },
  /** The markup of an element, as compare() sees it. */
  async markup(name) {
    const { el } = await mountElement(name);
    const result = markup(rendered(el));
    el.remove();
    return result;
  },
  /** One sample of each, element and baseline in turn; returns [elementMs, baselineMs]. */
  sample(name, elementFirst) {
    return pair(
      elementFirst,
      () => mountElement(name),
      () => mountBaseline(name),
    );
  },
  /** One sample of the element and of the hand-written custom element, in turn; returns [elementMs, handMs]. */
  sampleHandWritten(name, elementFirst) {
    return pair(
      elementFirst,
      () => mountElement(name),
      () => mountHandWrittenElement(name),
    );
  },
  /** One sample of the filter, element and baseline in turn; returns [elementMs, baselineMs]. */
  filterSample(i, elementFirst) {
    const year = FILTER_YEARS[i % FILTER_YEARS.length];
    return pair(
      elementFirst,
      () => filterElement(year),
      () => filterHandWritten(year),
    );
  },
  /** Renders one case `count` times, for the profiler. */
  async repeat(name, count) {
    for (let i = 0; i < count; i++) {
      (await mountElement(name)).el.remove();
      await nextTask();
    }
  },
  async repeatFilter(count) {
    for (let i = 0; i < count; i++) (await filterElement(FILTER_YEARS[i % FILTER_YEARS.length])).el.remove();
  },
  async cycles(name, count) {
    for (let i = 0; i < count; i++) (await mountElement(name)).el.remove();
  },
};
window.benchReady = true;
