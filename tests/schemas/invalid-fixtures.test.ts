import { expect, fixture, oneEvent } from '@open-wc/testing';
import '../../src/content/strategy/define.js';
import '../../src/content/meeting-summary/define.js';
import '../../src/content/meeting-list/define.js';
import type { DataErrorDetail } from '../../src/content/errors.js';
import { captureWarnings, part, text } from '../helpers/dom.js';

interface Case {
  file: string;
  element: string;
  path: string;
  shown?: string[];
}

/**
 * The invalid fixtures, in the elements themselves: each names the path that `helse-widgets validate`
 * and the JSON Schema test expect (tests/fixtures/invalid/cases.json), and shows its error state — or,
 * for a list with one broken meeting, the other meetings.
 */
describe('the elements on the invalid fixtures', () => {
  it('each fails with the path the CLI and the schema name, and the error state the CLI quotes or the rest', async () => {
    const { cases } = (await (await fetch('/tests/fixtures/invalid/cases.json')).json()) as { cases: Case[] };
    expect(cases.length).to.be.greaterThan(10);
    const warnings = captureWarnings();
    try {
      for (const { file, element, path, shown } of cases) {
        const el = document.createElement(element);
        el.setAttribute('src', `/tests/fixtures/invalid/${file}`);
        const wrapper = await fixture<HTMLElement>(document.createElement('div'));
        wrapper.lang = 'nb';
        const failing = oneEvent(el, 'helse-data-error');
        wrapper.append(el);
        const { detail } = (await failing) as CustomEvent<DataErrorDetail>;
        expect(detail.reason, file).to.equal('invalid');
        expect(detail.path, file).to.equal(path);
        await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        if (shown) {
          expect(part(el, 'error'), file).to.equal(null);
          const titles = Array.from(el.shadowRoot!.querySelectorAll('[part~="card-title"]'), (title) => text(title));
          expect(titles, file).to.deep.equal(shown);
        } else {
          expect(text(part(el, 'error')!), file).to.equal('Innholdet kan ikke vises fordi det inneholder en feil.');
        }
      }
    } finally {
      warnings.restore();
    }
  });
});
