// Makes national identity numbers with valid control digits for tests, computed
// from a date and an individual number, so no real person's number is copied.
const FIRST = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const SECOND = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

const control = (digits, weights) => {
  const c = 11 - (weights.reduce((sum, w, i) => sum + w * digits[i], 0) % 11);
  return c === 11 ? 0 : c;
};

/** The first valid number for `ddmmyy` with an individual number from `individual` up. */
export function makeNationalId(ddmmyy, individual = 100) {
  for (let n = individual; n < individual + 200; n++) {
    const digits = [...`${ddmmyy}${String(n).padStart(3, '0')}`].map(Number);
    const k1 = control(digits, FIRST);
    if (k1 === 10) continue;
    const k2 = control([...digits, k1], SECOND);
    if (k2 === 10) continue;
    return `${digits.join('')}${k1}${k2}`;
  }
  throw new Error(`no valid number for ${ddmmyy}`);
}
