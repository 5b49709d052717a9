// Answers and failures, the same for the receiver, the collector and the demo server.

/** A JSON answer that no cache keeps. */
export function send(res, status, payload, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
  res.end(JSON.stringify(payload));
}

/**
 * One line about a failure, never its details: a database error carries the query's parameters (the
 * comment a visitor wrote), and a stack trace helps an attacker more than the operator.
 */
export function describeFailure(error) {
  const code = error?.code ? ` ${error.code}` : '';
  const message = String(error?.message ?? error)
    .split('\n')[0]
    .slice(0, 200);
  return `${error?.name ?? 'Error'}${code}: ${message}`;
}

/**
 * Wraps a request handler: whatever it throws is answered 500 `{ "error": "internal" }` with no detail,
 * and logged as one line by `logError`.
 * @param {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => unknown} handler
 * @param {(line: string) => void} [logError]
 */
export function withFailureHandler(handler, logError = (line) => console.error(line)) {
  return async function handle(req, res) {
    try {
      await handler(req, res);
    } catch (error) {
      logError(`${req.method} ${new URL(req.url ?? '/', 'http://localhost').pathname}: ${describeFailure(error)}`);
      if (res.headersSent) return void res.destroy();
      send(res, 500, { error: 'internal' });
    }
  };
}
