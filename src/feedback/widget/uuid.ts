/**
 * A random RFC 4122 version 4 id, from `crypto.getRandomValues`, which exists everywhere
 * (`crypto.randomUUID` exists only in secure contexts, and some trusts still serve plain http).
 * Each 0, 1 and 8 of the pattern becomes a random hex digit; the 8 keeps its two variant bits.
 */
export function uuid(): string {
  const random = crypto.getRandomValues(new Uint8Array(31));
  let i = 0;
  return '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (c) =>
    (+c ^ (random[i++] & (15 >> (+c / 4)))).toString(16),
  );
}
