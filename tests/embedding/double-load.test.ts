import { expect, waitUntil } from '@open-wc/testing';
import { part, text, captureWarnings, loadScript } from '../helpers/dom.js';

describe('loading the bundle twice', () => {
  it('never throws, warns once, and the element keeps working', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    const warnings = captureWarnings();
    try {
      await loadScript('/dist/helse-widgets.min.js');
      // The same file under another URL is a second copy of the library, as with two versions.
      await loadScript('/dist/helse-widgets.min.js?second-copy');
      // And the npm build on top of it.
      await import('/dist/index.js' as string);
      await new Promise((resolve) => setTimeout(resolve, 50));

      expect(errors).to.deep.equal([]);
      const skipped = warnings.messages.filter((m) => m.includes('already defined'));
      expect(skipped).to.have.length(2);
      expect(skipped[0]).to.include('<helse-feedback>');

      document.documentElement.lang = 'nb';
      const el = document.createElement('helse-feedback');
      document.body.append(el);
      await waitUntil(() => text(part(el, 'question')) === 'Fant du det du lette etter?');
      part<HTMLButtonElement>(el, 'button-yes')!.click();
      await waitUntil(() => text(part(el, 'message')) === 'Takk for svaret ditt!');
      el.remove();
    } finally {
      warnings.restore();
      window.removeEventListener('error', onError);
    }
  });
});
