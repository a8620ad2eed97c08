/**
 * repeated-char: accidental doubles of function characters (的的、了了、是是), a 低级错误 named by seed 001.
 * Reduplicated words (常常、天天、看看、是是非非、不了了之) are words, not typos: the word segmenter and a
 * table keep them out (style guide §3.2).
 */
import table from '../../../rules/data/repeated-char.yaml';
import { defineRule } from '../../core/rule.js';
import { replaceWith } from '../lib/fix.js';
import { afterRole, afterSurname } from '../lib/names.js';
import { ruleRecord } from '../lib/data.js';

/** rules/data/repeated-char.yaml, checked by the one loader (a field with a problem reads as an empty list). */
const data = ruleRecord('repeated-char', table, { chars: 'words', words: 'words', starts: 'words', reduplicable: 'words' }).value;
const CHARS = new Set(data.chars);
const WORDS = [...data.words];
/** Words that begin with a character of CHARS (在建、对口…), longest first. */
const STARTS = [...data.starts].sort((a, b) => b.length - a.length);
const REDUPLICABLE = new Set(data.reduplicable);


/** Only whitespace (a soft line break) between two tokens. */
const GAP = /^[ \t\u3000]*(?:\r\n|\n|\r)?[ \t\u3000]*$/u;

/**
 * The candidates worth segmenting: a Han character twice in a row, or two Han characters written twice (开展开展),
 * across spaces and one line break at most.
 */
const DOUBLED = /(\p{Script=Han}{1,2})[ \t\u3000]*(?:\r\n|\n|\r)?[ \t\u3000]*\1/gu;

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
    doubledWord: { zh: '“{word}”重复了一次，疑为误输入，请删去一个。', en: '"{word}" is written twice, probably a typo; delete one.' },
    fixDeleteWord: { zh: '删去一个“{word}”', en: 'Delete one "{word}"' },
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
          // On to the next character: a whole code point (𠀀𠀀, a Han character beyond the BMP, is two code units; a
          // lastIndex inside it would find the same match again, for ever).
          doubledAll.lastIndex = m.index + (slice.codePointAt(m.index)! > 0xffff ? 2 : 1);
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
      // Words only: the whitespace between them (a soft line break) is checked by GAP.
      const tokens = sentences.flatMap((s) => {
        done.add(s.start);
        return draft.wordsIn(s.start, s.end).filter((t) => t.word);
      });
      for (let k = 1; k < tokens.length; k++) {
        const a = tokens[k - 1]!;
        const b = tokens[k]!;
        if (!GAP.test(text.slice(a.end, b.start))) continue;
        // A word written twice (开展开展、开展⏎开展): one is a slip, unless the verb reduplicates (研究研究).
        if ([...a.value].length >= 2 && a.value === b.value && /^\p{Script=Han}+$/u.test(a.value)) {
          if (REDUPLICABLE.has(a.value) || isExcluded(a.start, b.end)) continue;
          report({ start: a.start, end: b.end, messageId: 'doubledWord', data: { word: a.value }, fix: replaceWith(a.end, b.end, '', 'fixDeleteWord', false, { word: a.value }) });
          continue;
        }
        if (b.value.length !== 1) continue;
        const ch = b.value;
        // 已经|经、中心|心、乡镇|镇: a word ending in a character, then the character alone — any character.
        const tail = a.value.length >= 2 && a.value.endsWith(ch) && /\p{Script=Han}/u.test(ch) && !CHARS.has(ch);
        if (!CHARS.has(ch) && !tail) continue;
        // 的的 (two one-character words), or 我们们 / 他们们 (a word ending in 们, then 们).
        const double = a.value === ch || (ch === '们' && a.value.length > 1 && a.value.endsWith('们')) || tail;
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
        // 在|在建工程、农户|户均: the second begins a word.
        if (STARTS.some((w) => text.startsWith(w, b.start))) continue;
        // 一项项、一个个、一次次: a measure word doubled after 一 means "one after another".
        if (text[start - 1] === '一') continue;
        // 干干净净、家家户户: two doubles in a row are a reduplicated word.
        if (text[start - 2] === text[start - 1] && text[start - 1] !== ch) continue;
        // 村民王了了: a given name after a surname.
        if (a.value === ch && afterSurname(text, start) && afterRole(text, start - 1)) continue;
        report({ start, end, messageId: 'doubled', data: { ch }, fix: replaceWith(b.start, b.end, '', 'fixDelete', false, { ch }) });
      }
    }
  },
});
