/**
 * One name for each kind of information item (issue 19 §7), wherever a person reads it: the kind picker and the
 * status bar of the editor, the built-in templates and the front matter they write, the review report, the CLI's
 * output and the docs. The emergency kinds are 紧急首报, 紧急续报 and 紧急终报 — not 紧急信息首报 or 紧急-首报.
 *
 * The engine's own value (core/types.ts KINDS) still spells them 紧急-首报 …; the front matter accepts every
 * spelling (core/draft.ts normalizeKind: 紧急首报, 紧急-首报, 首报, 紧急信息首报 …). Until core adopts these
 * names as its values, this is the one place that maps a kind to what is shown. No `vscode` and no Node import.
 */
import type { Kind } from './core/types.js';

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
  '紧急-首报': { zh: '紧急首报', en: 'emergency, first report' },
  '紧急-续报': { zh: '紧急续报', en: 'emergency, update' },
  '紧急-终报': { zh: '紧急终报', en: 'emergency, final report' },
  专报: { zh: '专报', en: 'special report' },
};

/** The name of a kind (紧急-首报 → 紧急首报); a value that is not a kind is returned as it is. */
export function kindName(kind: Kind | string): string {
  return (KIND_NAMES as Record<string, KindName | undefined>)[kind]?.zh ?? kind;
}

/** The English name of a kind (for an English workbench: “紧急首报 (emergency, first report)”). */
export function kindNameEn(kind: Kind | string): string {
  return (KIND_NAMES as Record<string, KindName | undefined>)[kind]?.en ?? kind;
}
