/**
 * JSON schema of `.xinxirc.json` / `.xinxirc.yaml`, generated from the rule registry (completion and validation in
 * VS Code through `contributes.jsonValidation`/`yamlValidation`).
 */
import { KINDS } from './kinds.js';
import { optionSchema, type Rule } from './rule.js';

const SEVERITY = { type: 'string', enum: ['off', 'info', 'warning', 'error', '关闭', '提示', '警告', '错误'], description: '级别：off 关闭、info 提示、warning 警告、error 错误' };

function ruleSchema(rule: Rule): Record<string, unknown> {
  const options: Record<string, unknown> = {};
  for (const [name, option] of Object.entries(rule.options)) options[name] = optionSchema(option);
  const optionsObject = { type: 'object', properties: options, additionalProperties: false };
  return {
    description: `${rule.description.zh}（默认：${rule.severity}）`,
    anyOf: [
      SEVERITY,
      { type: 'boolean' },
      { type: 'array', prefixItems: [SEVERITY, optionsObject], items: [SEVERITY, optionsObject], minItems: 1, maxItems: 2 },
      { ...optionsObject, properties: { severity: SEVERITY, ...options } },
    ],
  };
}

/** The adoption ledger's sections (validated in detail by src/adoption/config.ts). */
function adoptionSchemas(): Record<string, unknown> {
  const points = { type: 'number', description: '分值（可以有小数，如 0.2）' };
  const names = { type: 'array', items: { type: 'string' }, description: '别名：台账和前置信息中的其他写法' };
  const entry = (what: string) => ({
    description: `${what} → 分值，或 {分值, 别名}；写 null 取消继承来的一项`,
    anyOf: [points, { type: 'object', properties: { 分值: points, points, 别名: names, aliases: names }, additionalProperties: false }, { type: 'null' }],
  });
  const table = (what: string, description: string) => ({ type: 'object', description, additionalProperties: entry(what) });
  const publications = table('刊物名称', '刊物采用：刊物名称（如《昨日要情》、省政府办公厅）→ 每条分值');
  const levels = table('批示级别', '领导批示：级别（如 市、省、国家）→ 每条加分');
  const penalties = table('扣分类型', '扣分：类型（如 迟报、漏报、错报、失实、未完成约稿）→ 每条（次）扣分');
  const scoring = {
    type: 'object',
    description: '信息采用计分办法（采用情况通报）。可用 extends: xinxi:preset/采用计分 继承示例办法后修改',
    properties: {
      报送: { ...points, description: '每报送一条信息的分值' },
      submitted: { ...points, description: '每报送一条信息的分值（同 报送）' },
      刊物: publications,
      publications,
      批示: levels,
      instructions: levels,
      约稿: { ...points, description: '完成约稿信息每条加分' },
      commissioned: { ...points, description: '完成约稿信息每条加分（同 约稿）' },
      扣分: penalties,
      penalties,
    },
    additionalProperties: false,
  };
  const unit = { anyOf: [{ type: 'string' }, { type: 'object', properties: { 名称: { type: 'string' }, name: { type: 'string' }, 别名: names, aliases: names }, additionalProperties: false }] };
  const units = { type: 'array', items: unit, description: '参加排名的单位（通报按此顺序列出，没有报送的单位计 0 分）' };
  const text = (description: string) => ({ type: 'string', description });
  const files = { description: '台账文件（相对于 .xinxirc 所在文件夹）；默认 .xinxi/ledger.yaml 和 .xinxi/ledger.csv', anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] };
  const ledger = {
    description: '采用台账与通报设置',
    anyOf: [
      { type: 'string', description: '台账文件路径' },
      {
        type: 'object',
        properties: {
          文件: files,
          files,
          发文单位: text('通报的发文单位（默认为 unit）'),
          issuer: text('通报的发文单位'),
          范围: text('范围，如 全县、全市（默认由发文单位推断）'),
          scope: text('范围'),
          信息类别: text('信息类别，如 政务信息、党委信息（默认 政务信息）'),
          category: text('信息类别'),
          主送: text('主送单位，如 各乡镇人民政府，县政府各部门'),
          to: text('主送单位'),
          标题: text('通报标题，{期间} 处填入期间，如 关于{期间}全县政务信息报送采用情况的通报'),
          title: text('通报标题'),
        },
        additionalProperties: false,
      },
    ],
  };
  return { scoring, 计分: scoring, units, 单位名单: units, ledger, 台账: ledger };
}

export function configSchema(rules: readonly Rule[]): Record<string, unknown> {
  const ruleProps = Object.fromEntries(rules.map((r) => [r.id, ruleSchema(r)]));
  const rulesObject = { type: 'object', description: '规则设置：规则名 → 级别，或 [级别, 选项]，或 {severity, …选项}', properties: ruleProps, additionalProperties: false };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: '信息稿助手配置 .xinxirc',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      extends: { description: '继承的配置文件（相对本文件的路径，或路径列表）；xinxi:preset/采用计分 是内置的信息采用计分办法', anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
      unit: { type: 'string', description: '单位名称：用于替换“我县”“我局”等自称，填写模板' },
      单位: { type: 'string', description: '单位名称（同 unit）' },
      script: { type: 'string', enum: ['simplified', 'traditional'], description: '稿件使用简体（simplified，默认）或繁体（traditional）' },
      rules: rulesObject,
      kinds: {
        type: 'object',
        description: '按信息类型覆盖规则设置',
        // The names, and the hyphenated spellings of the emergency kinds that configurations written before 0.2 use.
        propertyNames: { enum: [...KINDS, '紧急-首报', '紧急-续报', '紧急-终报'] },
        additionalProperties: { type: 'object', properties: { rules: rulesObject }, additionalProperties: false },
      },
      terms: {
        type: 'object',
        description: '团队词表',
        properties: {
          forbidden: {
            description: '禁用写法 → 推荐写法：{wrong, right} 的列表，也可简写为“错误写法: 推荐写法”',
            anyOf: [
              {
                type: 'array',
                items: {
                  anyOf: [
                    {
                      type: 'object',
                      required: ['wrong'],
                      properties: { wrong: { type: 'string' }, right: { type: 'string' }, note: { type: 'string' }, regex: { type: 'boolean' } },
                    },
                    { type: 'string', minLength: 1 },
                    { type: 'object', minProperties: 1, maxProperties: 1, additionalProperties: { type: ['string', 'null'] } },
                  ],
                },
              },
              { type: 'object', additionalProperties: { type: ['string', 'null'] } },
            ],
          },
          accepted: { type: 'array', items: { type: 'string' }, description: '认可的用语：其他用词规则在这些词上不再提示' },
        },
      },
      export: { type: 'object', description: '导出设置' },
      templates: { description: '团队模板文件夹' },
      drafts: { description: '新建稿件的保存文件夹' },
      ignore: { description: '不检查的文件' },
      ...adoptionSchemas(),
    },
  };
}
