// What a valid body loses before it is stored: personal data in its free text, and the parts of the
// page's address that may hold it.
import { redactPersonalData } from '../../src/feedback/protocol/personal-data.js';

/**
 * The page's address without its fragment, and without any query parameter not named in `keep`
 * (a search, a form or a tracking link may carry a fødselsnummer or a name). The path stays as it is: it
 * names the page, and article numbers in it must not be mistaken for phone numbers.
 * @param {string} page
 * @param {string[]} [keep]
 */
export function cleanPage(page, keep = []) {
  let url;
  try {
    url = new URL(page);
  } catch {
    return page.replace(/[?#].*$/s, '');
  }
  const params = [...url.searchParams].filter(([name]) => keep.includes(name));
  url.hash = '';
  url.search = params.length ? `?${new URLSearchParams(params)}` : '';
  return url.href;
}

/**
 * @param {import('../../src/feedback/protocol/body.js').FeedbackBody} body a body the schema accepted
 * @param {{ pageParams?: string[] }} [options] `pageParams`: the query parameters a page keeps
 */
export function cleanFeedbackBody(body, options = {}) {
  const cleaned = { ...body, page: cleanPage(body.page, options.pageParams), title: redactPersonalData(body.title) };
  if (cleaned.comment !== undefined) cleaned.comment = redactPersonalData(cleaned.comment);
  return cleaned;
}
