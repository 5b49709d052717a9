import type { FeedbackBody } from './events.js';

/** An answer that has not been confirmed by its endpoint yet. */
export interface OutboxItem {
  endpoint: string;
  body: FeedbackBody;
  storedAt: number;
}

const KEY = 'helse-feedback-outbox';
/** Bounded, so a broken endpoint can never fill the visitor's storage. */
export const OUTBOX_LIMIT = 20;
/** A week: an answer older than that is stale, and the visitor's data should not linger. */
export const OUTBOX_EXPIRY_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Whether this page load has found the outbox empty. Then only its own `keep` can fill it (another tab's
 * prompt sends its own answers), and a prompt mounted later need not read storage again: that read is a
 * third of what connecting a prompt costs beyond Lit (docs/benchmark.md).
 */
let emptyHere = false;

/** Kept answers, as far as this page can tell: storage is not read again while it is known to be empty. */
export const keptAnswers = (): OutboxItem[] => (emptyHere ? [] : readOutbox());

/**
 * Unsent answers, kept in localStorage until their endpoint confirms them, so
 * an answer survives a lost connection or a closed tab. Storage can be missing,
 * full or blocked (private browsing, strict settings): then nothing is kept,
 * and nothing throws.
 */
export function readOutbox(now = Date.now()): OutboxItem[] {
  try {
    const items: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    const valid = Array.isArray(items)
      ? items.filter(
          (item): item is OutboxItem =>
            typeof item?.endpoint === 'string' &&
            typeof item?.body?.id === 'string' &&
            now - item.storedAt < OUTBOX_EXPIRY_MS,
        )
      : [];
    emptyHere = !valid.length;
    return valid;
  } catch {
    return [];
  }
}

function write(items: OutboxItem[]): void {
  emptyHere = !items.length;
  try {
    if (items.length) localStorage.setItem(KEY, JSON.stringify(items.slice(-OUTBOX_LIMIT)));
    else localStorage.removeItem(KEY);
  } catch {
    // No storage: the answer lives only as long as the page.
  }
}

/** Keeps an answer until it is confirmed; replaces an earlier version with the same id. */
export function keep(endpoint: string, body: FeedbackBody): void {
  write([...readOutbox().filter((item) => item.body.id !== body.id), { endpoint, body, storedAt: Date.now() }]);
}

export function forget(id: string): void {
  write(readOutbox().filter((item) => item.body.id !== id));
}
