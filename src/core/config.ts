/**
 * Configuration: parsing, validation and merging of `.xinxirc` data. Pure (no file system here):
 * discovery on disk is in `config-node.ts`, so the engine also runs in the browser.
 *
 * Layers, later wins: rule defaults ← rule per-kind defaults ← config files (an `extends` chain, the
 * nearest file last) ← caller overrides (VS Code settings) ; and per kind: `kinds.<类型>.rules`.
 */
import { parseDocument } from 'yaml';
import { normalizeKind } from './kinds.js';
import { explainJsonError, explainYamlError, type SyntaxExplanation } from './yaml-errors.js';
import { compileTeamPattern } from './team-pattern.js';
import { optionAccepts, optionEntryProblems, optionTypeName, optionValueTypeName, type Rule } from './rule.js';
import type { ConfigProblem, Kind, ResolvedConfig, RuleOptions, RuleSetting, SeverityOrOff, TeamTerm } from './types.js';

/** Severities, with the Chinese words users may write. */
const SEVERITY_WORDS: Record<string, SeverityOrOff> = {
  off: 'off',
  info: 'info',
  warning: 'warning',
  warn: 'warning',
  error: 'error',
  关闭: 'off',
  提示: 'info',
  警告: 'warning',
  错误: 'error',
};

export function parseSeverity(value: unknown): SeverityOrOff | undefined {
  if (value === false) return 'off';
  if (value === true) return undefined;
  if (value === 0) return 'off';
  if (value === 1) return 'warning';
  if (value === 2) return 'error';
  if (typeof value !== 'string') return undefined;
  return SEVERITY_WORDS[value.trim().toLowerCase()];
}

export function emptyConfig(): ResolvedConfig {
  return {
    rules: {},
    kinds: {},
    terms: { forbidden: [], accepted: [] },
    export: {},
    files: [],
    problems: [],
  };
}

/** The raw shape of one config file, before validation. */
export type RawConfig = Record<string, unknown>;

/**
 * Parse config text (JSON or YAML; JSON is YAML). Returns a problem instead of throwing: a syntax error is explained
 * in Chinese with its line and column (also `line`, `column` on the problem), never as the parser's English text, and
 * never quoting the file: `extends` may name any file, and its lines must not reach a terminal or a SARIF log. A key
 * written twice is an error in both formats (JSON.parse would keep the last one silently). This is the one entry point
 * the config loaders (CLI, editor) use to read a config file.
 */
export function parseConfigText(text: string, file: string): { data?: RawConfig; problem?: ConfigProblem } {
  let data: unknown;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const unreadable = (why: SyntaxExplanation): { problem: ConfigProblem } => ({
    problem: {
      file,
      line: why.line,
      column: why.column,
      message: `配置文件无法解析，已按默认设置检查：${why.message}`,
      messageEn: `The configuration file could not be parsed; defaults are used. ${why.messageEn}`,
    },
  });
  if (/\.json$/i.test(file)) {
    try {
      data = JSON.parse(body);
    } catch (error) {
      return unreadable(explainJsonError(error, body));
    }
    // JSON is YAML: the YAML parser finds the key written twice that JSON.parse let through.
    const twice = parseDocument(body, { prettyErrors: false }).errors.find((e) => e.code === 'DUPLICATE_KEY');
    if (twice) return unreadable(explainYamlError(twice, body, 1, { quote: false }));
  } else {
    const doc = parseDocument(body, { prettyErrors: false });
    const error = doc.errors[0];
    if (error) return unreadable(explainYamlError(error, body, 1, { quote: false }));
    try {
      data = doc.toJS();
    } catch (error) {
      // Alias expansion over its limit and the like: not a syntax error with a place.
      const detail = error instanceof Error && /alias/iu.test(error.message) ? '别名（*）展开过多' : '内容无法转换';
      return {
        problem: {
          file,
          message: `配置文件无法解析，已按默认设置检查：${detail}，请检查其中的别名和引用。`,
          messageEn: 'The configuration file could not be parsed; defaults are used: its aliases could not be resolved.',
        },
      };
    }
  }
  if (data === null || data === undefined) return { data: {} };
  if (typeof data !== 'object' || Array.isArray(data)) {
    return {
      problem: {
        file,
        message: '配置文件的顶层应为键值对象，已按默认设置检查。',
        messageEn: 'The top level of the configuration file must be a mapping; defaults are used.',
      },
    };
  }
  return { data: data as RawConfig };
}

const TOP_KEYS = new Set(['extends', 'rules', 'kinds', 'unit', '单位', 'script', 'terms', 'export', 'templates', 'drafts', 'ignore', '$schema', 'scoring', '计分', 'units', '单位名单', 'ledger', '台账']);

function problem(file: string, key: string, message: string, messageEn: string): ConfigProblem {
  return { file, key, message, messageEn };
}

/** The options of a rule entry that the rule has and that have the right type; a problem for each of the others. */
function cleanOptions(options: RuleOptions, rule: Rule, file: string, key: string, problems: ConfigProblem[]): RuleOptions {
  const clean: RuleOptions = {};
  for (const [name, v] of Object.entries(options)) {
    const option = Object.hasOwn(rule.options, name) ? rule.options[name] : undefined;
    if (!option) {
      problems.push(
        problem(file, `${key}.${name}`, `规则 ${rule.id} 没有选项“${name}”，已忽略。`, `Rule ${rule.id} has no option "${name}"; ignored.`),
      );
      continue;
    }
    if (!optionAccepts(option, v)) {
      const type = optionTypeName(option);
      problems.push(problem(file, `${key}.${name}`, `选项“${key}.${name}”应为${type.zh}，已忽略。`, `Option "${key}.${name}" must be ${type.en}; ignored.`));
      continue;
    }
    const entryProblems = optionEntryProblems(option, v as Readonly<Record<string, unknown>>);
    if (entryProblems.length) {
      const keys = option.type === 'object' ? (option.keys ?? []) : [];
      const kept = { ...(v as Record<string, unknown>) };
      for (const { key: entry, problem: what } of entryProblems) {
        delete kept[entry];
        const at = `${key}.${name}.${entry}`;
        if (what === 'unknown') {
          problems.push(
            problem(
              file,
              at,
              `选项“${key}.${name}”没有“${entry}”这一项（可用的有：${keys.join('、')}），已忽略。`,
              `Option "${key}.${name}" has no entry "${entry}" (the entries are ${keys.join(', ')}); ignored.`,
            ),
          );
        } else {
          const type = optionValueTypeName(option);
          problems.push(problem(file, at, `选项“${at}”应为${type.zh}，已忽略。`, `Option "${at}" must be ${type.en}; ignored.`));
        }
      }
      clean[name] = kept;
      continue;
    }
    clean[name] = v;
  }
  return clean;
}

/** Validate one rule entry: `"warning"`, `["warning", {…}]`, or `{severity: "warning", …options}`. */
export function parseRuleSetting(
  value: unknown,
  rule: Rule,
  file: string,
  key: string,
  problems: ConfigProblem[],
): RuleSetting | undefined {
  let severityValue: unknown;
  let options: RuleOptions | undefined;
  if (Array.isArray(value)) {
    severityValue = value[0];
    if (value[1] !== undefined) {
      if (typeof value[1] === 'object' && value[1] !== null && !Array.isArray(value[1])) options = value[1] as RuleOptions;
      else {
        problems.push(problem(file, key, `“${key}”的第二项应为选项对象。`, `The second item of "${key}" must be an options object.`));
      }
    }
  } else if (typeof value === 'object' && value !== null) {
    const { severity, ...rest } = value as Record<string, unknown>;
    severityValue = severity;
    options = rest;
  } else {
    severityValue = value;
  }
  const setting: RuleSetting = {};
  if (severityValue !== undefined) {
    const severity = parseSeverity(severityValue);
    if (severity === undefined && severityValue !== true) {
      problems.push(
        problem(
          file,
          key,
          `“${key}”的级别无效，应为 off、info、warning、error（或 关闭、提示、警告、错误）之一。`,
          `"${key}": invalid severity; use off, info, warning or error.`,
        ),
      );
    } else if (severity) setting.severity = severity;
  }
  if (options) setting.options = cleanOptions(options, rule, file, key, problems);
  return setting;
}

function parseRules(
  value: unknown,
  rules: ReadonlyMap<string, Rule>,
  file: string,
  prefix: string,
  problems: ConfigProblem[],
): Record<string, RuleSetting> {
  const out: Record<string, RuleSetting> = {};
  if (value === undefined || value === null) return out;
  if (typeof value !== 'object' || Array.isArray(value)) {
    problems.push(problem(file, prefix, `“${prefix}”应为“规则名: 级别”的键值对象。`, `"${prefix}" must map rule ids to settings.`));
    return out;
  }
  for (const [id, setting] of Object.entries(value as Record<string, unknown>)) {
    const rule = rules.get(id);
    const key = `${prefix}.${id}`;
    if (!rule) {
      problems.push(problem(file, key, `未知规则“${id}”，已忽略。`, `Unknown rule "${id}"; ignored.`));
      continue;
    }
    const parsed = parseRuleSetting(setting, rule, file, key, problems);
    if (parsed) out[id] = parsed;
  }
  return out;
}

/**
 * Check a team's forbidden pattern: a plain string must not be empty; a regular expression must compile for RE2, the
 * linear-time engine team patterns run on (src/core/team-pattern.ts: no pattern can stall a lint, so none is refused
 * for backtracking), and must not match the empty string. Returns the refusal, or undefined when the pattern is fine.
 */
export function checkTermPattern(pattern: string, regex: boolean): { message: string; messageEn: string } | undefined {
  if (!pattern) return { message: '禁用词条的 wrong 不能为空，已忽略。', messageEn: 'A forbidden term needs a non-empty "wrong"; ignored.' };
  if (!regex) return undefined;
  const compiled = compileTeamPattern(pattern);
  if ('error' in compiled) {
    const unsupported = /\(\?<[=!]|\(\?[=!]|\\[1-9]|\\k</u.test(pattern);
    return unsupported
      ? {
          message: `正则表达式“${pattern}”用了本工具不支持的写法（前后断言 (?=…)、(?<=…) 或反向引用 \\1），已忽略；请改写为不含这些写法的形式，或改用普通词语。`,
          messageEn: `The regular expression "${pattern}" uses lookaround or a back-reference, which team patterns do not support; it was ignored.`,
        }
      : {
          message: `正则表达式“${pattern}”写法有误，已忽略，请检查括号、方括号和转义是否成对。`,
          messageEn: `The regular expression "${pattern}" is invalid and was ignored (${compiled.error}).`,
        };
  }
  if (compiled.matchesEmpty) {
    return {
      message: `正则表达式“${pattern}”可以匹配空字符串，已忽略。`,
      messageEn: `The regular expression "${pattern}" matches the empty string and was ignored.`,
    };
  }
  return undefined;
}

/**
 * One forbidden entry in any of the forms writers use: `{wrong, right?, note?, regex?}` as it is; a plain string
 * `一把手` (report only); a one-key mapping `贫困户: 脱贫户` (an empty value reports only). Anything else is returned
 * unchanged for the caller to refuse with the file and key.
 */
function shortTerm(t: unknown): unknown {
  if (typeof t === 'string') return t.trim() ? { wrong: t.trim() } : t;
  if (!t || typeof t !== 'object' || Array.isArray(t) || 'wrong' in t) return t;
  const pairs = Object.entries(t as Record<string, unknown>);
  if (pairs.length !== 1) return t;
  const [wrong, right] = pairs[0];
  if (right === null || right === undefined || right === '') return { wrong };
  return typeof right === 'string' || typeof right === 'number' ? { wrong, right: String(right) } : t;
}

function parseTerms(value: unknown, file: string, problems: ConfigProblem[]): ResolvedConfig['terms'] {
  const terms: ResolvedConfig['terms'] = { forbidden: [], accepted: [] };
  if (value === undefined || value === null) return terms;
  if (typeof value !== 'object' || Array.isArray(value)) {
    problems.push(problem(file, 'terms', '“terms”应包含 forbidden 和 accepted 两个列表。', '"terms" must hold the lists forbidden and accepted.'));
    return terms;
  }
  const v = value as Record<string, unknown>;
  if (Array.isArray(v.accepted)) {
    v.accepted.forEach((t, i) => {
      if (typeof t === 'string' && t.trim()) terms.accepted.push(t.trim());
      else problems.push(problem(file, `terms.accepted[${i}]`, '认可用语应为非空文字。', 'Accepted terms must be non-empty strings.'));
    });
  }
  // Writers reach for the shortest YAML first: a mapping `{贫困户: 脱贫户}` or a list of `- 贫困户: 脱贫户` and `- 一把手`
  // items mean the same as the `{wrong, right}` objects, so they are read as such rather than refused.
  const entries: [string, unknown][] = Array.isArray(v.forbidden)
    ? v.forbidden.map((t, i) => [`terms.forbidden[${i}]`, shortTerm(t)])
    : v.forbidden && typeof v.forbidden === 'object'
      ? Object.entries(v.forbidden as Record<string, unknown>).map(([wrong, right]) => [`terms.forbidden.${wrong}`, shortTerm({ [wrong]: right })])
      : [];
  if (v.forbidden !== undefined && v.forbidden !== null && typeof v.forbidden !== 'object') {
    problems.push(problem(file, 'terms.forbidden', '“terms.forbidden”应为词条列表。', '"terms.forbidden" must be a list of terms.'));
  }
  for (const [key, t] of entries) {
    if (t && typeof t === 'object' && typeof (t as TeamTerm).wrong === 'string') {
      const term = t as TeamTerm;
      const refusal = checkTermPattern(term.wrong, term.regex === true);
      if (refusal) {
        problems.push(problem(file, `${key}.wrong`, refusal.message, refusal.messageEn));
        continue;
      }
      terms.forbidden.push({
        wrong: term.wrong,
        right: typeof term.right === 'string' ? term.right : undefined,
        note: typeof term.note === 'string' ? term.note : undefined,
        regex: term.regex === true,
      });
    } else {
      problems.push(problem(file, key, '禁用词条应写成 {wrong: 错误写法, right: 推荐写法}（或“错误写法: 推荐写法”）。', 'Forbidden terms must be {wrong, right} objects (or "wrong: right").'));
    }
  }
  return terms;
}

/** Validate one config file's data into a partial config (its `extends` is handled by the caller). */
export function validateConfig(data: RawConfig, file: string, rules: ReadonlyMap<string, Rule>): ResolvedConfig {
  const config = emptyConfig();
  const problems = config.problems;
  for (const key of Object.keys(data)) {
    if (!TOP_KEYS.has(key)) {
      problems.push(problem(file, key, `未知配置项“${key}”，已忽略。`, `Unknown setting "${key}"; ignored.`));
    }
  }
  config.rules = parseRules(data.rules, rules, file, 'rules', problems);
  if (data.kinds !== undefined && data.kinds !== null) {
    if (typeof data.kinds !== 'object' || Array.isArray(data.kinds)) {
      problems.push(problem(file, 'kinds', '“kinds”应为“类型: {rules: …}”的键值对象。', '"kinds" must map kinds to settings.'));
    } else {
      for (const [name, value] of Object.entries(data.kinds as Record<string, unknown>)) {
        const kind = normalizeKind(name);
        if (!kind) {
          problems.push(
            problem(file, `kinds.${name}`, `未知信息类型“${name}”，已忽略。`, `Unknown kind "${name}"; ignored.`),
          );
          continue;
        }
        const rulesValue = value && typeof value === 'object' ? (value as Record<string, unknown>).rules : undefined;
        config.kinds[kind] = { rules: parseRules(rulesValue, rules, file, `kinds.${name}.rules`, problems) };
      }
    }
  }
  const unit = data.unit ?? data['单位'];
  if (unit !== undefined) {
    if (typeof unit === 'string') config.unit = unit.trim();
    else problems.push(problem(file, 'unit', '“unit”（单位名称）应为文字。', '"unit" must be a string.'));
  }
  if (data.script !== undefined) {
    if (data.script === 'simplified' || data.script === 'traditional') config.script = data.script;
    else
      problems.push(
        problem(file, 'script', '“script”应为 simplified（简体）或 traditional（繁体）。', '"script" must be simplified or traditional.'),
      );
  }
  config.terms = parseTerms(data.terms, file, problems);
  if (data.export && typeof data.export === 'object') config.export = { ...(data.export as Record<string, unknown>) };
  // The adoption ledger (src/adoption validates the contents and says what is wrong in the 通报).
  const section = (keys: string[], shape: 'mapping' | 'list', zh: string, en: string) => {
    const key = keys.find((k) => data[k] !== undefined && data[k] !== null);
    if (key === undefined) return undefined;
    const value = data[key];
    if (shape === 'list' ? Array.isArray(value) : typeof value === 'object' && !Array.isArray(value)) return value;
    problems.push(problem(file, key, `“${key}”应为${zh}，已忽略。`, `"${key}" must be ${en}; ignored.`));
    return undefined;
  };
  const scoring = section(['scoring', '计分'], 'mapping', '计分办法的键值对象（报送、刊物、批示、约稿、扣分）', 'a mapping (报送, 刊物, 批示, 约稿, 扣分)');
  if (scoring) config.scoring = { ...(scoring as Record<string, unknown>) };
  const units = section(['units', '单位名单'], 'list', '单位名称的列表', 'a list of unit names');
  if (units) config.units = [...(units as unknown[])];
  const ledgerPath = [data.ledger, data['台账']].find((v) => typeof v === 'string' && v.trim());
  const ledger = ledgerPath ? { 文件: ledgerPath } : section(['ledger', '台账'], 'mapping', '台账文件的路径，或台账设置的键值对象（文件、发文单位、范围、信息类别…）', 'a path or a mapping (文件, 发文单位, 范围, 信息类别…)');
  if (ledger) config.ledger = { ...(ledger as Record<string, unknown>) };
  config.files = [file];
  return config;
}

function mergeSetting(base: RuleSetting | undefined, over: RuleSetting | undefined): RuleSetting | undefined {
  if (!over) return base;
  if (!base) return over;
  return {
    severity: over.severity ?? base.severity,
    options: base.options || over.options ? deepMerge(base.options ?? {}, over.options ?? {}) : undefined,
  };
}

/** Merge option objects: nested plain objects merge key by key; everything else is replaced. */
export function deepMerge<T extends Record<string, unknown>>(base: T, over: Record<string, unknown>): T {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const b = out[k];
    if (v && typeof v === 'object' && !Array.isArray(v) && b && typeof b === 'object' && !Array.isArray(b)) {
      out[k] = deepMerge(b as Record<string, unknown>, v as Record<string, unknown>);
    } else if (v !== undefined) out[k] = v;
  }
  return out as T;
}

function mergeRules(base: Record<string, RuleSetting>, over: Record<string, RuleSetting>): Record<string, RuleSetting> {
  const out = { ...base };
  for (const [id, s] of Object.entries(over)) out[id] = mergeSetting(out[id], s)!;
  return out;
}

/** Merge config `over` on top of `base` (over wins). */
export function mergeConfig(base: ResolvedConfig, over: ResolvedConfig): ResolvedConfig {
  const kinds: ResolvedConfig['kinds'] = { ...base.kinds };
  for (const [k, v] of Object.entries(over.kinds) as [Kind, { rules: Record<string, RuleSetting> }][]) {
    kinds[k] = { rules: mergeRules(kinds[k]?.rules ?? {}, v.rules) };
  }
  return {
    rules: mergeRules(base.rules, over.rules),
    kinds,
    unit: over.unit ?? base.unit,
    script: over.script ?? base.script,
    terms: {
      forbidden: [...base.terms.forbidden, ...over.terms.forbidden],
      accepted: [...base.terms.accepted, ...over.terms.accepted],
    },
    export: deepMerge(base.export, over.export),
    // A nearer file changes single entries of the scoring table and the ledger settings; its unit list replaces.
    ...(base.scoring || over.scoring ? { scoring: deepMerge(base.scoring ?? {}, over.scoring ?? {}) } : {}),
    ...(over.units ?? base.units ? { units: over.units ?? base.units } : {}),
    ...(base.ledger || over.ledger ? { ledger: deepMerge(base.ledger ?? {}, over.ledger ?? {}) } : {}),
    files: [...over.files, ...base.files],
    problems: [...base.problems, ...over.problems],
    root: over.root ?? base.root,
  };
}

/** Overrides given by a caller (VS Code settings, CLI flags): same shape as a config file. */
export function configFromOverrides(data: RawConfig | undefined, rules: ReadonlyMap<string, Rule>, source = '设置'): ResolvedConfig {
  if (!data) return emptyConfig();
  const config = validateConfig(data, source, rules);
  config.files = [];
  return config;
}

/** The effective severity and options of one rule for one kind. */
export function ruleSettingFor(
  rule: Rule,
  kind: Kind,
  config: ResolvedConfig,
): { severity: SeverityOrOff; options: RuleOptions } {
  let severity: SeverityOrOff = rule.severity;
  let options: RuleOptions = rule.defaults;
  const kindDefaults = rule.kinds?.[kind];
  if (kindDefaults) {
    severity = kindDefaults.severity ?? severity;
    if (kindDefaults.options) options = deepMerge(options, kindDefaults.options);
  }
  for (const setting of [config.rules[rule.id], config.kinds[kind]?.rules[rule.id]]) {
    if (!setting) continue;
    severity = setting.severity ?? severity;
    if (setting.options) options = deepMerge(options, setting.options);
  }
  return { severity, options };
}
