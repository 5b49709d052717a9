// The in-page side of `npm run bench`: renders each element and its hand-written baseline with the
// same data, and mounts elements many times for the memory check. bench/run.mjs calls these.
import { buildBaseline } from './baseline.js';

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

const data = {
  'helse-strategy': await json('/tests/fixtures/strategi-2020.json'),
  'helse-meeting-summary': await json('/tests/fixtures/foretaksmote-2022.json'),
  'helse-meeting-list': hundredMeetings(await json('/tests/fixtures/meetings.json')),
  'helse-feedback': null,
};

const rendered = (el) => el.shadowRoot?.querySelector('[part~="base"]');

/** Adds the element with its data, waits until its content is there and laid out; returns ms. */
async function mountElement(tag) {
  const start = performance.now();
  const el = document.createElement(tag);
  if (data[tag]) el.data = data[tag];
  el.setAttribute('allow-repeat', '');
  stage.append(el);
  while (!rendered(el)) await el.updateComplete;
  void stage.offsetHeight; // style and layout, as the visitor would wait for them
  const ms = performance.now() - start;
  return { el, ms };
}

/** The same, hand-written: build the markup with DOM calls into a shadow root with the same styles. */
const styles = {};
function mountBaseline(tag) {
  const start = performance.now();
  const host = buildBaseline(tag, data[tag], styles[tag]);
  stage.append(host);
  void stage.offsetHeight;
  const ms = performance.now() - start;
  return { el: host, ms };
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

window.bench = {
  tags: Object.keys(data),
  clock: { crossOriginIsolated, stepMs: clockStep() },
  async prepare() {
    await customElements.whenDefined('helse-feedback');
    // The baseline gets exactly the element's style sheets: the comparison is about building DOM.
    for (const tag of this.tags) {
      const { el } = await mountElement(tag);
      styles[tag] = el.shadowRoot.adoptedStyleSheets;
      el.remove();
    }
  },
  /** One sample of each, element and baseline in turn; returns [elementMs, baselineMs]. */
  async sample(tag, elementFirst) {
    const runs = elementFirst ? ['element', 'baseline'] : ['baseline', 'element'];
    const result = {};
    for (const run of runs) {
      const { el, ms } = run === 'element' ? await mountElement(tag) : mountBaseline(tag);
      result[run] = ms;
      el.remove();
      await new Promise((resolve) => setTimeout(resolve));
    }
    return [result.element, result.baseline];
  },
  async cycles(tag, count) {
    for (let i = 0; i < count; i++) (await mountElement(tag)).el.remove();
  },
};
window.benchReady = true;
