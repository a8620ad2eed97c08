/**
 * paste-residue: what web pages leave in pasted text — pinyin annotations after characters (學(xué)),
 * U+FFFD replacement marks and runs of `?` where characters were lost, and whole boilerplate lines
 * (本文来源、下载本文、相关范文推荐、breadcrumbs, SEO spam). Style guide §3.2, seeds 000, 002, 004.
 *
 * A Han character is never deleted by a fix except in a whole boilerplate line: an annotation fix removes
 * only the bracketed pinyin, a lost-character fix removes only the `?` or `�`.
 */
import boilerplateTable from '../../../rules/data/paste-residue.yaml';
import { intersects, isCjkContext, isHan } from '../../core/text.js';
import { compileTeamPattern } from '../../core/team-pattern.js';
import type { Fix, Span } from '../../core/types.js';
import { codePointAt, codePointBefore, nearestOnLine } from '../lib/chars.js';
import { toSimplified } from '../lib/opencc.js';
import { linesOf } from '../lib/scan.js';
import { asksQuestion } from '../lib/sentences.js';
import type { LegacyRule } from '../lib/legacy.js';

interface Options extends Record<string, unknown> {
  /** Extra boilerplate line patterns (regular expressions, tested on the simplified line). */
  boilerplate: string[];
}

interface LinePattern {
  /** Built-in patterns are JavaScript RegExps; a team's runs on RE2 (both have `test`). */
  re: { test(text: string): boolean };
  max: number;
}

const BUILT_IN: LinePattern[] = (Array.isArray(boilerplateTable) ? boilerplateTable : []).flatMap((entry: unknown) => {
  const e = entry as { pattern?: unknown; max?: unknown };
  if (typeof e.pattern !== 'string') return [];
  return [{ re: new RegExp(e.pattern, 'u'), max: typeof e.max === 'number' ? e.max : 200 }];
});

/** Every built-in pattern needs one of these (either script): lines without any are not converted. */
const CUE = /下[载載]|[来來]源|出[处處]|[范範]文|推[荐薦]|文[库庫]|[学學][习習]啦|>|久久|[声聲]明|[转轉][载載]|蜘蛛池|[简簡]介|[点點][此击擊]/u;

const userPatternCache = new Map<string, LinePattern | null>();

/**
 * A team's pattern, compiled once on RE2 (src/core/team-pattern.ts: linear time whatever the pattern, so a
 * repository's pattern can never stall a lint); a pattern RE2 cannot compile is ignored.
 */
function userPattern(source: string): LinePattern | null {
  let p = userPatternCache.get(source);
  if (p === undefined) {
    const compiled = compileTeamPattern(source);
    p = 'error' in compiled ? null : { re: compiled, max: 500 };
    userPatternCache.set(source, p);
  }
  return p ?? null;
}

const PINYIN_CHARS = 'a-zü\\u00e0-\\u00fc\\u0101-\\u01dc\\u0300-\\u036f';
/** `(xué)` or `（xué）`: 1–7 pinyin letters in half- or full-width brackets. */
const ANNOTATION = new RegExp(`[(（]([${PINYIN_CHARS}]{1,7})[)）]`, 'gu');
const ANNOTATION_ANYWHERE = new RegExp(`(?<=\\p{Script=Han})[(（][${PINYIN_CHARS}]{1,7}[)）]`, 'gu');
const TONE = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ\u0300-\u036f]/u;
/** A toneless syllable (neutral tone: 們(men)、的(de)) counts only when it is a real pinyin syllable. */
const SYLLABLE =
  /^(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:a|o|e|ai|ei|ao|ou|an|en|ang|eng|ong|er|i|ia|ie|iao|iu|ian|in|iang|ing|iong|u|ua|uo|uai|ui|uan|un|uang|ü|üe|üan|ün|v|ve)$/u;

function touchesProse(segments: readonly Span[], start: number, end: number): boolean {
  return intersects(segments as Span[], start, end);
}

export const pasteResidue: LegacyRule<Options> = {
  id: 'paste-residue',
  name: { zh: '粘贴残留', en: 'Paste residue' },
  category: 'hygiene',
  severity: 'error',
  fix: 'safe',
  description: '删除从网页粘贴带来的残留：字后的拼音注音“學(xué)”、替换符“�”、中文里成串的“??”和网站信息行（本文来源、下载本文、相关范文推荐、点此处下载等）。',
  descriptionEn: 'Removes what pasting from web pages leaves behind: pinyin annotations such as 學(xué), the replacement mark �, runs of ? in Chinese text, and site boilerplate lines (本文来源, 下载本文, 相关范文推荐, 点此处下载…).',
  defaults: { boilerplate: [] },
  optionSpecs: {
    boilerplate: { type: 'array', description: '补充的网站信息行正则表达式（按简体、去掉拼音注音后的整行匹配）' },
  },
  check({ draft, options, report, isExcluded }) {
    const { text } = draft;
    const prose = draft.proseSegments.filter((s) => s.prose);
    const bodyStart = draft.frontMatter ? draft.frontMatter.end : 0;

    // 1. Boilerplate lines: reported first so that their deletion wins over edits inside them.
    const patterns = [...BUILT_IN, ...(Array.isArray(options.boilerplate) ? options.boilerplate : []).flatMap((s) => (typeof s === 'string' ? [userPattern(s)].filter((p): p is LinePattern => p !== null) : []))];
    const boilerplate: Span[] = [];
    for (const line of linesOf(text, bodyStart)) {
      const raw = text.slice(line.start, line.end).trim();
      if (!raw || raw.length > 100_000 || !touchesProse(prose, line.start, line.end)) continue;
      // Only lines that are prose from start to end (not a line of a code block or an HTML comment).
      const first = line.start + text.slice(line.start, line.end).search(/\S/u);
      if (isExcludedStart(first)) continue;
      const stripped = raw.replace(ANNOTATION_ANYWHERE, '');
      // Convert (the costly step) only lines that hold a cue of some pattern, or every line for team patterns.
      if (patterns.length === BUILT_IN.length && !CUE.test(stripped)) continue;
      const plain = toSimplified(stripped);
      const length = [...plain].length;
      if (!patterns.some((p) => length <= p.max && p.re.test(plain))) continue;
      // Delete the line with its line break (or, for a last line without one, with the break before it).
      const edit = line.next > line.end ? { start: line.start, end: line.next, text: '' } : { start: Math.max(bodyStart, line.start - lineBreakBefore(line.start)), end: line.end, text: '' };
      boilerplate.push({ start: line.start, end: line.end });
      report({
        start: first,
        end: line.end,
        message: '这一行是网页粘贴带来的网站信息（来源、下载链接、导航或广告），不属于稿件内容，请整行删除。',
        messageEn: 'This line is website residue from pasting (source, download link, breadcrumb or spam), not part of the item; delete the whole line.',
        fixes: [{ title: '删除整行', titleEn: 'Delete the line', safe: true, edits: [edit] }],
      });
    }

    function isExcludedStart(i: number): boolean {
      return i < bodyStart || (isExcluded(i, i + 1) && !prose.some((s) => s.start <= i && i < s.end));
    }
    function lineBreakBefore(i: number): number {
      if (text[i - 1] === '\n') return text[i - 2] === '\r' ? 2 : 1;
      return text[i - 1] === '\r' ? 1 : 0;
    }

    for (const seg of prose) {
      const slice = text.slice(seg.start, seg.end);

      // 2. Pinyin annotations after a Han character.
      ANNOTATION.lastIndex = 0;
      const found: { start: number; end: number; toned: boolean; syllable: string }[] = [];
      for (let m = ANNOTATION.exec(slice); m; m = ANNOTATION.exec(slice)) {
        const start = seg.start + m.index;
        const end = start + m[0].length;
        if (!isHan(codePointBefore(text, start)) || isExcluded(start, end)) continue;
        found.push({ start, end, toned: TONE.test(m[1]!), syllable: m[1]!.normalize('NFC') });
      }
      for (const [k, a] of found.entries()) {
        // Toneless (了(le)) only beside a toned annotation: 長度(m) or 重量(kg) are units, not pinyin.
        if (!a.toned) {
          const near = (b: (typeof found)[number] | undefined) => b !== undefined && b.toned && Math.abs(b.start - a.start) <= 12;
          if (!SYLLABLE.test(a.syllable) || !(near(found[k - 1]) || near(found[k + 1]))) continue;
        }
        const annotation = text.slice(a.start, a.end);
        report({
          start: a.start,
          end: a.end,
          message: `“${annotation}”是网页粘贴带来的拼音注音，请删除。`,
          messageEn: `"${annotation}" is a pinyin annotation left by pasting from a web page; delete it.`,
          fixes: [{ title: '删除拼音注音', titleEn: 'Delete the pinyin annotation', safe: true, edits: [{ start: a.start, end: a.end, text: '' }] }],
        });
      }

      // 3. U+FFFD replacement marks.
      for (const m of slice.matchAll(/\uFFFD+/gu)) {
        const start = seg.start + m.index;
        const end = start + m[0].length;
        if (isExcluded(start, end)) continue;
        const lost = isHan(codePointBefore(text, start)) && isHan(codePointAt(text, end));
        const fix: Fix = { title: '删除替换符“�”', titleEn: 'Delete the replacement mark', safe: !lost, edits: [{ start, end, text: '' }] };
        report({
          start,
          end,
          message: lost
            ? '汉字之间的替换符“�”表示原有的字在转码时丢失，请对照原文补上缺失的字，再删除替换符。'
            : '替换符“�”是转码失败留下的乱码，请删除。',
          messageEn: lost
            ? 'The replacement mark � between Chinese characters stands for a character lost in conversion; restore it from the source, then delete the mark.'
            : 'The replacement mark � is left by a failed conversion; delete it.',
          fixes: [fix],
        });
      }

      // 4. `?` where characters were lost: runs of two or more in Chinese text, or one between Han characters.
      for (const m of slice.matchAll(/\?+/gu)) {
        const start = seg.start + m.index;
        const end = start + m[0].length;
        if (isExcluded(start, end)) continue;
        const before = nearestOnLine(text, start - 1, -1);
        const after = nearestOnLine(text, end, 1);
        if (m[0].length === 1) {
          // One `?` between two Han characters, in a sentence that does not ask anything.
          if (!(isHan(codePointBefore(text, start)) && isHan(codePointAt(text, end))) || asksQuestion(text, start)) continue;
          report({
            start,
            end,
            message: '汉字之间的“?”多为转码时丢失的字，请对照原文补上缺失的字，再删除“?”。',
            messageEn: 'A "?" between Chinese characters usually stands for a character lost in conversion; restore it from the source, then delete the "?".',
            fixes: [{ title: '删除“?”', titleEn: 'Delete the "?"', safe: false, edits: [{ start, end, text: '' }] }],
          });
          continue;
        }
        if (!(isCjkContext(before) || isCjkContext(after))) continue;
        if (asksQuestion(text, start) && !isHan(after)) {
          // 为什么?? — a question typed with half-width marks: one full-width question mark.
          report({
            start,
            end,
            message: `问句末尾连用半角问号“${m[0]}”，请改为一个全角问号“？”。`,
            messageEn: `A question ends with the half-width run "${m[0]}"; use one full-width question mark “？”.`,
            fixes: [{ title: '改为“？”', titleEn: 'Use “？”', safe: false, edits: [{ start, end, text: '？' }] }],
          });
          continue;
        }
        const atLineEnd = after === '';
        report({
          start,
          end,
          message: atLineEnd
            ? `中文里成串的“${m[0]}”是转码失败留下的乱码，请删除。`
            : `中文里成串的“${m[0]}”是转码失败留下的乱码，原有内容已丢失，请对照原文补上，再删除。`,
          messageEn: atLineEnd
            ? `The run "${m[0]}" in Chinese text is residue of a failed conversion; delete it.`
            : `The run "${m[0]}" in Chinese text is residue of a failed conversion and the original text is lost; restore it from the source, then delete the run.`,
          fixes: [{ title: `删除“${m[0]}”`, titleEn: `Delete "${m[0]}"`, safe: atLineEnd, edits: [{ start, end, text: '' }] }],
        });
      }
    }
  },
};
