import { expect, fixture, html } from '@open-wc/testing';
import '../../src/content/meeting-summary/define.js';
import type { HelseMeetingSummary } from '../../src/content/meeting-summary/meeting-summary.js';
import type { DataErrorDetail } from '../../src/content/errors.js';
import { captureWarnings, part, text, waitForText } from '../helpers/dom.js';
import { failed, fixtureJson, outline, ready } from '../helpers/content.js';

async function mount(options: { src?: string; data?: unknown; lang?: string; level?: number } = {}) {
  const wrapper = await fixture<HTMLElement>(html`
    <div lang=${options.lang ?? 'nb'} style="width: 600px">
      <helse-meeting-summary
        src=${options.src ?? ''}
        heading-level=${options.level ?? 2}
        .data=${options.data}
      ></helse-meeting-summary>
    </div>
  `);
  const el = wrapper.querySelector<HelseMeetingSummary>('helse-meeting-summary')!;
  await ready(el);
  return el;
}

/** Mounts with data expected to be rejected, and returns the event detail. */
async function rejected(data: unknown): Promise<DataErrorDetail> {
  const warnings = captureWarnings();
  try {
    let detail: DataErrorDetail | undefined;
    const wrapper = await fixture<HTMLElement>(html`
      <div lang="nb" @helse-data-error=${(e: CustomEvent<DataErrorDetail>) => (detail = e.detail)}>
        <helse-meeting-summary .data=${data}></helse-meeting-summary>
      </div>
    `);
    await failed(wrapper.querySelector('helse-meeting-summary')!);
    expect(warnings.messages).to.have.length(1);
    return detail!;
  } finally {
    warnings.restore();
  }
}

const all = (el: Element, selector: string) => Array.from(el.shadowRoot!.querySelectorAll(selector));
const SEED = '/tests/fixtures/foretaksmote-2022.json';

describe('<helse-meeting-summary>', () => {
  describe('the seed news item', () => {
    it('renders kind, title, lead and the dates in <time>', async () => {
      const el = await mount({ src: SEED });
      expect(text(part(el, 'kind'))).to.equal('Foretaksmøte');
      expect(text(part(el, 'title'))).to.equal('Foretaksmøte for helseforetakene avholdt');
      expect(part(el, 'title')!.localName).to.equal('h2');
      expect(text(part(el, 'lead'))).to.match(/^Fredag 18\. februar ble det avholdt felles foretaksmøte/);
      const times = all(el, '[part~="meta"] time');
      expect(times.map((t) => t.getAttribute('datetime'))).to.deep.equal(['2022-02-18', '2022-02-18']);
      expect(text(el.shadowRoot!.querySelector('.published'))).to.equal('Publisert 18.02.2022');
      expect(text(el.shadowRoot!.querySelector('.held'))).to.equal('Møtedato 18.02.2022');
    });

    it('shows the image with its alt text, lazily, with its box reserved', async () => {
      const el = await mount({ src: SEED });
      const image = part<HTMLImageElement>(el, 'image')!;
      expect(image.alt).to.equal('En gruppe mennesker foran en bygning med mange vinduer');
      expect(image.getAttribute('loading')).to.equal('lazy');
      expect(image.getAttribute('width')).to.equal('1200');
      expect(image.getAttribute('height')).to.equal('675');
      // The box has its height before the picture has loaded, so nothing below it jumps.
      const box = image.getBoundingClientRect();
      expect(box.width).to.equal(600);
      expect(box.height).to.be.closeTo(337.5, 1);
    });

    it('numbers the owner’s three goals between their intro and closing sentence', async () => {
      const el = await mount({ src: SEED });
      const goals = part(el, 'goals')!;
      const [intro, outro] = Array.from(goals.querySelectorAll(':scope > p'), text);
      expect(intro).to.match(/oppdrag om å innrette virksomheten med sikte på å nå følgende hovedmål:$/);
      expect(Array.from(goals.querySelectorAll('ol > li'), text)).to.deep.equal([
        'Styrke psykisk helsevern og tverrfaglig spesialisert rusbehandling',
        'Styrke forskning, innovasjon og kompetanse og forbedre kvalitet og pasientsikkerhet',
        'Sørge for rask tilgang og sammenhengende pasientforløp',
      ]);
      expect(outro).to.match(/^Disse målene gjelder også for helseforetakene i regionen\./);
    });

    it('renders the six body paragraphs and the two links', async () => {
      const el = await mount({ src: SEED });
      const paragraphs = all(el, '.section p').map(text);
      expect(paragraphs).to.have.length(6);
      expect(paragraphs[0]).to.match(/^Standardisering er en forutsetning/);
      expect(paragraphs[5]).to.match(/prioritering av midler mellom drift og investering\.$/);
      const links = all(el, '[part~="links"] a');
      expect(links.map(text)).to.deep.equal([
        'Her kan du lese protokollene fra foretaksmøtene',
        'Her kan du lese styringsdokumentene til helseforetakene',
      ]);
      expect(links[0].getAttribute('href')).to.equal('/om-oss/foretaksmoter');
      await expect(el).shadowDom.to.be.accessible();
    });
  });

  describe('dates in every locale', () => {
    const cases: [string, string, string][] = [
      ['nb', 'Publisert 18.02.2022', 'Møtedato 18.02.2022'],
      ['nn', 'Publisert 18.02.2022', 'Møtedato 18.02.2022'],
      ['en', 'Published 18 February 2022', 'Meeting date 18 February 2022'],
    ];
    for (const [lang, published, held] of cases) {
      it(`${lang}: «${published}»`, async () => {
        const el = await mount({ src: SEED, lang });
        await waitForText(el, 'meta', `${published} ${held}`);
        await expect(el).shadowDom.to.be.accessible();
      });
    }
  });

  describe('variations', () => {
    const base = { title: 'Styremøte i Helse Nord', published: '2023-05-04' };

    it('without an image, kind, meeting date, goals or links', async () => {
      const el = await mount({ data: base });
      expect(part(el, 'figure')).to.equal(null);
      expect(part(el, 'kind')).to.equal(null);
      expect(text(part(el, 'meta'))).to.equal('Publisert 04.05.2023');
      expect(part(el, 'goals')).to.equal(null);
      await expect(el).shadowDom.to.be.accessible();
    });

    it('with a decorative image: empty alt, no caption', async () => {
      const el = await mount({
        data: { ...base, image: { src: '/tests/fixtures/images/foretaksmote-2022.svg', decorative: true } },
      });
      const image = part<HTMLImageElement>(el, 'image')!;
      expect(image.getAttribute('alt')).to.equal('');
      expect(part(el, 'caption')).to.equal(null);
      await expect(el).shadowDom.to.be.accessible();
    });

    it('with an image without size: an aspect ratio keeps its box', async () => {
      const el = await mount({
        data: {
          ...base,
          image: { src: '/tests/fixtures/images/foretaksmote-2022.svg', alt: 'Styret', caption: 'Foto: Helse Nord' },
        },
      });
      const box = part(el, 'image')!.getBoundingClientRect();
      expect(box.height).to.be.closeTo((box.width * 9) / 16, 1);
      expect(text(part(el, 'caption'))).to.equal('Foto: Helse Nord');
    });

    it('with section headings one level under the title, and heading-level', async () => {
      const el = await mount({
        data: { ...base, sections: [{ heading: 'Saker', paragraphs: ['Sak 1'] }, { paragraphs: ['Uten overskrift'] }] },
        level: 1,
      });
      expect(outline(el)).to.deep.equal(['h1 Styremøte i Helse Nord', 'h2 Saker']);
    });

    it('with file type and size on links', async () => {
      const el = await mount({
        data: { ...base, links: [{ label: 'Protokoll', href: '/protokoll.pdf', type: 'pdf', size: 245000 }] },
      });
      expect(text(part(el, 'link'))).to.equal('Protokoll (PDF, 245 kB)');
    });
  });

  describe('rejects', () => {
    const image = { src: '/x.svg' };
    it('an image without alt text', async () => {
      const detail = await rejected({ title: 'T', published: '2022-02-18', image });
      expect(detail.message).to.equal('image.alt: required');
    });

    it('an image from a javascript: URL', async () => {
      const detail = await rejected({
        title: 'T',
        published: '2022-02-18',
        image: { src: 'javascript:alert(1)', alt: 'x' },
      });
      expect(detail.path).to.equal('image');
    });

    it('a missing publication date', async () => {
      const detail = await rejected({ title: 'T' });
      expect(detail.message).to.equal('published: required');
    });

    it('an impossible date', async () => {
      const detail = await rejected({ title: 'T', published: '2022-02-30' });
      expect(detail.message).to.equal('published: expected a real date as YYYY-MM-DD');
    });

    it('a date in the wrong format', async () => {
      const detail = await rejected({ title: 'T', published: '2022-02-18', meetingDate: '18.02.2022' });
      expect(detail.message).to.equal('meetingDate: expected a date as YYYY-MM-DD');
    });

    it('a 404 and a malformed file, like every content element', async () => {
      for (const src of ['/tests/fixtures/nope.json', '/tests/fixtures/broken/malformed.json']) {
        const warnings = captureWarnings();
        try {
          const wrapper = await fixture(
            html`<div lang="nb"><helse-meeting-summary src=${src}></helse-meeting-summary></div>`,
          );
          const el = wrapper.querySelector('helse-meeting-summary')!;
          await failed(el);
          expect(part(el, 'error'), src).to.exist;
          await expect(el).shadowDom.to.be.accessible();
        } finally {
          warnings.restore();
        }
      }
    });
  });

  it('renders script payloads in every text field as text, and javascript: links as text', async () => {
    (window as unknown as { __pwned: boolean }).__pwned = false;
    const p = '<img src=x onerror="window.__pwned = true">';
    const seed = await fixtureJson<Record<string, unknown>>('foretaksmote-2022.json');
    const data = {
      ...seed,
      title: p,
      kind: p,
      lead: p,
      image: { src: '/tests/fixtures/images/foretaksmote-2022.svg', alt: p, caption: p },
      goals: { intro: p, items: [p, { title: p, description: p }], outro: p },
      sections: [{ heading: p, paragraphs: [p, p] }],
      links: [{ label: p, href: 'javascript:window.__pwned=true' }],
    };
    const el = await mount({ data });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(all(el, 'img').length).to.equal(1);
    expect(part<HTMLImageElement>(el, 'image')!.alt).to.equal(p);
    expect(all(el, 'a').length).to.equal(0);
    expect(text(part(el, 'title'))).to.equal(p);
    expect(text(part(el, 'caption'))).to.equal(p);
    expect((window as unknown as { __pwned: boolean }).__pwned).to.equal(false);
  });
});
