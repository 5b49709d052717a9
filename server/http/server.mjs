// The HTTP server the receiver and the collector run in: Node's own, with limits that Node leaves open.
import { createServer } from 'node:http';

/**
 * The limits. A request whose headers, or whose whole body, have not arrived within 30 s is closed (Node's
 * defaults: 60 s and 300 s), so slow clients cannot hold connections open; an idle keep-alive connection
 * closes after 5 s; and no more than `maxConnections` are open at once.
 */
export const LIMITS = {
  headersTimeoutMs: 30_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  maxConnections: 1000,
};

/**
 * @param {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => unknown} handler
 * @param {Partial<typeof LIMITS>} [limits]
 */
export function createHttpServer(handler, limits = {}) {
  const { headersTimeoutMs, requestTimeoutMs, keepAliveTimeoutMs, maxConnections } = { ...LIMITS, ...limits };
  const server = createServer(
    {
      requestTimeout: requestTimeoutMs,
      headersTimeout: Math.min(headersTimeoutMs, requestTimeoutMs),
      keepAliveTimeout: keepAliveTimeoutMs,
      // How often Node looks for requests past their time (default 30 s, which would double the limit).
      connectionsCheckingInterval: Math.min(1000, requestTimeoutMs),
    },
    handler,
  );
  server.maxConnections = maxConnections;
  return server;
}

/** Listens on `port` (0: a free one) and resolves with the URL it answers on. */
export function listen(server, port, host) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(`http://localhost:${server.address().port}/`);
    });
  });
}

/** Closes the server on SIGINT and SIGTERM, then runs `close` (the store's), then exits. */
export function closeOnSignals(server, close = async () => {}) {
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      server.closeIdleConnections?.();
      server.close(() => close().finally(() => process.exit(0)));
    });
  }
}
