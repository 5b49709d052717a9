// What a valid body loses before it is stored: personal data in its free text, and the parts of the
// page's address that may hold it.
import { redactPersonalData } from '../../src/feedback/protocol/personal-data.js';

/**
 * @param {import('../../src/feedback/protocol/body.js').FeedbackBody} body a body the schema accepted
 */
export function cleanFeedbackBody(body) {
  const cleaned = { ...body };
  if (cleaned.comment !== undefined) cleaned.comment = redactPersonalData(cleaned.comment);
  return cleaned;
}
