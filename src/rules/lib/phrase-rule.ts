/**
 * The phrase-rule factory (issue 16): a rule that is a word list with messages — stock-phrases, colloquial,
 * leader-modifiers, confusable-words — is its metadata (as for defineRule), its table (rules/data/<id>.yaml, loaded by
 * data.ts) and a mapping from an entry to the phrases it looks for and how each is reported. The factory does the
 * rest as every wording rule must: reads the draft as wording rules read it (traditional characters as simplified),
 * finds the phrases in the prose (longest first, never overlapping, `unless` exceptions), leaves quotations, 《》
 * titles, excluded text and the team's own terms alone, reports each match with its message and a fix that changes
 * only the differing characters, and checks a team's additions to the table (a rule option) as it checks the table.
 *
 * A new word-list rule is then a table and a declaration; the rule's own judgement, where it has one (a
 * self-reference is not colloquial, 亲自 in a fixed parallel formula is fine, too many stock phrases together),
 * goes in `skip` and `after`. Faults a list cannot enumerate (a degree adverb of speech before any adjective, 亲自
 * before any verb, 取得了 + any praise + 成效) are found by the rule's `grammar`, and reported as table matches are.
 */
import { defineRule, type Bilingual, type MessageData, type OptionsOf, type OptionsSpec, type OptionSpec, type Rule, type RuleContext, type RuleDefinition } from '../../core/rule.js';
import { teamTable, type EntryOf, type Fields, type Table } from './data.js';
import { minimalEdit, PhraseIndex, wordingSkip } from './phrases.js';
import { readingText } from './reading.js';

/** Values of a phrase's message placeholders; an undefined value (an optional field of the entry) is left out. */
export type PhraseData = Readonly<Record<string, string | number | Bilingual | undefined>>;

/** One phrase a table entry looks for, and how a match is reported. */
export interface Phrase<M extends string> {
  /** The text looked up, exactly. */
  wrong: string;
  /** Longer strings that contain `wrong`: where one of them stands, `wrong` is no fault. */
  unless?: readonly string[];
  /** The message reported on a match, and its `{placeholders}`. */
  messageId: M;
  data?: PhraseData;
  /**
   * The fix: the phrase as it should read (only the differing characters change), its title and whether it is safe;
   * `others`: further readings offered after it, each with the same title (its `{right}` set to that reading).
   */
  fix?: { right: string; messageId: M; data?: PhraseData; safe: boolean; others?: readonly string[] };
}

/**
 * A match found by the rule's grammar rather than its table: where it is (offsets into the text as wording rules read
 * it), the table entry it reports as (`skip` and `after` see it as they see a table match), its message and its fix.
 */
export interface GrammarHit<M extends string, E> extends Omit<Phrase<M>, 'unless'> {
  start: number;
  end: number;
  entry: E;
}

/** A match as the rule's `skip` and `after` see it. */
export interface PhraseHit<E> {
  start: number;
  end: number;
  /** The phrase found (the text at [start, end) as wording rules read it). */
  wrong: string;
  /** The table entry the phrase comes from. */
  entry: E;
}

/** A phrase as the index holds it: with the entry it comes from, its data and its fix's data as reported. */
interface Indexed<M extends string, E> {
  wrong: string;
  unless: readonly string[] | undefined;
  messageId: M;
  data: MessageData | undefined;
  fix: { right: string; messageId: M; data: MessageData; safe: boolean } | undefined;
  entry: E;
}

/** The placeholders' values without the undefined ones. */
function defined(data: PhraseData): MessageData {
  const out: Record<string, string | number | Bilingual> = {};
  for (const [name, value] of Object.entries(data)) if (value !== undefined) out[name] = value;
  return out;
}

export interface PhraseRuleDefinition<M extends string, S extends OptionsSpec, T extends Fields, E = EntryOf<T>> extends Omit<RuleDefinition<M, S>, 'check'> {
  /** The rule's table (`ruleTable(id, data, schema)`). */
  table: Table<T>;
  /** The phrases an entry looks for (most entries: one). */
  phrases(entry: E): Phrase<NoInfer<M>> | readonly Phrase<NoInfer<M>>[];
  /**
   * A team's additions to the table, from the rule option `option`: checked against the table's schema as the
   * bundled table is (data.ts `teamTable`), turned into phrases by `phrases`; each problem is reported as the message
   * `messageId` (whose text is `{problem}`) at the start of the draft, as a warning.
   */
  team?: { option: keyof S & string; messageId: NoInfer<M> };
  /** The `wrong` forms the options leave out (an `ignore` option). */
  ignored?(options: OptionsOf<S>): readonly string[];
  /**
   * Matches of the fault's grammar beyond the table's phrases (`text`: the draft as wording rules read it; `ctx.words`
   * gives its words). They go through what table matches go through (quotations, titles, excluded text, team terms,
   * `skip`, `after`); where one overlaps a table match or an earlier grammar match, it is left out.
   */
  grammar?(ctx: RuleContext<OptionsOf<S>, NoInfer<M>>, text: string): readonly GrammarHit<NoInfer<M>, E>[];
  /**
   * Whether a match is no fault after all, for what the table cannot say (`text`: the draft as wording rules read it;
   * `ctx` for the words around it or whether another rule runs).
   */
  skip?(hit: PhraseHit<E>, text: string, ctx: RuleContext<OptionsOf<S>, NoInfer<M>>): boolean;
  /** What the rule says about the reported matches together (after the last one). */
  after?(ctx: RuleContext<OptionsOf<S>, NoInfer<M>>, hits: readonly PhraseHit<E>[]): void;
}

/** A match to report: from the table or from the rule's grammar. */
type Found<M extends string, E> = {
  start: number;
  end: number;
  wrong: string;
  entry: E;
  messageId: M;
  data?: MessageData;
  fix?: { right: string; messageId: M; data: MessageData; safe: boolean; others?: readonly string[] };
};

/** A grammar match as a match to report (its data made plain, its fix's data defaulting to the right text). */
function grammarFound<M extends string, E>(g: GrammarHit<M, E>): Found<M, E> {
  return {
    start: g.start,
    end: g.end,
    wrong: g.wrong,
    entry: g.entry,
    messageId: g.messageId,
    ...(g.data ? { data: defined(g.data) } : {}),
    ...(g.fix
      ? {
          fix: {
            right: g.fix.right,
            messageId: g.fix.messageId,
            data: g.fix.data ? defined(g.fix.data) : { right: g.fix.right },
            safe: g.fix.safe,
            ...(g.fix.others?.length ? { others: g.fix.others } : {}),
          },
        }
      : {}),
  };
}

/** Into the table's matches `found` (in order), the grammar matches `extra` (in order): a grammar match stands only
 * where no other match does. */
function addGrammarMatches<F extends { start: number; end: number }>(found: F[], extra: readonly F[]): void {
  if (extra.length) {
    // Table matches first; a grammar match stands only where no other match does.
    const taken = found.slice();
    for (const g of extra) {
      if (taken.some((t) => t.start < g.end && g.start < t.end)) continue;
      taken.push(g);
      found.push(g);
    }
    found.sort((a, b) => a.start - b.start);
  }
}

/** Declare a word-list rule: a defineRule declaration with its table and the phrases of each entry. */
export function phraseRule<const M extends string, const S extends OptionsSpec = Record<never, OptionSpec>, T extends Fields = Fields>(
  definition: PhraseRuleDefinition<M, S, T>,
): Rule {
  type E = EntryOf<T>;
  const { table, phrases, team, ignored, grammar, skip, after, ...meta } = definition;
  // Every indexed phrase has the same fields (absent ones undefined), not a spread of those present: the index's scan
  // then reads one shape of entry (see bench/RESULTS.md, "Architecture v2").
  const indexed = (entries: readonly E[]): Indexed<M, E>[] =>
    entries.flatMap((entry) =>
      ([] as Phrase<M>[]).concat(phrases(entry)).map(({ wrong, unless, messageId, data, fix }) => ({
        wrong,
        unless,
        messageId,
        data: data ? defined(data) : undefined,
        fix: fix ? { right: fix.right, messageId: fix.messageId, data: fix.data ? defined(fix.data) : { right: fix.right }, safe: fix.safe } : undefined,
        entry,
      })),
    );
  const builtIn = indexed(table.entries);
  const builtInIndex = new PhraseIndex(builtIn);
  // A team's list is the same array for every lint with one configuration: its index is built once.
  const teamIndexes = new WeakMap<readonly unknown[], PhraseIndex<Indexed<M, E>>>();

  return defineRule<M, S>({
    ...meta,
    check(ctx) {
      const { draft, options, report } = ctx;
      let index = builtInIndex;
      if (team) {
        const extra = teamTable(meta.id, team.option, options[team.option], table.schema);
        for (const p of extra.problems) {
          report({ start: 0, end: 0, severity: 'warning', messageId: team.messageId, data: { problem: { zh: p.message, en: p.messageEn } } });
        }
        if (extra.entries.length) {
          let teamIndex = teamIndexes.get(extra.entries);
          if (!teamIndex) {
            teamIndex = new PhraseIndex([...builtIn, ...indexed(extra.entries)]);
            teamIndexes.set(extra.entries, teamIndex);
          }
          index = teamIndex;
        }
      }
      const ignore = ignored ? new Set(ignored(options)) : undefined;
      const accept = ignore?.size ? (p: Indexed<M, E>) => !ignore.has(p.wrong) : undefined;
      const text = readingText(draft, ctx.config);
      const skipSpan = wordingSkip(ctx);
      const found: Found<M, E>[] = [];
      for (const { start, end, entry: phrase } of index.scan(text, draft.proseSegments, accept)) found.push({ start, end, ...phrase });
      if (grammar) {
        const extra = grammar(ctx, text)
          .filter((g) => g.end > g.start && !(ignore?.has(g.wrong)))
          .map((g) => grammarFound(g))
          .sort((a, b) => a.start - b.start || b.end - a.end);
        addGrammarMatches(found, extra);
      }
      const hits: PhraseHit<E>[] = [];
      for (const phrase of found) {
        const { start, end } = phrase;
        if (skipSpan(start, end)) continue;
        const hit: PhraseHit<E> = { start, end, wrong: phrase.wrong, entry: phrase.entry };
        if (skip?.(hit, text, ctx)) continue;
        hits.push(hit);
        const { fix } = phrase;
        report({
          start,
          end,
          messageId: phrase.messageId,
          ...(phrase.data ? { data: phrase.data } : {}),
          ...(fix && !fix.others?.length ? { fix: { messageId: fix.messageId, data: fix.data, safe: fix.safe, edits: [minimalEdit(start, phrase.wrong, fix.right)] } } : {}),
          ...(fix?.others?.length
            ? {
                fixes: [fix.right, ...fix.others].map((right) => ({
                  messageId: fix.messageId,
                  data: { ...fix.data, right },
                  safe: fix.safe,
                  edits: [minimalEdit(start, phrase.wrong, right)],
                })),
              }
            : {}),
        });
      }
      after?.(ctx, hits);
    },
  });
}
