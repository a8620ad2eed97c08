import { defineRule } from '../../core/rule.js';
import { cueMatches } from '../lib/cues.js';
import { replaceWith } from '../lib/fix.js';
import { SELF_REFERENCE } from '../lib/self-reference.js';

const PREFIX = /^(?:我们?|咱们|俺们)/u;

/** One administrative segment of a unit name: 云川市, 东城区, 石门镇… */
const AREA = /\p{Script=Han}{1,7}?(?:自治区|自治州|自治县|省|市|州|县|区|旗|镇|乡)/uy;
const NOT_AREA = /[和与及]|城乡|市场|社区|园区|景区|片区|小区|街区/u;
const ORGAN = new Set(['局', '委', '办', '厅', '单位']);

/**
 * The name that replaces a self-reference, from the unit's name (front matter 单位 or config unit): for 我县 the
 * unit name up to and including its 县 (清河县农业农村局 → 清河县), for 我局 the whole name when it ends with 局.
 */
export function unitReplacement(word: string, unit: string): string | undefined {
  const level = word.replace(PREFIX, '');
  const name = unit.trim();
  // A unit name that is itself a template leftover (某某县…, XX局) would only trade one fault for another.
  if (!name || /某某|[XＸ×]{2,}|\$\{/u.test(name)) return undefined;
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
  return undefined;
}

/** self-reference: an item reported upward names its place or unit, not 我县/我局 (REG). */
export const selfReference = defineRule({
  id: 'self-reference',
  name: { zh: '自称', en: 'Self-reference' },
  category: 'content',
  severity: 'warning',
  fixable: 'confirm',
  description: {
    zh: '信息稿报送上级，不用“我市”“我县”“我局”“我单位”等自称，应写明地名或单位名称。',
    en: 'Items go to the office above: name the place or unit instead of 我市, 我县, 我局, 我单位.',
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
    for (const { start, end, match } of cueMatches(ctx, SELF_REFERENCE)) {
      const word = match[0];
      const name = unitReplacement(word, unit);
      if (name) ctx.report({ start, end, messageId: 'named', data: { word, name }, fix: replaceWith(start, end, name, 'fixReplace', false, { name }) });
      else ctx.report({ start, end, messageId: 'unnamed', data: { word } });
    }
  },
});
