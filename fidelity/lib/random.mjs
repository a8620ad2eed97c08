// mulberry32: a small seeded pseudo-random generator, so that every run of the corpus generator, the injected-typo
// measure and the scaling bench builds the same text. The one copy the tooling shares (scripts/, fidelity/, bench/).

/** A generator of numbers in [0, 1), the same sequence for the same seed. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
