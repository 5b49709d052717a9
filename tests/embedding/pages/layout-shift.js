// A page that reserves an element's height, then loads the bundle late, the way a CMS page with a
// slow script would. It reports to the parent test the layout shift it saw and where the text
// below the element stood before the upgrade and after the data rendered.
// ?tag=helse-strategy&file=tests/fixtures/x.json&reserved=1234.5px (no `reserved`: measure only)
const params = new URLSearchParams(location.search);
const tag = params.get('tag');
const reserved = params.get('reserved');

// Only shifts from the moment the bundle is added count: the element itself is inserted by this
// script, which may run after the first paint, and that move is the test page's, not the upgrade's.
let upgradeStart = Infinity;
let shift = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if (entry.startTime >= upgradeStart) shift += entry.value;
}).observe({ type: 'layout-shift', buffered: true });

const frames = (n) =>
  new Promise((resolve) => (n ? requestAnimationFrame(() => frames(n - 1).then(resolve)) : resolve()));
const below = () => document.getElementById('below').getBoundingClientRect().top;

const el = document.createElement(tag);
// The data comes slowly, so the loading state is on screen for a while.
el.setAttribute('src', `/test-data/slow?ms=300&file=${params.get('file')}`);
if (reserved) {
  el.className = 'reserved';
  el.style.setProperty('--reserved', reserved);
}
document.getElementById('slot').append(el);

await frames(3);
const belowBefore = below();
upgradeStart = performance.now();
const script = document.createElement('script');
script.type = 'module';
script.src = '/dist/helse-widgets.min.js';
document.head.append(script);
await new Promise((resolve) => {
  const check = () => (el.shadowRoot?.querySelector('[part~="base"]') ? resolve() : setTimeout(check, 20));
  check();
});
await frames(3);
parent.postMessage(
  { height: el.getBoundingClientRect().height, shift, belowBefore, belowAfter: below() },
  location.origin,
);
