// The front coding of the dictionary table's Han words (format: src/core/lexicon/README.md), shared by the build of the
// table (scripts/build-lexicon.mjs) and the benches that re-encode it without a sample (bench/lib/unseen-words.mjs).

/**
 * For each word (sorted), one ASCII character '0'+p — p the number of leading characters it shares with the word
 * before (at most 63) — and then the rest of the word.
 */
export function frontCode(words) {
  let out = '';
  let prev = '';
  for (const word of words) {
    let p = 0;
    while (p < word.length && p < prev.length && p < 63 && word[p] === prev[p]) p++;
    out += String.fromCharCode(0x30 + p) + word.slice(p);
    prev = word;
  }
  return out;
}
