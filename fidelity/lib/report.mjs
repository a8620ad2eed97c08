// Printing the evaluation: a terminal table and bench/FIDELITY.md (Chinese first, English second).

export const TARGETS = { naturalRecall: 0.95, trapAlarmsPer100: 1, injectedDetection: 0.8, injectedFalseFlagRate: 0.005 };

const pct = (x) => (x === null || x === undefined ? '—' : `${(100 * x).toFixed(1)}%`);
const CATEGORY_ZH = { form: '形式', content: '内容', emergency: '紧急', hygiene: '清理', punctuation: '标点', number: '数字', wording: '用词', '?': '?' };

function ruleRows(result) {
  return result.rules.filter((r) => r.cases || r.faRight || r.faTrap);
}

/** The weakest rules: lowest recall first (planned ones included), then most false alarms. */
export function weakest(result, n = 10) {
  return ruleRows(result)
    .map((r) => ({ ...r, score: (r.recall ?? 1) - 0.02 * (r.faRight + r.faTrap) }))
    .sort((a, b) => a.score - b.score || a.rule.localeCompare(b.rule))
    .slice(0, n);
}

/** The default label of a blind set; each set is named by its number (see blindSets in corpus.mjs). */
export const blindLabel = (n) => `盲测集 blind set ${n}`;

/** The one line that sums up a blind held-out set (see blindSets in corpus.mjs). */
export function blindLine(blind, label = '盲测集 blind held-out set') {
  const t = blind.totals;
  return (
    `${label}：自然变体召回 recall on natural variants ${pct(t.naturalRecall)}（${t.naturalHits}/${t.naturalCases}）；` +
    `其中错别字由另一条错别字规则（typo 与 confusable-words）标出 of which a wrong character marked by the sibling rule: ${t.siblingHits ?? 0}；` +
    `陷阱误报每百句 false alarms on its traps per 100: ${t.trapAlarmsPer100.toFixed(1)}（${t.trapAlarms} 条，不同原因 distinct causes ${t.trapAlarmCauses ?? t.trapAlarms}，${t.trapsWithAlarm}/${t.traps} 句）；` +
    `改正文误报 alarms on its corrected texts: ${t.rightAlarms} 条（${t.cases} 条用例 cases）；` +
    `连同别的规则在该处标出的 flagged there by any rule: ${pct(t.cases ? t.caughtByAny / t.cases : 0)}（${t.caughtByAny}/${t.cases}，全部用例 all cases）`
  );
}

/** Per rule on the blind set: misses where the rule fired elsewhere in the draft are counted apart. */
function blindRows(blind) {
  const elsewhere = new Map();
  for (const m of blind.misses) if (m.elsewhere.length) elsewhere.set(m.rule, (elsewhere.get(m.rule) ?? 0) + 1);
  return ruleRows(blind).map((r) => ({ ...r, elsewhere: elsewhere.get(r.rule) ?? 0 }));
}

/** A blind set in the terminal: its line, then one row per rule. */
export function blindTable(blind, label) {
  const w = [24, 6, 5, 5, 8, 10, 10, 10, 8];
  const pad = (cells) => cells.map((c, i) => String(c).padEnd(w[i] ?? 0)).join(' ');
  const lines = [blindLine(blind, label), ''];
  lines.push(pad(['规则 rule', '类别', '用例', '命中', '召回', '自然变体', '误报 改/陷', '修复准确', '标在别处 elsewhere', '他规则 other']));
  for (const r of blindRows(blind)) {
    lines.push(
      pad([
        r.rule,
        CATEGORY_ZH[r.category] ?? r.category,
        r.cases,
        r.hits,
        pct(r.recall),
        r.natural ? `${r.naturalHits}/${r.natural}` : '—',
        `${r.faRight}/${r.faTrap}`,
        r.fixCases ? `${r.fixOk}/${r.fixCases}` : '—',
        r.elsewhere || '',
        r.caughtByOther || '',
      ]),
    );
  }
  return lines.join('\n');
}

function note(r) {
  if (r.planned) return '计划中，尚未实现（全部计为漏报）/ planned, not built: all missed';
  if (!r.built) return '未知规则 / unknown rule';
  return '';
}

export function terminalTable(result, injected) {
  const t = result.totals;
  const lines = [];
  const w = [24, 6, 5, 5, 8, 8, 10, 10];
  const pad = (cells) => cells.map((c, i) => String(c).padEnd(w[i] ?? 0)).join(' ');
  lines.push(pad(['规则 rule', '类别', '用例', '命中', '召回', '精确率', '误报 改/陷', '修复准确']));
  for (const r of ruleRows(result)) {
    lines.push(
      pad([
        r.rule + (r.planned ? ' *' : ''),
        CATEGORY_ZH[r.category] ?? r.category,
        r.cases,
        r.hits,
        pct(r.recall),
        pct(r.precision),
        `${r.faRight}/${r.faTrap}`,
        r.fixCases ? `${r.fixOk}/${r.fixCases}` : '—',
      ]),
    );
  }
  lines.push('');
  lines.push('* 计划中的规则，尚未实现 / planned rule, not built yet');
  lines.push(
    `合计 totals: 错误用例 ${t.cases}（自然变体 ${t.naturalCases}，词表原形 ${t.textbookCases}），陷阱句 ${t.traps}`,
  );
  lines.push(`  自然变体召回 natural-variant recall ${pct(t.naturalRecall)}（目标 ≥ 95%；只计已实现规则 ${pct(t.naturalRecallBuilt)}）`);
  lines.push(`  词表原形召回 textbook-form recall ${pct(t.textbookRecall)}`);
  lines.push(`  陷阱误报 false alarms on traps ${t.trapAlarms} 条，每百句 ${t.trapAlarmsPer100.toFixed(1)}（目标 ≤ 1）；有误报的陷阱句 ${t.trapsWithAlarm}`);
  lines.push(`  改正文误报 false alarms on corrected texts ${t.rightAlarms} 条`);
  lines.push(`  精确率 precision ${pct(t.precision)}；修复准确 fix accuracy ${t.fixOk}/${t.fixCases} = ${pct(t.fixAccuracy)}`);
  if (injected) {
    lines.push(
      `  注入错字 injected typos: 句子 ${injected.sentences}，注入 ${injected.injected}，发现 ${injected.found} = ${pct(injected.detection)}（目标 ≥ 80%）；` +
        `原句误报 ${injected.falseFlags.length} = ${pct(injected.falseFlagRate)}（目标 ≤ 0.5%）`,
    );
  }
  return lines.join('\n');
}

function mdEscape(s) {
  return String(s).replace(/\|/g, '\\|');
}

/** The introduction to the blind held-out sets in bench/FIDELITY.md (once, before the sets). */
function blindIntro() {
  return [
    '## 盲测集 Blind held-out sets',
    '',
    '文件名以 blind 开头的用例和陷阱（fidelity/cases/blind*.yaml、fidelity/traps/blind*.yaml）由没有读过规则代码、规则词表、规则文档和其余语料的人，' +
      '只依据规则目录写成，写作时没有用工具检查。每个文件编号是一个盲测集，各自统计（blind-*.yaml 为第 1 集，blind2-*.yaml 为第 2 集……）：' +
      '后写的集合是在规则已按先前集合的发现调整之后写的；一个集合评分之后若被用来调整规则，在它的“已据本集调整”一行写明。它们都不计入上面的总数和底线（由负责人决定是否纳入）。' +
      '“标在别处”：漏报中本规则在稿件别处发出了提示（多为整篇稿件的规则，标注位置与提示位置不同）。',
    '',
    'Cases and traps in files whose name starts with "blind" were written by someone who read neither the rule code, word lists and docs nor the rest ' +
      'of the corpus, from the rule catalogue only, without running the tool. Each numbered file is a set of its own (blind-*.yaml set 1, blind2-*.yaml ' +
      'set 2, …), scored apart: a later set was written after the rules had been tuned partly against the earlier ones; where a set was used to tune rules after it was scored, its "used to tune" line says so. ' +
      'None of them is in the totals and floors above. "Elsewhere": misses where the expected rule did fire, but not on the labelled text.',
    '',
  ];
}

/**
 * Which rules each blind set has since been used to tune (after it was first scored), so a reader knows where a set
 * is no longer blind. Kept by hand by whoever uses a set's findings.
 */
const BLIND_USED = {
  1: '第二波（2026-12-05）：de-di-de、typo、内容和紧急信息规则、paste-residue、repeated-char、script-mix、paired-marks、number-decimal；评分改为整篇稿件的规则在稿件任何位置提示都算命中 / wave 2: those rules, and the scorer (anywhere)',
  2: '同第 1 集 / as set 1',
  3: '首次评分（84.0%，每百句陷阱误报 2.4，改正文误报 7）之后，据其误报调整了 typo（数字后的单位、机构简称）、title-length 和 placeholder（栏目标签）、emergency-elements（交通事故的措施）、problem-needs-remedy 和 problem-needs-cause（问题词作设施名的修饰语、措施对象中的问题状态）；又据其漏报的类（先写留出集 content-b3、wording-b3）提高了 claim-needs-data、self-reference、sum-consistency、vague-suggestion、no-structure-markup、no-opening-boilerplate、no-closing-boilerplate、front-matter、inline-config、number-range-unit、number-approx、number-fixed-terms、number-decimal、de-di-de、confusable-words、repeated-char、colloquial、vague-source 的召回，消除了 title-length（两部分标题）的误报，stock-phrases 删去“一鼓作气” / after its first score, its false alarms were used for typo (a unit after a number, office abbreviations), column tags, road-accident measures and the problem rules (a problem word modifying a facility, a problem state in the object of a measure); then the classes of its misses (held-out sets content-b3 and wording-b3 written first) for the recall of the content, form, number, meta and wording rules listed, title-length\'s false alarm on two-part titles, and 一鼓作气 left stock-phrases',
  4: '写成后先在 8208a71 上评分（86.0%，每百句陷阱误报 4.0，改正文误报 11）；之后先据其误报的类（留出集 lead-b4fa）调整了 problem-needs-remedy、number-mixed、emergency-elements、typo、repeated-char（87.1%、0.0、0）；2026-12-05 第五轮起与第 5 集一起全部用于调整：其漏报和误报按类交给 typo、措辞与标点、内容与形式三组（各组先写留出集 h-b45-*），b4-eseq-01/02 改标标题中的“续报”。注意：此前 bench/FIDELITY.md 一直列出其漏报，读过该文件的人可能看到过 / used fully from the fifth session of 2026-12-05 with set 5 (classes of its misses and false alarms, held-out sets h-b45-* written first); bench/FIDELITY.md used to list its misses, so it may not have been fully blind before',
  5: '写成后在 50dc768 上首次评分（88.8%，每百句陷阱误报 2.1，改正文误报 10）；2026-12-05 第五轮与第 4 集一起全部用于调整（见第 4 集）；b5-tp-04（标题中间的冒号）与规则目录不符，已删去 / used fully with set 4 in the fifth session of 2026-12-05; b5-tp-04 removed (the guide allows a colon inside a title)',
  6: '写成后在 6f138e6 上、第五轮规则改动合并之前首次评分（自然变体召回 88.7%，每百句陷阱误报 2.5，改正文误报 7），第五轮之后（e7858bd）为 90.2%、2.5、6；2026-12-05 第六轮起与第 7 集一起全部用于调整：其漏报和误报按类交给 typo、措辞与标点、内容与形式三组（各组先写留出集 h-b67-*），由第 8、9 集衡量 / used fully from the sixth session of 2026-12-05 with set 7 (classes of its misses and false alarms, held-out sets h-b67-* written first); first scored 88.7% / 2.5 / 7 on 6f138e6, 90.2% / 2.5 / 6 on e7858bd; sets 8 and 9 measure the result',
  7: '写成后在 90db6ef 上（第五轮全部改动之后）首次评分（自然变体召回 86.6%，每百句陷阱误报 4.3，改正文误报 23）；团队词表用例的配置按 README 改成 {wrong, right} 写法（作者写成了 {word, use}）；2026-12-05 第六轮起与第 6 集一起全部用于调整（见第 6 集） / used fully with set 6 from the sixth session of 2026-12-05; first scored 86.6% / 4.3 / 23 on 90db6ef; its team-terms configs were rewritten to the README\'s {wrong, right} form',
  8: '写成后在 58783d6 上、第六轮任何规则改动合并之前首次评分（自然变体召回 80.5%，每百句陷阱误报 34.5，改正文误报 177，几乎全是 typo 把虚构地名读成错字）；领队为查这一系统性误报读过 typo 在本集陷阱句和改正文上标出的字串，并无意中看到三条漏报（b8-typo-02、06、08）；第七轮后（9693594）为 83.5%、23.3、109；2026-12-06 第八轮起与第 9 集一起全部用于调整：其漏报和误报按类交给各组（各组先写留出集 h-b89-*），由第 10 集衡量；b8-seq-01～04 的 flag 改指标题中的“续报”（nth: 1，原先指向前置信息的“类型: 紧急续报”，改正文只改了类型），与第 4 集的 b4-eseq-01/02 同理。同一轮起评分把错别字的两条规则（typo、confusable-words）互认（见 fidelity/README.md“评分”），9693594 上按新评分为 90.1% / used fully from the eighth session (2026-12-06) with set 9 (classes of its misses and false alarms, held-out sets h-b89-* written first; set 10 measures the result); first 80.5% / 34.5 / 177 on 58783d6, 83.5% / 23.3 / 109 on 9693594 (90.1% under the sibling scoring of typo and confusable-words introduced then); b8-seq-01..04 relabelled to flag the title\'s 续报 (nth: 1), as b4-eseq-01/02 were',
  9: '写成后在 5b6e5de 上、第六轮任何规则改动合并之前首次评分（自然变体召回 85.1%，每百句陷阱误报 6.5，改正文误报 22）；第七轮每次合并后看过它的总数（不是清单），并据此撤回了一项改动（typo 的“写了两次”须连同邻字重复）；第七轮后（9693594）为 86.5%、3.6、17（按错别字两规则互认的新评分为 90.1%）；2026-12-06 第八轮起与第 8 集一起全部用于调整（见第 8 集） / used fully with set 8 from the eighth session (2026-12-06); first 85.1% / 6.5 / 22 on 5b6e5de, 86.5% / 3.6 / 17 on 9693594 (90.1% under the sibling scoring)',
  10: '第九轮（2026-12-06）开始时在 7b54142（第三轮重新并入后）上为 93.8%、4.4、20，随即全部用于调整：其漏报和误报按类交给各组（各组先写留出集 h-b10-*），由第 11 集衡量；本轮合并之后（26ad28f）为 98.9%、0.4、3；此前：未用于调整：第八轮（2026-12-06）开始时由两个助手写成（各写一半：blind10-a、blind10-b），他们只读了规则目录和 README 的稿件格式、配置和规则表，没有运行工具；写成后在 8d2e6a7（规则同 9693594）上、本轮任何规则改动合并之前首次评分：自然变体召回 92.9%，每百句陷阱误报 5.1，改正文误报 22；本轮合并后领队两次看到它的总数（第一次是误打印），没有据此做任何决定；第二波的两个助手运行 eval 时无意中看到过它各规则的行（当时 eval 在终端打印每个盲测集的规则表；此后仍是盲测的集合只打印一行总数），都说没有据此改动；第一波之后（9dbb812）为 93.8%、4.7、20，本轮结束时（236c77e）为 93.8%、4.4、20 / used fully from the ninth session (2026-12-06): 93.8% / 4.4 / 20 on 7b54142 (the third round re-applied), then its misses and false alarms went by class to groups that wrote held-out sets h-b10-* first; set 11 measures the result; 98.9% / 0.4 / 3 after the session\'s merges (26ad28f). Before: not used: written at the start of the eighth session (2026-12-06) by two helpers who read only the style guide and the README\'s format, config and rule-table sections and did not run the tool; first scored on 8d2e6a7 (the rules of 9693594), before this session\'s rule changes: 92.9% / 5.1 / 22; the lead saw its totals twice after merges (once by an accidental print) and decided nothing by them; 93.8% / 4.7 / 20 after the first wave (9dbb812), 93.8% / 4.4 / 20 at the end of the session (236c77e); two helpers of the second wave saw its per-rule rows by accident in eval\'s terminal output (eval printed every blind set\'s table; a set still blind now prints one summary line) and say they changed nothing by them',
  11: '第十轮（2026-12-06）开始时在 1454964 上为 95.5%、3.5、13（此前只看过总数），随即全部用于调整：其漏报和误报按类交给各组（各组先写留出集 h-b11-*），由第 12 集衡量；此前：未用于调整：第八轮（2026-12-06）结束时由两个助手写成（blind11-a、blind11-b），他们只读了规则目录和 README 的稿件格式、配置和规则表，没有运行工具；写成后在 578df20 上首次评分（只看了总数）：自然变体召回 95.1%，每百句陷阱误报 4.9，改正文误报 14；第九轮用第 10 集调整之后（26ad28f，仍只看总数）为 95.5%、3.5、13 / used fully from the tenth session (2026-12-06): 95.5% / 3.5 / 13 on 1454964 (totals only until then), then its misses and false alarms went by class to groups that wrote held-out sets h-b11-* first; set 12 measures the result. Before: not used: written at the end of the eighth session (2026-12-06) by two helpers who read only the style guide and the README\'s format, config and rule-table sections and did not run the tool; first scored on 578df20 (totals only): 95.1% / 4.9 / 14; after the ninth session\'s tuning on set 10 (26ad28f, totals only): 95.5% / 3.5 / 13',
  12: '第十轮（2026-12-06）第一波合并之后（c6848e6）为 95.2%、1.8、14（用第 11 集调整只使它的召回升了 0.2 点），随即全部用于第二波调整：其漏报和误报按类交给各组（各组先写留出集 h-b12-*），由第 13 集衡量；此前：未用于调整：第九轮（2026-12-06）中途由两个助手写成（blind12-a、blind12-b），他们只读了规则目录和 README 的稿件格式、配置和规则表，没有运行工具；第十轮开始时在 1454964 上首次评分（只看了总数）：自然变体召回 95.0%，每百句陷阱误报 1.8，改正文误报 14；本轮两个助手无意中看到过它的几行：h-b11-content 误用 --list-blind 看到 vague-suggestion 的两行（一条改正文误报、一条漏报），据那条误报给自己的改动加了一个限制（提交说明写明，本集 vague-suggestion 的结果应看作部分已见）；h-b11-wording 的一次 grep 看到几条用例的 class 行（如“燃气泄露（应为泄漏）”“以至/以致”），没有看句子，这些类本在其任务中 / used fully from the second wave of the tenth session (2026-12-06): 95.2% / 1.8 / 14 after the first wave\'s merges (c6848e6; tuning on set 11 raised its recall by only 0.2 points), then its misses and false alarms went by class to groups that wrote held-out sets h-b12-* first; set 13 measures the result. Before: not used: written during the ninth session (2026-12-06) by two helpers who read only the style guide and the README\'s format, config and rule-table sections and did not run the tool; first scored at the start of the tenth session on 1454964 (totals only): 95.0% / 1.8 / 14; two helpers of the tenth session saw a few of its lines by accident: h-b11-content two vague-suggestion lines (--list-blind: one corrected-text alarm, one miss) and added a guard to its change after the alarm (said in its commit), so treat set 12\'s vague-suggestion result as partly seen; h-b11-wording a few class lines from a grep (燃气泄露, 以至/以致), no sentences, classes already in its brief',
  13: '第十一轮（2026-12-06）开始时在 8dc2582 上为 92.5%、4.5、29，随即全部用于本轮调整：其漏报和误报按类交给各组（各组先写留出集 h-b13-*），由第 14 集衡量；此前：写成：第十轮（2026-12-06）开始时由两个助手写成（blind13-a、blind13-b），他们只读了规则目录和 README 的稿件格式、配置和规则表，没有运行工具；写成后在 1d3ee4e（规则同 1454964）上、本轮任何规则改动合并之前首次评分（只看了总数）：自然变体召回 92.0%，每百句陷阱误报 5.2，改正文误报 31；第二波的助手 h-b12-content 比较两次构建时从 eval-heldout 的盲测合计行看出它对 vague-source 的改动使本集少命中一条（不知是哪条），因规则文档说明正被核实的传言不是道听途说而保留了改动；此后 eval-heldout 的合计行不再包括仍是盲测的集合 / eleventh session (2026-12-06): 92.5% / 4.5 / 29 on 8dc2582 at its start, then used in full for this session\'s tuning: its misses and false alarms went by class to the groups (each wrote its held-out set h-b13-* first), measured by set 14; before that: written at the start of the tenth session (2026-12-06) by two helpers who read only the style guide and the README\'s format, config and rule-table sections and did not run the tool; first scored on 1d3ee4e (the rules of 1454964), before this session\'s rule changes, totals only: 92.0% / 5.2 / 31; one helper of the second wave (h-b12-content) read off eval-heldout\'s combined blind row, by comparing two builds, that its vague-source change loses one case of this set (not which), and kept the change because the rule\'s doc says a rumour being checked is not hearsay; eval-heldout now leaves still-blind sets out of that row',
  14: '第十一轮（2026-12-06）第一波（用第 13 集调整）合并之后（b19e972）仍为 94.5%、1.9、7（第一波使第 13 集由 92.5%、4.5、29 升到 98.3%、0.3、4，第 14 集召回不变、改正文误报 8 → 7），随即全部用于第二波调整：其漏报和误报按类交给各组（各组先写留出集 h-b14-*），由第 15 集衡量；此前：写成：第十轮（2026-12-06）结束时由两个助手写成（blind14-a、blind14-b），他们只读了规则目录和 README 的稿件格式、配置和规则表，没有运行工具，并被要求逐条对照每条规则复查改正文和陷阱；写成后在 aaf1e12（本轮全部改动之后）上首次评分（只看了总数）：自然变体召回 94.5%，每百句陷阱误报 1.9，改正文误报 8 / eleventh session (2026-12-06): after the first wave (tuned on set 13, which went from 92.5 / 4.5 / 29 to 98.3 / 0.3 / 4) on b19e972 still 94.5% / 1.9 / 7 (recall unchanged, corrected-text alarms 8 → 7), then used in full for the second wave: its misses and false alarms went by class to the groups (each wrote its held-out set h-b14-* first), measured by set 15; before that: written at the end of the tenth session (2026-12-06) by two helpers who read only the style guide and the README\'s format, config and rule-table sections, did not run the tool and were asked to re-read every corrected text and trap against every rule; first scored on aaf1e12 (after all of this session\'s changes), totals only: 94.5% / 1.9 / 8',
  15: '第十二轮（2026-12-06）开始时在 fb12b41 上为 97.4%、8.5、30（此前只看过总数），随即全部用于本轮调整：其漏报和误报按类交给各组（各组先写留出集 h-b15-*），由第 16 集衡量；此前：写成：第十一轮（2026-12-06）开始时由两个助手写成（blind15-a：山区县；blind15-b：地级市的区和开发区），他们只读了规则目录和 README 的稿件格式、配置和规则表，没有运行工具，并被要求逐条对照每条规则复查改正文和陷阱；写成后在 8ba437c（规则同 8dc2582）上、本轮任何规则改动合并之前首次评分（只看了总数）：自然变体召回 97.6%，每百句陷阱误报 10.3，改正文误报 33；是本轮两波调整的衡量：第一波之后 97.4%、8.5、30，第二波之后不变（只看了总数） / twelfth session (2026-12-06): 97.4% / 8.5 / 30 on fb12b41 at its start (totals only until then), then used in full for this session\'s tuning: its misses and false alarms went by class to the groups (each wrote its held-out set h-b15-* first), measured by set 16; before that: written at the start of the eleventh session (2026-12-06) by two helpers (blind15-a: a mountain county; blind15-b: a prefecture city\'s districts and development zone) who read only the style guide and the README\'s format, config and rule-table sections, did not run the tool, and were asked to re-check every corrected text and trap against every rule; first scored on 8ba437c (the rules of 8dc2582), before this session\'s rule changes, totals only: 97.6% / 10.3 / 33; the measure of both waves of this session: 97.4 / 8.5 / 30 after the first, unchanged after the second (totals only)',
  16: '第十二轮（2026-12-06）第一波（用第 15 集调整）合并之后（38fd96f）仍为 95.6%、3.2、15（不变；第一波使第 15 集的 typo 误报由 44 条降为 0），随即全部用于第二波调整：其漏报和误报按类交给各组（各组先写留出集 h-b16-*），由第 17 集衡量；此前：写成：第十一轮（2026-12-06）第二波开始后由两个助手写成（blind16-a：河湖平原县；blind16-b：市政府各部门），他们只读了规则目录和 README 的稿件格式、配置和规则表，没有运行工具，并被要求逐条对照每条规则复查改正文和陷阱；写成后在 1c4ee1c（第一波合并之后、第二波合并之前）上首次评分（只看了总数）：自然变体召回 95.6%，每百句陷阱误报 3.2，改正文误报 15 / twelfth session (2026-12-06): after the first wave (tuned on set 15) on 38fd96f still 95.6% / 3.2 / 15 (unchanged), then used in full for the second wave: its misses and false alarms went by class to the groups (each wrote its held-out set h-b16-* first), measured by set 17; before that: written during the eleventh session\'s second wave (2026-12-06) by two helpers (blind16-a: a river-plain county; blind16-b: a city government\'s departments) who read only the style guide and the README\'s format, config and rule-table sections, did not run the tool, and were asked to re-check every corrected text and trap against every rule; first scored on 1c4ee1c (after the first wave, before the second wave\'s merges), totals only: 95.6% / 3.2 / 15',
  17: '第十五轮（2026-12-06）开始时在 f396fa0 上为 95.2%、2.7、9（此前只看过总数），随即全部用于本轮调整：其漏报和误报按类交给各组（各组先写留出集 h-b17-*），由第 18、19、20 集衡量；本轮合并和审阅修补之后（be4ca51）为 97.5%、1.2、2，第 18、19、20 集的总数都没有动；此前：写成：第十二轮（2026-12-06）开始时由两个助手写成（blind17-a：沿海县及其乡镇；blind17-b：市委各部门、县委和基层党组织），他们只读了规则目录和 README 的稿件格式、配置和规则表，没有运行工具，并被要求逐条对照每条规则复查改正文和陷阱；写成后在 6b7d26b（规则同 fb12b41）上、本轮任何规则改动合并之前首次评分（只看了总数）：自然变体召回 94.9%，每百句陷阱误报 3.1，改正文误报 9；是本轮第二波的衡量：第一波之后不变，第二波之后 95.4%、3.1、9（只看了总数）；留给下一轮使用 / used fully from the fifteenth session (2026-12-06): 95.2% / 2.7 / 9 on f396fa0 (totals only until then), then its misses and false alarms by class to the groups (held-out sets h-b17-* written first), sets 18, 19 and 20 measure the result; after the merges and the review mends (be4ca51): 97.5% / 1.2 / 2, sets 18, 19 and 20 unchanged; before: written: written at the start of the twelfth session (2026-12-06) by two helpers (blind17-a: a coastal county and its townships; blind17-b: a city\'s Party-committee departments, county Party committees and grassroots Party work) who read only the style guide and the README\'s format, config and rule-table sections, did not run the tool, and were asked to re-check every corrected text and trap against every rule; first scored on 6b7d26b (the rules of fb12b41), before this session\'s rule changes, totals only: 94.9% / 3.1 / 9; the measure of this session\'s second wave: unchanged after the first wave, 95.4 / 3.1 / 9 after the second (totals only); kept for the next session',
  18: '第十八轮（2026-12-07）开始时在 6aaa8d6 上为 95.6%、2.6、11（此前只看过总数），随即全部用于本轮调整：其漏报和误报按类交给各组（各组先写留出集 h-b18-*），由第 19～22 集衡量；此前：写成：第十三轮（2026-12-06）开始时由两个助手写成（blind18-a：西南山区县及其民族乡镇；blind18-b：中部地级市的城区、街道和社区），他们只读了规则目录和 README 的稿件格式、配置和规则表，没有运行工具，并被要求逐条对照每条规则复查改正文和陷阱；写成后在 d5c709b 上、本轮任何规则改动合并之前首次评分（只看了总数）：自然变体召回 95.6%，每百句陷阱误报 3.0，改正文误报 12 / not used: written at the start of the thirteenth session (2026-12-06) by two helpers (blind18-a: a mountainous county in the southwest with its minority townships; blind18-b: an urban district of a prefecture-level city in central China, its street offices and communities) who read only the style guide and the README\'s format, config and rule-table sections and did not run the tool, and were asked to check every corrected text and trap against every rule; first scored on d5c709b before this session\'s rule changes (totals only): 95.6% / 3.0 / 12；第十六轮（2026-12-07）一个调整 de-di-de 的助手用 grep 查“了XX地”时无意中打印了语料中约 110 个这样的片段（不带编号，可能含第 18～22 集的句子），它说所调的类在此之前已定；所以这几集的 de-di-de 读数可能受了影响（第 22 集最可能）；领队在 bench/typo.mjs 排除仍是盲测的集合之前看到过 typo 在第 21、22 集陷阱和改正文上提示的句数（合计，不分集） / sixteenth session: a de-di-de helper printed about 110 corpus fragments of the shape 了XX地 by accident (no ids; sets 18–22 may be among them); its class was chosen before; treat de-di-de on these sets as possibly tainted; the lead saw typo\'s combined sentence counts on sets 21–22 before bench/typo.mjs left still-blind sets out / used fully from the eighteenth session (2026-12-07): 95.6% / 2.6 / 11 on 6aaa8d6 (totals only until then), then its misses and false alarms by class to the groups (held-out sets h-b18-* written first); sets 19–22 measure the result',
  19: '第十九轮（2026-12-07）开始时在 efc63d4 上为 97.2%、2.3、14（此前只看过总数），随即全部用于本轮调整：其漏报和误报按类交给各组（各组先写留出集 h-w19-*），由第 20～24 集衡量；此前：未用于调整：第十四轮（2026-12-06）开始时由两个助手写成（blind19-a：东部沿海渔业县及其乡镇；blind19-b：北方平原产粮县和所在市的部门），他们只读了规则目录和 README 的稿件格式、配置和规则表，没有运行工具，并被要求逐条对照每条规则复查改正文和陷阱；写成后在 446619a（规则同 be7188d）上、本轮任何规则改动合并之前首次评分（只看了总数）：自然变体召回 96.8%，每百句陷阱误报 3.2，改正文误报 15 / not used: written at the start of the fourteenth session (2026-12-06) by two helpers (blind19-a: a coastal fishing county in the east and its townships; blind19-b: a grain county of the northern plain and its city\'s departments) who read only the style guide and the README\'s format, config and rule-table sections and did not run the tool, and were asked to check every corrected text and trap against every rule; first scored on 446619a (the rules of be7188d) before this session\'s rule changes (totals only): 96.8% / 3.2 / 15；第十六轮（2026-12-07）一个调整 de-di-de 的助手用 grep 查“了XX地”时无意中打印了语料中约 110 个这样的片段（不带编号，可能含第 18～22 集的句子），它说所调的类在此之前已定；所以这几集的 de-di-de 读数可能受了影响（第 22 集最可能）；领队在 bench/typo.mjs 排除仍是盲测的集合之前看到过 typo 在第 21、22 集陷阱和改正文上提示的句数（合计，不分集） / sixteenth session: a de-di-de helper printed about 110 corpus fragments of the shape 了XX地 by accident (no ids; sets 18–22 may be among them); its class was chosen before; treat de-di-de on these sets as possibly tainted; the lead saw typo\'s combined sentence counts on sets 21–22 before bench/typo.mjs left still-blind sets out / used fully from the nineteenth session (2026-12-07): 97.2% / 2.3 / 14 on efc63d4 (totals only until then), then its misses and false alarms by class to the groups (held-out sets h-w19-* written first); sets 20–24 measure the result',
  20: '第二十轮（2026-12-07）开始时在 f005392 上为 94.4%、4.3、12（此前只看过总数），随即全部用于本轮调整：其漏报和误报按类交给各组（各组先写留出集 h-w20-*），由第 21～25 集衡量；此前：未用于调整：第十五轮（2026-12-06）开始时由两个助手写成（blind20-a：西北干旱地区农牧业县及其所在市的部门；blind20-b：东部工业强市的经济技术开发区、市级经济部门和开发区的街道社区），他们只读了规则目录和 README 的稿件格式、配置和规则表以及 fidelity/README.md 的用例和陷阱写法，没有运行工具，并被要求逐条对照每条规则复查改正文和陷阱；导入时只改了格式：团队词表用例的配置改成 README 的 {wrong, right} 写法（作者写成了映射），b20a-date-04 的 flag 加引号（YAML 把 11.17 读成数字），紧急信息的类型按产品的名称（紧急首报）书写，语料读取从此认得这一写法；写成后在 5b41898（规则同 f396fa0）上、本轮任何规则改动合并之前首次评分（只看了总数）：自然变体召回 94.3%，每百句陷阱误报 5.1，改正文误报 13；是本轮（用第 17 集调整）的衡量之一 / not used: written at the start of the fifteenth session (2026-12-06) by two helpers (blind20-a: an arid north-western farming and herding county and its city\'s departments; blind20-b: an eastern industrial city\'s economic development zone, its economic departments and the zone\'s streets and communities) who read only the style guide, the README\'s format, config and rule-table sections and fidelity/README.md\'s sections on writing cases and traps, did not run the tool, and were asked to re-check every corrected text and trap against every rule; on import only the format was changed: the team-terms configs to the README\'s {wrong, right} form, b20a-date-04\'s flag quoted (YAML read 11.17 as a number), and the emergency kinds written with the product\'s names (紧急首报), which the corpus loader now reads; first scored on 5b41898 (the rules of f396fa0), before this session\'s rule changes, totals only: 94.3% / 5.1 / 13; one measure of this session\'s wave (tuned on set 17)；第十六轮（2026-12-07）一个调整 de-di-de 的助手用 grep 查“了XX地”时无意中打印了语料中约 110 个这样的片段（不带编号，可能含第 18～22 集的句子），它说所调的类在此之前已定；所以这几集的 de-di-de 读数可能受了影响（第 22 集最可能）；领队在 bench/typo.mjs 排除仍是盲测的集合之前看到过 typo 在第 21、22 集陷阱和改正文上提示的句数（合计，不分集） / sixteenth session: a de-di-de helper printed about 110 corpus fragments of the shape 了XX地 by accident (no ids; sets 18–22 may be among them); its class was chosen before; treat de-di-de on these sets as possibly tainted; the lead saw typo\'s combined sentence counts on sets 21–22 before bench/typo.mjs left still-blind sets out；第二十轮起全部用于调整 / used fully from the twentieth session (2026-12-07): 94.4% / 4.3 / 12 on f005392 (totals only until then), then its misses and false alarms by class to the groups (held-out sets h-w20-* written first); sets 21–25 measure the result',
  21: '第二十二轮（2026-12-07）开始时在 26c7c6d 上为 94.6%、3.6、7（此前只看过总数），随即全部用于本轮调整：其漏报和误报按类交给各组（各组先写留出集 h-w22-*），由第 22～25、27、28 集衡量 / used fully from the twenty-second session (2026-12-07): 94.6% / 3.6 / 7 on 26c7c6d (totals only until then), its misses and false alarms by class to the groups (held-out sets h-w22-* written first); sets 22–25, 27 and 28 measure the result；此前 before：第十六轮（2026-12-07）开始时由两个助手写成（blind21-a：西南山区民族自治县及其乡镇；blind21-b：中部省会城市的中心城区、街道和社区），他们只读了规则目录、README 的稿件格式、配置和规则表以及 fidelity/README.md 的用例和陷阱写法，没有运行工具；本集偏重陷阱（每半约 270 句，一半是容易误报的写法，一半是普通的正确句子）；导入时只改了格式（团队用语配置改为 README 的 {wrong, right}） / not used: written at the start of the sixteenth session (2026-12-07) by two helpers who read only the style guide, the README\'s format, config and rule-table sections and fidelity/README.md\'s sections on writing cases and traps, and did not run the tool; weighted to traps (about 270 per half: half text a careless tool might flag, half ordinary correct sentences); import changed format only (team-terms configs)；第十六轮（2026-12-07）一个调整 de-di-de 的助手用 grep 查“了XX地”时无意中打印了语料中约 110 个这样的片段（不带编号，可能含第 18～22 集的句子），它说所调的类在此之前已定；所以这几集的 de-di-de 读数可能受了影响（第 22 集最可能）；领队在 bench/typo.mjs 排除仍是盲测的集合之前看到过 typo 在第 21、22 集陷阱和改正文上提示的句数（合计，不分集） / sixteenth session: a de-di-de helper printed about 110 corpus fragments of the shape 了XX地 by accident (no ids; sets 18–22 may be among them); its class was chosen before; treat de-di-de on these sets as possibly tainted; the lead saw typo\'s combined sentence counts on sets 21–22 before bench/typo.mjs left still-blind sets out',
  22: '第二十三轮（2026-12-07）开始时在 b0a8c7ec 上为 92.9%、3.4（19 条）、2（此前只看过总数），随即与第 29 集一起全部用于本轮调整：其漏报和误报按类交给各组（各组先写留出集 h-w23-*），由第 23、25、27、28、30 集衡量；此前：未用于调整：第十六轮（2026-12-07）开始时由两个助手写成（blind22-a：东北老工业基地地级市及其区县；blind22-b：黄河下游平原农业大县及其乡镇），写法与第 21 集相同 / used fully from the twenty-third session (2026-12-07) with set 29: 92.9% / 3.4 (19) / 2 on b0a8c7ec (totals only until then), its misses and false alarms by class to the groups (held-out sets h-w23-* written first); sets 23, 25, 27, 28 and 30 measure the result; before: not used: written at the start of the sixteenth session (2026-12-07) as set 21 was (blind22-a: a north-eastern old industrial prefecture city; blind22-b: a lower Yellow River farming county)；第十六轮（2026-12-07）一个调整 de-di-de 的助手用 grep 查“了XX地”时无意中打印了语料中约 110 个这样的片段（不带编号，可能含第 18～22 集的句子），它说所调的类在此之前已定；所以这几集的 de-di-de 读数可能受了影响（第 22 集最可能）；领队在 bench/typo.mjs 排除仍是盲测的集合之前看到过 typo 在第 21、22 集陷阱和改正文上提示的句数（合计，不分集） / sixteenth session: a de-di-de helper printed about 110 corpus fragments of the shape 了XX地 by accident (no ids; sets 18–22 may be among them); its class was chosen before; treat de-di-de on these sets as possibly tainted; the lead saw typo\'s combined sentence counts on sets 21–22 before bench/typo.mjs left still-blind sets out',
  23: { text: '未用于调整：第十八轮（2026-12-07）开始时由两个助手写成（blind23-a：南方丘陵县，茶叶、竹业和乡村旅游，及其乡镇；blind23-b：中东部地级市的市直部门——纪委监委、组织部、宣传部、应急管理局、住建、教育、卫健——和各区县向它们的报送），他们只读了规则目录、README 的稿件格式、配置和规则表以及 fidelity/README.md 的用例和陷阱写法，没有运行工具；本集偏重陷阱（两半合计 298 条用例、550 条陷阱）；导入时只改了格式（团队用语配置改为 README 的 {wrong, right}）；第二十三轮的助手 h-w23-tfa 把一项检查（县名后企业名的读法）逐项关掉、比较本集的漏报数（只看总数，没有列出或打开本集的句子），因本集少命中一条而撤去该检查 / not used: written at the start of the eighteenth session (2026-12-07) by two helpers (blind23-a: a southern hill county of tea, bamboo and rural tourism; blind23-b: a prefecture city\'s municipal departments — discipline commission, organisation and publicity departments, emergency management, housing, education, health — and the districts\' reports to them) who read only the style guide, the README\'s format, config and rule-table sections and fidelity/README.md\'s sections on writing cases and traps, and did not run the tool; weighted to traps (298 cases, 550 traps in all); import changed format only (team-terms configs); in the twenty-third session the helper h-w23-tfa switched its checks off one by one and compared this set\'s miss count (totals only, no item listed or opened), and dropped a check (a firm\'s name after its county) that cost this set one hit' },
  24: '第二十二轮（2026-12-07）第一波（用第 21 集调整）合并之后（ec8efd6）为 95.2%、6.7、17（此前只看过总数；第一波使其陷阱误报由 39 条降为 37 条），随即全部用于第二波调整：其漏报和误报按类交给各组（各组先写留出集 h-w22b-*），由第 22、23、25、27、28、29 集衡量 / used fully from the second wave of the twenty-second session (2026-12-07): 95.2% / 6.7 / 17 on ec8efd6 after the first wave (totals only until then; the first wave took its trap alarms from 39 to 37), its misses and false alarms by class to the groups (held-out sets h-w22b-* written first); sets 22, 23, 25, 27, 28 and 29 measure the result；此前 before：第十九轮（2026-12-07）开始时由两个助手写成（blind24-a：西南风景名胜县及其景区管委会——节假日客流、索道和游船安全、古镇消防、旅游投诉、民宿、溶洞和漂流安全；blind24-b：县委政法委视角下的县域政法工作——公安、法院、检察院、司法局、信访局、司法所：矛盾纠纷化解、反电诈、社区矫正、法律援助、信访、校园和医院安保、道路交通安全），他们只读了规则目录、README 的稿件格式、配置和规则表以及 fidelity/README.md 的用例和陷阱写法，没有运行工具；本集偏重陷阱（两半合计 295 条用例、554 条陷阱）；导入时只改了格式（团队用语配置改为 README 的 {wrong, right}） / not used: written at the start of the nineteenth session (2026-12-07) by two helpers (blind24-a: a scenic county in the south-west and its scenic-area management committee — holiday crowds, ropeway and boat safety, ancient-town fire safety, tourist complaints, homestays, cave and rafting safety; blind24-b: a county\'s political-legal system seen by the Party committee\'s political-legal commission — police, court, procuratorate, justice bureau, petition bureau, township judicial offices) who read only the style guide, the README\'s format, config and rule-table sections and fidelity/README.md\'s sections on writing cases and traps, and did not run the tool; weighted to traps (295 cases, 554 traps in all); import changed format only (team-terms configs)',
  25: { text: '未用于调整：第二十轮（2026-12-07）开始时由两个助手写成（blind25-a：北方产煤和集中供热县——应急管理局、能源局、人社局：煤矿安全检查和隐患整改、冬季供热和管网爆裂、燃气和瓶装液化气安全、一氧化碳中毒预防、暴雪和道路结冰、农民工工资拖欠、矿井透水演练；blind25-b：中部县的教育和卫生健康系统——学校食堂食品安全、校车和校园安全、防溺水、中高考安保、教师交流轮岗、医共体、家庭医生签约、预防接种和传染病报告、医保基金监管），他们只读了规则目录、README 的稿件格式、配置和规则表以及 fidelity/README.md 的用例和陷阱写法，没有运行工具；本集偏重陷阱（两半合计 282 条用例、531 条陷阱）；导入时只改了格式（团队用语配置改为 README 的 {wrong, right}）；写成后在 6bf2482（规则同 f005392）上、本轮任何规则改动合并之前首次评分（只看了总数）：自然变体召回 90.8%，每百句陷阱误报 3.0，改正文误报 7 / not used: written at the start of the twentieth session (2026-12-07) by two helpers (blind25-a: a northern coal-and-heating county — emergency management, energy and human-resources bureaus: coal-mine inspections, winter heating and pipe bursts, gas and bottled LPG safety, carbon monoxide, snowstorms and icy roads, migrant workers\' wage arrears, a mine water-inrush drill; blind25-b: a central county\'s education and health system — school canteens, school buses and campus safety, drowning prevention, exam security, teacher rotation, the county medical alliance, family doctors, vaccination and infectious-disease reporting, medical-insurance fund supervision) who read only the style guide, the README\'s format, config and rule-table sections and fidelity/README.md\'s sections on writing cases and traps, and did not run the tool; weighted to traps (282 cases, 531 traps in all); import changed format only (team-terms configs); first scored on 6bf2482 (the rules of f005392), before this session\'s rule changes, totals only: 90.8% / 3.0 / 7' },
  26: '第二十一轮（2026-12-07）开始时在 4fa426c 上首次评分后随即全部用于本轮调整：其漏报和误报按类交给各组（各组先写留出集 h-w21-*），由第 21～25 集衡量；此前：第二十轮（2026-12-07）结束时由两个助手写成（blind26-a：长江沿岸港口城市——港航、水上交通安全、港口物流园、海关和保税仓库、危险货物码头、渡口和大雾封航、采砂船、汛期、长江十年禁渔和退捕渔民安置、货船碰撞溢油和渡船因雾滞航的紧急信息；blind26-b：南方县的市场监督管理局——农村集体聚餐和校园周边食品安全、药店和医疗器械、电梯锅炉气瓶等特种设备、市场价格和计量检查、12315 投诉、假冒商品和商标案件、登记注册和许可、直播带货、电梯困人和聚餐食物中毒的紧急信息），他们只读了规则目录、README 的稿件格式、配置和规则表以及 fidelity/README.md 的用例和陷阱写法，没有运行工具；两人各自用自己的小脚本生成 YAML；本集偏重陷阱（两半合计 390 条用例、516 条陷阱）；第二十一轮（2026-12-07）开始时导入，只改了格式（团队用语配置改为 README 的 {wrong, right}）；导入后在 4fa426c 上、本轮任何规则改动合并之前首次评分（只看了总数）：自然变体召回 90.5%，每百句陷阱误报 14.0，改正文误报 54（按半：a 23.8/100（62）、改正文 53；b 3.9/100（10）、改正文 1，因 a 半远高于其他各集而分半看了总数） / not used: written at the end of the twentieth session (2026-12-07) by two helpers (blind26-a: a Yangtze river-port city — port and shipping administration, water transport safety, the port logistics park, customs and bonded warehouses, dangerous-goods berths, ferries and fog closures, sand-mining ships, the flood season, the ten-year fishing ban and fishermen\'s resettlement, emergency reports of a collision with an oil spill and a ferry stranded in fog; blind26-b: a southern county\'s market supervision bureau — rural banquets and food around schools, pharmacies and medical devices, lifts, boilers and gas cylinders, price and weights-and-measures checks, 12315 complaints, fake goods and trademarks, registration and licences, livestream sales, emergency reports of a lift trapping residents and a banquet food poisoning) who read only the style guide, the README\'s format, config and rule-table sections and fidelity/README.md\'s sections on writing cases and traps, and did not run the tool; each built the YAML with small scripts of their own; weighted to traps (390 cases, 516 traps in all); imported at the start of the twenty-first session, format only (team-terms configs); first scored on 4fa426c before this session\'s rule changes, totals only: 90.5% / 14.0 / 54 (by half, looked at because half a was far above every other set: a 23.8 per 100 (62), 53 on corrected texts; b 3.9 (10), 1)；used fully from the twenty-first session (2026-12-07) right after its first score, its misses and false alarms by class to the groups (held-out sets h-w21-* written first); sets 21–25 measure the result',
  27: { text: '未用于调整：第二十一轮（2026-12-07）开始时由两个助手写成（blind27-a：西部山区地级市的自然资源和规划局、林业局——地质灾害隐患点和搬迁避让、滑坡监测、耕地保护和违法用地、矿山修复、林长制、森林草原防火、国土空间规划、不动产登记、滑坡掩埋道路和森林火灾的紧急信息；blind27-b：东部城市的住房和城乡建设局、城市管理局——老旧小区改造、燃气管道更新、塔吊和深基坑等施工安全、物业纠纷、汛期城市内涝、违法建设、垃圾分类、流动摊贩、塔吊倒塌和居民楼燃气爆炸的紧急信息），他们只读了规则目录、README 的稿件格式、配置和规则表以及 fidelity/README.md 的用例和陷阱写法，没有运行工具，并被要求逐字复读改正文和陷阱找自己的笔误；本集偏重陷阱（两半合计 311 条用例、416 条陷阱）；导入时只改了格式（团队用语配置改为 README 的 {wrong, right}）；写成后在 4fa426c 的规则上、本轮任何规则改动合并之前首次评分（只看了总数）：自然变体召回 93.6%，每百句陷阱误报 3.6，改正文误报 3 / not used: written at the start of the twenty-first session (2026-12-07) by two helpers (blind27-a: a western mountain prefecture city\'s natural resources and planning bureau and forestry bureau — geological hazard points and relocation, landslide monitoring, farmland protection and illegal land use, mine restoration, the forest-chief system, forest and grassland fire prevention, spatial planning, real-estate registration, emergency reports of a landslide burying a road and a forest fire; blind27-b: an eastern city\'s housing and urban-rural development bureau and urban management bureau — old compound renovation, gas pipe replacement, tower cranes and deep pits, property disputes, urban waterlogging, illegal buildings, waste sorting, street vendors, emergency reports of a tower crane collapse and a gas explosion) who read only the style guide, the README\'s format, config and rule-table sections and fidelity/README.md\'s sections on writing cases and traps, did not run the tool, and were asked to re-read every corrected text and trap for slips of their own; weighted to traps (311 cases, 416 traps in all); import changed format only (team-terms configs); first scored on the rules of 4fa426c before this session\'s rule changes, totals only: 93.6% / 3.6 / 3' },
  28: { text: '未用于调整：第二十一轮（2026-12-07）结束时由两个助手写成（blind28-a：东北黑土地产粮县的农业农村局、粮食和物资储备局——黑土地保护、秸秆还田与禁烧、高标准农田、农机与春播、粮食收储、低温早霜、农村公路与饮水，暴雪压塌大棚和粮库火情的紧急信息；blind28-b：中部地级市的民政局和人力资源和社会保障局——养老服务、低保与临时救助、残疾人补贴、就业创业、农民工欠薪、社保卡与养老金、技能培训、养老机构突发事件），他们只读了规则目录、README 的稿件格式、配置和规则表以及 fidelity/README.md 的用例和陷阱写法，没有运行工具；本集偏重陷阱（两半合计 295 条用例、491 条陷阱）；第二十二轮开始时导入，只改了格式（团队用语配置改为 README 的 {wrong, right}；a 半写成 {word, preferred} 的列表，按此改写）；写成后在 f6aa1fa 的规则上、任何新的规则改动之前首次评分（只看了总数）：自然变体召回 92.4%，每百句陷阱误报 2.6，改正文误报 2 / not used: written at the end of the twenty-first session (2026-12-07) by two helpers (blind28-a: a north-eastern black-soil grain county\'s agriculture and grain-reserve bureaus — black-soil protection, straw return and burning bans, high-standard farmland, machinery and spring sowing, grain purchase and storage, early frost, rural roads and drinking water, emergency reports of greenhouses crushed by snow and a granary fire; blind28-b: a central prefecture city\'s civil affairs and human-resources bureaus — elderly care, subsistence allowances and temporary relief, disability allowances, jobs and start-ups, migrant workers\' wage arrears, social security cards and pensions, skills training, an emergency in a care home) who read only the style guide, the README\'s format, config and rule-table sections and fidelity/README.md\'s sections on writing cases and traps, and did not run the tool; weighted to traps (295 cases, 491 traps in all); imported at the start of the twenty-second session, format only (team-terms configs; half a wrote a list of {word, preferred}, rewritten to {wrong, right}); first scored on the rules of f6aa1fa before any further rule change, totals only: 92.4% / 2.6 / 2' },
  29: '第二十三轮（2026-12-07）开始时在 b0a8c7ec 上为 93.2%、2.7（15 条）、10（此前只看过总数），随即与第 22 集一起全部用于本轮调整（见第 22 集）；此前：未用于调整：第二十二轮（2026-12-07）开始时由两个助手写成（blind29-a：丘陵县的水利局和气象局——水库安全度汛、河长制、山洪预警、抗旱和农村饮水、灌区和小水电、气象预警和雨量记录、河道采砂和非法捕捞巡查，山洪围困村庄和水库大坝渗漏险情的紧急信息；blind29-b：地级市的发展和改革委员会、统计局和商务局——季度经济数据、重点项目和投资进度、消费券、外贸、招商引资、猪肉和蔬菜价格监测、能源保供，数字密集；重点项目工地火灾和购物节场所拥挤踩踏的紧急信息），他们只读了规则目录、README 的稿件格式、配置和规则表以及 fidelity/README.md 的用例和陷阱写法，没有运行工具；本集偏重陷阱（两半合计 310 条用例、565 条陷阱）；原样导入，没有改动（团队用语配置写成键值对象，配置读取从 856753b 起认得这种简写）；写成后在 856753b（规则同 3fa3dc2）上、本轮任何规则改动合并之前首次评分（只看了总数）：自然变体召回 93.2%，每百句陷阱误报 2.8，改正文误报 10 / used fully from the twenty-third session (2026-12-07) with set 22 (see set 22): 93.2% / 2.7 (15) / 10 on b0a8c7ec (totals only until then); before: not used: written at the start of the twenty-second session (2026-12-07) by two helpers (blind29-a: a hilly county\'s water resources and meteorological bureaus — reservoir safety in the flood season, the river-chief system, mountain-torrent warnings, drought relief and rural drinking water, irrigation and small hydropower, weather warnings and rainfall records, sand-mining and illegal fishing patrols, emergency reports of a torrent cutting off a village and dam seepage; blind29-b: a prefecture city\'s development and reform commission, statistics bureau and commerce bureau — quarterly figures, key projects, vouchers, foreign trade, investment promotion, price monitoring, energy supply, dense in numbers; emergency reports of a construction-site fire and a crowd crush) who read only the style guide, the README\'s format, config and rule-table sections and fidelity/README.md\'s sections on writing cases and traps, and did not run the tool; weighted to traps (310 cases, 565 traps in all); imported unchanged (team-terms configs written as mappings, which the config reader takes from 856753b); first scored on 856753b (the rules of 3fa3dc2) before this session\'s rule changes, totals only: 93.2% / 2.8 / 10',
  30: '第二十三轮（2026-12-07）第一波（用第 22、29 集调整）合并之后（0947cb0c）仍为 94.3%、2.8（17 条）、8（此前只看过总数；第一波没有改变它的总数），随即全部用于第二波调整：其漏报和误报按类交给各组（各组先写留出集 h-w23b-*），由第 23、25、27、28、31 集衡量；此前：未用于调整：第二十三轮（2026-12-07）开始时由两个助手写成（blind30-a：山区县的交通运输局和公安局交警大队——农村公路和四好农村路、桥梁安全检查、客运班线和校车、超限超载治理、冰雪和塌方路段、网约车和出租车、公路建设投资、交通事故统计、酒驾整治，客车在结冰路面侧滑翻出和农村桥梁垮塌的紧急信息；blind30-b：地级市的生态环境局和工业和信息化局——空气质量和优良天数、河流断面水质、中央生态环境保护督察整改、危险废物、污水处理厂、噪声投诉、规模以上工业、专精特新企业、工业增加值和用电量，数字密集；化工厂泄漏污染河道致死鱼和工厂粉尘爆炸的紧急信息），他们只读了规则目录、README 的稿件格式、配置和规则表以及 fidelity/README.md 的用例和陷阱写法，没有运行工具，并被要求逐字复读改正文和陷阱；本集偏重陷阱（两半合计 362 条用例、604 条陷阱）；原样导入；写成后在 2ec8e1c8（规则同 b0a8c7ec，另加落款清单的合并）上、本轮任何规则改动合并之前首次评分（只看了总数）：自然变体召回 94.3%，每百句陷阱误报 2.8（17 条），改正文误报 8 / used fully from the second wave of the twenty-third session (2026-12-07): still 94.3% / 2.8 (17) / 8 on 0947cb0c after the first wave (tuned on sets 22 and 29; totals only until then), its misses and false alarms by class to the groups (held-out sets h-w23b-* written first); sets 23, 25, 27, 28 and 31 measure the result; before: not used: written at the start of the twenty-third session (2026-12-07) by two helpers (blind30-a: a mountain county\'s transport bureau and traffic police — rural roads, bridge inspections, buses and school buses, overloading, ice and landslides, ride-hailing and taxis, road investment, accident figures, drunk driving, emergency reports of a bus sliding off an icy road and a collapsed rural bridge; blind30-b: a prefecture city\'s ecology and environment bureau and industry and information technology bureau — air quality, river sections, inspection rectification, hazardous waste, sewage plants, noise complaints, industry above designated size, specialised SMEs, output and power figures, dense in numbers; emergency reports of a chemical leak killing fish in a river and a dust explosion) who read only the style guide, the README\'s format, config and rule-table sections and fidelity/README.md\'s sections on writing cases and traps, did not run the tool, and were asked to re-read every corrected text and trap; weighted to traps (362 cases, 604 traps in all); imported unchanged; first scored on 2ec8e1c8 (the rules of b0a8c7ec plus the sign-off inventory), before this session\'s rule changes, totals only: 94.3% / 2.8 (17) / 8',
  31: { text: '未用于调整：第二十三轮（2026-12-07）中途由两个助手写成（blind31-a：县消防救援大队和应急管理局——高层建筑和九小场所消防检查、电动自行车楼道充电、农村住房、森林防火、危化品商店、学校医院消防演练、乡镇志愿消防站、火灾统计和 119 接警，居民楼火灾伤亡和仓库火灾的紧急信息；blind31-b：地级市的财政局、审计局和地方金融管理局——预算执行、专项债券、转移支付、政府采购、审计发现和整改、资金挪用、防范非法集资、普惠贷款、农业保险、税收数字，数字密集；投资公司爆雷后群众聚集的紧急信息），他们只读了规则目录、README 的稿件格式、配置和规则表以及 fidelity/README.md 的用例和陷阱写法，没有运行工具；但 a 半的作者为看紧急信息的整篇写法瞥过 /work/notes/set30.txt（工具在第 30 集上的漏报和误报清单）和一份助手任务说明，其选材（泄露、检察、起用、渡过……）可能因此偏向工具已知的弱项；本集偏重陷阱（两半合计 370 条用例、628 条陷阱）；原样导入；写成后在 0960ef10（第一波和审阅修补之后、第二波合并之前）上首次评分（只看了总数）：自然变体召回 94.1%，每百句陷阱误报 1.6（10 条），改正文误报 4 / not used: written during the twenty-third session (2026-12-07) by two helpers (blind31-a: a county fire and rescue brigade and emergency management bureau — high-rise and small-venue fire checks, e-bikes charged in corridors, rural houses, forest fires, hazardous-chemicals shops, drills, town volunteer fire stations, fire figures and the 119 centre, emergency reports of a residential fire with casualties and a warehouse fire; blind31-b: a prefecture city\'s finance bureau, audit bureau and local financial regulator — budget execution, special bonds, transfers, procurement, audit findings and rectification, misused funds, illegal fund-raising, inclusive loans, farm insurance, tax figures, dense in numbers; an emergency report of a crowd at a collapsed investment firm) who read only the style guide, the README\'s format, config and rule-table sections and fidelity/README.md\'s sections on writing cases and traps, and did not run the tool; but the writer of half a glanced at /work/notes/set30.txt (the tool\'s misses and false alarms on set 30) and a helper brief to see how emergency drafts were laid out, so its choice of slips (泄露, 检察, 起用, 渡过 …) may lean to the tool\'s known weak spots; weighted to traps (370 cases, 628 traps in all); imported unchanged; first scored on 0960ef10 (after the first wave and the review mends, before the second wave\'s merges), totals only: 94.1% / 1.6 (10) / 4' },
};

/**
 * Whether blind set n is still unused (nobody has tuned rules by it): then only its summary line is printed (here and
 * by scripts/eval.mjs), not its rules' rows, weakest rules or lists, so nobody reads which rules it finds weak.
 */
export function stillBlind(n) {
  return typeof BLIND_USED[n] !== 'string';
}

/** One blind held-out set in bench/FIDELITY.md: its line, per rule, weakest rules, misses and false alarms. */
function blindSection(blind, label, files = []) {
  const out = [];
  out.push(`### ${label}`);
  out.push('');
  if (files.length) out.push(`- 文件 files: ${files.map((f) => `fidelity/${f}`).join('、')}`);
  const entry = BLIND_USED[Number(/(\d+)\s*$/u.exec(label)?.[1])];
  const used = typeof entry === 'string' ? entry : entry?.text;
  // A set nobody has used yet keeps its misses and false alarms out of this file (anyone tuning rules reads it);
  // `node scripts/eval-heldout.mjs --list-blind` prints them when the set is to be used.
  const listed = typeof entry === 'string';
  out.push(`- 已据本集调整 used to tune: ${used ?? '无（仍是盲测）/ none (still blind)'}`);
  out.push(`- ${blindLine(blind, label)}`);
  out.push(`- 精确率 precision ${pct(blind.totals.precision)}；修复准确 fix accuracy ${pct(blind.totals.fixAccuracy)}（${blind.totals.fixOk}/${blind.totals.fixCases}）`);
  if (!listed) {
    out.push('');
    out.push(`本集仍是盲测：各规则的成绩、最弱的规则、漏报 ${blind.misses.length} 条和误报 ${blind.falseAlarms.length} 条都不在此列出 / the set is still blind: its per-rule figures, weakest rules, ${blind.misses.length} misses and ${blind.falseAlarms.length} false alarms are not shown (\`node scripts/eval-heldout.mjs --list-blind\` when it is to be used).`);
    out.push('');
    return out;
  }
  out.push(`- 最弱的 10 条规则 the 10 weakest rules: ${weakest(blind).map((r) => `${r.rule}（${r.hits}/${r.cases}，误报 ${r.faRight + r.faTrap}）`).join('、')}`);
  out.push('');
  out.push('| 规则 rule | 类别 | 用例 | 命中 | 召回 recall | 自然变体 natural | 误报 改正文/陷阱 | 修复准确 fix | 标在别处 elsewhere | 他规则标出 |');
  out.push('|---|---|---|---|---|---|---|---|---|---|');
  for (const r of blindRows(blind)) {
    out.push(
      `| ${r.rule} | ${CATEGORY_ZH[r.category] ?? r.category} | ${r.cases} | ${r.hits} | ${pct(r.recall)} | ${r.natural ? `${r.naturalHits}/${r.natural}` : '—'} | ${r.faRight}/${r.faTrap} | ${r.fixCases ? `${r.fixOk}/${r.fixCases}` : '—'} | ${r.elsewhere || ''} | ${r.caughtByOther || ''} |`,
    );
  }
  out.push('');
  if (!listed) {
    out.push(`漏报 ${blind.misses.length} 条、误报 ${blind.falseAlarms.length} 条不在此列出：本集仍是盲测 / the ${blind.misses.length} misses and ${blind.falseAlarms.length} false alarms are not listed here while the set is blind (\`node scripts/eval-heldout.mjs --list-blind\`).`);
    out.push('');
    return out;
  }
  out.push(`#### ${label}：漏报 misses`);
  out.push('');
  if (!blind.misses.length) out.push('（无 none）');
  for (const x of blind.misses) {
    const extra = [
      x.class ? `类 ${x.class}` : '',
      x.elsewhere.length ? `本规则标在别处 ${x.elsewhere.join('、')}` : '',
      x.others.length ? `他规则标出 ${x.others.join('、')}` : '',
    ].filter(Boolean);
    out.push(`- \`${x.id}\` [${x.rule}] 应标“${mdEscape(x.flag.replace(/\n/g, '⏎'))}”：${mdEscape(x.context)}${extra.length ? `（${mdEscape(extra.join('；'))}）` : ''}`);
  }
  out.push('');
  out.push(`#### ${label}：误报 false alarms`);
  out.push('');
  if (!blind.falseAlarms.length) out.push('（无 none）');
  for (const x of blind.falseAlarms) {
    out.push(`- \`${x.id}\`（${x.on === 'trap' ? '陷阱句' : '改正后文字'}）[${x.rule}] 标出 ${mdEscape(x.marked)}：${mdEscape(x.context)}${x.note ? ` — ${mdEscape(x.note)}` : ''}`);
  }
  out.push('');
  return out;
}

/**
 * The blind sets as the report takes them: a list of { label, files, result }; a single evaluation result (the older
 * call) is one set under the old name.
 */
function blindList(blinds) {
  if (!blinds) return [];
  if (!Array.isArray(blinds)) return [{ label: '盲测集 blind held-out set', files: [], result: blinds }];
  return blinds;
}

export function markdown(result, injected, meta, blinds) {
  const t = result.totals;
  const sets = blindList(blinds);
  const out = [];
  out.push('# 保真度评测 Fidelity');
  out.push('');
  out.push(
    `由 \`npm run eval\` 生成（scripts/eval.mjs），请勿手工编辑。Generated by \`npm run eval\`; do not edit by hand. ` +
      `语料见 [fidelity/](../fidelity/README.md)。`,
  );
  out.push('');
  out.push(`- 日期 date: ${meta.date}`);
  out.push(`- 提交 commit: \`${meta.commit}\``);
  out.push(`- 引擎 engine: dist/core.js，${meta.ruleCount} 条规则 rules`);
  out.push(`- 语料 corpus: 错误用例 ${t.cases} 条（自然变体 ${t.naturalCases}，词表原形 ${t.textbookCases}），陷阱句 ${t.traps} 条；耗时 ${meta.ms} ms`);
  out.push('');
  out.push('## 总体 Totals');
  out.push('');
  out.push('| 指标 measure | 今天 today | 目标 target | 结果 |');
  out.push('|---|---|---|---|');
  const ok = (b) => (b ? '达标' : '未达标');
  out.push(`| 自然变体召回 recall on natural variants | ${pct(t.naturalRecall)}（${t.naturalHits}/${t.naturalCases}） | ≥ 95% | ${ok(t.naturalRecall >= 0.95)} |`);
  out.push(`| 其中已实现规则 built rules only | ${pct(t.naturalRecallBuilt)}（${t.naturalCasesBuilt} 条） | ≥ 95% | ${ok(t.naturalRecallBuilt >= 0.95)} |`);
  out.push(`| 词表原形召回 recall on textbook forms | ${pct(t.textbookRecall)}（${t.textbookHits}/${t.textbookCases}） | — | — |`);
  out.push(`| 错别字由另一条错别字规则标出 wrong character marked by the sibling rule (typo ↔ confusable-words) | ${t.siblingHits ?? 0} | — | — |`);
  out.push(`| 任一规则标出 flagged by any rule | ${pct(t.cases ? t.caughtByAny / t.cases : 0)}（${t.caughtByAny}/${t.cases}） | — | — |`);
  out.push(`| 陷阱误报 false alarms per 100 trap sentences | ${t.trapAlarmsPer100.toFixed(1)}（${t.trapAlarms} 条，${t.trapsWithAlarm}/${t.traps} 句） | ≤ 1 | ${ok(t.trapAlarmsPer100 <= 1)} |`);
  out.push(`| 改正文误报 false alarms on corrected texts | ${t.rightAlarms} 条（每百条 ${t.rightAlarmsPer100.toFixed(1)}） | 0 | ${ok(t.rightAlarms === 0)} |`);
  out.push(`| 精确率 precision | ${pct(t.precision)} | — | — |`);
  out.push(`| 修复准确 fix gives the intended correction | ${pct(t.fixAccuracy)}（${t.fixOk}/${t.fixCases}） | — | — |`);
  if (injected) {
    out.push(`| 注入错字检出 injected typos found | ${pct(injected.detection)}（${injected.found}/${injected.injected}） | ≥ 80% | ${ok(injected.detection >= 0.8)} |`);
    out.push(`| 原句误报 false flags on clean sentences | ${pct(injected.falseFlagRate)}（${injected.falseFlags.length}/${injected.sentences}） | ≤ 0.5% | ${ok(injected.falseFlagRate <= 0.005)} |`);
  }
  if (sets.length) {
    out.push('');
    for (const b of sets) {
      out.push(`- ${blindLine(b.result, b.label)}。不计入上表和底线，详见下文“盲测集”。Not in the totals above nor in the floors; see “Blind held-out sets” below.`);
    }
  }
  out.push('');
  out.push(
    '说明：召回按规则计，只有预期规则的提示与标注的字串重叠才算命中；计划中的规则（typo、de-di-de、organ-list、paragraph-end）尚未实现的，其用例全部计为漏报。' +
      '误报：陷阱句上的任何提示，以及改正后文字上的任何提示，都记在发出提示的规则名下。精确率 = 命中 ÷（命中 + 误报）。' +
      '修复准确：命中且标注了预期改法的用例中，提示所带的修复（任一备选）得到预期文字的比例。',
  );
  out.push('');
  out.push(
    'Recall is per rule: a hit is a message of the expected rule overlapping the labelled substring. Cases of planned rules that are not built count as missed. ' +
      'A false alarm is any message on a trap sentence or on a corrected text, counted against the rule that raised it. Precision = hits ÷ (hits + false alarms). ' +
      'Fix accuracy: among hits with an intended correction, the share whose fix (any alternative) yields it.',
  );
  out.push('');
  out.push('## 各规则 Per rule');
  out.push('');
  out.push('| 规则 rule | 类别 | 用例 | 命中 | 召回 recall | 自然变体 natural | 精确率 precision | 误报 改正文/陷阱 | 修复准确 fix | 他规则标出 | 备注 |');
  out.push('|---|---|---|---|---|---|---|---|---|---|---|');
  for (const r of ruleRows(result)) {
    out.push(
      `| ${r.rule} | ${CATEGORY_ZH[r.category] ?? r.category} | ${r.cases} | ${r.hits} | ${pct(r.recall)} | ${r.natural ? `${r.naturalHits}/${r.natural}` : '—'} | ${pct(r.precision)} | ${r.faRight}/${r.faTrap} | ${r.fixCases ? `${r.fixOk}/${r.fixCases}` : '—'} | ${r.caughtByOther || ''} | ${note(r)} |`,
    );
  }
  out.push('');
  out.push('“他规则标出”：漏报的用例中，另一条规则的提示落在标注字串上的条数（例如计划中的 typo 用例今天由 confusable-words 标出）。');
  out.push('');
  out.push('## 最弱的 10 条规则 The 10 weakest rules');
  out.push('');
  for (const r of weakest(result)) {
    out.push(`- ${r.rule}：召回 ${pct(r.recall)}（${r.hits}/${r.cases}），误报 ${r.faRight + r.faTrap}${r.planned ? '，尚未实现' : ''}`);
  }
  if (injected) {
    out.push('');
    out.push('## 注入错字 Injected typos');
    out.push('');
    out.push(
      `- 句子来源：种子文本（只取简体、无乱码的句子）和 examples/ 的示例稿件，共 ${injected.sentences} 句；每个副本注入一个错字，每句最多 ${injected.perSentence} 个副本（位置各不相同），共 ${injected.injected} 句。`,
    );
    out.push(`- 混淆集 confusion sets: ${injected.confusionName}`);
    out.push(`- 检测规则 detectors: ${injected.detectors.join('、') || '（无）'}${injected.missingDetectors.length ? `；尚未实现 not built: ${injected.missingDetectors.join('、')}` : ''}`);
    out.push(`- 检出 found: ${injected.found}/${injected.injected} = ${pct(injected.detection)}；原句误报 false flags: ${injected.falseFlags.length}/${injected.sentences} = ${pct(injected.falseFlagRate)}`);
    if (injected.realFaults.length) {
      out.push('');
      out.push('原句中本来就有的错误（fidelity/injected/known-faults.yaml，检出不算误报）Real slips found in the originals:');
      out.push('');
      for (const f of injected.realFaults) out.push(`- ${f.marked.join('；')} — ${f.source}：${f.text.slice(0, 50)}`);
    }
    if (injected.falseFlags.length) {
      out.push('');
      out.push('原句误报 False flags on untouched sentences:');
      out.push('');
      for (const f of injected.falseFlags.slice(0, 30)) out.push(`- ${f.marked.join('；')} — ${f.source}：${f.text.slice(0, 50)}`);
    }
    if (injected.missed.length) {
      out.push('');
      out.push(`漏检示例（前 15 条，共 ${injected.missed.length} 条）Missed, first 15:`);
      out.push('');
      for (const x of injected.missed.slice(0, 15)) out.push(`- ${x.from}→${x.to}：${x.text.slice(Math.max(0, x.at - 10), x.at + 10)}`);
    }
  }
  if (sets.length) {
    out.push('', ...blindIntro());
    for (const b of sets) out.push(...blindSection(b.result, b.label, b.files));
  }
  out.push('');
  out.push('## 漏报（按规则）Misses by rule');
  out.push('');
  const byRule = (list) => {
    const m = new Map();
    for (const x of list) m.set(x.rule, [...(m.get(x.rule) ?? []), x]);
    return [...m.entries()].sort((a, b) => a[0].localeCompare(b[0]));
  };
  for (const [rule, list] of byRule(result.misses)) {
    out.push(`### ${rule}（${list.length}）${list[0].planned ? ' — 尚未实现 not built' : ''}`);
    out.push('');
    for (const x of list) {
      const extra = [
        x.textbook ? '词表原形' : '',
        x.class ? `类 ${x.class}` : '',
        x.elsewhere.length ? `本规则标在别处 ${x.elsewhere.join('、')}` : '',
        x.others.length ? `他规则标出 ${x.others.join('、')}` : '',
      ].filter(Boolean);
      out.push(`- \`${x.id}\` 应标“${mdEscape(x.flag)}”：${mdEscape(x.context)}${extra.length ? `（${mdEscape(extra.join('；'))}）` : ''}`);
    }
    out.push('');
  }
  out.push('## 误报（按规则）False alarms by rule');
  out.push('');
  if (!result.falseAlarms.length) out.push('（无 none）');
  for (const [rule, list] of byRule(result.falseAlarms)) {
    out.push(`### ${rule}（${list.length}）`);
    out.push('');
    for (const x of list) {
      out.push(`- \`${x.id}\`（${x.on === 'trap' ? '陷阱句' : '改正后文字'}）标出 ${mdEscape(x.marked)}：${mdEscape(x.context)}${x.note ? ` — ${mdEscape(x.note)}` : ''}`);
    }
    out.push('');
  }
  out.push('## 修复与预期不符（按规则）Fixes that miss the intended correction');
  out.push('');
  if (!result.fixProblems.length) out.push('（无 none）');
  for (const [rule, list] of byRule(result.fixProblems)) {
    out.push(`### ${rule}（${list.length}）`);
    out.push('');
    for (const x of list) {
      out.push(
        x.kind === 'none'
          ? `- \`${x.id}\`：没有给出修复（预期“${mdEscape(x.flag)}”→“${mdEscape(x.fix)}”）`
          : `- \`${x.id}\`：预期“${mdEscape(x.flag)}”→“${mdEscape(x.fix)}”，修复得到“${mdEscape(x.got)}”`,
      );
    }
    out.push('');
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
