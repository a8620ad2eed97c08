/**
 * emergency-elements: a first report (首报) states time, place, nature, casualties (even when none: 暂无人员
 * 伤亡), cause (or that it is being investigated), measures and next steps; a final report (终报) states the
 * result and the aftermath (style guide §3.1; seed 004, REG). One message lists every missing element.
 */
import table from '../../../rules/data/emergency-elements.yaml';
import { defineRule } from '../../core/rule.js';
import type { TeamPattern } from '../../core/team-pattern.js';
import type { Kind } from '../../core/types.js';
import { compileConfigPattern, type ConfigPatternProblem } from '../lib/config-pattern.js';
import { ruleRecord } from '../lib/data.js';
import { bodyText } from '../lib/scan.js';

const ELEMENTS: Partial<Record<Kind, string[]>> = {
  '紧急首报': ['时间', '地点', '性质', '伤亡', '原因', '措施', '下一步'],
  '紧急终报': ['结果', '善后'],
};

const EN: Record<string, string> = {
  时间: 'time',
  地点: 'place',
  性质: 'nature',
  伤亡: 'casualties',
  原因: 'cause',
  措施: 'measures',
  下一步: 'next steps',
  结果: 'result',
  善后: 'aftermath',
};

/** The patterns of a team's list that are strings (the `.xinxirc` validator reports anything else). */
function patternsOf(list: unknown): string[] {
  return Array.isArray(list) ? list.filter((p): p is string => typeof p === 'string') : [];
}

/** The elements, each a field of the bundled table (a list of regular expressions) and a key of the option `cues`. */
const NAMES = Object.keys(EN);
const FIELDS: Readonly<Record<string, 'patterns'>> = Object.fromEntries(NAMES.map((name) => [name, 'patterns']));

/** The bundled cues (rules/data/emergency-elements.yaml, through the one loader), on JavaScript's engine. */
const BUILT_IN: Record<string, RegExp[]> = {};
const bundled = ruleRecord('emergency-elements', table, FIELDS).value;
for (const name of NAMES) BUILT_IN[name] = (bundled[name] ?? []).map((p) => new RegExp(p, 'u'));

type Refused = { element: string; pattern: string } & ConfigPatternProblem;

/**
 * A team's cues (option `cues`) on the linear-time engine: a pattern from a shared configuration can never stall a
 * lint (`(a|a)*b`). The patterns it refuses are listed for the rule to say so.
 */
function teamCues(option: Readonly<Record<string, unknown>>): { cues: Record<string, TeamPattern[]>; refused: Refused[] } {
  const cues: Record<string, TeamPattern[]> = {};
  const refused: Refused[] = [];
  for (const element of NAMES) {
    for (const pattern of patternsOf(option[element])) {
      const compiled = compileConfigPattern(pattern);
      if ('pattern' in compiled) (cues[element] ??= []).push(compiled.pattern);
      else refused.push({ element, pattern, ...compiled });
    }
  }
  return { cues, refused };
}

/** 原因正在调查 and similar say the cause (or loss) is unknown, 有关情况将及时续报 is the closing formula: not a next step. */
const NOT_NEXT = /原因(?:正在|尚在|仍在)?(?:调查|核查|核实|待查)中?|损失(?:正在|尚在)?(?:核算|统计|评估)中?|(?:有关|相关)?(?:情况|进展)?将(?:及时|适时)?续报/gu;

/** 伤者已送县人民医院救治: care of the casualties, part of that element, not a measure taken on the event. */
const CARE = /送(?:往|至|到)?[^，。；！？\n]{0,12}?(?:救治|治疗|观察|留观)/gu;

/**
 * The fire out, told as the state of the fire with no one doing it (14时55分明火被扑灭、火势已被扑灭、明火于15时20分被扑灭): how the
 * event went, not a measure the report says was taken (消防救援大队扑灭明火、于23时20分将明火扑灭 is one). The clause ends there.
 * When the sentence brings in those who put it out (乡专职消防队12人赶到现场，16时40分明火被扑灭), the passive tells their work.
 */
const FIRE_OUT = /(?<![将把])(?:明火|火势|大火|火情|余火|山火|林火)(?:已经?被?|被|于[^，。；！？\n]{1,10}?被?)?(?:全部|完全|彻底|基本)?(?:扑灭|熄灭)(?=[，。；！？,;\n]|$)/gu;
const RESPONDERS_CAME = /赶到|赶赴|到场|出动|到达|抵达/u;

/** The text without a fire-out state in a sentence that names no one coming to put it out. */
function withoutFireOut(text: string): string {
  if (!/扑灭|熄灭/u.test(text)) return text;
  return text
    .split(/(?<=[。！？\n])/u)
    .map((sentence) => (RESPONDERS_CAME.test(sentence) ? sentence : sentence.replace(FIRE_OUT, '')))
    .join('');
}

/**
 * Sentences about what will be done (下一步，……将组织转移；后续将对……开展排查): their verbs are next steps, not measures taken.
 */
const NEXT_STEP = /^[\s“”]*(?:下一步|下步|后续|接下来|下阶段|今后)/u;

/** The text without its next-step sentences. */
function withoutNextSteps(text: string): string {
  return text
    .split(/(?<=[。！？；\n])/u)
    .filter((sentence) => !NEXT_STEP.test(sentence))
    .join('');
}

/**
 * What will be done or prevented, and what will be punished, names no cause: a clause from 将 + a verb of future work
 * (县交警大队将在该路段对疲劳驾驶开展专项整治), from a word of prevention (严防线路短路引发火灾, 防范违规用火) and 对 + an
 * object + a verb of punishment (对超载车辆依法处罚) up to the clause's end. 大风将广告牌刮落 (将 as 把) stays.
 */
const NOT_CAUSE =
  /将(?:在|对|继续|持续|进一步|全力|加快|加强|组织|开展|督促|依法|严厉|适时|及时|重点|集中)[^，。；！？,;\n]*|(?:严防|防范|防止|预防|谨防|杜绝|严禁|避免)[^，。；！？,;\n]*|对[^，。；！？,;\n]{1,16}?(?:处罚|查处|整治|治理|打击|处理|追责|问责)/gu;

/**
 * An event named as what brought about the one reported (事件性质为企业生产安全事故引发的突发水污染事件、一起由交通事故引发的燃气
 * 泄漏险情): the chain of events, its kind; why the first event happened is still unsaid. A natural force before 引发的
 * (强降雨引发的山体滑坡) is no 事故 or 事件 and stays a cause.
 */
const EVENT_CHAIN = /(?:由|因)?\p{Script=Han}{0,12}?(?:事故|事件)(?:所)?(?:引发|导致|造成|引起)的/gu;

/**
 * The text a cause is read in: without next-step sentences, without what will be done, prevented or punished, and without
 * an event named as the first link of a chain.
 */
function causeText(text: string): string {
  return withoutNextSteps(text).replace(NOT_CAUSE, '').replace(EVENT_CHAIN, '');
}

/**
 * The people trapped, counted (5名居民被困、被困群众3人): while they are still trapped, the count is what is known of the
 * casualties (现场有3名工人被困，正在搜救). Once the report says they are all out (全部救出、均已转移、成功脱困), whether anyone was
 * hurt is known and must be said (无人员伤亡、2人轻伤): the count of the trapped no longer states it.
 */
const TRAPPED_COUNT = /(?:\d+|[一二两三四五六七八九十百]+)\s*(?:名|人|位)[^，。；\n]{0,10}?(?:被困|受困)|(?:被困|受困)(?:人员|群众|居民|乘客|村民)?[^，。；\n]{0,4}(?:\d+|[一二两三四五六七八九十百]+)\s*(?:名|人)/gu;
const ALL_OUT = /(?:全部|均已?|全都|已全部|成功|安全)(?:被)?(?:救出|转移|脱困|获救|撤离|疏散)/u;

/** The text the casualties are read in: without the count of the trapped once they are all out. */
function casualtyText(text: string): string {
  return ALL_OUT.test(text) ? text.replace(TRAPPED_COUNT, '') : text;
}

/** What to write for an element (Chinese, in the message's parentheses). */
const HINTS: Record<string, string> = {
  伤亡: '没有伤亡也要写明“暂无人员伤亡”',
  原因: '原因不明写“原因正在调查”',
};

export const emergencyElements = defineRule({
  id: 'emergency-elements',
  category: 'emergency',
  severity: 'error',
  name: { zh: '要素不全', en: 'Missing elements' },
  description: {
    zh: '紧急信息首报写明时间、地点、性质、伤亡（没有伤亡也写“暂无人员伤亡”）、原因（不明写“正在调查”）、已采取的措施和下一步；终报写明处置结果和善后。',
    en: 'A first emergency report states time, place, nature, casualties (暂无人员伤亡 when none), cause (or that it is under investigation), measures taken and next steps; a final report states the result and the aftermath.',
  },
  messages: {
    missing: { zh: '{kind}缺少要素：{missing}。请补充。', en: 'This {kind} emergency report lacks: {missing}. Add them.' },
    missingWithHints: {
      zh: '{kind}缺少要素：{missing}。请补充（{hints}）。',
      en: 'This {kind} emergency report lacks: {missing}. Add them (say 暂无人员伤亡 when nobody was hurt, 原因正在调查 when the cause is unknown).',
    },
    cueUnsupported: {
      zh: '选项“emergency-elements.cues.{element}”中的正则表达式“{pattern}”用了本工具不支持的写法（前后断言 (?=…)、(?<=…) 或反向引用 \\1），已忽略，请改写为不含这些写法的形式。',
      en: 'The pattern "{pattern}" of the option emergency-elements.cues.{element} uses lookaround or a back-reference, which configured patterns do not support; it was ignored.',
    },
    cueInvalid: {
      zh: '选项“emergency-elements.cues.{element}”中的正则表达式“{pattern}”写法有误，已忽略，请检查括号、方括号和转义是否成对。',
      en: 'The pattern "{pattern}" of the option emergency-elements.cues.{element} is invalid and was ignored ({error}).',
    },
    cueEmpty: {
      zh: '选项“emergency-elements.cues.{element}”中的正则表达式“{pattern}”可以匹配空字符串，会让这一要素总算作写明，已忽略。',
      en: 'The pattern "{pattern}" of the option emergency-elements.cues.{element} matches the empty string (the element would always count as present); it was ignored.',
    },
  },
  options: {
    cues: {
      type: 'object',
      default: {},
      keys: Object.keys(EN),
      values: 'string[]',
      description: {
        zh: '补充的要素识别正则：{要素名: [正则…]}，要素名为时间、地点、性质、伤亡、原因、措施、下一步、结果、善后',
        en: 'More patterns that find an element: {element: [pattern…]}; the elements are 时间, 地点, 性质, 伤亡, 原因, 措施, 下一步, 结果 and 善后 (run on a linear-time engine: no lookaround, no back-references)',
      },
    },
  },
  appliesTo: ['紧急首报', '紧急终报'],
  check({ draft, options, report }) {
    const elements = ELEMENTS[draft.kind];
    if (!elements) return;
    // Messages go to the title (without one, the first sentence).
    const at = draft.title
      ? { start: draft.title.textStart, end: draft.title.textEnd }
      : draft.sentences[0] ?? { start: draft.paragraphs[0]?.start ?? 0, end: draft.paragraphs[0]?.end ?? 0 };
    const team = teamCues(options.cues);
    for (const { element, pattern, ...why } of team.refused) {
      const where = { start: at.start, end: at.end, severity: 'warning' as const };
      if (why.problem === 'unsupported') report({ ...where, messageId: 'cueUnsupported', data: { element, pattern } });
      else if (why.problem === 'invalid') report({ ...where, messageId: 'cueInvalid', data: { element, pattern, error: why.error } });
      else report({ ...where, messageId: 'cueEmpty', data: { element, pattern } });
    }
    const body = bodyText(draft);
    if (!body.trim()) return; // an empty body is title-required's business
    const text = `${draft.title?.text ?? ''}\n${body}`;
    const missing = elements.filter((name) => {
      const cues = [...(BUILT_IN[name] ?? []), ...(team.cues[name] ?? [])];
      const haystack =
        name === '下一步'
          ? text.replace(NOT_NEXT, '')
          : name === '措施'
            ? withoutFireOut(withoutNextSteps(text).replace(CARE, ''))
            : name === '原因'
              ? causeText(text)
              : name === '伤亡'
                ? casualtyText(text)
                : text;
      return !cues.some((re) => re.test(haystack));
    });
    if (missing.length === 0) return;
    const hints = missing.map((m) => HINTS[m]).filter(Boolean);
    report({
      start: at.start,
      end: at.end,
      messageId: hints.length ? 'missingWithHints' : 'missing',
      data: {
        kind: { zh: draft.kind, en: draft.kind === '紧急首报' ? 'first' : 'final' },
        missing: { zh: missing.join('、'), en: missing.map((m) => EN[m]).join(', ') },
        hints: hints.join('，'),
      },
    });
  },
});
