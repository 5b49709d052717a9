// Server commands the browser tests call through executeServerCommand.
// `emulate-media-features` sets any media feature through the DevTools
// protocol (puppeteer's own emulateMediaFeatures refuses forced-colors).
const sessions = new WeakMap();

export function mediaFeaturesPlugin() {
  return {
    name: 'helse-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setEmulatedMedia', { features: payload });
      return true;
    },
  };
}
