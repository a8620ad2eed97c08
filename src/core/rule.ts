/**
 * The rule contract (issue 16). A rule is one module that exports `defineRule({ … })`: its id and category, default
 * severity, which fixes it offers, its name and description, every message it reports (by id, Chinese and English),
 * its options (one spec: the TypeScript type of `ctx.options`, the `.xinxirc` validator and the JSON schema all follow
 * from it), the kinds it applies to, and `check(ctx)`. The engine runs rules through `Rule.run` and knows no rule id.
 * src/rules/README.md ("Writing a rule") walks through an example.
 */
import type { Draft, Fix, Kind, ResolvedConfig, RuleOptions, Severity, SeverityOrOff, TextEdit } from './types.js';
import type { DraftWords, Lexicon } from './words.js';

/** Text in both languages: Chinese first (what users read), English second. */
export interface Bilingual {
  zh: string;
  en: string;
}

/** The categories of the README table, and the folders of src/rules (形式、内容、紧急信息、文字清理、标点、数字、用词). */
export type RuleCategory = 'form' | 'content' | 'emergency' | 'hygiene' | 'punctuation' | 'number' | 'wording';

/**
 * The fixes a rule offers (the catalogue's fix column): `safe` fixes are applied by `xinxi fix` and fix-all without
 * asking; `confirm` fixes are offered and applied only when the writer confirms (the result depends on meaning);
 * `mixed` rules offer both. A rule without `fixable` offers no fix. A test holds every rule to what it declares.
 */
export type Fixable = 'safe' | 'confirm' | 'mixed';

// ---------------------------------------------------------------------------------------------------------------
// Options

/** The option types and the TypeScript type of each. */
export interface OptionTypes {
  number: number;
  boolean: boolean;
  string: string;
  'string[]': readonly string[];
  object: Readonly<Record<string, unknown>>;
  'object[]': readonly Readonly<Record<string, unknown>>[];
}

export type OptionType = keyof OptionTypes;

/**
 * One option: its type, its default value (of that type) and what it does, in both languages. An `object` option may
 * name the keys it takes (`keys`) and the type of their values (`values`): the `.xinxirc` validator then reports an
 * unknown key or a value of another type, and the JSON schema lists the keys.
 */
export type OptionSpec = {
  [T in OptionType]: { type: T; default: OptionTypes[T]; description: Bilingual } & (T extends 'object'
    ? { keys?: readonly string[]; values?: Exclude<OptionType, 'object'> }
    : unknown);
}[OptionType];

/** A rule's options by name. */
export type OptionsSpec = Readonly<Record<string, OptionSpec>>;

/** The options a rule's `check` receives: every option of the spec, with its type (defaults filled in). */
export type OptionsOf<S extends OptionsSpec> = { readonly [K in keyof S]: OptionTypes[S[K]['type']] };

/** The default value of every option. */
export function optionDefaults(spec: OptionsSpec): RuleOptions {
  const out: RuleOptions = {};
  for (const [name, option] of Object.entries(spec)) out[name] = option.default;
  return out;
}

/** Whether `value` has the type an option declares (the `.xinxirc` validator: a value of another type is ignored). */
export function optionAccepts(option: OptionSpec, value: unknown): boolean {
  switch (option.type) {
    case 'number':
    case 'boolean':
    case 'string':
      return typeof value === option.type;
    case 'string[]':
    case 'object[]':
      return Array.isArray(value);
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
  }
}

/** What an option's type is called in a configuration problem. */
export function optionTypeName(option: OptionSpec): Bilingual {
  switch (option.type) {
    case 'number':
      return { zh: '数字', en: 'a number' };
    case 'boolean':
      return { zh: 'true 或 false', en: 'true or false' };
    case 'string':
      return { zh: '文字', en: 'a string' };
    case 'string[]':
    case 'object[]':
      return { zh: '列表', en: 'a list' };
    case 'object':
      return { zh: '对象', en: 'an object' };
  }
}

/** The JSON schema of a value of one option type. */
function typeSchema(type: OptionType): Record<string, unknown> {
  if (type === 'string[]') return { type: 'array', items: { type: 'string' } };
  if (type === 'object[]') return { type: 'array', items: { type: 'object' } };
  return { type };
}

/** The JSON schema of one option (the `.xinxirc` schema, schemas/xinxirc.schema.json). */
export function optionSchema(option: OptionSpec): Record<string, unknown> {
  const keyed =
    option.type === 'object' && (option.keys || option.values)
      ? {
          ...(option.keys ? { propertyNames: { enum: [...option.keys] } } : {}),
          ...(option.values ? { additionalProperties: typeSchema(option.values) } : {}),
        }
      : {};
  return { ...typeSchema(option.type), ...keyed, default: option.default, description: option.description.zh };
}

/**
 * The problems of an `object` option's entries, by key: a key the option does not name (`keys`), a value of another
 * type than `values` (a `string[]` value must hold strings only). The `.xinxirc` validator reports each and drops the
 * entry.
 */
export function optionEntryProblems(option: OptionSpec, value: Readonly<Record<string, unknown>>): { key: string; problem: 'unknown' | 'type' }[] {
  if (option.type !== 'object') return [];
  const out: { key: string; problem: 'unknown' | 'type' }[] = [];
  for (const [key, v] of Object.entries(value)) {
    if (option.keys && !option.keys.includes(key)) out.push({ key, problem: 'unknown' });
    else if (option.values && !valueAccepts(option.values, v)) out.push({ key, problem: 'type' });
  }
  return out;
}

/** What the values of an `object` option's entries must be, in a configuration problem. */
export function optionValueTypeName(option: OptionSpec): Bilingual {
  if (option.type !== 'object' || !option.values) return { zh: '', en: '' };
  switch (option.values) {
    case 'string[]':
      return { zh: '文字的列表', en: 'a list of strings' };
    case 'object[]':
      return { zh: '列表', en: 'a list' };
    case 'string':
      return { zh: '文字', en: 'a string' };
    case 'number':
      return { zh: '数字', en: 'a number' };
    case 'boolean':
      return { zh: 'true 或 false', en: 'true or false' };
  }
}

/** Whether a value has an option type (a `string[]` holds strings only). */
function valueAccepts(type: Exclude<OptionType, 'object'>, value: unknown): boolean {
  if (type === 'string[]') return Array.isArray(value) && value.every((x) => typeof x === 'string');
  if (type === 'object[]') return Array.isArray(value);
  return typeof value === type;
}

// ---------------------------------------------------------------------------------------------------------------
// Messages and reports

/** Values put into a message's `{placeholders}`: text, a number, or a text for each language. */
export type MessageData = Readonly<Record<string, string | number | Bilingual>>;

/** Templates split at their placeholders: texts at even indexes, placeholder names at odd ones (a message is formatted per report). */
const templateParts = new Map<string, readonly string[]>();

/** A message template with its `{name}` placeholders filled from `data` in one language (an unknown name stays). */
export function formatMessage(template: string, data: MessageData | undefined, lang: keyof Bilingual): string {
  if (!data) return template;
  let parts = templateParts.get(template);
  if (parts === undefined) {
    if (templateParts.size > 5000) templateParts.clear();
    parts = template.split(/\{(\w+)\}/);
    templateParts.set(template, parts);
  }
  if (parts.length === 1) return template;
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    const value = data[name];
    out += (value === undefined ? `{${name}}` : typeof value === 'object' ? value[lang] : String(value)) + parts[i + 1]!;
  }
  return out;
}

/** A fix as a rule reports it: its title is one of the rule's messages, by id. */
export interface FixInput<M extends string = string> {
  messageId: M;
  data?: MessageData;
  /** Applied by `xinxi fix` and fix-all without asking (true), or offered for the writer to confirm (false). */
  safe: boolean;
  /** The fix puts in a blank for the writer to fill (【X月X日】): never safe; the placeholder rule reports it. */
  placeholder?: boolean;
  /** Non-overlapping edits applied together (UTF-16 offsets into `ctx.draft.text`). */
  edits: TextEdit[];
}

/** What a rule reports: where, which message (and its data), the fixes, and at times its own severity. */
export interface Report<M extends string = string> {
  start: number;
  end: number;
  messageId: M;
  data?: MessageData;
  fix?: FixInput<M>;
  fixes?: readonly FixInput<M>[];
  /** Overrides the configured severity for this one message (a length warning that becomes an error). */
  severity?: Severity;
}

/** What `check` receives. */
export interface RuleContext<O = RuleOptions, M extends string = string> {
  /** The draft, parsed once for every rule (src/core/draft.ts). */
  draft: Draft;
  /** The rule's options for this draft: defaults, then the kind's, then the configuration's. */
  options: O;
  severity: Severity;
  config: ResolvedConfig;
  report(report: Report<M>): void;
  /** True when [start, end) touches an excluded range (code, URL, front matter…). */
  isExcluded(start: number, end?: number): boolean;
  /** True when [start, end) lies inside a quotation or 《》 title. */
  isQuoted(start: number, end?: number): boolean;
  /**
   * Whether the rule `ruleId` runs on this draft (among the rules linted, applies to the draft's kind, not switched
   * off): a rule that leaves some characters to another one asks this instead of importing it.
   */
  isEnabled(ruleId: string): boolean;
  /**
   * The lexical layer (src/core/lexicon/README.md): words with frequency and part of speech, readings, confusion
   * sets, idioms. The dictionary is decoded once per process, on the first lookup.
   */
  lexicon: Lexicon;
  /** The draft segmented into words (src/core/words.ts): once per lint, on first use, shared by every rule. */
  words: DraftWords;
}

/** Per-kind defaults of a rule, before the configuration (e.g. no length budget for 专报). */
export type KindDefaults<O> = Partial<Record<Kind, { severity?: SeverityOrOff; options?: Partial<O> }>>;

/** A rule as its module declares it (see defineRule). */
export interface RuleDefinition<M extends string, S extends OptionsSpec> {
  /** kebab-case; the module is src/rules/<category>/<id>.ts, the doc rules/<id>.md, the test test/unit/rules/<id>.test.ts. */
  id: string;
  category: RuleCategory;
  /** Default severity. */
  severity: SeverityOrOff;
  fixable?: Fixable;
  /** What a writer calls the fault: 2–6 Chinese characters (全角标点), and an English name. */
  name: Bilingual;
  /** One line for docs, hover and the README table. */
  description: Bilingual;
  /** Every message the rule reports, and every fix title, by id; `{name}` placeholders are filled from `data`. */
  messages: Readonly<Record<M, Bilingual>>;
  options?: S;
  /** When set, the rule runs only for drafts of these kinds. */
  appliesTo?: readonly Kind[];
  kinds?: KindDefaults<OptionsOf<S>>;
  /**
   * The length budget of the body (characters) the rule holds a draft to, for its options: the engine puts it in
   * LintStats.budget (the editor's status bar and the review report show it). At most one rule declares it.
   */
  budget?(options: OptionsOf<S>): number | undefined;
  check(ctx: RuleContext<OptionsOf<S>, M>): void;
}

/** A message as a rule's run hands it to the engine: the texts resolved. */
export interface Emitted {
  start: number;
  end: number;
  message: string;
  messageEn: string;
  fixes?: Fix[];
  severity?: Severity;
}

/** What the engine hands a rule's run: the context without `report`. */
export type RuleEnvironment = Omit<RuleContext, 'report'>;

/** A registered rule, as the engine, the configuration and the listings read it. */
export interface Rule {
  readonly id: string;
  readonly category: RuleCategory;
  readonly severity: SeverityOrOff;
  readonly fixable?: Fixable;
  readonly name: Bilingual;
  readonly description: Bilingual;
  readonly messages: Readonly<Record<string, Bilingual>>;
  readonly options: OptionsSpec;
  /** The default value of every option. */
  readonly defaults: RuleOptions;
  readonly appliesTo?: readonly Kind[];
  readonly kinds?: KindDefaults<RuleOptions>;
  budget?(options: RuleOptions): number | undefined;
  /** Runs the check on one draft: what it reports goes to `emit`, its texts resolved. */
  run(env: RuleEnvironment, emit: (message: Emitted) => void): void;
}

/** The message `id` of `rule`, filled in, in both languages. */
export function ruleMessage(rule: Pick<Rule, 'id' | 'messages'>, id: string, data?: MessageData): Bilingual {
  const template = rule.messages[id];
  if (!template) throw new Error(`rule ${rule.id}: no message "${id}"`);
  return { zh: formatMessage(template.zh, data, 'zh'), en: formatMessage(template.en, data, 'en') };
}

/**
 * Declare a rule. The options' types follow from their spec (`ctx.options.max` is a number when the spec says
 * `type: 'number'`), message ids are checked against `messages`, and the result is registered as it is (no cast).
 *
 * What a run costs is paid once per rule, not once per run (a lint runs every rule over every draft): `report` is one
 * function per rule, made here, that sends to the run in progress (`sink`, set by `run` and restored after it, so a
 * check that lints again inside itself still reports to its own run); a report's texts are filled from the templates
 * without an intermediate pair, and its fixes are built in one loop. See bench/RESULTS.md ("Architecture v2").
 */
export function defineRule<const M extends string, const S extends OptionsSpec = Record<never, OptionSpec>>(definition: RuleDefinition<M, S>): Rule {
  const { check, budget, options = {} as S, ...meta } = definition;
  const messages: Readonly<Record<string, Bilingual>> = definition.messages;
  const template = (id: string): Bilingual => {
    const t = messages[id];
    if (!t) throw new Error(`rule ${definition.id}: no message "${id}"`);
    return t;
  };
  const fixOf = (f: FixInput<M>): Fix => {
    const t = template(f.messageId);
    const title = formatMessage(t.zh, f.data, 'zh');
    const titleEn = formatMessage(t.en, f.data, 'en');
    // The same keys in the same order as before (the CLI's JSON output shows them): `placeholder` only when set.
    return f.placeholder ? { title, titleEn, safe: f.safe, placeholder: true, edits: f.edits } : { title, titleEn, safe: f.safe, edits: f.edits };
  };
  let sink: ((message: Emitted) => void) | undefined;
  const report = (r: Report<M>): void => {
    if (!sink) throw new Error(`rule ${definition.id}: report called outside its check`);
    const t = template(r.messageId);
    const fixes: Fix[] = [];
    if (r.fix) fixes.push(fixOf(r.fix));
    if (r.fixes) for (const f of r.fixes) fixes.push(fixOf(f));
    sink({
      start: r.start,
      end: r.end,
      message: formatMessage(t.zh, r.data, 'zh'),
      messageEn: formatMessage(t.en, r.data, 'en'),
      fixes,
      severity: r.severity || undefined,
    });
  };
  const rule: Rule = {
    ...meta,
    options,
    defaults: optionDefaults(options),
    kinds: definition.kinds as KindDefaults<RuleOptions> | undefined,
    ...(budget ? { budget: (o: RuleOptions) => budget(o as OptionsOf<S>) } : {}),
    run(env, emit) {
      const outer = sink;
      sink = emit;
      try {
        // The context as one object literal with every field named, not `{ ...env, report }`: the spread showed as the
        // wrapper's own time in profiles of the engine (see bench/RESULTS.md, "Architecture v2").
        check({
          draft: env.draft,
          options: env.options as OptionsOf<S>,
          severity: env.severity,
          config: env.config,
          isExcluded: env.isExcluded,
          isQuoted: env.isQuoted,
          isEnabled: env.isEnabled,
          lexicon: env.lexicon,
          words: env.words,
          report,
        });
      } finally {
        sink = outer;
      }
    },
  };
  return rule;
}
