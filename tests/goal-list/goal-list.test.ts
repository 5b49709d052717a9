import { expect, fixture, html } from '@open-wc/testing';
import '../../src/content/goal-list/define.js';
import type { HelseGoalList } from '../../src/content/goal-list/goal-list.js';
import { captureWarnings, part, text, waitForText } from '../helpers/dom.js';
import { failed, outline, ready } from '../helpers/content.js';

async function mount(template: ReturnType<typeof html>, lang = 'nb') {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}>${template}</div>`);
  const el = wrapper.querySelector<HelseGoalList>('helse-goal-list')!;
  await ready(el);
  return el;
}

const items = (el: Element) => Array.from(el.shadowRoot!.querySelectorAll('ol > li'), text);

describe('<helse-goal-list>', () => {
  it('shows only the goals of a strategy document, numbered, under a derived heading', async () => {
    const el = await mount(html`<helse-goal-list src="/tests/fixtures/strategi-2020.json"></helse-goal-list>`);
    expect(outline(el)).to.deep.equal(['h2 Fem strategiske mål']);
    expect(items(el)).to.deep.equal([
      'Styrket innsats for de store pasientgruppene',
      'Kunnskapsbasert pasientbehandling',
      'En organisering som underbygger gode pasientforløp',
      'Rett kompetanse på rett tid til rett sted',
      'Økonomisk bærekraft',
    ]);
    expect(el.shadowRoot!.querySelector('ol')).to.exist;
    expect(text(part(el, 'base'))).not.to.include('hovedutfordringer');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('takes any list of items, with its own heading and level', async () => {
    const el = await mount(html`
      <helse-goal-list heading="Våre mål for 2024" heading-level="3">
        <script type="application/json">
          [{ "title": "Kortere ventetid", "description": "Under 50 dager i snitt." }, "Færre fristbrudd"]
        </script>
      </helse-goal-list>
    `);
    expect(outline(el)).to.deep.equal(['h3 Våre mål for 2024']);
    expect(items(el)).to.deep.equal(['Kortere ventetid Under 50 dager i snitt.', 'Færre fristbrudd']);
    expect(text(part(el, 'item-title'))).to.equal('Kortere ventetid');
  });

  it('shows no heading with heading=""', async () => {
    const el = await mount(html`<helse-goal-list heading="" .data=${['a', 'b']}></helse-goal-list>`);
    expect(outline(el)).to.deep.equal([]);
    expect(items(el)).to.deep.equal(['a', 'b']);
  });

  it('groups goals under their titles one level below the heading', async () => {
    const el = await mount(html`<helse-goal-list src="/tests/fixtures/grouped-goals.json"></helse-goal-list>`);
    expect(outline(el)).to.deep.equal([
      'h2 Seks strategiske mål',
      'h3 Pasientbehandling',
      'h3 Medarbeidere',
      'h3 Økonomi og bærekraft',
    ]);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('follows the language of the page', async () => {
    const el = await mount(html`<helse-goal-list src="/tests/fixtures/strategi-nynorsk.json"></helse-goal-list>`, 'nn');
    await waitForText(el, 'heading', 'Fire strategiske mål');
    el.parentElement!.lang = 'en';
    await waitForText(el, 'heading', 'Four strategic goals');
  });

  it('fails like every content element: message, event, fallback', async () => {
    const warnings = captureWarnings();
    try {
      const wrapper = await fixture<HTMLElement>(html`
        <div lang="nb">
          <helse-goal-list .data=${[{ title: 5 }]}><p id="fallback">Målene våre</p></helse-goal-list>
        </div>
      `);
      const el = wrapper.querySelector('helse-goal-list')!;
      await failed(el);
      expect(wrapper.querySelector('#fallback')!.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(warnings.messages.filter((m) => m.includes('[0].title: expected text'))).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });
});
