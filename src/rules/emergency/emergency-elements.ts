/**
 * emergency-elements: a first report (首报) states time, place, nature, casualties (even when none: 暂无人员
 * 伤亡), cause (or that it is being investigated), measures and next steps; a final report (终报) states the
 * result and the aftermath (style guide §3.1; seed 004, REG). One message lists every missing element.
 */
import table from '../../../rules/data/emergency-elements.yaml';
import { defineRule } from '../../core/rule.js';
import type { Kind } from '../../core/types.js';
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

function compile(list: unknown): RegExp[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((p) => {
    if (typeof p !== 'string') return [];
    try {
      return [new RegExp(p, 'u')];
    } catch {
      return [];
    }
  });
}

const BUILT_IN: Record<string, RegExp[]> = {};
for (const name of Object.keys(EN)) BUILT_IN[name] = compile((table as Record<string, unknown> | null)?.[name]);

/** 原因正在调查 and similar say the cause (or loss) is unknown; they are not a next step. */
const NOT_NEXT = /原因(?:正在|尚在|仍在)?(?:调查|核查|核实|待查)中?|损失(?:正在|尚在)?(?:核算|统计|评估)中?/gu;

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
  },
  options: {
    cues: {
      type: 'object',
      default: {},
      description: {
        zh: '补充的要素识别正则：{要素名: [正则…]}，要素名为时间、地点、性质、伤亡、原因、措施、下一步、结果、善后',
        en: 'More patterns that find an element: {element: [pattern…]}; the elements are 时间, 地点, 性质, 伤亡, 原因, 措施, 下一步, 结果 and 善后',
      },
    },
  },
  appliesTo: ['紧急首报', '紧急终报'],
  check({ draft, options, report }) {
    const elements = ELEMENTS[draft.kind];
    if (!elements) return;
    const body = bodyText(draft);
    if (!body.trim()) return; // an empty body is body-length's and title-required's business
    const text = `${draft.title?.text ?? ''}\n${body}`;
    const missing = elements.filter((name) => {
      const cues = [...(BUILT_IN[name] ?? []), ...compile(options.cues[name])];
      const haystack = name === '下一步' ? text.replace(NOT_NEXT, '') : text;
      return !cues.some((re) => re.test(haystack));
    });
    if (missing.length === 0) return;
    const hints = missing.map((m) => HINTS[m]).filter(Boolean);
    const at = draft.title
      ? { start: draft.title.textStart, end: draft.title.textEnd }
      : draft.sentences[0] ?? { start: draft.paragraphs[0]?.start ?? 0, end: draft.paragraphs[0]?.end ?? 0 };
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
