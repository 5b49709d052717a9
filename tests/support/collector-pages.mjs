// One page of the collector's ranking (GET /api/pages), as the fixture collector of the tests and the
// Storybook mock both answer it: counts, share of «Nei», and the bound the collector ranks by.
import { wilsonLowerBound } from '../../src/feedback/protocol/collector-api.js';

export const SITE = 'https://helse-midt.no';

/**
 * @param {string} path
 * @param {string | null} title
 * @param {number} yes
 * @param {number} no
 * @param {number} comments
 */
export const collectorPage = (path, title, yes, no, comments) => ({
  page: `${SITE}${path}`,
  site: SITE,
  title,
  yes,
  no,
  comments,
  total: yes + no,
  noShare: yes + no ? no / (yes + no) : 0,
  noLowerBound: wilsonLowerBound(no, yes + no),
});
