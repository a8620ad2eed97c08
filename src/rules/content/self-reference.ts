import { defineRule } from '../../core/rule.js';
import { cueMatches } from '../lib/cues.js';
import { replaceWith } from '../lib/fix.js';
import { SELF_REFERENCE } from '../lib/self-reference.js';
import { ORGAN_NAME_ENDINGS, ORGAN_SELF_REFERENCE, organOf } from '../lib/self-reference-organs.js';

const PREFIX = /^(?:我们?|咱们|俺们)/u;
/** The levels of ./self-reference.ts named by place (我县 → 清河县). */
const AREA_LEVELS = new Set(['市', '县', '区', '镇', '乡', '省', '州', '旗']);

/** One administrative segment of a unit name: 云川市, 东城区, 石门镇… */
const AREA = /\p{Script=Han}{1,7}?(?:自治区|自治州|自治县|省|市|州|县|区|旗|镇|乡)/uy;
const NOT_AREA = /[和与及]|城乡|市场|社区|园区|景区|片区|小区|街区/u;
const ORGAN = new Set(['局', '委', '办', '厅', '单位']);
/** What follows the name of a village, a subdistrict or a community in its office's name (河口村民委员会, 城关街道办事处). */
const SEAT = /(?:民委员会|委会|办事处|居民委员会|居委会)$/u;

/**
 * A development zone and what follows it in its office's name: 海宁湾经济技术开发区管委会, 中共东港临港经济开发区工作委员会,
 * 云川市青溪高新技术产业开发区. Its 我区 is the zone (the name is longer than AREA's segments: 经济技术开发区 after a place).
 */
const ZONE_ENDINGS = '(?:开发区|高新区|经开区|新区|保税区|示范区|试验区|实验区|合作区|度假区|旅游区|开放区|功能区)';
const ZONE = new RegExp(`^(?:中共|中国共产党)?(\\p{Script=Han}{2,30}?${ZONE_ENDINGS})(?:党工委|工委|工作委员会|管委会|管理委员会|管理局)?$`, 'u');
/** A subdistrict's own name (柳林街道), the level below a district or a city as a town is below a county. */
const SUBDISTRICT = /^\p{Script=Han}{2,8}街道$/u;
/** A zone's own name, without its office (青溪经济技术开发区). */
const ZONE_NAME = new RegExp(`^\\p{Script=Han}{2,30}?${ZONE_ENDINGS}$`, 'u');

/** The unit's name for an organ self-reference (我所、我中心、我校…): the whole name when it ends with that kind of unit. */
function organReplacement(level: string, name: string): string | undefined {
  // 我村 of 河口村民委员会 is 河口村, 我街道 of 城关街道办事处 is 城关街道: the place, not its office.
  const bare = name.replace(SEAT, '');
  if (bare !== name && bare.endsWith(level)) return bare;
  return (ORGAN_NAME_ENDINGS[level] ?? [level]).some((e) => name.endsWith(e)) ? name : undefined;
}

/**
 * The name that replaces a self-reference, from the unit's name (front matter 单位 or config unit): for 我县 the
 * unit name up to and including its 县 (清河县农业农村局 → 清河县), for 我局 the whole name when it ends with 局.
 */
export function unitReplacement(word: string, unit: string): string | undefined {
  const level = word.replace(PREFIX, '');
  const name = unit.trim();
  // A unit name that is itself a template leftover (某某县…, XX局) would only trade one fault for another.
  if (!name || /某某|[XＸ×]{2,}|\$\{/u.test(name)) return undefined;
  if (!ORGAN.has(level) && !AREA_LEVELS.has(level)) return organReplacement(organOf(word), name);
  if (ORGAN.has(level)) {
    if (level === '单位') return name;
    if (level === '办') return /(?:办|办公室)$/u.test(name) ? name : undefined;
    if (level === '委') return /(?:委|委员会)$/u.test(name) ? name : undefined;
    return name.endsWith(level) ? name : undefined;
  }
  const bare = name.replace(/^(?:中共|中国共产党)/u, '');
  let prefix = '';
  AREA.lastIndex = 0;
  for (let m = AREA.exec(bare); m; m = AREA.exec(bare)) {
    if (NOT_AREA.test(m[0])) return undefined;
    prefix += m[0];
    if (m[0].endsWith(level)) return prefix;
  }
  // 我区 of a development zone's office: the zone (海宁湾经济技术开发区管委会 → 海宁湾经济技术开发区).
  if (level === '区') return ZONE.exec(name)?.[1];
  return undefined;
}

/**
 * The unit's name as an item usually writes it: without 中共 and without the places above its own (云湖市青岩区 → 青岩区,
 * 云湖市青岩区民政局 → 青岩区民政局, 中共盘石县委组织部 → 盘石县委组织部, 澄湖县芦湾镇 → 芦湾镇). The name itself when
 * nothing can be dropped.
 */
export function shortName(full: string): string {
  let name = full.replace(/^(?:中共|中国共产党)/u, '');
  for (;;) {
    AREA.lastIndex = 0;
    const first = AREA.exec(name);
    if (!first || NOT_AREA.test(first[0])) break;
    const rest = name.slice(first[0].length);
    AREA.lastIndex = 0;
    const next = AREA.exec(rest);
    if (!next || NOT_AREA.test(next[0])) {
      // 云川市青溪经济技术开发区 → 青溪经济技术开发区: a zone after its city is named on its own, as a district is.
      if (ZONE_NAME.test(rest)) name = rest;
      // 望江区柳林街道 → 柳林街道: a subdistrict after its district is named on its own, as a town after its county is.
      else if (SUBDISTRICT.test(rest)) name = rest;
      break;
    }
    name = rest;
  }
  return name;
}

/**
 * Whether the draft's own title or body names the place of the short name without what the short name drops
 * (标题“青岩区推进……”, not “云湖市青岩区……”): then the short name is the one the writer uses, and it is offered first.
 */
function usesShortName(text: string, spans: readonly { start: number; end: number }[], full: string, short: string): boolean {
  const dropped = full.slice(0, full.length - short.length);
  AREA.lastIndex = 0;
  const lead = AREA.exec(short);
  const key = lead && !NOT_AREA.test(lead[0]) ? lead[0] : short;
  for (const { start, end } of spans) {
    const own = text.slice(start, end);
    for (let at = own.indexOf(key); at >= 0; at = own.indexOf(key, at + key.length)) {
      if (!own.slice(0, at).endsWith(dropped) && !text.slice(Math.max(0, start + at - dropped.length), start + at).endsWith(dropped)) return true;
    }
  }
  return false;
}

/** self-reference: an item reported upward names its place or unit, not 我县/我局 (REG). */
export const selfReference = defineRule({
  id: 'self-reference',
  name: { zh: '自称', en: 'Self-reference' },
  category: 'content',
  severity: 'warning',
  fixable: 'confirm',
  description: {
    zh: '信息稿报送上级，不用“我市”“我县”“我局”“我单位”“我所”“我中心”等自称，应写明地名或单位名称。',
    en: 'Items go to the office above: name the place or unit instead of 我市, 我县, 我局, 我单位, 我所, 我中心.',
  },
  messages: {
    named: { zh: '信息稿报送上级，不宜用“{word}”自称，请改为“{name}”。', en: 'Items go to the office above: write “{name}” instead of “{word}”.' },
    unnamed: {
      zh: '信息稿报送上级，不宜用“{word}”自称，请写明地名或单位名称。',
      en: 'Items go to the office above: name the place or unit instead of “{word}”.',
    },
    fixReplace: { zh: '改为“{name}”', en: 'Replace with “{name}”' },
  },
  check(ctx) {
    const unit = ctx.draft.meta.unit ?? ctx.config.unit ?? '';
    const { text } = ctx.draft;
    let shortFirst: boolean | undefined; // read once, when first needed
    const found = [...cueMatches(ctx, SELF_REFERENCE), ...cueMatches(ctx, ORGAN_SELF_REFERENCE)].sort((a, b) => a.start - b.start);
    let reached = 0;
    for (const { start, end, match } of found) {
      // One message where both patterns match.
      if (start < reached) continue;
      reached = end;
      const word = match[0];
      const full = unitReplacement(word, unit);
      if (full) {
        // Both names to confirm: first the one the draft itself uses (青岩区 in a title “青岩区推进……”), else the full name.
        const short = shortName(full);
        const names = [full];
        if (short !== full) {
          shortFirst ??= usesShortName(text, [...ctx.draft.titleSentences, ...ctx.draft.sentences], full, short);
          if (shortFirst) names.unshift(short);
          else names.push(short);
        }
        const name = names[0]!;
        ctx.report({ start, end, messageId: 'named', data: { word, name }, fixes: names.map((n) => replaceWith(start, end, n, 'fixReplace', false, { name: n })) });
      } else ctx.report({ start, end, messageId: 'unnamed', data: { word } });
    }
  },
});
