/**
 * repeated-char: accidental doubles of function characters (的的、了了、是是), a 低级错误 named by seed 001.
 * Reduplicated words (常常、天天、看看、是是非非、不了了之) are words, not typos: the word segmenter and a
 * table keep them out (style guide §3.2).
 */
import table from '../../../rules/data/repeated-char.yaml';
import { defineRule } from '../../core/rule.js';
import { replaceWith } from '../lib/fix.js';

const data = (table ?? {}) as { chars?: unknown; words?: unknown };
const CHARS = new Set(Array.isArray(data.chars) ? data.chars.filter((c): c is string => typeof c === 'string') : []);
const WORDS = Array.isArray(data.words) ? data.words.filter((w): w is string => typeof w === 'string') : [];

/** Two of the same function character in a row: the candidates worth segmenting. */
const DOUBLED = new RegExp(`([${[...CHARS].join('')}])\\1`, 'gu');

export const repeatedChar = defineRule({
  id: 'repeated-char',
  name: { zh: '重复字', en: 'Doubled character' },
  category: 'hygiene',
  severity: 'warning',
  fixable: 'confirm',
  description: {
    zh: '误输入的重复字，如“的的”“了了”“是是”；“常常”“看看”“是是非非”“不了了之”等叠词不提示。',
    en: 'Accidentally doubled characters such as 的的, 了了, 是是; reduplicated words (常常, 看看, 是是非非, 不了了之) are fine.',
  },
  messages: {
    doubled: { zh: '“{ch}{ch}”多了一个“{ch}”，疑为误输入，请删去一个。', en: '"{ch}{ch}" has one "{ch}" too many, probably a typo; delete one.' },
    fixDelete: { zh: '删去一个“{ch}”', en: 'Delete one "{ch}"' },
  },
  options: {
    allow: {
      type: 'string[]',
      default: [],
      description: { zh: '其他含重复字的正确词语', en: 'More words that hold a doubled character and are right (a place name, say)' },
    },
  },
  check({ draft, options, report, isExcluded }) {
    const { text } = draft;
    const allow = [...WORDS, ...options.allow.filter((w) => typeof w === 'string' && w.length > 1)];
    // Word segmentation costs: only the sentences that hold a doubled character of the table are segmented.
    const doubledAll = DOUBLED;
    const done = new Set<number>();
    for (let p = 0; p < draft.paragraphs.length; p++) {
      const segs = draft.paragraphSegments[p] ?? [];
      const candidates: number[] = [];
      for (const s of segs) {
        if (!s.prose) continue;
        doubledAll.lastIndex = 0;
        const slice = text.slice(s.start, s.end);
        for (let m = doubledAll.exec(slice); m; m = doubledAll.exec(slice)) {
          candidates.push(s.start + m.index);
          doubledAll.lastIndex = m.index + 1;
        }
      }
      if (candidates.length === 0) continue;
      // The sentences holding a candidate (both lists are in order: one walk).
      const sentences: typeof draft.sentences = [];
      let c = 0;
      for (const s of draft.sentencesOf(p)) {
        while (c < candidates.length && candidates[c]! < s.start) c++;
        if (c < candidates.length && candidates[c]! < s.end && !done.has(s.start)) sentences.push(s);
      }
      const tokens = sentences.flatMap((s) => {
        done.add(s.start);
        return draft.wordsIn(s.start, s.end);
      });
      for (let k = 1; k < tokens.length; k++) {
        const a = tokens[k - 1]!;
        const b = tokens[k]!;
        if (!b.word || !a.word || b.start !== a.end || b.value.length !== 1) continue;
        const ch = b.value;
        if (!CHARS.has(ch)) continue;
        // 的的 (two one-character words), or 我们们 / 他们们 (a word ending in 们, then 们).
        const double = (a.value === ch) || (ch === '们' && a.value.length > 1 && a.value.endsWith('们'));
        if (!double) continue;
        const start = b.start - 1;
        const end = b.end;
        if (isExcluded(start, end)) continue;
        // Inside an allowed word: one that starts at most at `start` and ends at least at `end`.
        const inAllowed = allow.some((w) => {
          for (let i = Math.max(0, end - w.length); i <= start; i++) if (text.startsWith(w, i)) return true;
          return false;
        });
        if (inAllowed) continue;
        report({ start, end, messageId: 'doubled', data: { ch }, fix: replaceWith(b.start, b.end, '', 'fixDelete', false, { ch }) });
      }
    }
  },
});
