/**
 * Column and source tags in 【】 (【本报讯】, 【工作动态】, 【通讯员 陈晓燕】): labels a bulletin puts before a title or a
 * body, text rather than template fields (【单位名称】, 【XX讯】, 【此处填写】). Used by placeholder and title-length.
 */

/** What a tag ends with: the name of a kind of column or of a dispatch (讯、动态、快讯、传真、聚焦、声音…) or of the genre of
 * its items (经验交流、基层实践、创新案例、信息快递…). Not 工作、做法、成效、经验: template fields end so too
 * (【开展了什么工作】、【主要做法】). */
const COLUMN_END =
  /(?:讯|动态|新闻|快讯|简讯|速递|传真|聚焦|视点|关注|播报|要闻|专栏|资讯|短讯|报道|纪实|观察|直击|风采|掠影|声音|一线|前沿|追踪|扫描|看台|之窗|在线|连线|图说|短波|速览|集锦|故事|人物|时评|热点|交流|实践|案例|快递|亮点|探索|创新|特色|综述|专题|要情|简报|点滴|巡礼|速写)$/u;
/** A byline: 通讯员 陈晓燕、记者 王磊. */
const BYLINE = /^(?:通讯员|记者|特约记者|作者|撰稿|供稿|摄影)[\s\u3000：:]*[\p{Script=Han}·、\s\u3000]{1,16}$/u;
/** Words of a template field or an instruction: a tag with these is a blank to fill. */
const FIELD = /[XxＸｘ×Ⅹⅹ]{2}|某某|填写|填入|输入|此处|名称|单位|日期|时间|姓名|标题|正文|内容|数字|人数|金额|待补充|待定/u;

/** Is the content of a 【】 pair (without the brackets) a column, source or byline tag? */
export function isColumnTag(inner: string): boolean {
  const s = inner.trim();
  if (!s || [...s].length > 16 || FIELD.test(s)) return false;
  if (BYLINE.test(s)) return true;
  return /^[\p{Script=Han}·\s\u3000]+$/u.test(s) && COLUMN_END.test(s);
}

/**
 * The length of a label in 【】 at the start of a title (【工作动态】、【亮点工作】 and the blanks after it), or 0: a column
 * tag, or any short label of Chinese words before the title proper that is not a template field (【单位名称】 counts).
 */
export function leadingColumnTag(text: string): number {
  const m = /^[【〖]([^【】〖〗\n]{1,20})[】〗][\s\u3000]*/u.exec(text);
  if (!m || m[0].length === text.length) return 0;
  const inner = m[1]!.trim();
  const label = /^\p{Script=Han}{2,8}$/u.test(inner) && !FIELD.test(inner);
  return isColumnTag(inner) || label ? m[0].length : 0;
}
