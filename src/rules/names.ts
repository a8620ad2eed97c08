/**
 * The short display name of every rule: what a writer calls the fault (全角标点, 自称, 模糊时间…), 2–6 Chinese
 * characters, and its English twin. Reports show it beside the rule id (review report charts and CSV, SARIF),
 * where the id alone means nothing to a reviewer.
 *
 * One table for now; the architecture work folds each entry into its rule's declaration. A test keeps every
 * registered rule named (test/unit/rule-names.test.ts).
 */
export interface RuleName {
  zh: string;
  en: string;
}

export const RULE_NAMES: Readonly<Record<string, RuleName>> = {
  // Engine
  'front-matter': { zh: '前置信息', en: 'Front matter' },
  'inline-config': { zh: '控制注释', en: 'Control comment' },
  // Form
  'title-required': { zh: '缺少标题', en: 'Missing title' },
  'single-paragraph': { zh: '段落过多', en: 'Too many paragraphs' },
  'no-attachment': { zh: '带附件', en: 'Attachment' },
  'body-length': { zh: '篇幅超长', en: 'Too long' },
  'title-length': { zh: '标题过长', en: 'Long title' },
  'title-punctuation': { zh: '标题标点', en: 'Title punctuation' },
  'no-structure-markup': { zh: '层次标记', en: 'Structure markup' },
  'no-opening-boilerplate': { zh: '开头铺垫', en: 'Opening preamble' },
  'no-closing-boilerplate': { zh: '结尾总结语', en: 'Closing wrap-up' },
  'straight-narrative': { zh: '修辞夸张', en: 'Rhetoric' },
  'routing-block': { zh: '主送抄送栏', en: 'Routing lines' },
  placeholder: { zh: '占位符未填', en: 'Unfilled placeholder' },
  // Content
  'problem-needs-remedy': { zh: '缺少对策', en: 'No remedy' },
  'problem-needs-cause': { zh: '缺少原因', en: 'No cause' },
  'vague-suggestion': { zh: '建议空泛', en: 'Vague suggestion' },
  'self-reference': { zh: '自称', en: 'Self-reference' },
  'vague-time': { zh: '模糊时间', en: 'Vague time' },
  'relative-date': { zh: '相对日期', en: 'Relative date' },
  'vague-source': { zh: '来源不明', en: 'Vague source' },
  'claim-needs-data': { zh: '缺少数据', en: 'Claim without figures' },
  'sum-consistency': { zh: '分项不符', en: 'Parts do not add up' },
  // Emergency
  'emergency-elements': { zh: '要素不全', en: 'Missing elements' },
  'emergency-sequence': { zh: '续报序号', en: 'Follow-up number' },
  'emergency-clock': { zh: '24小时制', en: '24-hour clock' },
  'emergency-deadline': { zh: '报送超时', en: 'Late report' },
  // Hygiene
  'paste-residue': { zh: '粘贴残留', en: 'Paste residue' },
  'script-mix': { zh: '繁简混用', en: 'Mixed script' },
  'repeated-char': { zh: '重复字', en: 'Doubled character' },
  'invisible-chars': { zh: '不可见字符', en: 'Invisible characters' },
  // Punctuation
  'fullwidth-punctuation': { zh: '全角标点', en: 'Full-width punctuation' },
  'quote-marks': { zh: '引号形式', en: 'Quotation marks' },
  'paired-marks': { zh: '标点不成对', en: 'Unpaired marks' },
  'ellipsis-dash': { zh: '省略号破折号', en: 'Ellipsis and dash' },
  'stacked-punctuation': { zh: '标点连用', en: 'Stacked marks' },
  'enumeration-comma': { zh: '顿号误用', en: 'Enumeration comma' },
  'cjk-spacing': { zh: '多余空格', en: 'Extra space' },
  'fullwidth-alnum': { zh: '全角数字', en: 'Full-width digits' },
  // Numbers
  'number-range-unit': { zh: '数值范围', en: 'Number range' },
  'number-approx': { zh: '概数写法', en: 'Approximate number' },
  'number-fixed-terms': { zh: '固定词语数字', en: 'Numbers in fixed terms' },
  'number-mixed': { zh: '数字混写', en: 'Mixed numerals' },
  'number-year': { zh: '年份简写', en: 'Short year' },
  'number-decrease-multiple': { zh: '减少用倍数', en: 'Decrease as a multiple' },
  'number-double-approx': { zh: '概数重复', en: 'Double approximation' },
  'date-format': { zh: '日期格式', en: 'Date format' },
  'number-decimal': { zh: '小数点', en: 'Decimal point' },
  // Wording
  'confusable-words': { zh: '错别字', en: 'Misspelt word' },
  'stock-phrases': { zh: '套话', en: 'Stock phrase' },
  colloquial: { zh: '口语词', en: 'Colloquial word' },
  'leader-modifiers': { zh: '多余修饰', en: 'Needless modifier' },
  'team-terms': { zh: '团队词表', en: 'Team terms' },
};

/** The display name of a rule; an unknown id (a rule from a newer version, a typo in a record) names itself. */
export function ruleName(ruleId: string): RuleName {
  return RULE_NAMES[ruleId] ?? { zh: ruleId, en: ruleId };
}

/** “全角标点（fullwidth-punctuation）”: the Chinese name with the id, as reports show a rule. */
export function ruleLabel(ruleId: string): string {
  const name = RULE_NAMES[ruleId];
  return name ? `${name.zh}（${ruleId}）` : ruleId;
}
