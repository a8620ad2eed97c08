/**
 * The rule registry: every rule of the style-guide catalogue, category by category in the order of the README's
 * table (each category's index.ts lists its folder's rules). The engine sorts messages by position, so this order is
 * the order of listings (the README table, `xinxi rules`, the SARIF rules, the .xinxirc schema), not of messages.
 * Imported by the entry (src/index.ts) only.
 */
import { optionDefaults, type OptionSpec, type OptionsSpec, type Rule } from '../core/rule.js';
import { contentRules } from './content/index.js';
import { emergencyRules } from './emergency/index.js';
import { formRules } from './form/index.js';
import { hygieneRules } from './hygiene/index.js';
import type { LegacyOptionSpec, LegacyRule } from './lib/legacy.js';
import { numberRules } from './number/index.js';
import { punctuationRules } from './punctuation/index.js';
import { wordingRules } from './wording/index.js';

/**
 * The one adapter of the transition (issue 16): a module still in the shape it had before the contract
 * (src/rules/lib/legacy.ts) is registered as a Rule. Its messages are written inline, so it declares none; its
 * options become a spec whose types are those of `optionSpecs` ('array' is a list of words), with the Chinese
 * description for both languages. A module declared with defineRule passes as it is.
 */
function registered(module: Rule | LegacyRule): Rule {
  if ('run' in module) return module;
  const legacy = module;
  const options: Record<string, OptionSpec> = {};
  for (const [name, value] of Object.entries(legacy.defaults)) {
    const spec: LegacyOptionSpec | undefined = legacy.optionSpecs?.[name];
    const description = { zh: spec?.description ?? '', en: spec?.description ?? '' };
    options[name] = legacyOption(spec?.type, value, description);
  }
  const spec: OptionsSpec = options;
  return {
    id: legacy.id,
    category: legacy.category,
    severity: legacy.severity,
    ...(legacy.fix === 'none' ? {} : { fixable: legacy.fix }),
    name: legacy.name,
    description: { zh: legacy.description, en: legacy.descriptionEn },
    messages: {},
    options: spec,
    defaults: optionDefaults(spec),
    ...(legacy.appliesTo ? { appliesTo: legacy.appliesTo } : {}),
    ...(legacy.kinds ? { kinds: legacy.kinds } : {}),
    ...(legacy.budget ? { budget: legacy.budget } : {}),
    run(env, emit) {
      legacy.check({ ...env, report: emit });
    },
  };
}

/** An option of a legacy module as a spec. */
function legacyOption(type: LegacyOptionSpec['type'] | undefined, value: unknown, description: OptionSpec['description']): OptionSpec {
  switch (type ?? typeof value) {
    case 'number':
      return { type: 'number', default: value as number, description };
    case 'boolean':
      return { type: 'boolean', default: value as boolean, description };
    case 'string':
      return { type: 'string', default: value as string, description };
    case 'object[]':
      return { type: 'object[]', default: value as Record<string, unknown>[], description };
    case 'array':
      return { type: 'string[]', default: value as string[], description };
    default:
      return { type: 'object', default: value as Record<string, unknown>, description };
  }
}

export const rules: readonly Rule[] = [
  ...formRules,
  ...contentRules,
  ...emergencyRules,
  ...hygieneRules,
  ...punctuationRules,
  ...numberRules,
  ...wordingRules,
].map(registered);
