/**
 * 的/地/得 heuristics for the rule de-di-de (style guide §3.6), deliberately narrow: a proofreader must agree
 * with every hit, so each pattern needs a word from a small list on both sides of the 的 and a right-hand
 * context that rules out the noun reading.
 *
 * - adverbial 的 → 地: an adverb-like adjective + 的 + a verb that plainly acts as a verb (it takes an
 *   aspect particle, an object opened by a determiner, or a second verb): 扎实的推进各项工作,
 *   认真的学习贯彻. 扎实的基础, 认真的学习态度, 通过认真的学习， stay (的 before a noun phrase).
 * - complement 的 → 得: a verb + 的 + a degree adverb + an adjective closing the clause: 做的很好。,
 *   完成的比较好， . 发展的更高阶段, 所做的很好, 他们做的很好 (also read as “what they did”) stay.
 */

export interface DeHit {
  /** Offset of the 的 to change. */
  at: number;
  to: '地' | '得';
  /** The span to mark (the whole phrase). */
  start: number;
  end: number;
}

const ADVERBIALS = [
  '扎扎实实', '认认真真', '积极主动', '深入细致', '扎实', '认真', '积极', '深入', '切实', '主动', '广泛', '有序', '稳步',
  '稳妥', '持续', '不断', '大力', '充分', '严格', '依法', '迅速', '密切', '精心', '耐心', '仔细', '全力', '妥善', '高效',
];

const VERBS = [
  '推进', '开展', '落实', '学习', '推动', '完成', '实施', '做好', '抓好', '解决', '处理', '执行', '贯彻', '参与', '配合',
  '组织', '提升', '提高', '加强', '宣传', '整改', '回应', '应对', '化解', '排查', '参加', '研究', '部署', '督促', '指导',
];

/** What may follow the verb for it to be read as a verb: aspect, a determiner opening an object, another verb. */
const VERB_FOLLOW = ['了', '着', '过(?!程)', '各', '全', '这', '那', '该', '此', '每', '一批', '一系列', '一些', '相关', '有关', '其', ...VERBS];

const COMPLEMENT_VERBS = [
  '完成', '落实', '开展', '推进', '发展', '执行', '处理', '解决', '表现', '组织', '实施', '整改', '贯彻', '建设', '管理',
  '准备', '安排', '布置', '进行', '举办', '宣传', '恢复', '增长', '提高', '做',
];
const DEGREES = ['越来越', '非常', '比较', '十分', '特别', '相当', '很', '更', '较'];
const ADJECTIVES = [
  '扎实', '到位', '出色', '细致', '深入', '顺利', '及时', '有效', '突出', '规范', '成功', '不错', '迅速', '认真', '充分',
  '好', '快', '慢', '实', '细', '稳', '早', '差',
];

const alt = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).join('|');

const ADVERBIAL_RE = new RegExp(`(${alt(ADVERBIALS)})的(${alt(VERBS)})(?=${VERB_FOLLOW.join('|')})`, 'gu');
const COMPLEMENT_RE = new RegExp(
  `(${alt(COMPLEMENT_VERBS)})的(?:${alt(DEGREES)})(?:${alt(ADJECTIVES)})(?=[，。；、！？…：,.;!?）)”’\\s]|了|$)`,
  'gu',
);

/** Characters before the verb that make “V的” a noun phrase (“所做的”, “他们做的”, “叫做的”). */
const NOUN_READING_BEFORE = new Set(['所', '他', '她', '你', '我', '您', '们', '谁', '叫', '看', '当', '比']);

/** Hits in one prose stretch `slice` starting at absolute offset `base`. */
export function deDiDe(slice: string, base: number): DeHit[] {
  const hits: DeHit[] = [];
  ADVERBIAL_RE.lastIndex = 0;
  for (let m = ADVERBIAL_RE.exec(slice); m; m = ADVERBIAL_RE.exec(slice)) {
    const at = m.index + m[1]!.length;
    hits.push({ at: base + at, to: '地', start: base + m.index, end: base + m.index + m[0].length });
  }
  COMPLEMENT_RE.lastIndex = 0;
  for (let m = COMPLEMENT_RE.exec(slice); m; m = COMPLEMENT_RE.exec(slice)) {
    const before = slice[m.index - 1];
    if (before && NOUN_READING_BEFORE.has(before)) continue;
    const at = m.index + m[1]!.length;
    hits.push({ at: base + at, to: '得', start: base + m.index, end: base + m.index + m[0].length });
  }
  return hits.sort((a, b) => a.start - b.start);
}
