// For tests that drive Chromium from Node: what went wrong on a page, as a person debugging would
// want it listed — page errors and console errors, with the URL a console error came from.
export function recordProblems(page) {
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()} ${message.location().url ?? ''}`);
  });
  return problems;
}
