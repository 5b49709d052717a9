import { expect } from '@open-wc/testing';
import { CONTENT_FIXTURES } from '../helpers/content.js';

interface Report {
  height: number;
  shift: number;
  belowBefore: number;
  belowAfter: number;
}

/** Loads the test page in a fresh frame (a document of its own) and waits for its report. */
async function visit(query: string, frameHeight: number): Promise<Report> {
  const frame = document.createElement('iframe');
  frame.width = '800';
  frame.height = String(frameHeight);
  const report = new Promise<Report>((resolve) => {
    const onMessage = (event: MessageEvent) => {
      if (event.source !== frame.contentWindow) return;
      removeEventListener('message', onMessage);
      resolve(event.data as Report);
    };
    addEventListener('message', onMessage);
  });
  frame.src = `/tests/embedding/pages/layout-shift.html?${query}`;
  document.body.append(frame);
  try {
    return await report;
  } finally {
    frame.remove();
  }
}

const cases = CONTENT_FIXTURES.map(([tag, fixture]) => [tag, `tests/fixtures/${fixture}`] as const);

describe('upgrading an element that loads its data with src', () => {
  for (const [tag, file] of cases) {
    it(`<${tag}> with its height reserved shifts nothing`, async function () {
      this.timeout(20000);
      const query = `tag=${tag}&file=${file}`;
      // First how tall it renders, then a fresh page that reserves exactly that, all of it on screen.
      const { height } = await visit(query, 800);
      expect(height).to.be.greaterThan(50);
      const frameHeight = Math.ceil(height) + 400;
      const report = await visit(`${query}&reserved=${height}px`, frameHeight);
      expect(report.belowAfter, 'the text below stays put').to.equal(report.belowBefore);
      expect(report.shift, 'layout shift').to.equal(0);
    });
  }

  it('without a reservation the shift is seen (the check works)', async function () {
    this.timeout(20000);
    const report = await visit('tag=helse-goal-list&file=tests/fixtures/strategi-2030.json', 1200);
    expect(report.belowAfter).to.be.greaterThan(report.belowBefore);
    expect(report.shift).to.be.greaterThan(0);
  });
});
