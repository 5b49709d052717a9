// A fixed-window request counter per client, with constant work per request however many clients it
// tracks: every window is equally long, so a Map kept in insertion order is also in order of expiry, and
// the expired windows are always at its front.

/** How many expired windows one request clears at most: bounded work, and still faster than they come. */
const SWEEP = 4;

/**
 * @param {{ windowMs: number, max: number, maxClients?: number }} limit
 * @param {() => number} [now]
 * @returns {(client: string) => number} seconds to wait when over the limit, else 0
 */
export function createRateLimiter({ windowMs, max, maxClients = 100_000 }, now = Date.now) {
  /** @type {Map<string, { count: number, resetAt: number }>} */
  const windows = new Map();
  return (client) => {
    const time = now();
    let swept = 0;
    for (const [key, window] of windows) {
      if (swept++ >= SWEEP || (time < window.resetAt && windows.size <= maxClients)) break;
      windows.delete(key);
    }
    let window = windows.get(client);
    if (!window || time >= window.resetAt) {
      // Re-inserted, not updated: a new window goes to the back, where the latest expiries are.
      windows.delete(client);
      window = { count: 0, resetAt: time + windowMs };
      windows.set(client, window);
    }
    window.count++;
    return window.count > max ? Math.ceil((window.resetAt - time) / 1000) : 0;
  };
}
