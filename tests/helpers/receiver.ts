/** Talks to the fault-injecting receiver the test server mounts at /faults/<key>/ (scripts/test-receiver.mjs). */
import type { FeedbackBody } from '../../src/feedback/widget/events.js';

export interface Fault {
  status?: number;
  delayMs?: number;
  retryAfter?: number;
  drop?: boolean;
}

let counter = 0;

/** A fresh receiver for one test: its endpoint URL and helpers to script and read it. */
export function testReceiver(faults: Fault[] = []) {
  const key = `r${Date.now().toString(36)}${(counter++).toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const base = `/faults/${key}`;
  const ready = fetch(`${base}/plan`, { method: 'PUT', body: JSON.stringify(faults) });
  return {
    endpoint: `${base}/feedback`,
    ready,
    async plan(next: Fault[]) {
      await fetch(`${base}/plan`, { method: 'PUT', body: JSON.stringify(next) });
    },
    async records(): Promise<FeedbackBody[]> {
      return (await fetch(`${base}/records`)).json();
    },
    async requests(): Promise<{ method: string; headers: Record<string, string>; at: number }[]> {
      return (await fetch(`${base}/requests`)).json();
    },
  };
}

/**
 * An endpoint nothing listens on: fetch fails with a network error at once. Each call gives another
 * URL, so an answer one test keeps for later is never picked up by the next.
 */
export const unreachableEndpoint = () => `http://127.0.0.1:9/feedback?${Math.random().toString(36).slice(2)}`;
