import type { FeedbackAnswer } from './events.js';

const ANSWERED_KEY = 'helse-feedback-answered:';

/**
 * One answer per page per browser session: what the visitor answered on `page` this session, if
 * anything. sessionStorage may be blocked or full; then nothing is remembered and nothing throws.
 */
export function answeredThisSession(page: string): FeedbackAnswer | undefined {
  try {
    const answered = sessionStorage.getItem(ANSWERED_KEY + page);
    return answered === 'yes' || answered === 'no' ? answered : undefined;
  } catch {
    return undefined;
  }
}

export function rememberAnswer(page: string, answer: FeedbackAnswer): void {
  try {
    sessionStorage.setItem(ANSWERED_KEY + page, answer);
  } catch {
    // The thank-you will not survive a reload; the answer itself is unaffected.
  }
}
