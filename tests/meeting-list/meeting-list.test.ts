import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/content/meeting-list/define.js';
import type { HelseMeetingList } from '../../src/content/meeting-list/meeting-list.js';
import { captureWarnings, focused, part, text, waitForText } from '../helpers/dom.js';
import { failed, outline, ready } from '../helpers/content.js';

async function mount(options: { src?: string; data?: unknown; lang?: string; limit?: number } = {}) {
  const wrapper = await fixture<HTMLElement>(html`
    <div lang=${options.lang ?? 'nb'}>
      <helse-meeting-list
        src=${options.src ?? '/tests/fixtures/meetings.json'}
        limit=${options.limit ?? ''}
        .data=${options.data}
      ></helse-meeting-list>
    </div>
  `);
  const el = wrapper.querySelector<HelseMeetingList>('helse-meeting-list')!;
  await ready(el);
  return el;
}

const cards = (el: Element) => Array.from(el.shadowRoot!.querySelectorAll('[part~="card"]'));
const titles = (el: Element) => cards(el).map((card) => text(card.querySelector('[part~="card-title"]')));
const status = (el: Element) => text(el.shadowRoot!.querySelector('[role="status"]'));

describe('<helse-meeting-list>', () => {
  it('shows every meeting newest first, grouped by year under headings', async () => {
    const el = await mount();
    expect(outline(el).filter((h) => !h.startsWith('h4'))).to.deep.equal([
      'h2 Foretaksmøter og styremøter',
      'h3 2022',
      'h3 2021',
      'h3 2020',
    ]);
    expect(titles(el)).to.deep.equal([
      'Styremøte i oktober',
      'Styremøte i juni: økonomisk langtidsplan vedtatt',
      'Foretaksmøte for helseforetakene avholdt',
      'Styremøte i september: ny struktur for akuttberedskap',
      'Ekstraordinært foretaksmøte',
      'Styremøte i mars',
      'Foretaksmøte: oppdrag og bestilling for 2021',
      'Styremøte i desember',
      'Styremøte i februar',
      'Foretaksmøte: oppdrag og bestilling for 2020',
    ]);
    expect(el.shadowRoot!.querySelectorAll('h4').length).to.equal(10);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('shows each card with kind, linked title, date and lead', async () => {
    const el = await mount();
    const card = cards(el)[2];
    expect(text(card.querySelector('[part~="kind"]'))).to.equal('Foretaksmøte');
    const link = card.querySelector('[part~="card-title"] a')!;
    expect(link.getAttribute('href')).to.equal('/nyheter/foretaksmote-for-helseforetakene-avholdt');
    expect(card.querySelector('time')!.getAttribute('datetime')).to.equal('2022-02-18');
    expect(text(card.querySelector('[part~="meta"]'))).to.equal('18.02.2022');
    expect(text(card.querySelector('[part~="lead"]'))).to.match(/^Fredag 18\. februar/);
    // A meeting without href has a plain title, and its date falls back to the publication date.
    const plain = cards(el)[4];
    expect(plain.querySelector('a')).to.equal(null);
    expect(plain.querySelector('time')!.getAttribute('datetime')).to.equal('2021-06-18');
  });

  it('marks the nynorsk meeting with its language', async () => {
    const el = await mount();
    const nynorsk = cards(el)[3];
    expect(nynorsk.querySelector('[part~="card-title"] [lang="nn"]')).to.exist;
    expect(nynorsk.querySelector('[part~="lead"] [lang="nn"]')).to.exist;
    expect(cards(el)[0].querySelector('[lang]')).to.equal(null);
  });

  it('filters by year with the keyboard, and announces how many are shown', async () => {
    const el = await mount();
    const select = part<HTMLSelectElement>(el, 'filter')!;
    const label = el.shadowRoot!.querySelector(`label[for="${select.id}"]`);
    expect(text(label)).to.equal('Vis møter fra');
    expect(Array.from(select.options, (option) => option.text)).to.deep.equal(['Alle år', '2022', '2021', '2020']);
    select.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.year).to.equal('2021');
    expect(focused(el)).to.equal(select);
    expect(outline(el).filter((h) => h.startsWith('h3'))).to.deep.equal(['h3 2021']);
    expect(cards(el)).to.have.length(4);
    expect(status(el)).to.equal('Viser 4 møter');
    await expect(el).shadowDom.to.be.accessible();
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(cards(el)).to.have.length(10);
    expect(status(el)).to.equal('Viser 10 møter');
  });

  it('starts on a year given by the `year` attribute', async () => {
    const wrapper = await fixture(
      html`<div lang="nb">
        <helse-meeting-list src="/tests/fixtures/meetings.json" year="2020"></helse-meeting-list>
      </div>`,
    );
    const el = wrapper.querySelector<HelseMeetingList>('helse-meeting-list')!;
    await ready(el);
    expect(titles(el)).to.deep.equal([
      'Styremøte i desember',
      'Styremøte i februar',
      'Foretaksmøte: oppdrag og bestilling for 2020',
    ]);
    expect(part<HTMLSelectElement>(el, 'filter')!.value).to.equal('2020');
  });

  it('shows at most `limit` meetings, the newest', async () => {
    const el = await mount({ limit: 3 });
    expect(titles(el)).to.deep.equal([
      'Styremøte i oktober',
      'Styremøte i juni: økonomisk langtidsplan vedtatt',
      'Foretaksmøte for helseforetakene avholdt',
    ]);
  });

  describe('a long archive', () => {
    /** 45 meetings, one a month from January 2019; «Styremøte 5» has no link. */
    const archive = {
      title: 'Møtearkiv',
      meetings: Array.from({ length: 45 }, (_, i) => ({
        title: `Styremøte ${i + 1}`,
        kind: 'Styremøte',
        published: `${2019 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-15`,
        ...(i === 4 ? {} : { href: `/nyheter/styremote-${i + 1}` }),
      })),
    };

    it('shows 20 meetings at a time; «Vis flere møter» by keyboard adds 20, moves focus to the first of them and says how many', async () => {
      const el = await mount({ data: archive });
      expect(titles(el)).to.have.length(20);
      expect(titles(el)[0]).to.equal('Styremøte 45');
      const more = part<HTMLButtonElement>(el, 'more')!;
      expect(text(more)).to.equal('Vis flere møter');
      await expect(el).shadowDom.to.be.accessible();

      more.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => cards(el).length === 40, 'the next 20 never came');
      // The 21st newest is meeting 25, with a link: focus lands on it.
      expect(focused(el)?.localName).to.equal('a');
      expect(text(focused(el))).to.equal('Styremøte 25');
      expect(status(el)).to.equal('Viser 40 møter');

      part<HTMLButtonElement>(el, 'more')!.focus();
      await sendKeys({ press: 'Space' });
      await waitUntil(() => cards(el).length === 45, 'the last 5 never came');
      // Meeting 5 has no link: its heading takes focus, out of the tab order.
      const heading = cards(el)[40].querySelector<HTMLElement>('[part~="card-title"]')!;
      expect(text(heading)).to.equal('Styremøte 5');
      // Compared by identity: chai would spend minutes describing two elements that differ.
      expect(focused(el) === heading, `focus on ${focused(el)?.outerHTML}`).to.equal(true);
      expect(heading.tabIndex).to.equal(-1);
      expect(part(el, 'more') === null, 'more is gone').to.equal(true);
      expect(status(el)).to.equal('Viser 45 møter');
      await expect(el).shadowDom.to.be.accessible();
    });

    it('checks a meeting when it is first shown: a broken one is left out and named, the archive stays usable', async () => {
      const broken = structuredClone(archive);
      delete (broken.meetings[1] as { title?: string }).title; // on the first page (the 44th newest of 45)
      broken.meetings[40].published = '2022-02-30'; // the 5th newest: impossible
      broken.meetings[30] = 'Styremøte 31' as unknown as (typeof broken.meetings)[number]; // the 15th newest: not a meeting
      const warnings = captureWarnings();
      try {
        const errors: string[] = [];
        const wrapper = await fixture<HTMLElement>(html`<div lang="nb"></div>`);
        const el = document.createElement('helse-meeting-list');
        el.addEventListener('helse-data-error', (event) => errors.push(event.detail.path!));
        el.data = broken;
        wrapper.append(el);
        await ready(el);
        // Two of the newest 21 are broken: the first page shows the 20 others, the 44th newest not yet checked.
        expect(titles(el)).to.have.length(20);
        expect(titles(el)).not.to.include('Styremøte 41');
        expect(titles(el)).not.to.include('Styremøte 31');
        expect(titles(el)[19]).to.equal('Styremøte 24');
        expect(part(el, 'error')).to.equal(null);
        // Without real dates a meeting cannot be ordered: those are named at once, in the document's order.
        expect(errors).to.deep.equal(['meetings[30]', 'meetings[40].published']);
        expect(warnings.messages).to.deep.equal([
          'helse-widgets: <helse-meeting-list> cannot show a meeting, and leaves it out: meetings[30]: expected a meeting (an object with a title and published)',
          'helse-widgets: <helse-meeting-list> cannot show a meeting, and leaves it out: meetings[40].published: expected a real date as YYYY-MM-DD',
        ]);

        part<HTMLButtonElement>(el, 'more')!.click();
        await waitUntil(() => cards(el).length === 40, 'the next 20 never came');
        expect(errors).to.have.length(2);
        part<HTMLButtonElement>(el, 'more')!.click();
        await waitUntil(() => errors.length === 3, 'the broken meeting on the last page was never named');
        expect(errors[2]).to.equal('meetings[1].title');
        expect(titles(el)).to.have.length(42);
        expect(titles(el).at(-1)).to.equal('Styremøte 1');
        expect(status(el)).to.equal('Viser 42 møter');
        expect(part(el, 'more')).to.equal(null);
        await expect(el).shadowDom.to.be.accessible();
      } finally {
        warnings.restore();
      }
    });

    it('starts a chosen year on its first page, and `limit` still caps the list', async () => {
      const el = await mount({ data: archive });
      part<HTMLButtonElement>(el, 'more')!.click();
      await waitUntil(() => cards(el).length === 40);
      el.year = '2020';
      await el.updateComplete;
      expect(titles(el)).to.have.length(12);
      expect(part(el, 'more') === null, 'more is gone').to.equal(true);
      el.year = '';
      await el.updateComplete;
      expect(titles(el)).to.have.length(20);

      const limited = await mount({ data: archive, limit: 25 });
      part<HTMLButtonElement>(limited, 'more')!.click();
      await waitUntil(() => cards(limited).length === 25);
      expect(part(limited, 'more') === null).to.equal(true);
    });
  });

  it('says so when there are no meetings', async () => {
    const el = await mount({ data: { meetings: [] } });
    expect(text(part(el, 'empty'))).to.equal('Ingen møter å vise');
    expect(part(el, 'filter')).to.equal(null);
    await expect(el).shadowDom.to.be.accessible();
  });

  describe('in nynorsk and English', () => {
    const cases: [string, string, string, string, string][] = [
      ['nn', 'Vis møte frå', 'Alle år', '27.10.2022', 'Ingen møte å vise'],
      ['en', 'Show meetings from', 'All years', '27 October 2022', 'No meetings to show'],
    ];
    for (const [lang, label, all, date, empty] of cases) {
      it(lang, async () => {
        const el = await mount({ lang });
        await waitUntilLabel(el, label);
        expect(part<HTMLSelectElement>(el, 'filter')!.options[0].text).to.equal(all);
        expect(text(cards(el)[0].querySelector('[part~="meta"]'))).to.equal(date);
        await expect(el).shadowDom.to.be.accessible();
        const none = await mount({ lang, data: { meetings: [] } });
        await waitForText(none, 'empty', empty);
      });
    }
  });

  it('fails like every content element', async () => {
    const warnings = captureWarnings();
    try {
      const wrapper = await fixture(html`
        <div lang="nb">
          <helse-meeting-list
            .data=${{ title: 'Møter', meetings: { title: 'Styremøte', published: '2022-02-18' } }}
          ></helse-meeting-list>
        </div>
      `);
      const el = wrapper.querySelector('helse-meeting-list')!;
      await failed(el);
      expect(warnings.messages.some((m) => m.includes('meetings: expected a list of meetings'))).to.equal(true);
      await expect(el).shadowDom.to.be.accessible();
    } finally {
      warnings.restore();
    }
  });
});

async function waitUntilLabel(el: Element, label: string) {
  await waitUntil(() => text(el.shadowRoot!.querySelector('label')) === label, `label never said ${label}`);
}
