import { defineRule } from '../../core/rule.js';
import { excerpt } from '../lib/excerpt.js';
import { readingText } from '../lib/reading.js';

interface Closing {
  re: RegExp;
  /** What to mark: the whole last sentence, or only the clause (or phrase) that wraps up. */
  scope: 'sentence' | 'clause' | 'match';
}

/** Wrap-ups an item ends with instead of stopping after the facts (没有结尾, seed 002). */
const CLOSINGS: Closing[] = [
  { re: /^(?:总之|總之|综上所述|綜上所述|综上|綜上|总而言之|總而言之|总的来看|总的来说)/u, scope: 'sentence' },
  { re: /^通[过過](?:此次|这次|這次|本次|此项|这项|此項)/u, scope: 'sentence' },
  {
    re: /再上(?:一个|一個)?新台[阶階]|再[创創](?:佳[绩績]|新高|[辉輝][煌]|新[业業][绩績])|更上一[层層][楼樓]|新的更大[贡貢][献獻]|新的更大成[绩績]|[谱譜][写寫]新[篇][章]|[开開][创創]新局面/u,
    scope: 'sentence',
  },
  { re: /(?:取得|收到)了?(?:良好|[显顯]著|明[显顯]|[较較]好|很好)的?(?:社[会會])?(?:效果|成效|效益|反[响響])$/u, scope: 'clause' },
  { re: /特此(?:报告|汇报|報告|匯報)/u, scope: 'match' },
];

/** no-closing-boilerplate: an item has no closing (没有结尾, seed 002); it stops when the facts are told. */
export const noClosingBoilerplate = defineRule({
  id: 'no-closing-boilerplate',
  category: 'form',
  severity: 'warning',
  name: { zh: '结尾总结语', en: 'Closing wrap-up' },
  description: {
    zh: '正文写完事实即止，不以“总之”“综上所述”“通过此次……”“下一步将继续……再上新台阶”“取得了良好的效果”等总结语收尾（问题类和紧急信息需要写下一步措施，不检查）。',
    en: 'The body stops after the facts, without a wrap-up such as 总之, 综上所述, 通过此次…, 下一步将继续…再上新台阶 or 取得了良好的效果 (not checked for problem and emergency items, which need next steps).',
  },
  messages: {
    wrapUp: {
      zh: '正文以总结语“{phrase}”收尾，信息稿不要结尾，写完事实即止，请删去或改写。',
      en: 'The body ends with a wrap-up (“{phrase}”); an item has no closing, stop after the facts.',
    },
  },
  kinds: {
    问题: { severity: 'off' },
    '紧急首报': { severity: 'off' },
    '紧急续报': { severity: 'off' },
    '紧急终报': { severity: 'off' },
  },
  check({ draft, config, report, isExcluded, isQuoted }) {
    const { sentences } = draft;
    // Read through traditional characters (再上新臺階 is the phrase it is).
    const text = readingText(draft, config);
    const sentence = sentences[sentences.length - 1];
    const lastBlock = draft.blocks[draft.blocks.length - 1];
    const lastParagraph = draft.paragraphs[draft.paragraphs.length - 1];
    if (!sentence || !lastBlock || lastBlock !== lastParagraph) return;
    // The sentence without its final mark (and closing quotes) for the patterns anchored at its end.
    let bodyEnd = sentence.end;
    while (bodyEnd > sentence.start && /[。！？；…!?;”’）)\s]/u.test(text[bodyEnd - 1]!)) bodyEnd--;
    const slice = text.slice(sentence.start, bodyEnd);
    for (const { re, scope } of CLOSINGS) {
      const m = re.exec(slice);
      if (!m) continue;
      const at = sentence.start + m.index;
      if (isExcluded(at, at + m[0].length) || isQuoted(at, at + m[0].length)) continue;
      let start = sentence.start;
      let end = sentence.end;
      if (scope === 'match') {
        start = at;
        end = at + m[0].length;
      } else if (scope === 'clause') {
        const clause = sentence.clauses.find((c) => c.start <= at && at < c.end);
        if (clause) {
          start = clause.start;
          end = clause.end;
        }
      }
      const phrase = text.slice(start, end);
      report({ start, end, messageId: 'wrapUp', data: { phrase: excerpt(phrase, 16) } });
      return;
    }
  },
});
