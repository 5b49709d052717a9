// Lit's floor: what any Lit element costs beyond the DOM it builds. A trivial element — one style
// sheet, a div with a paragraph, no properties — against the same markup built by hand into a shadow
// root, timed like the cases (insert → laid out). bench/run.mjs bundles this with its own copy of Lit
// and serves it as /bench/floor.js; the difference of the medians is the fixed cost per element that
// no change to our code can remove, and sets the best ratio a Lit element can reach for each case.
import { LitElement, css, html } from 'lit';

const sheet = css`
  :host {
    display: block;
  }
  p {
    margin: 0;
  }
`;

class BenchFloor extends LitElement {
  static styles = sheet;
  render() {
    return html`<div part="base"><p>Fant du det du lette etter?</p></div>`;
  }
}
customElements.define('bench-floor', BenchFloor);

const stage = document.getElementById('stage');
const nextTask = () => new Promise((resolve) => setTimeout(resolve));

async function mountLit() {
  const start = performance.now();
  const el = document.createElement('bench-floor');
  stage.append(el);
  await el.updateComplete;
  void stage.offsetHeight;
  const ms = performance.now() - start;
  el.remove();
  return ms;
}

function mountByHand() {
  const start = performance.now();
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [sheet.styleSheet];
  const base = document.createElement('div');
  base.setAttribute('part', 'base');
  const p = document.createElement('p');
  p.textContent = 'Fant du det du lette etter?';
  base.append(p);
  root.append(base);
  stage.append(host);
  void stage.offsetHeight;
  const ms = performance.now() - start;
  host.remove();
  return ms;
}

window.benchFloor = {
  /** One sample of each, in turn; returns [litMs, byHandMs]. */
  async sample(litFirst) {
    const lit = litFirst ? await mountLit() : undefined;
    await nextTask();
    const byHand = mountByHand();
    await nextTask();
    return [lit ?? (await mountLit()), byHand];
  },
};
