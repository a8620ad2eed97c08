/** Self-references (我县、我局、咱们镇): self-reference reports them, colloquial leaves them to it. */

/**
 * A self-reference: 我市、我县、我局…, also 我们县、咱们镇、俺们乡 (spoken forms are self-references too). Not 自我、
 * 敌我; not 我市场、我们市民、我区域、我乡村、我委托、我们委员、我办理、我省略、我们省去、我们局面、我们旗帜.
 * self-reference reports these; colloquial leaves a 咱们 that starts one to it (so 咱们镇 is never "fixed" into the
 * self-reference 我们镇).
 */
export const SELF_REFERENCE =
  /(?<![自敌你忘本唯非超])(?:我们?|咱们|俺们)(?:单位|市(?![场民])|县|区(?![域别分])|局(?![面势限部])|镇(?![定静守])|乡(?![村亲下土愁音])|委(?![托屈婉员])|办(?![理事法案成好不了])|省(?![略去钱心力])|州|旗(?![帜])|厅)/gu;
const SELF_REFERENCE_AT = new RegExp(SELF_REFERENCE.source, 'uy');

/** Whether a self-reference starts at offset `at` of `text`. */
export function selfReferenceAt(text: string, at: number): boolean {
  SELF_REFERENCE_AT.lastIndex = at;
  return SELF_REFERENCE_AT.test(text);
}
