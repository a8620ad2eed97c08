import { describe, expect, it } from 'vitest';
import { fixedAll, fixedBy, lintAll, messagesOf } from '../helpers.js';

describe('front-matter', () => {
  it('reports malformed YAML and still lints the body', () => {
    const text = '---\n类型: 问题\n单位 清河县: [\n---\n\n# 标题\n\n正文,内容。\n';
    const result = lintAll(text);
    const fm = result.messages.filter((m) => m.ruleId === 'front-matter');
    expect(fm).toHaveLength(1);
    expect(fm[0]!.severity).toBe('error');
    expect(fm[0]!.message).toContain('前置信息');
    expect(result.messages.some((m) => m.ruleId === 'fullwidth-punctuation')).toBe(true);
  });

  it('reports an unclosed front matter', () => {
    expect(messagesOf('front-matter', '---\n类型: 问题\n\n# 标题\n\n正文。\n')[0]!.message).toContain('结束行');
  });

  describe('front matter without fences (key lines at the top of a draft)', () => {
    const header = '类型：紧急续报\n单位：清河县应急管理局\n报送：县委办公室信息科\n事发时间：2026-11-19 06:40\n报送时间：2026-11-19 12:10\n';
    const body = '\n清河县青石镇液化气罐车侧翻事故处置情况（续报一）\n\n11月19日9时，事故现场泄漏已封堵，转移群众126人全部返回。\n';
    const text = header + body;
    const fenced =
      '---\n类型: 紧急续报\n单位: 清河县应急管理局\n报送: 县委办公室信息科\n事发时间: 2026-11-19 06:40\n报送时间: 2026-11-19 12:10\n---\n' + body;

    it('reads the lines as front matter and reports once, on the first line, with a fix that adds the fences', () => {
      for (const path of ['a.txt', 'a.md']) {
        const [m, ...rest] = messagesOf('front-matter', text, { path });
        expect(rest).toEqual([]);
        expect(m!.line).toBe(1);
        expect(m!.severity).toBe('warning');
        expect(m!.message).toBe(
          '稿件开头第 1—5 行（“类型：紧急续报”等）是前置信息，应写在两行“---”之间，每行写成“键: 值”（半角冒号加一个空格）；这些行已按前置信息读取。',
        );
        expect(m!.messageEn).toContain('front matter');
        expect(m!.fixes).toHaveLength(1);
        expect(m!.fixes[0]!.safe).toBe(false);
        expect(fixedBy('front-matter', text, { path })).toBe(text); // confirm only
        const wrapped = fixedBy('front-matter', text, { path, unsafe: true });
        expect(wrapped).toBe(fenced);
        const again = lintAll(wrapped, { path });
        expect(again.draft.frontMatter!.error).toBeUndefined();
        expect(again.draft.meta).toEqual(lintAll(text, { path }).draft.meta);
      }
    });

    it('the fields count (kind, unit, times), and the title and body are found after the lines', () => {
      const { draft, stats } = lintAll(text, { path: 'a.txt' });
      expect(stats.kindSource).toBe('front-matter');
      expect(draft.kind).toBe('紧急续报');
      expect(draft.meta.unit).toBe('清河县应急管理局');
      expect(draft.meta.occurred).toBe('2026-11-19 06:40');
      expect(draft.meta.reported).toBe('2026-11-19 12:10');
      expect(draft.title!.text).toBe('清河县青石镇液化气罐车侧翻事故处置情况（续报一）');
      expect(draft.paragraphs).toHaveLength(1);
      const md = lintAll(header + '\n# 清河县青石镇液化气罐车侧翻事故处置情况（续报一）\n' + body.slice(body.indexOf('\n\n11'))).draft;
      expect(md.title!.text).toBe('清河县青石镇液化气罐车侧翻事故处置情况（续报一）');
      expect(md.meta.unit).toBe('清河县应急管理局');
    });

    it('no other rule reports on or fixes the lines', () => {
      for (const path of ['a.txt', 'a.md']) {
        const source = text.replace('9时，', '9时,');
        const others = lintAll(source, { path }).messages.filter((m) => m.ruleId !== 'front-matter');
        expect(others.length).toBeGreaterThan(0); // the body's half-width comma
        for (const m of others) {
          expect(m.start).toBeGreaterThanOrEqual(header.length);
          for (const f of m.fixes) for (const e of f.edits) expect(e.start).toBeGreaterThanOrEqual(header.length);
        }
        expect(fixedAll(source, { path }).startsWith(header)).toBe(true);
      }
    });

    it('blank lines before, half-width colons, a value YAML would misread, CRLF and no line break at the end', () => {
      expect(fixedBy('front-matter', '\n\n单位:清河县\n类型 : 动态\n\n标题\n', { path: 'a.txt', unsafe: true })).toBe('---\n单位: 清河县\n类型: 动态\n---\n\n标题\n');
      expect(fixedBy('front-matter', '类型: 动态\r\n电话：05516283417\r\n\r\n标题\r\n', { path: 'a.txt', unsafe: true })).toBe(
        '---\r\n类型: 动态\r\n电话: "05516283417"\r\n---\r\n\r\n标题\r\n',
      );
      expect(fixedBy('front-matter', '类型：动态\n单位：清河县', { path: 'a.txt', unsafe: true })).toBe('---\n类型: 动态\n单位: 清河县\n---');
      const [m] = messagesOf('front-matter', '\n单位:清河县\n类型 : 动态\n标题\n', { path: 'a.txt' });
      expect(m!.line).toBe(2);
      expect(m!.message).toContain('第 2—3 行（“单位:清河县”等）');
    });

    it('one key line, unknown keys, a title or a sentence at the top are no front matter', () => {
      const silent = [
        '时间：2026年11月18日上午，清河县在石桥镇组织开展应急演练。\n\n参演人员86人。\n',
        '日期：2026年11月20日\n\n清河县秋粮收购进度过半\n\n正文。\n',
        '时间：11月18日\n地点：清河县人力资源市场\n\n正文。\n',
        '清河县秋粮收购进度过半\n类型：动态\n单位：清河县\n',
        '清河县应急管理局：冬季森林防火检查全覆盖\n单位：清河县\n',
        '类型：\n单位：清河县\n\n正文。\n',
        '  类型：动态\n  单位：清河县\n\n正文。\n',
      ];
      for (const source of silent) {
        for (const path of ['a.txt', 'a.md']) {
          expect(lintAll(source, { path }).draft.frontMatter, source).toBeNull();
        }
      }
      // The lines end at the first line that is no known entry.
      const { draft } = lintAll('类型：动态\n单位：清河县\n联系人：张三\n\n正文。\n', { path: 'a.txt' });
      expect(draft.frontMatter!.raw).toBe('类型：动态\n单位：清河县\n');
    });

    it('after a byte-order mark too', () => {
      const { draft, messages } = lintAll('\ufeff' + text, { path: 'a.txt' });
      expect(draft.meta.unit).toBe('清河县应急管理局');
      expect(messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([['front-matter', 1, 1]]);
    });

    it('a fenced front matter is read as before', () => {
      expect(lintAll(fenced, { path: 'a.txt' }).draft.frontMatter!.error).toBeUndefined();
      expect(messagesOf('front-matter', fenced, { path: 'a.txt' })).toEqual([]);
    });
  });

  describe('unclosed front matter', () => {
    const text = '---\n类型: 动态\n单位: 清河县农业农村局\n日期: 2026-11-20\n\n# 清河县完成秋粮收购任务\n\n全县共收购秋粮18.6万吨,完成计划的93%。\n';
    const fmEnd = text.indexOf('\n\n#') + 1;

    it('names the line where the closing --- belongs, and offers to add it', () => {
      const [m, ...rest] = messagesOf('front-matter', text);
      expect(rest).toEqual([]);
      expect(m!.message).toBe('前置信息缺少结束行“---”，请在第 4 行“日期: 2026-11-20”之后（第 5 行）加一行“---”。');
      expect(m!.line).toBe(1);
      expect(m!.fixes[0]!.safe).toBe(false);
      const closed = fixedBy('front-matter', text, { unsafe: true });
      expect(closed).toBe(text.replace('日期: 2026-11-20\n', '日期: 2026-11-20\n---\n'));
      expect(lintAll(closed).draft.frontMatter!.error).toBeUndefined();
      expect(lintAll(closed).draft.meta.unit).toBe('清河县农业农村局');
    });

    it('still finds the title and reads the fields', () => {
      const { draft, stats } = lintAll(text);
      expect(draft.title!.text).toBe('清河县完成秋粮收购任务');
      expect(stats.kindSource).toBe('front-matter');
      expect(draft.meta.date).toBe('2026-11-20');
      // Without a blank line before the title, and in a plain-text draft.
      expect(lintAll('---\n类型: 动态\n# 清河县完成秋粮收购任务\n\n正文。\n').draft.title!.text).toBe('清河县完成秋粮收购任务');
      expect(lintAll(text.replace('# ', ''), { path: 'a.txt' }).draft.title!.text).toBe('清河县完成秋粮收购任务');
    });

    it('no other rule reports on or fixes its lines (类型: 动态 is not turned into 类型：动态)', () => {
      for (const path of ['a.md', 'a.txt']) {
        const source = path === 'a.md' ? text : text.replace('# ', '');
        const others = lintAll(source, { path }).messages.filter((m) => m.ruleId !== 'front-matter');
        expect(others.length).toBeGreaterThan(0); // the body's half-width comma
        for (const m of others) {
          expect(m.start).toBeGreaterThanOrEqual(fmEnd);
          for (const f of m.fixes) for (const e of f.edits) expect(e.start).toBeGreaterThanOrEqual(fmEnd);
        }
        const fixed = fixedAll(source, { path, unsafe: true });
        expect(fixed.startsWith(source.slice(0, fmEnd))).toBe(true);
      }
    });

    it('full-width colons in the fields count as fields too', () => {
      const [m] = messagesOf('front-matter', '---\n类型：动态\n单位：清河县\n\n# 标题\n\n正文。\n');
      expect(m!.message).toContain('第 3 行“单位：清河县”之后（第 4 行）');
      expect(messagesOf('fullwidth-punctuation', '---\n类型: 动态\n单位: 清河县\n\n# 标题\n\n正文。\n')).toEqual([]);
    });

    it('a later --- in the body is not taken for the closing line', () => {
      const late = '---\n类型: 动态\n\n# 清河县完成秋粮收购任务\n\n正文。\n\n---\n\n补充说明。\n';
      const { draft, messages } = lintAll(late);
      expect(draft.title!.text).toBe('清河县完成秋粮收购任务');
      expect(messages.find((m) => m.ruleId === 'front-matter')!.message).toContain('第 2 行“类型: 动态”之后（第 3 行）');
    });

    it('a --- with nothing after it', () => {
      const [m] = messagesOf('front-matter', '---\n# 标题\n\n正文。\n');
      expect(m!.message).toBe('第 1 行的“---”开始了前置信息，后面却没有“键: 值”和结束行“---”，请补全前置信息或删去这一行。');
      expect(m!.fixes).toEqual([]);
    });
  });

  it('explains YAML errors in Chinese with the line, without the YAML library’s English text', () => {
    const cases: [string, string][] = [
      ['类型: [问题', '前置信息（YAML）第 2 行的方括号“[”没有闭合，请补上“]”，或给整个值加上引号；在改正之前，其中的设置（类型、日期等）不会生效。'],
      ['类型：动态', '第 2 行“类型：动态”用了全角冒号“：”，请改为半角冒号加一个空格（如“类型: 动态”）'],
      ['类型: 动态\n  单位: 清河县', '第 3 行“单位: 清河县”的缩进有误'],
      ['类型: 动态\n单位: "清河县', '第 3 行的引号没有成对'],
      ['类型: 动态\n单位:清河县', '第 3 行“单位:清河县”的冒号后缺少空格'],
      ['类型: 动态\n单位\t清河县', '第 3 行“单位\t清河县”不是“键: 值”的写法'],
      ['类型: 动态\n\t单位: 清河县', '第 3 行用制表符缩进'],
      ['类型: @动态', '第 2 行的值以保留字符“@”开头'],
    ];
    for (const [yaml, expected] of cases) {
      const text = `---\n${yaml}\n---\n\n# 标题\n\n正文。\n`;
      const [m] = messagesOf('front-matter', text);
      expect(m!.message).toContain(expected);
      expect(m!.message.replace(/YAML/g, '')).not.toMatch(/[A-Za-z]{3,}/);
      expect(m!.line).toBe(Number(/第 (\d+) 行/.exec(expected)![1]));
    }
  });

  it('reports an unknown kind as a warning on the value written (a column or a document name: 工作简讯、信息快报、调研报告)', () => {
    for (const value of ['情况通报', '工作简讯', '信息快报', '"工作简报"', '工作要情 # 县里的栏目']) {
      const text = `---\n类型: ${value}\n---\n\n# 标题\n\n正文。\n`;
      const [m] = messagesOf('front-matter', text);
      expect(m!.severity).toBe('warning');
      expect(m!.message).toContain('未知的信息类型');
      expect(text.slice(m!.start, m!.end)).toBe(value.replace(/^"|"$/gu, '').replace(/ #.*$/u, ''));
    }
  });

  it('accepts English keys and kind aliases', () => {
    expect(messagesOf('front-matter', '---\ntype: 紧急首报\nunit: 清河县\n---\n\n# 标题\n\n正文。\n')).toEqual([]);
    expect(lintAll('---\ntype: 紧急首报\n---\n\n# 标题\n\n正文。\n').stats.kind).toBe('紧急首报');
  });

  it('does not fire on good or absent front matter', () => {
    expect(messagesOf('front-matter', '# 标题\n\n正文。\n')).toEqual([]);
    expect(messagesOf('front-matter', '---\n---\n\n# 标题\n\n正文。\n')).toEqual([]);
  });

  it('a key written twice is a warning naming both lines; the later one applies (gap 15-20 §8)', () => {
    const text = '---\n类型: 动态\n单位: 清河县农业农村局\n类型: 问题\n---\n\n# 清河县完成秋粮收购任务\n\n全县秋粮收购进度过半。\n';
    const [m, ...more] = messagesOf('front-matter', text);
    expect(more).toEqual([]);
    expect(m!.severity).toBe('warning');
    expect([m!.line, text.slice(m!.start, m!.end)]).toEqual([4, '类型']);
    expect(m!.message).toBe('前置信息第 4 行的“类型”与第 2 行的“类型”重复，按后写的第 4 行处理；请删去多余的一行。');
    expect(lintAll(text).stats.kind).toBe('问题');
    // One field under two names.
    const alias = messagesOf('front-matter', text.replace('类型: 问题', 'type: 问题'));
    expect(alias.map((x) => x.message)).toEqual(['前置信息第 4 行的“type”与第 2 行的“类型”重复，按后写的第 4 行处理；请删去多余的一行。']);
    expect(messagesOf('front-matter', text.replace('类型: 问题', '日期: 2026-11-20'))).toEqual([]);
  });

  it('an unclosed bracket is named at the line (and column) where it opens (gap 15-20 §8)', () => {
    const text = '---\n类型: 动态\n单位: [清河县\n日期: 2026-11-20\n---\n\n# 清河县完成秋粮收购任务\n\n全县秋粮收购进度过半。\n';
    const [m] = messagesOf('front-matter', text);
    expect(m!.message).toContain('第 3 行的方括号“[”没有闭合');
    expect([m!.line, m!.column, text.slice(m!.start, m!.end)]).toEqual([3, 5, '[']);
  });

  it('names the kind meant by a near miss: an alias it reads (工作动态、经验做法) as a hint, a value naming one kind (经验交流) as a warning', () => {
    const doc = (kind: string) => `---\n类型: ${kind}\n---\n\n# 标题\n\n正文。\n`;
    for (const [written, meant] of [
      ['工作动态', '动态'],
      ['经验做法', '经验'],
      ['社情', '社情民意'],
    ]) {
      const text = doc(written!);
      const [m, ...rest] = messagesOf('front-matter', text);
      expect(rest).toEqual([]);
      expect(m!.severity).toBe('info');
      expect(text.slice(m!.start, m!.end)).toBe(written);
      expect(m!.message).toContain(`请写规范的类型名“${meant}”`);
      expect(fixedBy('front-matter', text, { unsafe: true })).toBe(doc(meant!));
    }
    const text = doc('经验交流');
    const [m] = messagesOf('front-matter', text);
    expect(m!.severity).toBe('warning');
    expect(text.slice(m!.start, m!.end)).toBe('经验交流');
    expect(m!.message).toContain('是否应为“经验”');
    expect(fixedBy('front-matter', text, { unsafe: true })).toBe(doc('经验'));
  });

  it('asks for the kind whose name is written with one character slipped (动太 → 动态, 专抱 → 专报), with its fix', () => {
    const doc = (kind: string) => `---\n类型: ${kind}\n---\n\n# 标题\n\n正文。\n`;
    for (const [written, meant] of [
      ['动太', '动态'],
      ['专抱', '专报'],
      ['经检', '经验'],
    ]) {
      const text = doc(written!);
      const [m, ...rest] = messagesOf('front-matter', text);
      expect(rest, written).toEqual([]);
      expect(m!.severity).toBe('warning');
      expect(text.slice(m!.start, m!.end)).toBe(written);
      expect(m!.message).toContain(`是否应为“${meant}”`);
      expect(fixedBy('front-matter', text, { unsafe: true })).toBe(doc(meant!));
    }
    // Two characters changed, or one that neither sounds nor looks like the kind's: no guess.
    for (const written of ['动作', '情况']) {
      const [m] = messagesOf('front-matter', doc(written));
      expect(m!.message, written).not.toContain('是否应为');
    }
  });

  it('leaves the kinds, 紧急-首报 (a hyphen apart), the English names and a quoted kind', () => {
    for (const kind of ['动态', '紧急-首报', '紧急 首报', 'news', '"动态"', '动态 # 可选']) {
      expect(messagesOf('front-matter', `---\n类型: ${kind}\n---\n\n# 标题\n\n正文。\n`), kind).toEqual([]);
    }
  });

  it('says nothing of 类型 written with its 续报 number, or of 紧急信息 whose title gives the stage', () => {
    const text = (kind: string, title: string) => `---\n类型: ${kind}\n---\n\n# ${title}\n\n截至2026年11月19日15时，村道已抢通，暂无人员伤亡。\n`;
    for (const kind of ['紧急续报一', '紧急续报（二）', '续报2', '紧急信息（续报一）']) {
      expect(messagesOf('front-matter', text(kind, '塌方处置情况续报一')), kind).toEqual([]);
      expect(lintAll(text(kind, '塌方处置情况续报一')).draft.kind, kind).toBe('紧急续报');
    }
    expect(messagesOf('front-matter', text('紧急信息', '塌方处置情况（终报）'))).toEqual([]);
    expect(lintAll(text('紧急信息', '塌方处置情况（终报）')).draft.kind).toBe('紧急终报');
    expect(lintAll(text('紧急', '塌方处置情况续报二')).draft.kind).toBe('紧急续报');
    // No stage in the title: read as 紧急首报, with the hint to write the kind's name, as before.
    expect(messagesOf('front-matter', text('紧急信息', '石门镇发生山体塌方'))[0]!.message).toContain('紧急首报');
    // Still other names with a hint: 工作动态, 首报.
    expect(messagesOf('front-matter', text('工作动态', '石门镇村道塌方隐患突出'))[0]!.severity).toBe('info');
  });

  it('reads the own name of a kind with 信息 after it (问题信息, 动态信息, 社情民意信息) as that kind, silently', () => {
    const doc = (kind: string) => `---\n类型: ${kind}\n---\n\n# 标题\n\n正文。\n`;
    for (const [written, kind] of [
      ['问题信息', '问题'],
      ['动态信息', '动态'],
      ['建议信息', '建议'],
      ['经验信息', '经验'],
      ['专报信息', '专报'],
    ]) {
      expect(messagesOf('front-matter', doc(written!)), written).toEqual([]);
      expect(lintAll(doc(written!)).draft.kind, written).toBe(kind);
    }
    // Another name with 信息 after it keeps its hint (工作动态信息 → 动态).
    expect(messagesOf('front-matter', doc('工作动态信息')).length).toBe(1);
  });
});

describe('front-matter after blind set 10', () => {
  const doc = (kind: string) => `---\n类型: ${kind}\n---\n\n# 标题\n\n正文。\n`;

  it('offers the kind a genre, column or bulletin name stands for (快讯 → 动态, 调研报告 → 专报, 民情信息 → 社情民意), for confirmation', () => {
    for (const [written, meant] of [
      ['快讯', '动态'],
      ['政务简讯', '动态'],
      ['信息快报', '动态'],
      ['综合信息', '动态'],
      ['调研报告', '专报'],
      ['民情信息', '社情民意'],
    ]) {
      const text = doc(written!);
      const [m, ...rest] = messagesOf('front-matter', text);
      expect(rest, written).toEqual([]);
      expect(m!.severity).toBe('warning');
      expect(text.slice(m!.start, m!.end)).toBe(written);
      expect(m!.message).toContain(`是否应为“${meant}”`);
      expect(m!.fixes[0]!.safe).toBe(false);
      expect(fixedBy('front-matter', text, { unsafe: true })).toBe(doc(meant!));
    }
    // A name of no genre (情况通报) or of two (调研快报) gets no guess.
    // Nor a name of an emergency bulletin, whose stage it does not say (紧急快报 is no 动态).
    for (const written of ['情况通报', '调研快报', '紧急快报', '突发事件快报', '要情快报']) expect(messagesOf('front-matter', doc(written))[0]!.fixes, written).toEqual([]);
  });

  it('offers “key: value” for a front-matter line written without its colon', () => {
    const text = (line: string) => `---\n类型: 动态\n${line}\n日期: 2026-11-20\n---\n\n# 标题\n\n正文。\n`;
    for (const [bad, good] of [
      ['单位 河西区市场监督管理局', '单位: 河西区市场监督管理局'],
      ['签发　秦立军', '签发: 秦立军'],
      ['unit  Qinghe County', 'unit: Qinghe County'],
      ['电话 07396231547', '电话: "07396231547"'],
    ]) {
      const [m] = messagesOf('front-matter', text(bad!));
      expect(m!.message, bad).toContain('不是“键: 值”的写法');
      expect(m!.fixes[0]!.safe).toBe(false);
      expect(fixedBy('front-matter', text(bad!), { unsafe: true })).toBe(text(good!));
    }
    // Not a key of the front matter: no guess at where the key ends.
    expect(messagesOf('front-matter', text('备注 无'))[0]!.fixes).toEqual([]);
  });
});


describe('front-matter: an opening bracket alone before a text value (wave 19)', () => {
  const text = '---\n类型: 动态\n单位: 东礁县海洋与渔业局\n报送: [县委办公室信息科\n日期: 2026-11-20\n---\n\n# 东礁县抽检40艘渔船消防器材\n\n11月16日，县海洋与渔业局抽检渔船40艘。\n';
  it('offers to delete the stray “[”, to confirm, and the value is read', () => {
    const [m] = messagesOf('front-matter', text);
    expect(m!.fixes).toHaveLength(1);
    expect(m!.fixes[0]!.safe).toBe(false);
    const fixed = fixedBy('front-matter', text, { unsafe: true });
    expect(fixed).toBe(text.replace('[县委', '县委'));
    expect(lintAll(fixed).draft.frontMatter!.error).toBeUndefined();
    expect(fixedBy('front-matter', text)).toBe(text);
  });
  it('offers nothing where the bracket may open a list or the key takes records', () => {
    for (const line of ['报送: [县委办公室信息科, 县政府办公室', '批示: [李某某', '报送: ["县委办公室信息科']) {
      const [m] = messagesOf('front-matter', text.replace('报送: [县委办公室信息科', line));
      expect(m?.fixes ?? [], line).toEqual([]);
    }
  });

  it('offers 动态 for a narrative genre of news writing (游记、纪实、侧记), only on confirmation (wave w22b)', () => {
    for (const written of ['游记', '纪实', '工作侧记', '见闻']) {
      const text = `---\n类型: ${written}\n---\n\n# 县文旅局评定甲级民宿3家\n\n11月10日，县文旅局评定甲级民宿3家。\n`;
      const [m] = messagesOf('front-matter', text);
      expect(m!.message, written).toContain('是否应为“动态”');
      expect(m!.fixes[0]!.safe).toBe(false);
      expect(fixedBy('front-matter', text)).toBe(text);
      expect(fixedBy('front-matter', text, { unsafe: true })).toBe(text.replace(written, '动态'));
    }
  });
});
