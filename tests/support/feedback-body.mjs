// A valid POST body for the server tests, with a fresh id and a page of its own.
import { randomUUID } from 'node:crypto';

export function feedbackBody(overrides = {}) {
  return {
    id: randomUUID(),
    answer: 'no',
    // Every test uses pages of its own: a database outlives each collector.
    page: `https://helse-midt.no/${randomUUID()}`,
    title: 'Strategi 2020',
    locale: 'nb',
    submittedAt: new Date().toISOString(),
    version: '0.1.0',
    ...overrides,
  };
}
