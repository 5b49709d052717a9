// Server commands the browser tests call through executeServerCommand.
// `emulate-media-features` sets any media feature through the DevTools
// protocol (puppeteer's own emulateMediaFeatures refuses forced-colors).
// `dom-counters` collects garbage, then answers { documents, nodes, jsEventListeners }.
const sessions = new WeakMap();

export function mediaFeaturesPlugin() {
  return {
    name: 'helse-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features' && command !== 'dom-counters') return undefined;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      const cdp = sessions.get(page);
      if (command === 'dom-counters') {
        // After a full garbage collection: what is still alive, not what is merely uncollected.
        // Twice: DOM nodes die in Blink's collector only after V8 has let go of their wrappers.
        await cdp.send('HeapProfiler.collectGarbage');
        await cdp.send('HeapProfiler.collectGarbage');
        return cdp.send('Memory.getDOMCounters');
      }
      await cdp.send('Emulation.setEmulatedMedia', { features: payload });
      return true;
    },
  };
}
