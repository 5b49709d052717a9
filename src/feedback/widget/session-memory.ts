import type { FeedbackAnswer } from './events.js';

const ANSWERED_KEY = 'helse-feedback-answered:';

/**
 * The pages this page load has found unanswered. Only `rememberAnswer` answers one (another frame of the same tab
 * answering the same page aside), so a prompt mounted again for it need not read storage: that read was 8–10 µs of
 * each connect (docs/benchmark.md). An answer found is read again each time, so a cleared storage asks again.
 */
const unanswered = new Set<string>();

/**
 * One answer per page per browser session: what the visitor answered on `page` this session, if
 * anything. sessionStorage may be blocked or full; then nothing is remembered and nothing throws.
 */
export function answeredThisSession(page: string): FeedbackAnswer | undefined {
  if (unanswered.has(page)) return undefined;
  try {
    const answered = sessionStorage.getItem(ANSWERED_KEY + page);
    if (answered === 'yes' || answered === 'no') return answered;
  } catch {
    // Blocked storage stays blocked for the page's life.
  }
  unanswered.add(page);
  return undefined;
}

export function rememberAnswer(page: string, answer: FeedbackAnswer): void {
  unanswered.delete(page);
  try {
    sessionStorage.setItem(ANSWERED_KEY + page, answer);
  } catch {
    // The thank-you will not survive a reload; the answer itself is unaffected.
  }
}
