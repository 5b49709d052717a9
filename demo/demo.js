// The demo's language switch: sets <html lang>; the widgets follow it live.
const buttons = document.querySelectorAll('.language [data-lang]');

function choose(lang) {
  document.documentElement.lang = lang;
  for (const button of buttons) button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  const url = new URL(location.href);
  url.searchParams.set('lang', lang);
  history.replaceState(null, '', url);
  // Keep the chosen language when moving between the demo's pages.
  for (const link of document.querySelectorAll('.site-nav a')) {
    const target = new URL(link.href);
    target.searchParams.set('lang', lang);
    link.href = target.pathname + target.search;
  }
}

for (const button of buttons) button.addEventListener('click', () => choose(button.dataset.lang));
for (const link of document.querySelectorAll('.site-nav a')) {
  if (new URL(link.href).pathname === location.pathname) link.setAttribute('aria-current', 'page');
}
const requested = new URL(location.href).searchParams.get('lang');
if (requested && ['nb', 'nn', 'en'].includes(requested)) choose(requested);

// Show what the widget reports, as a site's own analytics would.
document.addEventListener('helse-feedback-sent', (event) => console.info('helse-feedback-sent', event.detail));
document.addEventListener('helse-feedback-error', (event) => console.info('helse-feedback-error', event.detail));
