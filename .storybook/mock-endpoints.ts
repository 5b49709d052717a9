/**
 * Storybook never talks to the network: requests to /mock/… are answered here, in the page.
 *
 *   /mock/feedback/accept    201, the receiver took the answer
 *   /mock/feedback/hang      never answers (the «sending» state)
 *   /mock/feedback/reject    400, refused for good (error with «Prøv igjen»)
 *   /mock/feedback/offline   a network fault (kept, sent when back online)
 *   /mock/content/hang       never answers (the loading state of content elements)
 *   /mock/content/missing    404
 */
const realFetch = window.fetch.bind(window);

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

function never(signal: AbortSignal | null | undefined): Promise<Response> {
  return new Promise((_, reject) => signal?.addEventListener('abort', () => reject(signal.reason)));
}

export function installMockEndpoints(): void {
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (!url.pathname.startsWith('/mock/')) return realFetch(input, init);
    switch (url.pathname) {
      case '/mock/feedback/accept':
        return json(201, { status: 'stored' });
      case '/mock/feedback/reject':
        return json(400, { error: 'invalid', message: 'The mock receiver refuses every answer.' });
      case '/mock/feedback/offline':
        throw new TypeError('Failed to fetch');
      case '/mock/content/missing':
        return json(404, { error: 'not found' });
      default:
        return never(init?.signal);
    }
  };
}
