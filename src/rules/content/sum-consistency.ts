import { type Quantity, quantities } from '../lib/quantities.js';
import { CUES, maskedText } from '../lib/cues.js';
import { chineseNumberValue } from '../lib/numerals.js';
import { defineRule, type RuleContext } from '../../core/rule.js';

const MESSAGES = {
  sumOver: {
    zh: '分项之和为{sumShown}{unit}，超过总数{totalShown}{unit}，请核对数字。',
    en: 'The parts add up to {sum} ({unit}), more than the total {total}; check the figures.',
  },
  sumUnder: {
    zh: '分项之和为{sumShown}{unit}，与总数{totalShown}{unit}不符，请核对数字。',
    en: 'The parts add up to {sum} ({unit}), not the total {total}; check the figures.',
  },
  shareOver100: {
    zh: '占比为{pct}%，部分占整体的比例不会超过100%，请核对数字。',
    en: 'A share of {pct}% is impossible (a part is at most 100% of the whole); check the figures.',
  },
  sharesOver100: {
    zh: '各部分所占比例相加为{sum}%，超过100%，请核对数字。',
    en: 'The shares of the parts add up to {sum}%, more than 100%; check the figures.',
  },
  restMismatch: {
    zh: '{wholeShown}{wholeUnit}中除去{partShown}{partUnit}，其余部分的比例应为{actual}%，与所写的{pct}%不符，请核对数字。',
    en: 'Of {whole}, the rest after {part} is {actual}%, not {pct}%; check the figures.',
  },
  shareMismatch: {
    zh: '{partShown}{partUnit}占{wholeShown}{wholeUnit}的比例应为{actual}%，与所写的{pct}%不符，请核对数字。',
    en: '{part} of {whole} is {actual}%, not {pct}%; check the figures.',
  },
} as const;

type Ctx = RuleContext<unknown, keyof typeof MESSAGES>;

const SENTENCE_END = /[。！？!?\u0000]/gu;
const PIECE_BREAK = /[、，；,;]/u;
/** Labels that start something else than a part: 另设…、完成…、占…、同比… (占道经营、占用耕地 name kinds of case). */
/**
 * 超 and 较 compare (超过…、超1000人、较上年…) but also start the names of kinds: 超市、超载、超速、超限车辆, and the grades
 * 较大隐患、较大事故 (重大、较大、一般); 共享单车 is a kind too.
 */
const NOT_A_PART = /^(?:另|还|此外|同时|并|完成|占(?![道地用压])|比|较(?![大小高低重轻])|同比|环比|共(?!享)|合计|总计|累计|达(?:到)?$|为|超(?:过|出|额|$)|平均|人均|户均|每)|^(?:增长|下降|减少|增加|提高|降低)(?:了|至|到|为)?$/u;
const PERCENT_UNITS = new Set(['%', '个百分点']);
/** 分别 and the verb of its list (分别为、分别是、分别有、分别完成、分别招收), right before the first figure or label. */
const RESPECTIVELY = /分别(?:为|是|有|达到?|\p{Script=Han}{2})?(?=[0-9零〇一二两三四五六七八九十]|\p{Script=Han}{1,8}[0-9零〇一二两三四五六七八九十])/u;
/** What names a total: 共、共计、合计、总计、累计、一共、总共 (in the same clause as the figure). */
const TOTAL_BEFORE = /(?:共|合计|总计|累计|总数|总量)[^，。；！？]{0,12}$/u;

/** Between a total and its 分别: a noun (56家企业分别为) or the clause break alone (36家，分别为). */
const HEADS = /^(?:\p{Script=Han}{0,8}|，)$/u;
/** A total after its parts: 、-listed parts, then ，合计/共计/总计/共/总共/一共 N (累计 may add earlier figures). */
const TOTAL_AFTER = /[，；](?:合计|共计|总计|总共|一共|共)(?:为|有|达到?|是)?(?=[0-9０-９零一二两三四五六七八九十])/gu;

interface Part {
  label: string;
  quantity: Quantity;
  /** The mark that ends the part (、，；, 和… or '' at the end). */
  mark?: string;
}

const fmt = (n: number) => String(Math.round(n * 1e6) / 1e6);
/** The multiplier the writer put on a figure (5600万元, 1.2亿元): figures in a message are shown the way the total was written. */
const scaleOf = (text: string, q: Quantity): [number, string] => {
  const written = text.slice(q.start, q.end);
  return written.includes('亿') ? [1e8, '亿'] : written.includes('万') ? [1e4, '万'] : [1, ''];
};
/** A figure as the writer wrote it: 5600万 stays 5600万, 56000 stays 56000. */
const shown = (text: string, q: Quantity) => {
  const [scale, name] = scaleOf(text, q);
  return fmt(q.value / scale) + name;
};
/** The sum of the parts and the total, both in the total's own multiplier (5000万 against 5600万, 50000 against 56000). */
const shownPair = (text: string, sum: number, total: Quantity) => {
  const [scale, name] = scaleOf(text, total);
  return { sumShown: fmt(sum / scale) + name, totalShown: fmt(total.value / scale) + name };
};

/**
 * A grade written with Latin letters or Roman numerals before 级、类… (C级危房、A类单位、4A级景区、Ⅱ类水质断面): part of the
 * label, not a figure. Read as Han characters of the same length, so that offsets stay.
 */
const GRADE = /(?:[0-9]?[A-ZＡ-Ｚ]{1,3}|[Ⅰ-Ⅻ]{1,4})(?=[级类型档星等])/gu;
const withoutGrades = (piece: string) => piece.replace(GRADE, (m) => '级'.repeat(m.length));

/** 和、及、与 between two figures of a list after 分别 (580人和720人). */
const AND_BEFORE_FIGURE = /^[和及与][0-9零〇一二两三四五六七八九十]/u;

/**
 * The parts listed from `from` on: “label + number + unit” pieces separated by 、，； up to the sentence end. After 分别
 * (`bare`) a part may be a figure alone (分别为380栋、860栋), and 和、及、与 also separate two figures.
 */
function partsAfter(text: string, from: number, end: number, bare = false): Part[] {
  const parts: Part[] = [];
  let i = from;
  while (i < end) {
    let j = i;
    // The length of the mark that ends the piece: 1 for 、，；, 1–2 for 和、及、与、以及 after a figure and its unit.
    let mark = 1;
    for (; j < end; j++) {
      if (PIECE_BREAK.test(text[j]!)) break;
      if (bare && j > i && AND_BEFORE_FIGURE.test(text.slice(j, j + 2))) break;
      const and = j > i && parts.length > 0 ? AND_BEFORE_LABEL.exec(text.slice(j, j + 3)) : null;
      if (and && endsWithFigure(text, i, j)) {
        mark = and[0].length;
        break;
      }
    }
    const piece = withoutGrades(text.slice(i, j));
    const qs = quantities(piece, i);
    const last = qs[qs.length - 1];
    if (!last || last.end !== j || qs.length !== 1) break;
    const label = piece.slice(0, last.start - i).replace(/^有/u, '');
    if (!(bare && label === '') && (!/^\p{Script=Han}+$/u.test(label) || NOT_A_PART.test(label))) break;
    if (parts.length && parts[0]!.quantity.unit !== last.unit) break;
    // 其中有劳动能力的9860人，已就业9120人: after a clause mark, a figure named by what is already done (已、已经) is how far
    // the part before has come — a subset of that part, not one more kind of the total (unless the parts are stages
    // themselves: 其中已签约320户，未签约80户).
    if (parts.length && CLAUSE_MARK.test(parts[parts.length - 1]!.mark ?? '') && STAGE_REACHED.test(label) && !STAGE_REACHED.test(parts[0]!.label) && !/^(?:未|尚未|没有)/u.test(parts[0]!.label)) break;
    parts.push({ label, quantity: last, mark: text.slice(j, j + mark) });
    i = j + mark;
  }
  return parts;
}

/** 以及、和、及、与 before the label of the last part (燃油补贴1900万元、休渔补助720万元和渔船更新补助300万元). */
const AND_BEFORE_LABEL = /^(?:以及|和|及|与)(?=\p{Script=Han})/u;

/**
 * The text from `i` to `j` ends with a figure and its unit (…720万元|和…). Read over the last 24 characters only: a
 * figure and its unit are short, and a run of 和 in a long clause must not rescan the clause each time.
 */
function endsWithFigure(text: string, i: number, j: number): boolean {
  if (!/\p{Script=Han}|[%％]/u.test(text[j - 1] ?? '')) return false;
  const from = Math.max(i, j - 24);
  const qs = quantities(withoutGrades(text.slice(from, j)), from);
  return qs.length > 0 && qs[qs.length - 1]!.end === j;
}

const includesAny = (s: string, words: readonly string[]) => words.some((w) => s.includes(w));

/** 非经营性 and 经营性, 未达标 and 达标, 不合格 and 合格: a label and its negation cover the whole. */
function negated(a: string, b: string): boolean {
  const m = /^(?:非|未|不|没有|尚未)(.+)$/u.exec(b);
  return Boolean(m && m[1]!.length >= 2 && a.includes(m[1]!));
}

/** A negated label: the negation (非、未、不…) and what it negates, to the label's end (非党员、未脱贫户、非脱贫户贷款). */
const NEGATION = /(尚未|没有|非|未|不)(\p{Script=Han}{2,})$/u;

/**
 * The sides of a division of a whole (rules/data/_content-cues.yaml `complements`, `partitions`): each side is a class of
 * words written “城区|县城|城镇” (any of them names the side). 城区/乡镇, 个人/企业, 公办/民办, 本地/外地, 县级/乡镇级/村级 …
 */
const sidesOf = (entry: readonly string[]) => entry.map((side) => side.split('|').filter(Boolean));
const DIVISIONS: readonly (readonly string[][])[] = [
  ...CUES.complements.map((pair) => sidesOf(pair)),
  ...CUES.partitions.map((entry) => sidesOf(entry.split('/'))),
];

/** The labels name every side of one division, one side each (城区…、乡镇…; 县级…、乡镇级…、村级…). */
function coversDivision(labels: readonly string[]): boolean {
  return divisionSides(labels) !== undefined;
}

/** The side of a division each label names, in the labels' order, or undefined when they do not cover one (see coversDivision). */
function divisionSides(labels: readonly string[]): readonly string[][] | undefined {
  // 党员 and 非党员, 脱贫户 and 非脱贫户: a label and its negation are the two sides of one division.
  if (labels.length === 2) {
    for (const [a, b] of [labels, [...labels].reverse()] as const) {
      const m = NEGATION.exec(b!);
      if (m && m[2]!.length >= 2 && a!.includes(m[2]!) && !a!.includes(m[0]!)) {
        const sides = [[m[2]!], [m[1]! + m[2]!]];
        return a === labels[0] ? sides : [sides[1]!, sides[0]!];
      }
    }
  }
  for (const sides of DIVISIONS) {
    if (sides.length !== labels.length) continue;
    const sideOf = labels.map((l) => sides.filter((words) => words.some((w) => l.includes(w))));
    // Each label on exactly one side, and the sides all different.
    if (sideOf.some((found) => found.length !== 1)) continue;
    if (new Set(sideOf.map((found) => found[0])).size === sides.length) return sideOf.map((found) => found[0]!);
  }
  return undefined;
}

/**
 * The labels' sides are of one whole: what a label says before its side word (参训人员中男性 → 参训人员中) is the same in every
 * label that says something there. 参训人员中男性…，志愿者中女性… are sides of two wholes.
 */
function oneWhole(labels: readonly string[], sides: readonly string[][]): boolean {
  const wholes = labels.map((l, i) => l.slice(0, Math.min(...sides[i]!.map((w) => l.indexOf(w)).filter((n) => n >= 0))));
  return new Set(wholes.filter(Boolean)).size <= 1;
}

/**
 * Parts that plainly cover the whole: 其他/其余 closes the list, or the labels divide it (城市/农村, 个人/企业, 经营性/非经营性,
 * 县级/乡镇级/村级).
 */
function exhaustive(parts: Part[]): boolean {
  if (includesAny(parts[parts.length - 1]!.label, CUES.closing)) return true;
  if (parts.length === 2) {
    const [a, b] = [parts[0]!.label, parts[1]!.label];
    if (negated(a, b) || negated(b, a)) return true;
  }
  return coversDivision(parts.map((p) => p.label));
}

/** Nouns of people: a label that ends with one names people with an attribute (脱贫劳动力、返乡农民工). */
const PEOPLE = /(?:劳动力|人员|人口|群众|学员|干部|职工|教师|学生|农民工|居民|村民|员工|老人|儿童|妇女|青年|人|者|户|家庭|性)$/u;

/** A part named by an honour or a rating it received (获评守合同重信用企业、被评为文明户、入选名录): others may hold it too. */
const AWARDED = /^(?:获评|荣获|获得|被评为|评为|被认定为|认定为|入选|列入|纳入|获)/u;

/**
 * An attribute people or things may share with the other parts (其中女性12人、党员9人; 脱贫劳动力、返乡农民工): the label is
 * the attribute, or it names people by it. 党员志愿服务队、青年志愿服务队 name kinds of teams: they do not overlap.
 */
function overlapping(label: string): boolean {
  if (AWARDED.test(label)) return true;
  const words = CUES.overlapping.filter((w) => label.includes(w));
  if (!words.length) return false;
  return words.some((w) => label.endsWith(w)) || PEOPLE.test(label) || !/\p{Script=Han}{2,}$/u.test(label.replace(words[0]!, ''));
}


function checkPartition(ctx: Ctx, text: string, start: number, end: number): void {
  // Only the first list of a sentence is checked: with a second one, which total each divides is unclear. A list after
  // 分别 (分别为、分别是、分别有、分别完成…) wins over the 其中 that may open it (其中一中、二中分别招收980人、920人).
  const sentence = text.slice(start, end);
  // Both cues are literal at their start (分别…, 其中): most sentences have neither.
  if (!sentence.includes('分别') && !sentence.includes('其中')) return;
  const m = RESPECTIVELY.exec(sentence) ?? /其中/u.exec(sentence);
  if (m) {
    const at = start + m.index;
    if (ctx.isQuoted(at, at + m[0].length)) return;
    const respectively = m[0] !== '其中';
    const parts = partsAfter(text, at + m[0].length, end, respectively);
    if (parts.length < 2) return;
    const unit = parts[0]!.quantity.unit;
    if (PERCENT_UNITS.has(unit) || parts.some((p) => p.quantity.approx)) return;
    const totals = quantities(text.slice(start, at), start).filter((q) => q.unit === unit);
    const total = totals[totals.length - 1];
    if (!total || total.approx) return;
    // 播种65.3万亩，比2025年增加1.2万亩，其中宽幅精播41.6万亩: the figure right before 其中 is a change; the parts may
    // divide it (减少46艘，其中拆解31艘、转产15艘) or the level before it, and the words do not say which.
    if (CHANGE_BEFORE.test(text.slice(Math.max(start, total.start - 16), total.start))) return;
    // Figures after 分别 divide a total the sentence names as one (共、合计…): 有医生320人，护士和药师分别为… divide nothing.
    // Or the total is the head of 分别 (检查的56家企业分别为…) or ends the clause just before it (现有家庭农场36家，分别为…).
    if (respectively && !TOTAL_BEFORE.test(text.slice(Math.max(start, total.start - 14), total.start)) && !HEADS.test(text.slice(total.end, at))) return;
    const totalName = nameBefore(text, total, start);
    // 鲈湾、港头、大岙3个中心渔港分别为412艘、286艘、231艘，其余4个一级渔港合计149艘: the rest, given after the list, is a
    // part too; a rest named with no figure of the unit (其余渔港为小型渔船) leaves the list partial.
    // 共查获非法捕捞案件11起，其中电鱼4起、地笼网3起、违规垂钓4起，移送公安机关2起: the parts joined by 、 add up to the
    // total exactly, and what follows a ，or ； is another fact counted in the same unit (移送、注销), not one more part.
    const whole = partsAddingUp(parts, total);
    if (whole) parts.splice(whole);
    const rest = respectively ? restAfter(text, parts[parts.length - 1]!.quantity.end, end, unit) : undefined;
    if (rest) parts.push({ label: '其余', quantity: rest });
    const sum = parts.reduce((s, p) => s + p.quantity.value, 0);
    // Named items that leave a tenth or more of the total unnamed are some of the whole (东岭、南湖两个乡分别为66家、48家 of
    // 240家); nearer the total they are the writer's breakdown of it (榆汀区、砚溪区、雁浦县分别为6个、5个、3个 of 15个).
    const partialHead = respectively && !rest && (rest === null || fewerThanTotal(text, start, total, at) || (sum < total.value * 0.9 && someNamed(text, start, total, at)));
    const complete = (respectively && !partialHead) || exhaustive(parts) || namedByJoining(parts, totalName);
    if (!complete && parts.some((p) => overlapping(p.label))) return;
    const slack = parts.reduce((s, p) => s + p.quantity.slack, 0) + total.slack + 1e-9;
    const last = parts[parts.length - 1]!.quantity;
    const data = { ...shownPair(text, sum, total), sum: fmt(sum), total: fmt(total.value), unit };
    if (sum - total.value > slack) ctx.report({ start: total.start, end: last.end, messageId: 'sumOver', data });
    else if (partialHead) return;
    else if ((complete || meantComplete(parts, sum, total.value, text.slice(last.end, end), nameBefore(text, total, start))) && total.value - sum > slack)
      ctx.report({ start: total.start, end: last.end, messageId: 'sumUnder', data });
  }
}

/** The label of a stage reached (已就业、已经办结、已实现就业). */
const STAGE_REACHED = /^已经?/u;

/** A clause break after a part (not the 、 or 和 of a list). */
const CLAUSE_MARK = /^[，；,;]$/u;

/**
 * The number of parts, the first of them joined by 、 (or 和、及、与), that add up to the total exactly, when a clause break
 * follows them and more pieces of the unit come after it (其中企业96户、个体工商户432户；注销经营主体147户 of 528户): 0 when
 * there is no such prefix. A list that adds up stops there; a figure after the break counts something else.
 */
function partsAddingUp(parts: readonly Part[], total: Quantity): number {
  let sum = 0;
  let slack = total.slack + 1e-9;
  for (let k = 0; k < parts.length - 1; k++) {
    const part = parts[k]!;
    sum += part.quantity.value;
    slack += part.quantity.slack;
    if (CLAUSE_MARK.test(part.mark ?? '')) return k >= 1 && Math.abs(sum - total.value) <= slack ? k + 1 : 0;
  }
  return 0;
}

/**
 * 共受理来信来访412件次，其中来信168件次、来访217件次: the total's name joins the parts' names (来信来访 = 来信 + 来访; 投诉举报、
 * 新建改建、咨询求助、来信来电来访), so the parts cover it. Each part gives the end of its label (two to four characters:
 * 人大代表建议 → 建议), in the order written; 2 to 4 parts.
 */
function namedByJoining(parts: Part[], totalName: string): boolean {
  if (parts.length < 2 || parts.length > 4 || totalName.length < 4) return false;
  const joins = (i: number, sofar: string): boolean => {
    if (!totalName.includes(sofar)) return false;
    // All the parts named, and no sibling of theirs after them (来信来访来电 with 来信、来访 leaves 来电 unnamed; 新建改建农村公路,
    // 咨询求助来电 end with the head noun).
    if (i === parts.length) {
      const at = totalName.indexOf(sofar) + sofar.length;
      const next = totalName.slice(at, at + 2);
      return !(next.length === 2 && parts.some((p) => p.label.slice(-2)[0] === next[0]));
    }
    const label = parts[i]!.label;
    for (let n = 2; n <= Math.min(4, label.length); n++) if (joins(i + 1, sofar + label.slice(-n))) return true;
    return false;
  };
  return joins(0, '');
}

/**
 * 共排查隐患213处，其中燃气隐患86处、电气隐患72处、消防通道隐患48处；共排查燃气用户隐患148处，其中软管老化61处、阀门锈蚀42处、
 * 违规安装37处: three or more parts, however they are named, that leave less than a tenth of the total unnamed are the
 * writer's breakdown of the whole, and a sum short of it is a slip. Not when the list says it is partial (…等、其余…、另有…),
 * leaves much unnamed, or names attributes that may overlap (checked before: 女性、党员…).
 */
function meantComplete(parts: Part[], sum: number, total: number, after: string, totalName: string): boolean {
  if (sum < total * 0.9) return false;
  if (parts.length < 3 && !(parts.length === 2 && kindsOfTotal(parts[0]!.label, parts[1]!.label, totalName))) return false;
  return !/^[^。；！？]{0,2}?(?:等|其余|其他|其它|剩余|余下|另有|另|此外|还有|以及)/u.test(after) && !/[，,](?:其余|其他|其它|剩余|余下|另有|另|此外|还有)/u.test(after);
}

/** The words of a figure's clause before it, 共、有、达… aside (共排查企业126家 → 共排查企业 → 排查企业). */
function nameBefore(text: string, q: Quantity, from: number): string {
  return text.slice(Math.max(from, q.start - 24), q.start).split(/[，。；：！？、]/u).pop()!.replace(BEFORE_FIGURE, '');
}

/**
 * 共排查企业126家，其中规上企业48家、小微企业70家: two parts that name two kinds of the total's own noun (…企业、…企业 of 企业;
 * …垃圾、…垃圾 of 河道垃圾) and leave less than a tenth unnamed are the writer's breakdown of it. 种植能手、电商主播 of 人才 name
 * kinds in words of their own, and may be two of many.
 */
function kindsOfTotal(a: string, b: string, totalName: string): boolean {
  const n = commonEnd(a, b);
  if (n < 2 || a.length <= n || b.length <= n) return false;
  if ([a, b].some((label) => CROSS_CUTTING.test(label.slice(0, label.length - n)))) return false;
  return totalName.endsWith(a.slice(a.length - n));
}

/**
 * A kind named by a threshold (三层以上、60岁以下、5000万元以上) or by an attribute in 性 (经营性、季节性) cuts across other
 * kinds: 其中经营性自建房260栋、三层以上自建房190栋 may overlap, and need not cover the whole.
 */
const CROSS_CUTTING = /以上|以下|以内|以外|超过|不足|不到|性$/u;

/** A figure that is a change (比2025年增加1.2万亩、较上年减少46艘、同比增长…): the words right before it. */
const CHANGE_BEFORE = /(?:比|较|同比|环比)[^，。；！？]{0,12}?(?:增加|减少|增长|下降|提高|降低|扩大|缩小|多|少)了?$/u;

/** The clause after a 分别 list that names the rest of the whole (其余、其他、剩余、余下、另外、另有). */
const REST_CLAUSE = /^[，；](?:其余|其他|其它|剩余|余下|另外|另有)[^，。；！？]*/u;

/**
 * The rest after a 分别 list ending at `from`: the last figure of the unit in a clause naming the rest (其余4个一级渔港合计149艘
 * → 149艘); null when the clause names the rest with no figure of the unit; undefined when no such clause follows.
 */
function restAfter(text: string, from: number, end: number, unit: string): Quantity | null | undefined {
  const m = REST_CLAUSE.exec(text.slice(from, end));
  if (!m) return undefined;
  const qs = quantities(text.slice(from, from + m[0].length), from);
  const last = qs[qs.length - 1];
  return last && last.unit === unit && !last.approx && last.end === from + m[0].length ? last : null;
}

/**
 * The head of a 分别 list counts fewer than the total's own count (7个渔港共停泊渔船1078艘，3个中心渔港分别为…): the list is of
 * some of the whole. Counts are read in the sentence before the total and in the head between the total and 分别.
 */
function fewerThanTotal(text: string, start: number, total: Quantity, at: number): boolean {
  const head = quantities(text.slice(total.end, at), total.end).filter((q) => q.unit !== total.unit);
  if (!head.length) return false;
  const before = quantities(text.slice(start, total.start), start);
  return head.some((h) => before.some((b) => b.unit === h.unit && b.value > h.value));
}

/**
 * 全县共有规模养殖场240家，东岭、南湖两个乡分别为66家、48家: a 分别 list of items named one by one (2 or more names with 、)
 * after a total of a larger whole is of some of its members, unless the sentence counts the whole's members as many as the
 * names (两镇共有农户1200户，东镇、西镇分别为…) or the rest follows (restAfter).
 */
function someNamed(text: string, start: number, total: Quantity, at: number): boolean {
  const names = LIST_NAMES.exec(text.slice(total.end, at + 4).replace(/(?<=分别(?:为|是|有|达到?)?)[^]*$/u, ''));
  const items = names?.[1]!.replace(/^[，；]/u, '').split('、') ?? [];
  if (items.length < 2 || items.some((n) => !/^\p{Script=Han}{2,8}$/u.test(n))) return false;
  for (const m of text.slice(start, total.start).matchAll(/([0-9]+|[一二两三四五六七八九十]+)个?\p{Script=Han}/gu)) {
    const n = /^[0-9]+$/u.test(m[1]!) ? Number(m[1]) : chineseNumberValue(m[1]!.replace(/两/gu, '二'));
    if (n === items.length) return false;
  }
  return true;
}

/** The names of a 分别 list's items before it (鲈湾、港头、大岙3个中心渔港 → 鲈湾, 港头, 大岙; 城关镇、河口镇 → 城关镇, 河口镇). */
const LIST_NAMES = /([^，。；！？：]*?)(?:[0-9一二两三四五六七八九十]+个\p{Script=Han}{0,6})?分别(?:为|是|有|达到?)?$/u;

/**
 * 全县7个渔港共停泊渔船1078艘，鲈湾、港头、大岙3个中心渔港分别为412艘、286艘、231艘，…，鲈湾中心渔港占比达42%: a share
 * whose clause gives no figure, of an item named in a 分别 list before it, is that item's figure of the total given
 * with 共、合计… before the list. Returns the part and the whole, or undefined.
 */
function listedShare(text: string, start: number, labelStart: number, at: number, resps: readonly number[]): { part: Quantity; whole: Quantity } | undefined {
  const label = text.slice(labelStart, at).replace(/^[，；\s]+/u, '');
  if (!/^\p{Script=Han}{2,12}$/u.test(label)) return undefined;
  // The last 分别 of the sentence before the label (`resps`: their offsets, found once per sentence), within 200 characters;
  // the names before it read back to the clause mark, 40 characters at most (each share costs no scan of its sentence).
  const r = lastBelow(resps, labelStart, (p) => p);
  const resp = r >= 0 ? resps[r]! : -1;
  if (resp < start || labelStart - resp > 200) return undefined;
  let from = resp;
  while (from > start && from > resp - 40 && text[from - 1] !== '，') from--;
  const names = LIST_NAMES.exec(text.slice(from, resp + 4).replace(/(?<=分别(?:为|是|有|达到?)?)[^]*$/u, ''));
  if (!names) return undefined;
  const items = names[1]!.split('、').map((n) => n.trim());
  if (items.length < 2 || items.some((n) => !/^\p{Script=Han}{2,8}$/u.test(n))) return undefined;
  const verb = /^分别(?:为|是|有|达到?)?/u.exec(text.slice(resp))![0];
  const parts = partsAfter(text, resp + verb.length, labelStart, true);
  if (parts.length !== items.length) return undefined;
  const k = items.findIndex((n) => label.startsWith(n));
  if (k < 0 || items.some((n, j) => j !== k && label.startsWith(n))) return undefined;
  const part = parts[k]!.quantity;
  const before = quantities(text.slice(Math.max(start, resp - 80), resp), Math.max(start, resp - 80)).filter((q) => q.unit === part.unit);
  const whole = before[before.length - 1];
  if (!whole || whole.approx || !TOTAL_WORDS.test(text.slice(Math.max(start, whole.start - 16), whole.start))) return undefined;
  return { part, whole };
}

/** 河口村12座、柳湾村9座、双河村14座，合计37座: the parts before, the total after; the writer says they add up. */
function checkTotalAfter(ctx: Ctx, text: string, start: number, end: number): void {
  const slice = text.slice(start, end);
  // Every mark of a total after its parts holds 共 or 计 (合计、共计、总共…).
  if (!slice.includes('共') && !slice.includes('计')) return;
  TOTAL_AFTER.lastIndex = 0;
  for (let m = TOTAL_AFTER.exec(slice); m; m = TOTAL_AFTER.exec(slice)) {
    const mark = start + m.index;
    const after = quantities(text.slice(mark + m[0].length, end), mark + m[0].length)[0];
    if (!after || after.start !== mark + m[0].length || after.approx) continue;
    // The list runs from the clause break before it to the mark.
    let from = mark;
    while (from > start && !/[，；：。！？]/u.test(text[from - 1]!)) from--;
    // 停航时长分别为3小时、4小时，合计9小时: after 分别 the parts may be figures alone, and the list starts after it.
    const resp = RESPECTIVELY.exec(text.slice(from, mark));
    if (resp) from += resp.index + resp[0].length;
    const parts = partsAfter(text, from, mark, resp !== null);
    if (parts.length < 2) continue;
    const last = parts[parts.length - 1]!.quantity;
    if (last.end !== mark || parts[0]!.quantity.unit !== after.unit || parts.some((p) => p.quantity.approx)) continue;
    if (PERCENT_UNITS.has(after.unit)) continue;
    const sum = parts.reduce((n, p) => n + p.quantity.value, 0);
    const slack = parts.reduce((n, p) => n + p.quantity.slack, 0) + after.slack + 1e-9;
    const unit = after.unit;
    const data = { ...shownPair(text, sum, after), sum: fmt(sum), total: fmt(after.value), unit };
    // Overlapping parts (低保户、残疾人家庭) may be counted twice, so their sum may pass the total; it never falls short.
    if (sum - after.value > slack && !parts.some((p) => overlapping(p.label))) ctx.report({ start: mark + 1, end: after.end, messageId: 'sumOver', data });
    else if (after.value - sum > slack) ctx.report({ start: mark + 1, end: after.end, messageId: 'sumUnder', data });
  }
}

const PCT = String.raw`([0-9]+(?:\.[0-9]+)?)[%％]`;
/** 占…的120%, 占比120%: a share cannot pass 100% (占计划、占目标 can). */
const SHARE = new RegExp(String.raw`(?:占(?:比)?(?:为|达|是)?([^，。；！？]{0,16}?的)?|比重(?:为|达|是)?|所占比例(?:为|达|是)?)${PCT}`, 'gu');

/** A share in a list of shares: 占X%, 占比X%, 约占X%, 比重为X%, 所占比例为X%. */
const SUM_SHARE = new RegExp(String.raw`，?(?:占(?:比|比重)?|比重|所占比例)(?:为|达到?|是)?(?:([^，。；！？]{0,16}?)的)?${PCT}`, 'gu');

/** a，占…N的X%  /  N…中，…a，占X% (also 所占比例为X%) */
const SHARE_OF = new RegExp(String.raw`，?(?:占(?:比)?|所占比例|所占比重)(?:为|达到?|是)?(?:([^，。；！？]{0,16}?)的)?${PCT}`, 'gu');

/**
 * A rate and its figures (接种率为96.4%、合格率99.1%、流转率达到42.6%): the whole and the part are the last two figures of one
 * unit before it, not two items of a 、 list, and the rate's name shares a character with the part (已接种8120人 — 接种率;
 * 收回1146份 — 回收率). Not a
 * rate of change (增长率、下降率), nor one that is no share (利率、税率、效率、频率、汇率、速率、概率、比率).
 */
const RATE = new RegExp(String.raw`(\p{Script=Han}{0,5}?)(率|进度|比例)(?:为|达到?|是)?${PCT}`, 'gu');
/**
 * A share that names no measure of its own (覆盖率、普及率、比例): with the whole marked as the set the part is taken from
 * (46个城市社区中已有38个建立…，覆盖率达90%; 在120户受访农户中，有96户…，比例为80%), it is the part's share of that whole.
 */
const GENERIC_SHARE = /(?:覆盖|普及)$/u;
/** The words between a whole marked with 中 and the part taken from it (个城市社区中已有、户受访农户中，有、所中小学中已有). */
const PART_OF_WHOLE = /^[^，。；！？、]{0,12}中[，,]?(?:已经?|共|仍|尚|均)?有?$/u;
/** The part's own words after a whole marked with 中 (断面中，水质优良断面 → 水质优良断面). */
const PART_NAMED_IN_WHOLE = /^[^，。；！？、]{0,12}中[，,]?([^，。；！？、]{2,12})$/u;
/** A progress that is no share of the figures: of time (序时进度、时间进度), or of the works (形象进度). */
const NOT_A_SHARE_PROGRESS = /序时|时序|时间|形象/u;
/** Characters of grammar that a rate's name and a part's words may share without naming the same thing. */
const RATE_FUNCTION_CHARS = '在的了中有是为和与及等对已被把将于以所之其各共';
// 功率、费率 are no shares, but 成功率 (调解成功298件) and 缴费率、收费率 (已缴费36200人) are: a verb before 功 or 费 makes it one.
const NOT_A_SHARE_RATE = /增长|增|下降|降|变化|提高|同比|环比|[利税效频汇速概比]$|(?<![成缴交收])[功费]$/u;

interface ShareIndex {
  /** The quantities of the sentence, in order (they never overlap, so their ends are in order too). */
  all: Quantity[];
  /** Offsets of the clause marks ，、；： in the sentence, in order. */
  marks: number[];
  /** Per quantity: the offset of a 中 that follows it within the clause (N户中), or -1. */
  zhong: number[];
  /** Per quantity index i: the largest index j ≤ i whose quantity is followed by 中, or -1. */
  lastWithZhong: number[];
  /** Offset of the first 其中 of the sentence (共有农户6800户，其中…), or -1. */
  qizhong: number;
}

/** What the share check looks up, computed once per sentence so that each 占 costs a binary search, not a scan. */
function shareIndex(text: string, slice: string, start: number): ShareIndex {
  const all = quantities(slice, start);
  const marks: number[] = [];
  for (const m of slice.matchAll(/[，、；：]/gu)) marks.push(start + m.index);
  const zhong = all.map((q) => {
    const m = /^[^，。；！？]{0,14}?中/u.exec(text.slice(q.end, q.end + 15));
    return m ? q.end + m[0].length - 1 : -1;
  });
  const lastWithZhong: number[] = [];
  zhong.forEach((z, i) => lastWithZhong.push(z >= 0 ? i : i > 0 ? lastWithZhong[i - 1]! : -1));
  const q = slice.indexOf('其中');
  return { all, marks, zhong, lastWithZhong, qizhong: q >= 0 ? start + q : -1 };
}

/** Index of the last item of sorted `items` whose key is below `limit`, or -1. */
function lastBelow<T>(items: readonly T[], limit: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]!) < limit) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function checkShares(ctx: Ctx, text: string, start: number, end: number): void {
  const slice = text.slice(start, end);
  // Most sentences carry no percentage at all.
  if (!slice.includes('%') && !slice.includes('％')) return;
  SHARE.lastIndex = 0;
  for (let m = SHARE.exec(slice); m; m = SHARE.exec(slice)) {
    const value = Number(m[2]);
    if (value <= 100 || /计划|目标|任务|预算|同期|上年|去年/u.test(m[1] ?? '')) continue;
    const s = start + m.index;
    ctx.report({ start: s, end: s + m[0].length, messageId: 'shareOver100', data: { pct: m[2]! } });
  }
  const share = SHARE_OF;
  share.lastIndex = 0;
  let index: ShareIndex | undefined;
  let resps: number[] | undefined;
  for (let m = share.exec(slice); m; m = share.exec(slice)) {
    const { all, marks, zhong, lastWithZhong, qizhong } = (index ??= shareIndex(text, slice, start));
    const at = start + m.index;
    // The part is the last figure of the clause before 占 (已有17个暂停供餐，占21.8%).
    const scanFrom = at - (text[at] === '，' ? 1 : 0);
    const mark = lastBelow(marks, scanFrom, (p) => p);
    const from = mark >= 0 ? marks[mark]! + 1 : start;
    const k = lastBelow(all, at + 1, (q) => q.end);
    const part = k >= 0 && all[k]!.start >= from ? all[k] : undefined;
    if (!part && m[1] === undefined && slice.includes('分别')) {
      resps ??= [...slice.matchAll(/分别/gu)].map((x) => start + x.index);
      const listed = listedShare(text, start, from, at, resps);
      if (listed && !listed.part.approx && listed.whole.value > 0)
        checkShare(ctx, text, listed.part, listed.whole, m[2]!, at + m[0].length, false, boundAfter(text, at + m[0].length), from + (text[from] === '，' ? 1 : 0));
      continue;
    }
    if (!part) {
      const labelled = labelledShare(text, all, from, at, m[1], start);
      if (labelled) checkShare(ctx, text, labelled.part, labelled.whole, m[2]!, at + m[0].length, false, boundAfter(text, at + m[0].length), from + (text[from] === '，' ? 1 : 0));
      continue;
    }
    if (part.approx || PERCENT_UNITS.has(part.unit)) continue;
    let whole: Quantity | undefined;
    // 占受理总数的36.2%、占全部学员的32%: the whole is named by a word, its figure is the one given before.
    const namedByWord = m[1] !== undefined && /总数|总量|总额|总人数|总户数|总面积|全部|全体/u.test(m[1]) && !/[0-9０-９]/u.test(m[1]);
    if (m[1] !== undefined && !namedByWord) {
      const limit = at + m[0].length;
      for (let j = lastBelow(all, limit + 1, (q) => q.end); j >= 0 && all[j]!.start >= at; j--) {
        if (!PERCENT_UNITS.has(all[j]!.unit)) {
          whole = all[j];
          break;
        }
      }
      // 共有寄宿学生4000人，其中留守儿童1200人，占寄宿学生的40%: the whole named by the words its figure was given with.
      whole ??= namedBefore(text, all, part, m[1], from);
    } else {
      // N单位…中：the whole named before the part in the same sentence (its 中 before the part).
      for (let j = lastWithZhong[lastBelow(all, part.start + 1, (q) => q.end)] ?? -1; j >= 0; j = lastWithZhong[j - 1] ?? -1) {
        if (zhong[j]! < part.start) {
          whole = all[j];
          break;
        }
      }
      // 共有农户6800户，其中参加农业保险6530户，占比…: the figure of the part's unit before 其中.
      // (较2025年增加1.2万亩，其中…: a change before 其中 is no whole; the parts divide the figure it changes.)
      if (!whole && qizhong >= 0 && qizhong < part.start) {
        for (let j = lastBelow(all, qizhong + 1, (q) => q.end); j >= 0; j--) {
          if (all[j]!.unit === part.unit && !isChange(text, start, all[j]!)) {
            whole = all[j];
            break;
          }
        }
      }
    }
    // 全县村卫生室共84所，已接入…的62所，占比83%: the whole given with 共、共有、合计… in the clause right before the part's
    // (nothing between them but the part's own words), of the part's unit: the share is of that total.
    if (!whole && m[1] === undefined) whole = totalRightBefore(text, all, marks, k, from, start);
    if (!whole || whole.approx || whole.unit !== part.unit || whole.value <= 0) continue;
    checkShare(ctx, text, part, whole, m[2]!, start + m.index + m[0].length);
  }
}

/** A figure given as a change (较2025年增加1.2万亩、同比减少…): the words right before it, within its sentence. */
const isChange = (text: string, sentenceStart: number, q: Quantity) => CHANGE_BEFORE.test(text.slice(Math.max(sentenceStart, q.start - 16), q.start));

/** The label of a share with no figure in its clause: the words before 占 (高技术制造业占比为15%、玉米占…的71%), 其中 aside. */
const SHARE_LABEL = /^(?:其中)?(\p{Script=Han}{2,12}?)(?:的)?$/u;

/** A figure's name that says it is a total: 总、全部、规模以上, or a level's whole (全县一般公共预算收入、全县接待游客). */
const TOTAL_NAME = /总|全部|全体|规模以上|合计|共计|共有|全[省市县区镇乡村]/u;

/**
 * 高技术制造业增加值86.4亿元，规模以上工业增加值720亿元，高技术制造业占比为15%: a share whose clause gives no figure, labelled by
 * words that name one figure given before it in the sentence (the part: 高技术制造业增加值86.4亿元), of a whole named after 占
 * (占全县粮食总产量的…: namedBefore) or else the one other figure of the part's unit before it there, larger than the part,
 * not a change and not named by the label. Two candidates for the whole, or none: nothing is checked.
 */
function labelledShare(text: string, all: readonly Quantity[], from: number, at: number, named: string | undefined, sentenceStart: number): { part: Quantity; whole: Quantity } | undefined {
  const label = SHARE_LABEL.exec(text.slice(from, at).replace(/^[，\s]+/u, ''))?.[1];
  if (!label) return undefined;
  const before = all.slice(0, lastBelow(all, from, (q) => q.end) + 1).filter((q) => !PERCENT_UNITS.has(q.unit) && !q.approx && !isChange(text, sentenceStart, q));
  const parts = before.filter((q) => nameBefore(text, q, sentenceStart).includes(label));
  if (parts.length !== 1) return undefined;
  const part = parts[0]!;
  let whole: Quantity | undefined;
  if (named !== undefined) {
    if (!/总数|总量|总额|总产量|总面积|总人数|总户数|全部|全体|规模以上|全[县区市镇乡]/u.test(named) || /[0-9０-９]/u.test(named)) return undefined;
    whole = namedBefore(text, all, part, named, from);
  } else {
    // The whole names a total (农业总产值、规模以上工业增加值、全县接待游客): a sibling (小麦…56万亩，玉米…80万亩，小麦占比为30%:
    // a share of all grain) is no whole of the part.
    const others = before.filter((q) => q !== part && q.unit === part.unit && !nameBefore(text, q, sentenceStart).includes(label) && TOTAL_NAME.test(nameBefore(text, q, sentenceStart)));
    if (others.length !== 1) return undefined;
    whole = others[0];
  }
  if (!whole || whole === part || whole.value <= part.value) return undefined;
  return { part, whole };
}

/** A total's words before its figure, in its clause: 共、共有、共计、合计、总计、一共 and the name (共有在册渔船、床位合计). */
// (共 of 公共 is no total: 全镇公共服务场所30处.)
const TOTAL_WORDS = /(?:共有|共计|合计|总计|一共|总共|(?<!公)共(?![享同建治管商用性识])|总数为?|总量为?)[^，。；！？、]{0,12}$/u;

/**
 * The whole of a share with no whole named after 占: the figure right before the part's (index `k` in `all`), of the same
 * unit, in the clause just before the part's (`from` is where the part's clause starts), given as a total (TOTAL_WORDS).
 * `marks` are the offsets of the sentence's clause marks (ShareIndex).
 */
function totalRightBefore(text: string, all: readonly Quantity[], marks: readonly number[], k: number, from: number, sentenceStart: number): Quantity | undefined {
  const part = all[k]!;
  const prev = all[k - 1];
  if (!prev || prev.unit !== part.unit || prev.value < part.value) return undefined;
  // The whole's clause is the one before the part's: one clause mark between the two figures, at the part's clause start.
  const between = text.slice(prev.end, from);
  if (/[，；：、。！？]/u.test(between.slice(0, -1)) || !/^[，；：]$/u.test(between.slice(-1))) return undefined;
  // The words of the whole's clause, from the last clause mark before its figure (a binary search in the sentence's
  // marks) and at most the 16 characters TOTAL_WORDS reads: a share costs no scan of its sentence.
  const mark = lastBelow(marks, prev.start, (p) => p);
  const clauseStart = Math.max(mark >= 0 ? marks[mark]! + 1 : sentenceStart, prev.start - 16);
  return TOTAL_WORDS.test(text.slice(clauseStart, prev.start)) ? prev : undefined;
}

/** 全县、全区、全市、全镇、全乡 before the name of a whole (占全区养老机构床位的…): the item's own area, named or not. */
const OWN_AREA = /^全[县区市镇乡村]/u;
/** What may stand between a whole's name and its figure: 共、共有、共计、合计、总计、总数、达、为、有 (寄宿学生共4000人). */
const BEFORE_FIGURE = /(?:共有|共计|合计|总计|总数|总量|一共|共|达到|达|为|有|是)+$/u;

/**
 * 占寄宿学生的40%: the whole is the figure given before the part, in the same sentence, right after the same name (共有寄宿学生4000人
 * — the name ends the words of its clause before the figure, 共、有… aside). Not the part itself (其中留守儿童1200人，占全县留守
 * 儿童的…: the whole is all the county's, and no figure is given for it). `clauseStart` is where the part's clause begins.
 */
function namedBefore(text: string, all: readonly Quantity[], part: Quantity, words: string, clauseStart: number): Quantity | undefined {
  const name = words.replace(OWN_AREA, '');
  if (!/^\p{Script=Han}{2,12}$/u.test(name)) return undefined;
  for (let j = lastBelow(all, clauseStart, (q) => q.end); j >= 0; j--) {
    const q = all[j]!;
    if (q.unit !== part.unit) continue;
    if (nameBefore(text, q, 0).endsWith(name)) return q;
  }
  return undefined;
}

/** The number of decimals a figure is written with (12.5 → 1). */
const decimalsOf = (figure: string) => (figure.includes('.') ? figure.split('.')[1]!.length : 0);

/**
 * A percentage written as a bound (覆盖率达85%以上、比例为10%以下) or an estimate (左右): `min`, `max`, or `about` (not checked:
 * how loose an estimate may be is the writer's).
 */
type Bound = 'min' | 'max' | 'about' | undefined;
function boundAfter(text: string, at: number): Bound {
  const next = text.slice(at, at + 3);
  if (/^(?:及|或)?以上/u.test(next)) return 'min';
  if (/^(?:及|或)?以下/u.test(next)) return 'max';
  return /^(?:左右|上下|多)/u.test(next) ? 'about' : undefined;
}

/** A percentage written for part ÷ whole (`pct` as written, ending at `end`) that the figures, within their rounding, do not give. */
function checkShare(ctx: Ctx, text: string, part: Quantity, whole: Quantity, pct: string, end: number, rest = false, bound: Bound = undefined, from = part.start): void {
  if (bound === 'about') return;
  const decimals = decimalsOf(pct);
  const pctSlack = 0.5 * 10 ** -decimals + 1e-9;
  // Of the rest (rest): (whole − part) ÷ whole.
  const share = (p: number, w: number) => (rest ? (w - p) / w : p / w) * 100;
  const a = share(part.value - part.slack, whole.value + whole.slack);
  const b = share(part.value + part.slack, whole.value - whole.slack);
  const [lo, hi] = a < b ? [a, b] : [b, a];
  if (Number(pct) + pctSlack >= lo && Number(pct) - pctSlack <= hi) return;
  // 达85%以上: at least the figure written; 10%以下: at most.
  if ((bound === 'min' && hi >= Number(pct) - pctSlack) || (bound === 'max' && lo <= Number(pct) + pctSlack)) return;
  const actual = share(part.value, whole.value);
  ctx.report({
    start: from,
    end,
    messageId: rest ? 'restMismatch' : 'shareMismatch',
    data: {
      partShown: shown(text, part),
      partUnit: part.unit,
      wholeShown: shown(text, whole),
      wholeUnit: whole.unit,
      part: fmt(part.value),
      whole: fmt(whole.value),
      actual: actual.toFixed(Math.max(decimals, 1)),
      pct,
    },
  });
}

/** The label of a share without its figure and particles: 表示满意的 → 表示满意, 认为…的有1098户 → 认为…. */
const shareLabel = (clause: string) =>
  clause.replace(/(?:的)?(?:有)?(?:[0-9.]+[\p{Script=Han}%]{0,3})?(?:的)?$/u, '').replace(/的(?:群众|居民|村民|农户|人员|人|受访者|家庭|户|学生|企业|单位)$/u, '');

/** Length of the common ending of two texts. */
function commonEnd(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/**
 * The answer that nothing changed or that one cannot say (没有变化、无变化、变化不大、不变、持平、说不清、不清楚、不好说): it
 * excludes every other answer to the same question.
 */
const NULL_ANSWER = /^(?:(?:没有|没|无|并无|并没有)(?:明显|什么|太大|大的)?变化|变化不大|(?:基本)?(?:不变|持平)|说不清|说不好|不清楚|不好说|不知道|不了解)/u;

/** Length of the common beginning of two texts. */
function commonStart(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * 认为审批提速的…，认为无变化的…: two answers to one question (the same verb of saying before them: 认为、反映、表示) of which one
 * says nothing changed or cannot say: they exclude each other, so their shares of one whole add up to at most 100%.
 */
function answersOfOneQuestion(a: string, b: string): boolean {
  const head = commonStart(a, b);
  if (head < 2) return false;
  const [x, y] = [a.slice(head), b.slice(head)];
  return x !== '' && y !== '' && NULL_ANSWER.test(x) !== NULL_ANSWER.test(y);
}

/**
 * 表示满意的占72%，基本满意的占23%，不满意的占8%: shares of one whole (no whole named after 占) that grade one attribute
 * (their labels end alike: 满意) add up to at most 100%. Answers to different questions (认为…的占91.5%；认为…的占93.8%) may
 * together pass 100%.
 */
function checkShareSum(ctx: Ctx, text: string, start: number, end: number): void {
  const slice = text.slice(start, end);
  if (!/占|比重|比例/u.test(slice)) return;
  // Each share of a sum (SUM_SHARE) ends in a percentage: without one there is nothing to add.
  if (!slice.includes('%') && !slice.includes('％')) return;
  if (sharesOfBrackets(ctx, text, start, end)) return;
  if (respectiveShares(ctx, text, start, end)) return;
  if (!sharesOfOneWhole(ctx, text, start, end)) sharesOfSides(ctx, text, start, end);
}

/**
 * 游客中本地游客、省内其他市游客和省外游客分别占48%、37%和21%: a whole marked with 中 (or 其中), its kinds listed, then 分别占
 * (占比、占到、所占比例、比重) and a list of shares with no whole of their own named: the kinds divide that one whole, so the shares
 * add up to at most 100%. Answers and attributes that may overlap (认为…的、使用…的、女性、党员) are left alone, as are shares
 * written as bounds or estimates (以上、左右).
 */
const RESPECTIVE_SHARES = new RegExp(
  String.raw`(?<=\p{Script=Han})中(?![心小学型级等部国央医药华期])，?([^，。；！？：]{2,40}?)分别(?:占(?:比|到|了)?|所占比例|所占比重|比重)(?:为|是|达到?)?(${PCT}(?:[、和及与]${PCT})+)(?![^，。；！？]{0,1}(?:以上|以下|左右|上下))`,
  'gu',
);
/**
 * Two kinds that split a whole between them by an opposite (县外游客和县内游客, 男性和女性, 城镇和农村居民, 户籍人口和非户籍
 * 人口): only such a pair is checked against 100%. Two kinds of anything else may overlap (涉农贷款和小微企业贷款分别占72%和
 * 64%: a loan can be both), so a pair is left alone unless it is one of these; three kinds or more are checked.
 */
const SPLIT_OPPOSITES = new Set(['内|外', '男|女', '男性|女性', '城镇|农村', '城市|农村', '城区|农村', '本地|外地', '省内|省外', '境内|境外', '国内|国外', '公办|民办', '国有|民营', '线上|线下', '已|未', '有|无']);
function complements(a: string, b: string): boolean {
  let x = a.replace(/的$/u, '');
  let y = b.replace(/的$/u, '');
  while (x.length > 1 && y.length > 1 && x[x.length - 1] === y[y.length - 1]) {
    x = x.slice(0, -1);
    y = y.slice(0, -1);
  }
  while (x.length > 1 && y.length > 1 && x[0] === y[0]) {
    x = x.slice(1);
    y = y.slice(1);
  }
  return SPLIT_OPPOSITES.has(`${x}|${y}`) || SPLIT_OPPOSITES.has(`${y}|${x}`) || x === `非${y}` || y === `非${x}`;
}
const SURVEY_WORDS = /认为|表示|选择|希望|愿意|使用|了解|知道|支持|赞成|满意|参加|参与|享受|拥有|持有|具有|兼|曾|有过/u;
function respectiveShares(ctx: Ctx, text: string, start: number, end: number): boolean {
  const slice = text.slice(start, end);
  if (!slice.includes('分别')) return false;
  RESPECTIVE_SHARES.lastIndex = 0;
  for (let m = RESPECTIVE_SHARES.exec(slice); m; m = RESPECTIVE_SHARES.exec(slice)) {
    const labels = m[1]!.split(/[、和及与]/u);
    if (labels.length < (labels.length === 2 && complements(labels[0]!, labels[1]!) ? 2 : 3) || SURVEY_WORDS.test(m[1]!) || labels.some((l) => overlapping(l.replace(/的$/u, '')))) continue;
    const figures = m[2]!.split(/[、和及与]/u).map((f) => f.replace(/[%％]$/u, ''));
    const sum = figures.reduce((n, f) => n + Number(f), 0);
    const slack = figures.reduce((n, f) => n + 0.5 * 10 ** -decimalsOf(f), 0) + 1e-9;
    if (sum - 100 <= slack) continue;
    const at = start + m.index + m[0].indexOf('分别');
    ctx.report({ start: at, end: start + m.index + m[0].length, messageId: 'sharesOver100', data: { sum: fmt(sum) } });
    return true;
  }
  return false;
}

/** A number in a bracket label (85、4.5). */
const BRACKET_NUM = String.raw`([0-9]+(?:\.[0-9]+)?)`;
/** N岁以上、N亩及以下、N年以内 (open brackets) and N至M岁、N万元至M万元、N—M亩 (closed ones). */
const OPEN_BRACKET = new RegExp(String.raw`${BRACKET_NUM}([万亿]?\p{Script=Han}{0,2}?)(?:及)?(以上|以下|以内)`, 'u');
/** The words of a bracket's lower end and the mark between its ends (10万元至、3个至、75至、50—). */
const BRACKET_FROM = String.raw`([万亿]?\p{Script=Han}{0,2}?)(?:至|到|[-－~～—])`;
const CLOSED_BRACKET = new RegExp(String.raw`${BRACKET_NUM}${BRACKET_FROM}${BRACKET_NUM}([万亿]?\p{Script=Han}{1,2}?)(?=的|$)`, 'u');
/**
 * A sentence that may hold a bracket (the cheap test before the labels are read): every form OPEN_BRACKET and
 * CLOSED_BRACKET take — 以上、以下、以内, and a figure, the words of its lower end and a figure (75至84岁, 10万元至20万元,
 * 3个至5个), from the same pieces as CLOSED_BRACKET so that the two cannot drift apart.
 */
const MAY_HOLD_BRACKET = new RegExp(String.raw`以上|以下|以内|[0-9]${BRACKET_FROM}[0-9]`, 'u');

interface Bracket {
  lo: number;
  hi: number;
  unit: string;
  /** The words before the bracket (经营面积、房龄) and after it, 的 aside (老人). */
  before: string;
  after: string;
}

/** The numeric bracket a share's label names (85岁以上的 → [85, ∞) 岁; 75至84岁的 → [75, 84] 岁), or undefined. */
function bracketOf(label: string): Bracket | undefined {
  const closed = CLOSED_BRACKET.exec(label);
  if (closed) {
    if (closed[2] && closed[2] !== closed[4]) return undefined;
    const lo = Number(closed[1]);
    const hi = Number(closed[3]);
    if (!(lo < hi)) return undefined;
    return { lo, hi, unit: closed[4]!, before: label.slice(0, closed.index), after: label.slice(closed.index + closed[0].length).replace(/^的/u, '') };
  }
  const open = OPEN_BRACKET.exec(label);
  if (!open) return undefined;
  const n = Number(open[1]);
  const up = open[3] === '以上';
  return { lo: up ? n : -Infinity, hi: up ? Infinity : n, unit: open[2]!, before: label.slice(0, open.index), after: label.slice(open.index + open[0].length).replace(/^的/u, '') };
}

/**
 * 80岁以上的占46%，70至79岁的占41%，60至69岁的占19%: shares whose labels are brackets of one measure (age, area, income, years)
 * that do not overlap divide one whole, and add up to at most 100%. Whether the shares were read as brackets (then the other
 * share-sum checks are skipped): brackets that overlap (60岁以上、80岁以上; 10万元以上、5万元以上) are cumulative, brackets of
 * two measures (1亿元以上、300人以上) two ways of dividing, and the same bracket of two wholes (男性农场主里50岁以上、女性农场主
 * 里50岁以上) two wholes: none of them is added up.
 */
function sharesOfBrackets(ctx: Ctx, text: string, start: number, end: number): boolean {
  const slice = text.slice(start, end);
  if (!MAY_HOLD_BRACKET.test(slice)) return false;
  const shares: { bracket: Bracket; at: number; end: number; pct: number; decimals: number }[] = [];
  SUM_SHARE.lastIndex = 0;
  for (let m = SUM_SHARE.exec(slice); m; m = SUM_SHARE.exec(slice)) {
    if (m[1] !== undefined) return false;
    const at = start + m.index;
    const labelStart = Math.max(start, text.lastIndexOf('，', at - 1) + 1, text.lastIndexOf('、', at - 1) + 1, text.lastIndexOf('；', at - 1) + 1);
    const label = text.slice(labelStart, at).replace(/^[，、\s]+/u, '').replace(/^其中/u, '');
    const bracket = bracketOf(label);
    if (!bracket) return false;
    shares.push({ bracket, at: labelStart, end: at + m[0].length, pct: Number(m[2]), decimals: decimalsOf(m[2]!) });
  }
  if (shares.length < 2) return false;
  const brackets = shares.map((x) => x.bracket);
  // One measure, one whole: the words around the brackets, where written, are the same.
  if (new Set(brackets.map((b) => b.unit)).size !== 1) return true;
  for (const side of ['before', 'after'] as const) if (new Set(brackets.map((b) => b[side]).filter(Boolean)).size > 1) return true;
  // Brackets that overlap (more than at a shared end: 30岁以下、30至45岁) are cumulative, not parts.
  const sorted = [...brackets].sort((a, b) => a.lo - b.lo || a.hi - b.hi);
  for (let i = 1; i < sorted.length; i++) if (sorted[i]!.lo < sorted[i - 1]!.hi) return true;
  const sum = shares.reduce((n, x) => n + x.pct, 0);
  const slack = shares.reduce((n, x) => n + 0.5 * 10 ** -x.decimals, 0) + 1e-9;
  if (sum - 100 > slack) ctx.report({ start: shares[0]!.at, end: shares[shares.length - 1]!.end, messageId: 'sharesOver100', data: { sum: fmt(sum) } });
  return true;
}

/**
 * 男性占62%，女性占45%；线上办理的占76%，线下办理的占31%: shares, one a clause, whose labels name every side of a division of
 * the whole (rules/data/_content-cues.yaml `complements`, `partitions`), add up to at most 100%, however their labels end.
 * Not when a share names its own whole (占全县男性的38%).
 */
function sharesOfSides(ctx: Ctx, text: string, start: number, end: number): void {
  const slice = text.slice(start, end);
  const shares: { label: string; at: number; end: number; pct: number; decimals: number }[] = [];
  SUM_SHARE.lastIndex = 0;
  for (let m = SUM_SHARE.exec(slice); m; m = SUM_SHARE.exec(slice)) {
    if (m[1] !== undefined) return;
    const at = start + m.index;
    const labelStart = Math.max(start, text.lastIndexOf('，', at - 1) + 1, text.lastIndexOf('；', at - 1) + 1);
    const label = shareLabel(text.slice(labelStart, at).replace(/^[，\s]+/u, '').replace(/^其中/u, ''));
    if (!label || /[、，；]/u.test(label)) return;
    shares.push({ label, at: labelStart, end: at + m[0].length, pct: Number(m[2]), decimals: decimalsOf(m[2]!) });
  }
  if (shares.length < 2) return;
  const labels = shares.map((x) => x.label);
  const sides = divisionSides(labels);
  if (!sides || !oneWhole(labels, sides)) return;
  const sum = shares.reduce((n, x) => n + x.pct, 0);
  const slack = shares.reduce((n, x) => n + 0.5 * 10 ** -x.decimals, 0) + 1e-9;
  if (sum - 100 <= slack) return;
  ctx.report({ start: shares[0]!.at, end: shares[shares.length - 1]!.end, messageId: 'sharesOver100', data: { sum: fmt(sum) } });
}

/** A whole named after the first 占 of a list of shares (全社会用电量、地区生产总值): words, no figure, no plan or earlier period. */
const WHOLE_NAMED_ONCE = /^(?!.*(?:计划|目标|任务|预计|预期|预算(?!支出|收入)|同期|上年|去年|[0-9０-９]))\p{Script=Han}{2,16}$/u;

/** The shares of one whole that grade one attribute or are listed together; whether one was reported. */
function sharesOfOneWhole(ctx: Ctx, text: string, start: number, end: number): boolean {
  const slice = text.slice(start, end);
  const shares: { label: string; at: number; end: number; pct: number; decimals: number }[] = [];
  // 共N…，其中a占X%，b占Y%: the clauses after 其中, one share each and nothing between them, divide the whole named
  // before 其中 (老年人占58%，学生占47%), whatever their labels; a clause of another kind ends the list.
  let qizhong = slice.indexOf('其中');
  // 参加招聘会的求职者中，高校毕业生占58%，农村转移劳动力占47%: a clause ending in 中 names the whole as 其中 does, for
  // shares whose labels name kinds (no 的-clause: 享受助学金的、认为…的 may overlap).
  const zhong = qizhong < 0 ? /中，/u.exec(slice) : null;
  const kindsOnly = Boolean(zhong);
  if (zhong) qizhong = zhong.index;
  let afterQizhong = qizhong >= 0;
  // 工业用电量占全社会用电量的61.4%，城乡居民生活用电量占28.7%，第三产业用电量占14.2%: the first share names the whole, the
  // next ones leave it unsaid: the same whole (not a plan or a period before: 占年度计划的、占上年同期的). A 其中 after it
  // (水稻占粮食播种面积的52.4%，其中杂交水稻占82.6%) takes its part of the first share, not of the whole.
  let namedWhole = false;
  SUM_SHARE.lastIndex = 0;
  for (let m = SUM_SHARE.exec(slice); m; m = SUM_SHARE.exec(slice)) {
    // 占全县的…、占计划的…: wholes named one by one, perhaps not the same.
    if (m[1] !== undefined && (shares.length > 0 || !WHOLE_NAMED_ONCE.test(m[1]))) return false;
    const at = start + m.index;
    if (m[1] !== undefined) {
      // 收购玉米21.6万吨，占预计商品量的53.2%，三等以上玉米占比91.4%: a first part given with its figure; the next share may be
      // of that part. The first share names the whole for all only when its part is words alone (工业用电量占…的61.4%).
      const own = text.slice(Math.max(start, text.lastIndexOf('，', at - 1) + 1), at).replace(/[0-9０-９]{1,4}(?:年|月|日)/gu, '');
      if (/[0-9０-９]/u.test(own)) return false;
      namedWhole = true;
    }
    // What the share is of: the clause before 占 (女性占52%、党员占38% may overlap).
    const labelStart = Math.max(start, text.lastIndexOf('，', at - 1) + 1);
    const label = text.slice(labelStart, at).replace(/^[，\s]+/u, '');
    if (afterQizhong) {
      const from = shares.length ? shares[shares.length - 1]!.end : start + qizhong + 2;
      afterQizhong = from <= at && /^[，、]?[^，。；！？]*$/u.test(text.slice(from, at)) && (shares.length > 0 || labelStart <= start + qizhong + 2);
    }
    // 玉米占62%、水稻占31%、大豆占12%: shares in one 、 list are parts of one whole, whatever their labels.
    const listed = shares.length > 0 && (afterQizhong || /^、[^，。；！？]*$/u.test(text.slice(shares[shares.length - 1]!.end, at)));
    if (namedWhole && shares.length > 0 && /^其中/u.test(label)) return false;
    const own = listed && !afterQizhong ? text.slice(text.lastIndexOf('、', at - 1) + 1, at) : label.replace(/^其中/u, '');
    if (overlapping(own)) return false;
    if (kindsOnly && afterQizhong && !/^\p{Script=Han}{1,10}$/u.test(own.replace(/^[，\s]+/u, '')) ) afterQizhong = false;
    if (kindsOnly && afterQizhong && /的/u.test(own)) afterQizhong = false;
    // After a whole named once, the labels name kinds of one thing (工业用电量、城乡居民生活用电量), however they are listed.
    if (namedWhole && shares.length && commonEnd(shareLabel(label), shares[0]!.label) < 2) return false;
    if (shares.length && !listed && commonEnd(shareLabel(label), shares[0]!.label) < 2 && !answersOfOneQuestion(shareLabel(label), shares[0]!.label)) return false;
    shares.push({ label: shareLabel(label), at: labelStart, end: at + m[0].length, pct: Number(m[2]), decimals: decimalsOf(m[2]!) });
  }
  if (shares.length < 2) return false;
  const sum = shares.reduce((n, x) => n + x.pct, 0);
  const slack = shares.reduce((n, x) => n + 0.5 * 10 ** -x.decimals, 0) + 1e-9;
  if (sum - 100 <= slack) return false;
  ctx.report({ start: shares[0]!.at, end: shares[shares.length - 1]!.end, messageId: 'sharesOver100', data: { sum: fmt(sum) } });
  return true;
}

/** 应参保46.3万人，已参保45.2万人，参保率为98.6%: a rate that its own figures do not give. */
function checkRates(ctx: Ctx, text: string, start: number, end: number): void {
  const slice = text.slice(start, end);
  if (!slice.includes('率') && !slice.includes('进度') && !slice.includes('比例')) return;
  // A rate's figure is a percentage (RATE ends in PCT).
  if (!slice.includes('%') && !slice.includes('％')) return;
  RATE.lastIndex = 0;
  for (let m = RATE.exec(slice); m; m = RATE.exec(slice)) {
    // 优良天数比率 is the share of the 优良天数 (其中优良天数278天): 比率 after the part's own words. A ratio of two (男女比率、
    // 城乡收入比率) is none; so the part's words must hold the name's last two characters.
    const ofPart = m[2] === '率' && /^\p{Script=Han}{2,}比$/u.test(m[1]!) && !/[与和及同对之]|男女|性别/u.test(m[1]!);
    const name = ofPart ? m[1]!.slice(0, -1) : m[1]!;
    if (!ofPart && (m[2] === '率' ? NOT_A_SHARE_RATE.test(name) : m[2] === '进度' && NOT_A_SHARE_PROGRESS.test(name))) continue;
    if (ofPart && /增长|增|下降|降|变化|提高|同比|环比/u.test(name)) continue;
    const at = start + m.index;
    const before = quantities(text.slice(start, at), start).filter((q) => !PERCENT_UNITS.has(q.unit));
    const part = before[before.length - 1];
    if (!part || part.approx) continue;
    let whole = [...before.slice(0, -1)].reverse().find((q) => q.unit === part.unit);
    if (!whole || whole.approx || whole.value <= 0) continue;
    // 计划改造老旧小区42个，已开工36个，完工18个，完工进度…: a stage between the plan and the part (已开工36个) is no whole; when
    // the nearest figure's clause names no whole (计划、应、共…) and an earlier one of the unit does, that one is the whole.
    if (!text.slice(whole.end, part.start).startsWith('、') && !WHOLE_WORDS.test(clauseBefore(text, start, whole))) {
      const named = before.slice(0, before.indexOf(whole)).reverse().find((q) => q.unit === part.unit && WHOLE_WORDS.test(clauseBefore(text, start, q)));
      if (named && !named.approx && named.value >= whole.value) whole = named;
    }
    // The part's own words name the rate (已接种8120人 — 接种率): else the figures may count something else. Two items of a
    // list (拖拉机1460台、播种机1120台，机播率…) are not a whole and its part.
    const partWords = text.slice(whole.end, part.start);
    // …30个村完成户厕改造，改造完成率…: the part's own verb may also follow it, in the clause up to the rate.
    const partClause = text.slice(part.end, at).split(/[，；：]/u)[0]!;
    // A function character (在、中、有…) shared by chance names nothing: 286艘在远海作业，卫星通信设备在线率为87% (在线率 is
    // a rate of devices, not of the boats).
    const named = [...name].filter((ch) => !RATE_FUNCTION_CHARS.includes(ch));
    if (partWords.startsWith('、')) continue;
    // The words the figures are given with: the whole's clause, the words between, and what follows the part up to the rate.
    const given = clauseBefore(text, start, whole) + partWords + text.slice(part.end, at);
    const unsaid = (ch: string) => !RATE_FUNCTION_CHARS.includes(ch) && !given.includes(ch);
    if (ofPart && !(partWords + partClause).includes(name.slice(-2))) continue;
    if (m[2] === '比例' || GENERIC_SHARE.test(name)) {
      // 覆盖率、比例 with the whole the part is taken from (46个社区中已有38个…): the share of that whole, unless the name says
      // of what else (农户覆盖率 after 12个乡镇中有9个…: a share of households); 配备比例 names the part's own verb.
      const own = name.replace(GENERIC_SHARE, '');
      if (PART_OF_WHOLE.test(partWords) && ![...own].some(unsaid)) {
        checkShare(ctx, text, part, whole, m[3]!, at + m[0].length, false, boundAfter(text, at + m[0].length));
        continue;
      }
      // 18个断面中，水质优良断面16个，优良比例…: the part named after the whole's 中, and the 比例 named by the part's own words.
      const after = PART_NAMED_IN_WHOLE.exec(partWords)?.[1];
      if (m[2] === '比例' && after && own.length >= 2 && [...own].every((ch) => after.includes(ch))) {
        checkShare(ctx, text, part, whole, m[3]!, at + m[0].length, false, boundAfter(text, at + m[0].length));
        continue;
      }
      if (m[2] === '比例') continue;
    }
    if (!named.some((ch) => partWords.includes(ch) || partClause.includes(ch))) continue;
    // 调解成功率 after 直接调处31起: a rate of successes needs a part said to succeed (调解成功298件), not only one handled.
    if (name.endsWith('成功') && !(partWords + partClause).includes('成功')) continue;
    // 12个乡镇中有9个实现…全覆盖，农户覆盖率…: the name opens with words the figures never use; it is a share of something else.
    if (name.length >= 4 && unsaid(name[0]!) && unsaid(name[1]!)) continue;
    if (part.value > whole.value && Number(m[3]) <= 100) continue;
    // 不合格12批次 — 合格率, 合格488批次 — 不合格率: the rate is of the rest (500－12).
    const partText = partWords + partClause;
    if (complementOf(name, partText)) {
      // 合格390批次，不合格10批次，合格率…: the figure before is the rate's own part, not a whole (合格 names the rate,
      // 应接种、共抽检 name a whole). Its own whole, then, is the figure before it.
      const wholeClause = clauseBefore(text, start, whole);
      if (named.some((ch) => wholeClause.includes(ch)) && !WHOLE_WORDS.test(wholeClause) && !complementOf(name, wholeClause)) {
        const own = before.slice(0, before.indexOf(whole)).reverse().find((q) => q.unit === part.unit);
        if (own && !own.approx && own.value > 0 && whole.value <= own.value) checkShare(ctx, text, whole, own, m[3]!, at + m[0].length, false, boundAfter(text, at + m[0].length));
        continue;
      }
      checkShare(ctx, text, part, whole, m[3]!, at + m[0].length, true, boundAfter(text, at + m[0].length));
      continue;
    }
    checkShare(ctx, text, part, whole, m[3]!, at + m[0].length, false, boundAfter(text, at + m[0].length));
  }
}

/** The words of a figure's clause before it (计划改造老旧小区42个 → 计划改造老旧小区). */
const clauseBefore = (text: string, start: number, q: Quantity) =>
  text.slice(Math.max(start, text.lastIndexOf('，', q.start - 1) + 1, text.lastIndexOf('；', q.start - 1) + 1), q.start);

/** Words that name a whole before its figure: 应接种、计划完成、共抽检、总数、全部. */
const WHOLE_WORDS = /应|需|计划|目标|共|总|全|累计|抽检|抽查|检查|排查|检测/u;

/** Pairs of opposite words, one a rate's name and the other a part's (达标率 — 超标3个, 出勤率 — 缺勤). */
const OPPOSITES: readonly [string, string][] = [
  ['达标', '超标'],
  ['出勤', '缺勤'],
  ['成功', '失败'],
  ['及格', '不及格'],
];

/**
 * The part's words say the opposite of the rate's name, so the rate is of the rest: 不合格 for 合格率, 未通过 for 通过率,
 * 尚未整改 for 整改率, 超标 for 达标率; or the rate is the negated one and the part is not (合格488批次 — 不合格率).
 */
function complementOf(name: string, partText: string): boolean {
  for (const [a, b] of OPPOSITES) {
    if ((name.includes(a) && !name.includes(b) && partText.includes(b)) || (name.includes(b) && partText.includes(a) && !partText.includes(b))) return true;
  }
  // The rate's verb is its last two characters (抽检合格率 → 合格); a negation before them makes it the rate of the negative.
  if (name.length < 2) return false;
  const stem = name.slice(-2);
  // The negation may stand before an adverb of the verb (未按时办结 — 按时办结率).
  const negatedRate = /(?:不|未|非|没有|尚未)\p{Script=Han}{0,2}$/u.test(name.slice(0, -2));
  let negatedPart = false;
  for (let i = partText.indexOf(stem); i >= 0 && !negatedPart; i = partText.indexOf(stem, i + 1))
    negatedPart = /(?:不|未|非|没有|尚未|待)\p{Script=Han}{0,2}$/u.test(partText.slice(Math.max(0, i - 4), i));
  return negatedRate ? !negatedPart && partText.includes(stem) : negatedPart;
}

/** sum-consistency: parts that do not add up to their total, impossible shares (核实数据, seed 001). */
export const sumConsistency = defineRule({
  id: 'sum-consistency',
  name: { zh: '分项不符', en: 'Parts do not add up' },
  category: 'content',
  severity: 'warning',
  description: {
    zh: '“共N…其中a、b…”“共N…分别为a、b”分项之和与总数不符，占比或各部分占比之和超过100%，占比、某某率与计算它的数字不符时提示。',
    en: 'Parts that do not add up to the total (共N…其中a、b…, 共N…分别为a、b), shares over 100% alone or together, and shares or rates that their own figures do not give.',
  },
  messages: MESSAGES,
  check(ctx) {
    const { draft } = ctx;
    const text = maskedText(draft, ctx.config);
    for (const p of draft.paragraphs) {
      // Whole sentences (to 。！？): a list of parts may run on over ；.
      const paragraph = text.slice(p.start, p.end);
      let s = 0;
      while (s < paragraph.length) {
        SENTENCE_END.lastIndex = s;
        const e = SENTENCE_END.exec(paragraph)?.index ?? paragraph.length;
        if (e > s && !ctx.isExcluded(p.start + s, p.start + e)) {
          checkPartition(ctx, text, p.start + s, p.start + e);
          checkTotalAfter(ctx, text, p.start + s, p.start + e);
          checkShares(ctx, text, p.start + s, p.start + e);
          checkShareSum(ctx, text, p.start + s, p.start + e);
          checkRates(ctx, text, p.start + s, p.start + e);
        }
        s = e + 1;
      }
    }
  },
});
