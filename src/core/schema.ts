/**
 * JSON schema of `.xinxirc.json` / `.xinxirc.yaml`, generated from the rule registry (completion and validation in
 * VS Code through `contributes.jsonValidation`/`yamlValidation`).
 */
import { KINDS, type RuleModule } from './types.js';

const SEVERITY = { type: 'string', enum: ['off', 'info', 'warning', 'error', '关闭', '提示', '警告', '错误'], description: '级别：off 关闭、info 提示、warning 警告、error 错误' };

function ruleSchema(rule: RuleModule): Record<string, unknown> {
  const options: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(rule.defaults)) {
    const spec = rule.optionSpecs?.[name];
    const type = Array.isArray(value) ? 'array' : value === null ? undefined : typeof value;
    options[name] = { ...(type ? { type } : {}), default: value, ...(spec ? { description: spec.description } : {}) };
  }
  const optionsObject = { type: 'object', properties: options, additionalProperties: false };
  return {
    description: `${rule.description}（默认：${rule.severity}）`,
    anyOf: [
      SEVERITY,
      { type: 'boolean' },
      { type: 'array', prefixItems: [SEVERITY, optionsObject], items: [SEVERITY, optionsObject], minItems: 1, maxItems: 2 },
      { ...optionsObject, properties: { severity: SEVERITY, ...options } },
    ],
  };
}

export function configSchema(rules: readonly RuleModule[]): Record<string, unknown> {
  const ruleProps = Object.fromEntries(rules.map((r) => [r.id, ruleSchema(r)]));
  const rulesObject = { type: 'object', description: '规则设置：规则名 → 级别，或 [级别, 选项]，或 {severity, …选项}', properties: ruleProps, additionalProperties: false };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: '信息稿助手配置 .xinxirc',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      extends: { description: '继承的配置文件（相对本文件的路径，或路径列表）', anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
      unit: { type: 'string', description: '单位名称：用于替换“我县”“我局”等自称，填写模板' },
      单位: { type: 'string', description: '单位名称（同 unit）' },
      script: { type: 'string', enum: ['simplified', 'traditional'], description: '稿件使用简体（simplified，默认）或繁体（traditional）' },
      rules: rulesObject,
      kinds: {
        type: 'object',
        description: '按信息类型覆盖规则设置',
        propertyNames: { enum: [...KINDS] },
        additionalProperties: { type: 'object', properties: { rules: rulesObject }, additionalProperties: false },
      },
      terms: {
        type: 'object',
        description: '团队词表',
        properties: {
          forbidden: {
            type: 'array',
            description: '禁用写法 → 推荐写法',
            items: {
              type: 'object',
              required: ['wrong'],
              properties: { wrong: { type: 'string' }, right: { type: 'string' }, note: { type: 'string' }, regex: { type: 'boolean' } },
            },
          },
          accepted: { type: 'array', items: { type: 'string' }, description: '认可的用语：其他用词规则在这些词上不再提示' },
        },
      },
      export: { type: 'object', description: '导出设置' },
      templates: { description: '团队模板文件夹' },
      drafts: { description: '新建稿件的保存文件夹' },
      ignore: { description: '不检查的文件' },
    },
  };
}
