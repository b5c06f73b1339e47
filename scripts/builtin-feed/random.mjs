// Mulberry32: a small, fast, seeded generator of floats in [0, 1). The same seed always gives the same
// sequence, so generated data (the built-in feed's synthetic scores, the test and benchmark feeds) is
// reproducible.

/**
 * @param {number} seed
 * @returns {() => number}
 */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
