// Settings from the environment that more than one server reads.

/**
 * A comma-separated list (ALLOWED_ORIGINS, READ_ORIGINS, PAGE_PARAMS): `"https://a.no, https://b.no"` →
 * `['https://a.no', 'https://b.no']`; undefined when the variable is not set.
 * @param {string | undefined} value
 */
export function parseList(value) {
  return value
    ?.split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}
