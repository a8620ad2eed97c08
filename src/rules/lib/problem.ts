/**
 * Finding the problem an item states, and the remedies and causes it gives, over the whole body
 * (problem-needs-remedy, problem-needs-cause). Precision first: a problem word that is the object of work
 * (解决…问题, 排查隐患, 补齐短板), denied (没有发现问题), settled (问题已整改) or part of a category
 * (困难群众, 风险评估) is not a problem statement.
 */
import type { RuleEnvironment } from '../../core/rule.js';
import type { SentenceSpan } from '../../core/types.js';
import { alternation, cachedRegExp, clauseEndOf, clauseStartOf, CUES, cueMatches, maskedText } from './cues.js';
import { sentenceAt } from './sentences.js';

export interface ProblemStatement {
  /** The problem word. */
  start: number;
  end: number;
  word: string;
  sentence: SentenceSpan;
}

const HAN_NUMERAL = /^[\d０-９零〇一二两三四五六七八九十百千万亿半]/u;
const AFTER_NANYI = /^(?:置信|估量|忘怀|言表|想象)/u;

/** The first body sentence that states a problem, or undefined. `extra` adds problem words. */
export function findProblem(ctx: RuleEnvironment, extra: readonly string[] = []): ProblemStatement | undefined {
  const { draft } = ctx;
  const text = maskedText(draft, ctx.config);
  const problemRe = cachedRegExp(alternation([...CUES.problem, ...extra]), 'gu');
  const handledRe = cachedRegExp(alternation(CUES.problemHandled), 'u');
  const deniedRe = /(?:没有|没|未(?![来必])|无(?![论法])|不存在|杜绝|零)[^，、；：。！？]{0,4}$/u;
  const compoundRe = cachedRegExp(`^(?:${alternation(CUES.problemCompounds)})`, 'u');
  for (const { start, end, match } of cueMatches(ctx, problemRe)) {
    const sentence = sentenceAt(draft, start);
    if (!sentence) continue; // the title
    const word = match[0];
    const clauseStart = clauseStartOf(text, start, sentence.start);
    const before = text.slice(clauseStart, start);
    const after = text.slice(end, clauseEndOf(text, end, sentence.end));
    if (handledRe.test(before) || deniedRe.test(before) || compoundRe.test(after)) continue;
    if ((word === '短板' || word === '不足') && before.endsWith('补')) continue; // 补短板
    if (word === '不足' && HAN_NUMERAL.test(after)) continue; // 不足3000元: a quantity, not a shortcoming
    if (word === '难以' && AFTER_NANYI.test(after)) continue;
    return { start, end, word, sentence };
  }
  return undefined;
}

/** Patterns of a suggestion or a measure beyond the plain words of the table. */
const REMEDY_PATTERNS = [
  /(?<![模虚草比])拟(?![人稿])\p{Script=Han}/u,
  /要求[^。；！？]{0,15}?(?:加快|尽快|抓紧|立即|限期|务必)/u,
  /正在[^。；，！？]{0,10}?(?:整改|处置|抢修|解决|协调|推进|核查|处理|调查|修复|抢险|清理|排查)/u,
  /已(?:经)?(?:协调|安排|组织|启动|下发|部署|派出|调拨|拨付|落实|督促|约谈|成立|制定|出台|印发|召开|实施|筹集|修复|处置|转移|疏散)/u,
  /(?:^|[，。；：！？\u0000])(?:[一二三四五六七八九十]是|首先|其次|同时)?(?:应当|应|要|需要|必须)(?:尽快|加快|抓紧|及时|进一步|加大|切实|统筹|建立|完善|出台|明确|加强|落实|推动|推进|做好|增加|安排|研究|制定)/u,
];

/**
 * 受…影响 names a cause when something stands between them (受强降雨影响、受到疫情影响); 受到影响、受到一定影响、
 * 受到了严重影响 say that something was affected: an effect, not a cause.
 */
const CAUSE_PATTERNS = [/受(?:到)?(?:了)?(?![到了])(?!(?:一定|很大|较大|极大|重大|严重|较为严重|不同程度|不小|明显)?(?:的)?影响)[^。；，！？]{1,12}影响/u];

/** The body prose as one string (masked: code, markup and paragraph breaks are MASK characters). */
function bodyProse(ctx: RuleEnvironment): string {
  const { draft } = ctx;
  const text = maskedText(draft, ctx.config);
  return draft.paragraphs.map((p) => text.slice(p.start, p.end)).join('\u0000');
}

/** Whether the body gives a suggestion or a measure (quotations count: 群众希望“……”). */
export function hasRemedy(ctx: RuleEnvironment, extra: readonly string[] = []): boolean {
  const body = bodyProse(ctx);
  if (cachedRegExp(alternation([...CUES.remedy, ...extra]), 'u').test(body)) return true;
  return REMEDY_PATTERNS.some((re) => re.test(body));
}

/** Whether the body gives a cause. */
export function hasCause(ctx: RuleEnvironment, extra: readonly string[] = []): boolean {
  const body = bodyProse(ctx);
  if (cachedRegExp(alternation([...CUES.cause, ...extra]), 'u').test(body)) return true;
  return CAUSE_PATTERNS.some((re) => re.test(body));
}

/** The sentence a problem rule points at: the problem statement, or for a 问题 item its first sentence. */
export function problemTarget(ctx: RuleEnvironment, extra: readonly string[]): { sentence: SentenceSpan; word?: string } | undefined {
  const found = findProblem(ctx, extra);
  if (found) return { sentence: found.sentence, word: found.word };
  const first = ctx.draft.sentences[0];
  if (ctx.draft.kind === '问题' && first) return { sentence: first };
  return undefined;
}

