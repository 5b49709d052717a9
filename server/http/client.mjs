// Who is asking: the client's address, also behind proxies.

/**
 * `TRUST_PROXY`: how many proxies stand between the clients and this server (0 when it faces them
 * directly). A number of hops, as Express and Fastify take it; anything else is refused at start.
 * @param {string | undefined} value
 * @returns {number}
 */
export function parseTrustProxy(value) {
  if (value === undefined || value.trim() === '') return 0;
  if (!/^\d{1,2}$/.test(value.trim())) {
    throw new Error(`TRUST_PROXY must be the number of proxies in front of this server (0, 1, 2 …), not «${value}».`);
  }
  return Number(value);
}

/**
 * The client's address. Each proxy appends the address it was called from to `X-Forwarded-For`, so only
 * the rightmost `hops` entries were written by proxies we trust; whatever stands left of them the client
 * may have written itself. The client is therefore the entry `hops` places from the right (counting the
 * connection's own address as the first), never the leftmost.
 * @param {import('node:http').IncomingMessage} req
 * @param {number | boolean} [hops]
 */
export function clientAddress(req, hops = 0) {
  const remote = req.socket.remoteAddress ?? '';
  const trusted = Number(hops);
  if (!trusted) return remote;
  const header = req.headers['x-forwarded-for'];
  const forwarded = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((address) => address.trim())
    .filter(Boolean);
  const chain = [...forwarded, remote];
  return chain[Math.max(chain.length - 1 - trusted, 0)];
}
