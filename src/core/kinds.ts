/**
 * The kinds of information item (style guide §1, §2): one name for each, wherever a person reads it — the front
 * matter and the templates, the kind picker and status bar of the editor, the review report, the CLI's output and
 * messages. The emergency kinds are 紧急首报, 紧急续报 and 紧急终报; the other spellings writers use (紧急-首报,
 * 紧急信息首报, 首报, emergency-first…) are read as these (normalizeKind). No `vscode` and no Node import.
 */

/** The kinds, in the order they are offered. */
export const KINDS = ['动态', '经验', '问题', '建议', '社情民意', '紧急首报', '紧急续报', '紧急终报', '专报'] as const;
export type Kind = (typeof KINDS)[number];

export interface KindName {
  /** What a writer reads and writes: 问题, 紧急首报. */
  zh: string;
  /** For the English workbench, beside the Chinese name. */
  en: string;
}

export const KIND_NAMES: Readonly<Record<Kind, KindName>> = {
  动态: { zh: '动态', en: 'news' },
  经验: { zh: '经验', en: 'practice' },
  问题: { zh: '问题', en: 'problem' },
  建议: { zh: '建议', en: 'proposal' },
  社情民意: { zh: '社情民意', en: 'public opinion' },
  紧急首报: { zh: '紧急首报', en: 'emergency, first report' },
  紧急续报: { zh: '紧急续报', en: 'emergency, update' },
  紧急终报: { zh: '紧急终报', en: 'emergency, final report' },
  专报: { zh: '专报', en: 'special report' },
};

/** Other spellings writers use for a kind (compared without spaces, hyphens and dots). */
const KIND_ALIASES: Record<string, Kind> = {
  动态信息: '动态',
  工作动态: '动态',
  经验信息: '经验',
  经验做法: '经验',
  问题信息: '问题',
  建议信息: '建议',
  社情: '社情民意',
  民意: '社情民意',
  紧急: '紧急首报',
  紧急信息: '紧急首报',
  首报: '紧急首报',
  // 紧急-首报 (the engine's own spelling until 0.1) and 紧急 首报, compared without the hyphen or space.
  紧急首报: '紧急首报',
  紧急信息首报: '紧急首报',
  续报: '紧急续报',
  紧急续报: '紧急续报',
  紧急信息续报: '紧急续报',
  终报: '紧急终报',
  紧急终报: '紧急终报',
  紧急信息终报: '紧急终报',
  调研: '专报',
  专报信息: '专报',
  news: '动态',
  experience: '经验',
  problem: '问题',
  proposal: '建议',
  opinion: '社情民意',
  'emergency-first': '紧急首报',
  'emergency-update': '紧急续报',
  'emergency-final': '紧急终报',
  special: '专报',
};

/** The kind a written value names (紧急-首报, 紧急信息首报 and 首报 are 紧急首报; 紧急续报二 is 紧急续报), or undefined. */
export function normalizeKind(value: string): Kind | undefined {
  const v = value.trim().replace(/[\s_－—–·]/gu, '-');
  if ((KINDS as readonly string[]).includes(v)) return v as Kind;
  const compact = v.replace(/-/g, '');
  return KIND_ALIASES[compact] ?? KIND_ALIASES[v.toLowerCase()] ?? (numberedFollowUp(value) ? '紧急续报' : undefined);
}

/** A small number as a 续报's number is written: 二, 十二, 2, ２ (full-width, pasted from Word); 1–99, else undefined. */
function smallNumber(s: string): number | undefined {
  const w = s.replace(/[０-９]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (/^\d{1,2}$/u.test(w)) return Number(w) || undefined;
  const digits = '一二三四五六七八九';
  const m = /^([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)$/u.exec(w);
  if (!m || !w) return undefined;
  if (!m[2]) return m[1] && !m[3] ? digits.indexOf(m[1]) + 1 : undefined;
  return (m[1] ? digits.indexOf(m[1]) + 1 : 1) * 10 + (m[3] ? digits.indexOf(m[3]) + 1 : 0);
}

/**
 * 类型 written with the 续报's number in it: 紧急续报一, 紧急续报（二）, 续报2, 紧急续报第二次, 紧急信息（续报一）, 紧急信息续报之二,
 * 第二次续报. Returns the number (1–99), else undefined. The kind is 紧急续报 and the number its 续报序号.
 */
export function numberedFollowUp(value: string): number | undefined {
  const v = value.trim().replace(/[\s_\-－—–·]/gu, '');
  const m =
    /^(?:紧急(?:信息)?)?[（(【〔\[]?续报[（(〔]?(?:之|第)?([一二三四五六七八九十]{1,3}|[\d０-９]{1,2})(?:次|号|报)?[)）〕]?[)）】〕\]]?$/u.exec(v) ??
    /^(?:紧急(?:信息)?)?[（(【〔\[]?第?([一二三四五六七八九十]{1,3}|[\d０-９]{1,2})次续报[)）】〕\]]?$/u.exec(v);
  return m ? smallNumber(m[1]!) : undefined;
}

/**
 * A value that names the emergency kind without its stage (紧急, 紧急信息, emergency): normalizeKind reads it as 紧急首报;
 * the draft's title then says which report it is (……（续报一）, ……（终报）) — see stageFromTitle.
 */
export function isGenericEmergency(value: string): boolean {
  const v = value.trim().replace(/[\s_\-－—–·]/gu, '').toLowerCase();
  return v === '紧急' || v === '紧急信息' || v === 'emergency';
}

/** The stage of an emergency report a title names: 终报, 续报 (続報 pasted from a traditional page), 首报; else undefined. */
export function stageFromTitle(title: string): Kind | undefined {
  if (/终报|終報/u.test(title)) return '紧急终报';
  if (/续报|續報/u.test(title)) return '紧急续报';
  if (/首报|首報/u.test(title)) return '紧急首报';
  return undefined;
}

/**
 * Infer a kind from the title and body when front matter does not say (style guide §2). The cue words are matched in
 * both scripts (問題 is 问题 pasted from a traditional page), so that converting the characters never changes the kind.
 */
export function inferKind(title: string, body: string): Kind | undefined {
  if (/终报|終報/u.test(title)) return '紧急终报';
  if (/续报|續報/u.test(title)) return '紧急续报';
  if (/首报|首報|突发|突發|紧急|緊急/u.test(title)) return '紧急首报';
  if (/社情民意|群众反映|群眾反映|群众呼声|群眾呼聲/u.test(title)) return '社情民意';
  if (/建议|建議|对策|對策/u.test(title)) return '建议';
  if (/问题|問題|隐患|隱患|困难|困難|短板|亟需|亟待|偏慢|滞后|滯後/u.test(title)) return '问题';
  if (/经验|經驗|做法|探索|成效|走出|新路/u.test(title)) return '经验';
  const text = title + body;
  if (/建议|建議|对策|對策/u.test(body)) return '建议';
  if (/存在.{0,12}(问题|問題|隐患|隱患|困难|困難)|问题较为突出|問題較為突出/u.test(text)) return '问题';
  return undefined;
}

/** A kind as messages name it: “动态类信息”, and an emergency kind by its name (“紧急首报”). */
export function kindLabel(kind: string): string {
  return kind.startsWith('紧急') ? kind : `${kind}类信息`;
}

/** The name of a kind, whichever spelling it comes in (紧急-首报 → 紧急首报); a value that is no kind is returned as it is. */
export function kindName(kind: Kind | string): string {
  const k = (KIND_NAMES as Record<string, KindName | undefined>)[kind] ? kind : normalizeKind(kind);
  return k ? KIND_NAMES[k as Kind].zh : kind;
}

/** The English name of a kind (for an English workbench: “紧急首报 (emergency, first report)”). */
export function kindNameEn(kind: Kind | string): string {
  const k = (KIND_NAMES as Record<string, KindName | undefined>)[kind] ? kind : normalizeKind(kind);
  return k ? KIND_NAMES[k as Kind].en : kind;
}
