import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draft, fixedAll, fixedBy, flagged, lintAll, messagesOf } from '../helpers.js';

const R = 'invisible-chars';
const TXT = { path: 'a.txt' };

describe('invisible-chars', () => {
  it('deletes zero-width characters and a BOM inside the text, one message per run', () => {
    expect(flagged(R, draft('全县\u200b共完成收购，落实\u2060到户，共\ufeff\u200b\u200c三批。'))).toEqual(['\u200b', '\u2060', '\ufeff\u200b\u200c']);
    const [m] = messagesOf(R, draft('全县\u200b共完成收购。'));
    expect(m!.message).toBe('这里有看不见的零宽空格（U+200B），请删除。');
    expect(m!.severity).toBe('warning');
    expect(m!.fixes[0]!.safe).toBe(true);
    expect(fixedBy(R, draft('全县\u200b共完成收购，落实\u2060到户，共\ufeff\u200b\u200c三批。'))).toBe(draft('全县共完成收购，落实到户，共三批。'));
    // A second BOM (the engine strips only the first) is reported too; zero-width characters next to Latin go as well.
    expect(fixedBy(R, '\ufeff\ufeff# 标题\n\nAPP\u200b办理。\n')).toBe('\ufeff# 标题\n\nAPP办理。\n');
  });

  it('deletes soft hyphens (U+00AD) inside words, between words, before figures and at a line start', () => {
    expect(flagged(R, draft('完成高标准农\u00ad田建设3.2\u00ad万亩，惠及\u00ad居民3200户，infor\u00admation。'))).toEqual(['\u00ad', '\u00ad', '\u00ad', '\u00ad']);
    const [m] = messagesOf(R, draft('完成农\u00ad田建设。'));
    expect(m!.message).toBe('这里有看不见的软连字符（U+00AD），请删除。');
    expect(fixedBy(R, draft('\u00ad完成高标准农\u00ad田建设3.2\u00ad万亩。'))).toBe(draft('完成高标准农田建设3.2万亩。'));
    // A hyphen, a dash or a minus sign is visible and stays.
    expect(messagesOf(R, draft('县—乡—村三级体系，电话0551-6283417，最低气温-6℃。'))).toEqual([]);
  });

  it('reports U+FFFE, U+FFFF, control characters and lone surrogates, and deletes them', () => {
    const body = '全县\ufffe共完成收购，落实\uffff到户，共\u0007\u0008三批，\u000c见表\u0085一，\ud800尾。';
    expect(flagged(R, draft(body))).toEqual(['\ufffe', '\uffff', '\u0007\u0008', '\u000c', '\u0085', '\ud800']);
    const [m] = messagesOf(R, draft('全县\ufffe共完成收购。'));
    expect(m!.message).toBe('这里有看不见的非字符（U+FFFE，不是有效的文字），会让导出的文件出错，请删除。');
    expect(messagesOf(R, draft('共\u0007\u0008三批。'))[0]!.message).toBe('这里有看不见的控制字符（U+0007）等字符，会让导出的文件出错，请删除。');
    expect(m!.fixes[0]!.safe).toBe(true);
    expect(fixedBy(R, draft(body))).toBe(draft('全县共完成收购，落实到户，共三批，见表一，尾。'));
    // In code too (an exported file breaks all the same); tabs and line breaks are not control characters here.
    expect(flagged(R, draft('正文。\n\n```\na\u0001b\n```'))).toEqual(['\u0001']);
    expect(messagesOf(R, draft('正文\t一。'))).toEqual([]);
    expect(flagged(R, draft('U+1FFFF：\u{1FFFF}。'))).toEqual(['\u{1FFFF}']);
  });

  it('reports bidirectional controls anywhere, front matter and code included, and deletes them', () => {
    const controls = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c'];
    for (const c of controls) {
      const [m, ...more] = messagesOf(R, draft(`全县共完成收购${c}12.6万吨。`));
      expect(more, c).toEqual([]);
      expect(m!.fixes[0]!.safe, c).toBe(true);
      expect(fixedBy(R, draft(`全县共完成收购${c}12.6万吨。`)), c).toBe(draft('全县共完成收购12.6万吨。'));
    }
    // Shown as 500万元, read by every tool (and exported) as 元万005.
    const hidden = draft('本次拨付资金\u202e元万005\u202c，已全部到位。');
    expect(flagged(R, hidden)).toEqual(['\u202e', '\u202c']);
    expect(messagesOf(R, hidden)[0]!.message).toBe('这里有看不见的双向文字控制符：从右至左覆盖符（U+202E），它可能让文字显示的顺序与实际内容不同，请删除。');
    expect(messagesOf(R, hidden)[0]!.messageEn).toBe('There is an invisible bidirectional control here: right-to-left override (U+202E); it can make the text display in another order than it is. Delete it.');
    expect(fixedAll(hidden)).toBe(draft('本次拨付资金元万005，已全部到位。'));
    // A run is one message; code and front matter are checked too: a shared file must show what it is.
    expect(flagged(R, draft('甲\u2067\u2066乙。'))).toEqual(['\u2067\u2066']);
    expect(fixedBy(R, draft('运行`a\u202eb`命令。'))).toBe(draft('运行`ab`命令。'));
    const fm = '---\n类型: 动态\n单位: 清河县\u202e局业农\u202c\n---\n\n# 标题\n\n正文。\n';
    expect(fixedBy(R, fm)).toBe('---\n类型: 动态\n单位: 清河县局业农\n---\n\n# 标题\n\n正文。\n');
  });

  it('bidirectional controls: no fix where right-to-left text may need them, or where deleting changes the structure', () => {
    // A Uyghur name in the line: the marks may be there for layout.
    const [m] = messagesOf(R, draft('维吾尔文名称 \u200fئۇيغۇر\u200f 已登记。'));
    expect(m!.message).toContain('本行有从右向左书写的文字');
    expect(m!.fixes).toEqual([]);
    // A line of nothing but a control would become a blank line (two paragraphs); a heading or a list would appear.
    expect(messagesOf(R, draft('第一行\n\u202e\n第二行。'))[0]!.fixes).toEqual([]);
    expect(messagesOf(R, draft('正文。\n\n\u202e# 标题'))[0]!.fixes).toEqual([]);
    expect(messagesOf(R, draft('正文。\n\n-\u2066 列表'))[0]!.fixes).toEqual([]);
    // Zero-width joiners, NBSP and the other characters of this rule are not bidirectional controls.
    expect(messagesOf(R, draft('全县\u200b共完成收购。'))[0]!.message).not.toContain('双向');
  });

  it('deletes NBSP and odd spaces in Chinese text, and replaces them with ordinary spaces elsewhere', () => {
    expect(flagged(R, draft('全县\u00a0\u00a0共完成收购，Hello\u00a0world，增长\u2003。'))).toEqual(['\u00a0\u00a0', '\u00a0', '\u2003']);
    const [zh, en] = messagesOf(R, draft('全县\u00a0共完成收购，Hello\u202fworld。'));
    expect(zh!.message).toBe('中文里的不换行空格（U+00A0）请删除。');
    expect(en!.message).toBe('这里的窄不换行空格（U+202F）请改为普通空格。');
    expect(fixedBy(R, draft('全县\u00a0共完成收购，Hello\u00a0\u00a0world，（一）\u00a0ABC。'))).toBe(draft('全县共完成收购，Hello  world，（一）ABC。'));
    // Ordinary spaces around the run are not this rule's business; a run may hold them.
    expect(flagged(R, draft('甲\u00a0 \u00a0乙。'))).toEqual(['\u00a0 \u00a0']);
    expect(fixedBy(R, draft('甲\u00a0 \u00a0乙。'))).toBe(draft('甲 乙。'));
    // The sign-off keeps its ideographic space.
    expect(fixedBy(R, draft('正文。\n\n（签发：张三\u00a0\u3000执笔：李四）'))).toBe(draft('正文。\n\n（签发：张三\u3000执笔：李四）'));
  });

  it('deletes them, with the ordinary spaces beside them, at the end of a line', () => {
    expect(flagged(R, draft('正文。\u2003\n\n尾段。'))).toEqual(['\u2003']);
    // Also after the last paragraph of a plain-text draft (outside every node of the tree).
    expect(flagged(R, '标题\n\n正文。\u2003\n\n', TXT)).toEqual(['\u2003']);
    expect(flagged(R, '标题\n\n<!-- xinxi-disable repeated-char -->\n正文。\u2003\n\n', TXT)).toEqual(['\u2003']);
    expect(fixedBy(R, draft('正文。 \u00a0 \n\n尾段。\u200b'))).toBe(draft('正文。\n\n尾段。'));
    // Two spaces after the character were a Markdown line break already: they stay.
    expect(fixedBy(R, draft('第一行\u00a0  \n第二行。'))).toBe(draft('第一行  \n第二行。'));
    // A line of nothing but NBSP becomes the empty line it looks like.
    expect(fixedBy(R, draft('甲。\n\u00a0\u00a0\n乙。'))).toBe(draft('甲。\n\n乙。'));
  });

  it('owns NBSP and odd spaces between Chinese and digits or Latin letters: one message per gap, deleted (made ordinary spaces when cjk-spacing is off)', () => {
    const text = draft('全县\u00a011个乡镇使用\u00a0APP办理。');
    expect(flagged(R, text)).toEqual(['\u00a0', '\u00a0']);
    expect(messagesOf('cjk-spacing', text)).toEqual([]);
    expect(fixedAll(text)).toBe(draft('全县11个乡镇使用APP办理。'));
    // After a number, before a unit: NBSP, thin, narrow no-break and en spaces, alone or with ordinary spaces.
    const units = draft('清运垃圾15\u00a0吨、8\u2009车次，2.3\u202f万亩，参演居民\u2002320人，共6 \u00a0批。');
    expect(flagged(R, units)).toEqual(['\u00a0', '\u2009', '\u202f', '\u2002', ' \u00a0']);
    expect(lintAll(units).messages.filter((m) => m.ruleId === 'cjk-spacing')).toEqual([]);
    const [nbsp] = messagesOf(R, units);
    expect(nbsp!.message).toBe('汉字与数字、字母之间有看不见的不换行空格（U+00A0），请删除（这里不加空格）。');
    expect(nbsp!.fixes[0]!.safe).toBe(true);
    expect(fixedAll(units)).toBe(draft('清运垃圾15吨、8车次，2.3万亩，参演居民320人，共6批。'));
    // With invisible-chars off, cjk-spacing takes the gap.
    expect(flagged('cjk-spacing', units, { config: { rules: { [R]: 'off' } } })).toEqual(['\u00a0', '\u2009', '\u202f', '\u2002', ' \u00a0']);
    const off = { config: { rules: { 'cjk-spacing': 'off' } } };
    expect(flagged(R, text, off)).toEqual(['\u00a0', '\u00a0']);
    expect(fixedBy(R, text, off)).toBe(draft('全县 11个乡镇使用 APP办理。'));
    // An English phrase keeps its spaces under cjk-spacing: the NBSP becomes an ordinary one.
    expect(fixedAll(draft('会上发布了\u00a0Guidelines for Rural Water Supply一书。'))).toBe(draft('会上发布了 Guidelines for Rural Water Supply一书。'));
  });

  it('indentation in Markdown: removes invisible characters at a line start without making a code block', () => {
    expect(flagged(R, draft('\u00a0\u00a0\u00a0\u00a0全县完成收购。'))).toEqual(['\u00a0\u00a0\u00a0\u00a0']);
    expect(fixedBy(R, draft('\u00a0 \u00a0 \u00a0 全县完成收购。'))).toBe(draft('全县完成收购。'));
    expect(fixedBy(R, draft('\u200b\u3000\u3000全县完成收购。'))).toBe(draft('\u3000\u3000全县完成收购。'));
    // Where the result would start a list or a heading, the message comes without a fix.
    const [list] = messagesOf(R, draft('\u00a0- 全县完成收购。'));
    expect(list!.fixes).toEqual([]);
    const [dash] = messagesOf(R, draft('-\u00a0全县完成收购。'));
    expect(dash!.fixes).toEqual([]);
  });

  it('tabs: two full-width spaces in a plain-text draft, removed from Markdown paragraph lines', () => {
    const txt = '清河县完成秋粮收购\n\n\t全县完成收购。\n \t共三批。\n';
    expect(flagged(R, txt, TXT)).toEqual(['\t', ' \t']);
    const [m] = messagesOf(R, txt, TXT);
    expect(m!.message).toBe('行首用制表符缩进，纯文本稿件段首应空两个全角空格，请改为“　　”。');
    expect(fixedBy(R, txt, TXT)).toBe('清河县完成秋粮收购\n\n\u3000\u3000全县完成收购。\n\u3000\u3000共三批。\n');
    expect(fixedBy(R, draft('全县完成收购，\n\t共三批。'))).toBe(draft('全县完成收购，\n共三批。'));
    expect(flagged(R, draft('全县完成收购，\n\t共三批。'))).toEqual(['\t']);
    // An indented list marker is a list item (draft.ts reads no indented code), no paragraph line: no-structure-markup's.
    expect(messagesOf(R, draft('全县完成收购，\n\t- 共三批。'))).toEqual([]);
    expect(messagesOf('no-structure-markup', draft('全县完成收购，\n\t- 共三批。'))).toHaveLength(1);
  });

  it('a paragraph indented with a tab or four spaces (pasted): the indentation is reported and removed, ideographic spaces stay', () => {
    const body = '\t全县完成收购。\n\n    共三批。\n\n\t\t第二批。\n\n \t 第三批。\n\n\u3000\u3000    第四批。\n\n\u3000\t第五批。';
    expect(flagged(R, draft(body))).toEqual(['\t', '    ', '\t\t', ' \t ', '\u3000\u3000    ', '\u3000\t']);
    const [first] = messagesOf(R, draft(body));
    expect(first!.message).toBe('段首用制表符或空格缩进，Markdown 会把这样的段落当作代码块，请删除缩进（报送稿的段首空两格由导出统一加上）。');
    expect(messagesOf(R, draft(body))[4]!.message).toBe('段首的全角空格之间或之后夹有制表符或半角空格，请删除。');
    expect(fixedBy(R, draft(body))).toBe(draft('全县完成收购。\n\n共三批。\n\n第二批。\n\n第三批。\n\n\u3000\u3000第四批。\n\n\u3000第五批。'));
    // The first line and a continuation line: each once.
    expect(flagged(R, draft('\t全县完成收购，\n\t共三批。'))).toEqual(['\t', '\t']);
    expect(fixedBy(R, draft('\t全县完成收购，\n\t共三批。'))).toBe(draft('全县完成收购，\n共三批。'));
    // The sign-off line too.
    expect(fixedBy(R, draft('全县完成收购。\n\n\t（签发：张三　执笔：李四）'))).toBe(draft('全县完成收购。\n\n（签发：张三　执笔：李四）'));
  });

  it('leaves the Chinese indent, a short indent, list items and fenced code alone', () => {
    expect(messagesOf(R, draft('\u3000\u3000全县完成收购。'))).toEqual([]);
    expect(messagesOf(R, draft('  全县完成收购。'))).toEqual([]); // two spaces: no code in any reading
    expect(messagesOf(R, draft('\u3000\u3000  全县完成收购。'))).toEqual([]);
    expect(messagesOf(R, draft('- 全县完成收购。\n\n    共三批。'))).toEqual([]); // a list item's second paragraph
    expect(messagesOf(R, draft('> 全县完成收购。\n>\n>     共三批。'))).toEqual([]); // inside a quote
    expect(messagesOf(R, draft('全县完成收购。\n\n```\n\t代码。\n```'))).toEqual([]);
  });

  it('converts the minority line endings to the majority, front matter included, in one message', () => {
    const text = '---\r\n类型: 动态\n---\r\n\r\n# 标题\r\n\r\n正文。\n';
    const ms = messagesOf(R, text);
    expect(ms).toHaveLength(1);
    expect(ms[0]!.message).toBe('本文件混用了不同的换行符（CRLF 5 处、LF 2 处），请统一为 CRLF。');
    expect(text.slice(ms[0]!.start, ms[0]!.end)).toBe('\n');
    expect(ms[0]!.line).toBe(2);
    expect(ms[0]!.fixes[0]!.edits).toHaveLength(2);
    expect(fixedBy(R, text)).toBe(text.replace(/\r?\n/g, '\r\n'));
    expect(fixedBy(R, '# 标题\n\n正文一。\r\n正文二。\r\r\n')).toBe('# 标题\n\n正文一。\n正文二。\n\n');
    // On a tie the kind the file starts with wins; a message on the final line ending is still shown.
    expect(fixedBy(R, '# 标题\r\n正文。\n')).toBe('# 标题\r\n正文。\r\n');
    expect(flagged(R, '# 标题\r\n\r\n正文。\n')).toEqual(['\n']);
  });

  it('leaves code, front matter, URLs, emoji joiners and ordinary layout alone', () => {
    expect(messagesOf(R, draft('```\n\t代码\u200b\u00a0x\n```\n\n运行`a\u00a0b`命令。'))).toEqual([]);
    expect(messagesOf(R, '---\n类型: 动态\n备注: 共\u00a012个\u200b\n---\n\n# 标题\n\n正文。\n')).toEqual([]);
    expect(messagesOf(R, draft('- 全县完成收购。\n\n\t共三批。'))).toEqual([]); // the tab indents a list item
    expect(messagesOf(R, draft('家庭成员👨\u200d👩\u200d👧合影。'))).toEqual([]);
    expect(messagesOf(R, draft('全县\t完成 收购，Hello world。'))).toEqual([]);
    expect(messagesOf(R, '清河县完成秋粮收购\n\n\u3000\u3000全县完成收购。\n', TXT)).toEqual([]);
    expect(messagesOf(R, '# 标题\r\n\r\n正文。\r\n')).toEqual([]); // CRLF throughout is fine
  });

  it('stays silent on the good example drafts', () => {
    const dir = join(__dirname, '..', '..', '..', 'examples');
    for (const name of readdirSync(dir).filter((f) => /^0[1-6]-/.test(f))) {
      expect(messagesOf(R, readFileSync(join(dir, name), 'utf8'), { path: name }), name).toEqual([]);
    }
  });
});
