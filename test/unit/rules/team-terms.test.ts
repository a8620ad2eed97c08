import { describe, expect, it } from 'vitest';
import { draft, fixedBy, flagged, messagesOf } from '../helpers.js';

const id = 'team-terms';

describe('team-terms', () => {
  it('reports forbidden plain strings with a safe fix to the preferred form', () => {
    const config = { terms: { forbidden: [{ wrong: '贫困户', right: '脱贫户', note: '脱贫攻坚完成后的提法' }] } };
    const text = draft('走访贫困户36户。');
    const [m] = messagesOf(id, text, { config });
    expect(text.slice(m!.start, m!.end)).toBe('贫困户');
    expect(m!.message).toBe('按团队词表，“贫困户”应改为“脱贫户”（脱贫攻坚完成后的提法）。');
    expect(m!.fixes[0]!.safe).toBe(true);
    expect(fixedBy(id, text, { config })).toBe(draft('走访脱贫户36户。'));
  });

  it('reports forbidden terms without a preferred form, without a fix', () => {
    const config = { terms: { forbidden: [{ wrong: '一把手' }] } };
    const [m] = messagesOf(id, draft('一把手带头。'), { config });
    expect(m!.fixes).toEqual([]);
    expect(m!.message).toBe('按团队词表，不用“一把手”。');
  });

  it('reads an empty preferred form of a plain string as none: the same message in both languages, no fix', () => {
    const config = { terms: { forbidden: [{ wrong: '一把手', right: '' }] } };
    const [m] = messagesOf(id, draft('一把手带头。'), { config });
    expect(m!.fixes).toEqual([]);
    expect(m!.message).toBe('按团队词表，不用“一把手”。');
    expect(m!.messageEn).toBe('The team\'s word list rules out "一把手".');
  });

  it('applies checked regular expressions with $1 substitution as fixes to confirm', () => {
    const config = { terms: { forbidden: [{ wrong: '(\\d+)个百分点', right: '$1个百分点', regex: true }, { wrong: '第([一二三四])季度', right: '$1季度', regex: true }] } };
    const text = draft('第三季度增长2个百分点。');
    expect(flagged(id, text, { config })).toEqual(['第三季度']);
    const [m] = messagesOf(id, text, { config });
    expect(m!.fixes[0]!.safe).toBe(false);
    expect(fixedBy(id, text, { config })).toBe(text);
    expect(fixedBy(id, text, { config, unsafe: true })).toBe(draft('三季度增长2个百分点。'));
  });

  it('does not loop when the preferred form contains the forbidden one', () => {
    const config = { terms: { forbidden: [{ wrong: '政府', right: '人民政府' }] } };
    const text = draft('县政府和县人民政府。');
    expect(flagged(id, text, { config })).toEqual(['政府']);
    expect(fixedBy(id, text, { config })).toBe(draft('县人民政府和县人民政府。'));
  });

  it('skips quotations, titles and code', () => {
    const config = { terms: { forbidden: [{ wrong: '贫困户', right: '脱贫户' }] } };
    expect(flagged(id, draft('印发《贫困户帮扶办法》，群众称“贫困户”，代码 `贫困户`。'), { config })).toEqual([]);
  });

  it('accepted terms silence the other wording rules, and forbidden terms take precedence over the built-in table', () => {
    const text = draft('其它事项由咱们村办理，高度重视。');
    const config = { terms: { accepted: ['其它事项', '咱们村', '高度重视'] } };
    expect(flagged('confusable-words', text, { config })).toEqual([]);
    expect(flagged('colloquial', text, { config })).toEqual([]);
    expect(flagged('stock-phrases', text, { config })).toEqual([]);
    expect(flagged('confusable-words', text)).toEqual(['其它']);
    const own = { terms: { forbidden: [{ wrong: '其它', right: '其余' }] } };
    expect(flagged('confusable-words', text, { config: own })).toEqual([]);
    expect(fixedBy(id, text, { config: own })).toBe(draft('其余事项由咱们村办理，高度重视。'));
  });

  it('does nothing without terms', () => {
    expect(messagesOf(id, draft('贫困户。'))).toEqual([]);
  });
});

describe('team-terms: the forms a term is left in (issue 14 §3)', () => {
  const config = { terms: { forbidden: [{ wrong: '贫困户', right: '脱贫户' }, { wrong: 'app', right: '客户端' }, { wrong: 'PC', right: '个人电脑' }] } };

  it('finds a term broken by a soft line break or a space, in another case, in full-width letters or traditional characters', () => {
    const text = draft('走访贫\n困户36户，慰问贫困 户12户，柳塘乡貧困戶8户；下载“清河通”APP、App或ＡＰＰ，配发PC 10台。');
    expect(flagged(id, text, { config })).toEqual(['贫\n困户', '贫困 户', '貧困戶', 'APP', 'App', 'ＡＰＰ', 'PC']);
    const messages = messagesOf(id, text, { config });
    expect(messages[0]!.message).toBe('按团队词表，“贫困户”应改为“脱贫户”。');
    expect(messages.map((m) => m.fixes[0]!.safe)).toEqual([false, false, false, false, false, false, true]);
    expect(fixedBy(id, text, { config, unsafe: true })).toBe(draft('走访脱贫户36户，慰问脱贫户12户，柳塘乡脱贫户8户；下载“清河通”客户端、客户端或客户端，配发个人电脑 10台。'));
  });

  it('matches letters at word boundaries only and never bridges a paragraph break or a space between letters', () => {
    expect(flagged(id, draft('县疾控中心新增PCR检测设备2台，新购Apple电脑10台，上线WebApp版，P C 机1台。'), { config })).toEqual([]);
    expect(flagged(id, draft('村里最后3户已脱离贫困\n\n户籍改革同步推进。'), { config })).toEqual([]);
  });
});
