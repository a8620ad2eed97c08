/**
 * Snippets (issue 7): generated from the built-in templates (templates/*.md), registered in package.json, and each
 * one, expanded with plausible text in its fields, is a draft that lints clean.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/index.js';
import { BUILTIN_TEMPLATES, snippetFile, type SnippetEntry } from '../../src/templates/index.js';

const root = join(__dirname, '..', '..');
const read = (p: string) => readFileSync(join(root, p), 'utf8');
const FORMATS = ['markdown', 'plaintext'] as const;
const texts = Object.fromEntries(BUILTIN_TEMPLATES.map((b) => [b.file, read(`templates/${b.file}`)]));

/**
 * Expand a VS Code snippet body: `$1`, `${1}`, `${1:default}` (defaults may nest), `$VAR`, `${VAR}`, `${VAR:default}`,
 * escapes `\$ \} \\`. `fill(index, default)` gives a tab stop's text (the same index always gets the first answer).
 */
function expand(body: string, fill: (index: number, def: string) => string, variables: Record<string, string>): string {
  const chosen = new Map<number, string>();
  let i = 0;
  const parse = (inPlaceholder: boolean): string => {
    let out = '';
    while (i < body.length) {
      const c = body[i]!;
      if (c === '\\' && /[$}\\]/.test(body[i + 1] ?? '')) {
        out += body[i + 1];
        i += 2;
      } else if (inPlaceholder && c === '}') {
        return out;
      } else if (c === '$') {
        let m = /^\$(\d+)/.exec(body.slice(i)) ?? /^\$\{(\d+)\}/.exec(body.slice(i));
        if (m) {
          i += m[0].length;
          const n = Number(m[1]);
          out += chosen.get(n) ?? '';
          continue;
        }
        m = /^\$\{(\d+):/.exec(body.slice(i));
        if (m) {
          i += m[0].length;
          const def = parse(true);
          i++; // }
          const n = Number(m[1]);
          if (!chosen.has(n)) chosen.set(n, fill(n, def));
          out += chosen.get(n);
          continue;
        }
        m = /^\$\{?([A-Z_]+)\}?/.exec(body.slice(i));
        if (m && m[1]! in variables) {
          i += m[0].length;
          out += variables[m[1]!];
          continue;
        }
        throw new Error(`unexpected $ at ${i}: ${body.slice(i, i + 20)}`);
      } else {
        out += c;
        i++;
      }
    }
    return out;
  };
  return parse(false);
}

const VARIABLES = { CURRENT_YEAR: '2026', CURRENT_MONTH: '11', CURRENT_DATE: '20', CURRENT_HOUR: '17', CURRENT_MINUTE: '05' };

/** Plausible text for each prompt, per built-in template (prompts shared by all first). */
const COMMON: Record<string, string> = {
  '【单位名称】': '清河县农业农村局',
  '【报送单位】': '县委办公室信息科',
  '【签发人】': '刘建国',
  '【执笔人】': '陈晓燕',
  '【联系电话】': '0551-6283417',
  '【年-月-日 时:分】': '2026-11-20 15:20',
};
const VALUES: Record<string, Record<string, string>> = {
  动态信息: {
    '【标题】': '清河县秋粮收购完成计划任务93%',
    '【时间】': '截至2026年11月18日',
    '【地方或单位】': '清河县',
    '【开展了什么工作】': '共收购秋粮18.6万吨，完成全年收购计划20万吨的93%',
    '【具体做法，写清数量和范围】': '清河县农业农村局会同县粮食和物资储备中心在全县8个乡镇设立收购网点46个，每个网点配备粮食快速检测仪，现场出具水分和杂质检测结果',
    '【进展或成效，用数据说明】': '售粮农户平均排队时间由2025年同期的3.5小时缩短至1.2小时，剩余1.4万吨收购任务计划在2026年11月底前完成',
  },
  经验信息: {
    '【标题】': '桐溪县推行企业开办“一日办结”',
    '【时间】': '2026年3月',
    '【地方或单位】': '桐溪县政务服务管理局',
    '【做法概述】': '将企业开办涉及的5个事项整合为“一件事”，实行一表申请、一窗受理、一日办结',
    '【做法一，写清怎么做】': '精简材料，通过部门间数据共享，申请材料由21份减至6份',
    '【做法二】': '并联审批，市场监管、公安、税务等5个部门在综合窗口联合办公，各环节同步审核',
    '【做法三】': '费用兜底，县财政每年安排80万元，为新开办企业免费刻制首套公章',
    '【成效，用前后对比的数据说明】': '2026年3月至10月，桐溪县共办理企业开办1286件，企业开办平均用时由4.5个工作日缩短至0.8个工作日',
  },
  问题信息: {
    '【标题】': '江平县山区村冬季饮水保障存在隐患',
    '【时间和范围】': '2026年11月，江平县水利局对全县112处农村集中供水工程开展排查',
    '【问题的表现和影响，用数据说明】': '发现存在冬季断供隐患的工程27处，涉及38个行政村1.46万人',
    '【原因】': '这些工程设计标准偏低，管道埋深浅于当地冻土深度，且27处工程中有21处没有专职管水员',
    '【责任单位】': '江平县水利局',
    '【具体举措和时限】': '在2026年12月15日之前对19处埋深不足的管道加装保温层',
    '【建议二】': '由所在乡镇为8处水源不足的工程配备应急送水车辆',
  },
  建议信息: {
    '【标题】': '建议将农村老年助餐点纳入运营补贴',
    '【现状和存在的不足，用数据说明】': '截至2026年10月31日，云川市78个农村助餐点中已有17个暂停供餐，占21.8%',
    '【原因】': '农村助餐点就餐人数少、收费标准低，每月收入3780元，低于运营成本6500元',
    '【责任单位】': '云川市民政局会同市财政局',
    '【具体举措和时限】': '从2027年1月起将农村助餐点纳入运营补贴范围，按每餐2元标准补贴',
    '【建议二】': '由各乡镇依托敬老院中心厨房统一制餐、配送到村',
    '【建议三】': '由村民委员会引导本地企业认捐助餐资金，拓宽资金来源',
  },
  社情民意: {
    '【标题】': '老旧小区居民反映电动自行车充电难',
    '【时间】': '2026年11月1日至15日',
    '【渠道：热线、走访、网格员等】': '云川市东城区12345热线和社区网格员',
    '【群众反映的问题，写清数量和地方】': '电动自行车充电方面的群众诉求326件，其中反映小区没有充电设施的198件',
    '【问题的具体表现和群众的原话】': '诉求集中在2000年以前建成的64个老旧小区，平均9辆车1个充电端口，部分住户将电动自行车推入楼道充电',
    '【原因】': '老旧小区公共空间有限，可用于建设集中充电棚的场地少，充电设施建成后缺少运营维护主体',
    '【责任单位】': '东城区住房和城乡建设局',
    '【具体举措和时限】': '在2027年6月底前为64个老旧小区各建成至少1处集中充电点',
    '【建议二】': '由各街道办事处引入国有企业统一建设运营，执行每千瓦时不高于0.8元的充电价格',
  },
  紧急首报: {
    '【标题】': '南岭县石门镇发生山体塌方阻断县道',
    '【事发时间，如2026年11月19日15时20分】': '2026年11月20日15时20分',
    '【地点】': '南岭县石门镇柳坪村境内县道石柳线12公里处',
    '【事件性质】': '山体塌方',
    '【经过和影响范围】': '塌方量约3200立方米，石柳线双向交通中断，沿线1240名群众出行受到影响',
    '【伤亡情况，没有伤亡也写明暂无人员伤亡】': '塌方发生时无车辆和行人通过，暂无人员伤亡',
    '【初步原因，不明的写原因正在调查】': '初步分析原因是连日降雨导致边坡岩土体饱和失稳，具体原因正在调查',
    '【已采取的措施】': '南岭县应急管理局、交通运输局负责同志于16时10分赶到现场，在塌方点两端设置警示标志和管控点，调集挖掘机4台开展清障作业',
    '【下一步措施】': '南岭县将持续监测边坡变形和降雨情况，计划于2026年11月21日18时前恢复单向通行',
    '【姓名和职务】': '南岭县副县长周立新',
    '【联系人电话】': '0559-3512718',
  },
  紧急续报: {
    '【标题】': '南岭县石门镇山体塌方处置进展',
    '【一】': '一',
    '【首报以来的时间】': '截至2026年11月20日20时',
    '【事态的最新进展】': '石柳线塌方点已清理土石方2100立方米，占塌方总量的66%',
    '【伤亡和损失的最新情况】': '经排查，塌方未造成人员伤亡，1处通信光缆已抢修恢复',
    '【新采取的措施】': '南岭县增调挖掘机2台、自卸车4辆，分两班连续作业',
    '【下一步措施】': '南岭县将继续加快清障，力争于2026年11月21日12时前恢复单向通行',
  },
  紧急终报: {
    '【标题】': '南岭县石门镇山体塌方处置完毕',
    '【事件】': '南岭县石门镇县道石柳线山体塌方',
    '【处置完毕的时间】': '2026年11月20日18时',
    '【处置结果：恢复情况、伤亡和损失的最终数据】': '石柳线恢复双向通行，塌方未造成人员伤亡，直接经济损失约46万元',
    '【事件原因的调查结论】': '塌方系2026年11月17日至19日累计降雨86毫米导致边坡岩土体饱和失稳所致',
    '【安置、赔偿、整改等善后措施】': '临时转移的3户11名群众已返回家中，受损的通信光缆已修复',
    '【防范同类事件的长效措施】': '南岭县将对石柳线沿线21处高陡边坡逐一排查并建立监测台账',
  },
  专报: {
    '【标题】': '关于清河县农村集体经济发展情况的调研报告',
    '【调研或报告的由来：时间、范围、方法】': '2026年10月，清河县农业农村局组成调研组，对全县8个乡镇126个行政村的集体经济发展情况开展调研',
    '【总体判断】': '全县村级集体经济总体呈增长态势，但发展不平衡问题仍较突出',
    '【基本情况，用数据说明】': '2025年，全县村级集体经营性收入总额为5860万元，村均46.5万元，其中收入超过100万元的村有12个',
    '【存在的问题及原因】': '全县仍有21个村集体经营性收入低于10万元，主要原因是这些村地处偏远、缺少可经营的资产和资源',
    '【对策建议：由谁、做什么、何时完成】': '建议由清河县农业农村局牵头，在2027年6月底前为21个薄弱村各落实1个产业项目，所需资金从衔接资金中列支',
  },
};

function snippets(format: (typeof FORMATS)[number]): Record<string, SnippetEntry> {
  return JSON.parse(read(`snippets/${format}.json`)) as Record<string, SnippetEntry>;
}

describe('snippets', () => {
  for (const format of FORMATS) {
    it(`snippets/${format}.json is generated from templates/*.md (regenerate with -u)`, async () => {
      await expect(`${JSON.stringify(snippetFile(texts, format), null, 2)}\n`).toMatchFileSnapshot(`../../snippets/${format}.json`);
    });
  }

  it('are registered in package.json for Markdown and plain text', () => {
    const pkg = JSON.parse(read('package.json')) as { contributes: { snippets?: { language: string; path: string }[] } };
    expect(pkg.contributes.snippets).toEqual(
      expect.arrayContaining([
        { language: 'markdown', path: './snippets/markdown.json' },
        { language: 'plaintext', path: './snippets/plaintext.json' },
      ]),
    );
  });

  it('one snippet per kind, with unique pinyin and Chinese prefixes', () => {
    const s = snippets('markdown');
    expect(Object.keys(s)).toHaveLength(9);
    const all = Object.values(s).flatMap((e) => e.prefix);
    expect(new Set(all).size).toBe(all.length);
    for (const e of Object.values(s)) {
      expect(e.prefix.some((p) => /^xx-[a-z]+$/.test(p))).toBe(true);
      expect(e.prefix.some((p) => /^\p{Script=Han}+$/u.test(p))).toBe(true);
    }
    expect(s['问题信息']!.prefix).toEqual(expect.arrayContaining(['xx-wt', '问题信息']));
  });

  for (const format of FORMATS) {
    for (const [name, snippet] of Object.entries(snippets(format))) {
      const body = snippet.body.join('\n');
      const path = format === 'markdown' ? 'draft.md' : 'draft.txt';

      it(`${format} ${name}: filled with plausible text, lints with no message at all`, () => {
        const table = { ...COMMON, ...VALUES[name] };
        const unknown: string[] = [];
        const text = `${expand(body, (_n, def) => table[def] ?? (unknown.push(def), def), VARIABLES)}\n`;
        expect(unknown, 'every tab stop has a value in the test table').toEqual([]);
        expect(text).toContain('（签发：刘建国　执笔：陈晓燕　电话：0551-6283417）');
        expect(text).toMatch(/^---\n类型: /u);
        const result = lint(text, { path });
        expect(result.messages.map((m) => `${m.ruleId} ${m.severity}: ${m.message} «${text.slice(m.start, m.end)}»`)).toEqual([]);
        expect(result.stats.kindSource).toBe('front-matter');
        expect(result.stats.title).toBe(text.split('\n---\n\n')[1]!.split('\n')[0]!.replace(/^# /u, ''));
      });

      it(`${format} ${name}: left unfilled, every body field is an error of placeholder`, () => {
        const defaults = new Map<number, string>();
        const text = `${expand(body, (n, def) => (defaults.set(n, def), def), VARIABLES)}\n`;
        // The body: after the front matter, in the snippet and in the expanded text.
        const snippetBody = body.slice(body.indexOf('\n---', 4));
        const bodyStart = text.indexOf('\n---\n', 4) + 5;
        const fields = new Set([...defaults].filter(([n]) => snippetBody.includes(`\${${n}:`)).map(([, d]) => d));
        expect(fields.size).toBeGreaterThanOrEqual(3);
        expect(fields).toContain('【标题】');
        const expected: string[] = [];
        for (const f of fields) {
          for (let at = text.indexOf(f, bodyStart); at >= 0; at = text.indexOf(f, at + f.length)) expected.push(`${at} ${f}`);
        }
        const result = lint(text, { path });
        const flagged = result.messages.filter((m) => m.ruleId === 'placeholder' && m.severity === 'error').map((m) => `${m.start} ${text.slice(m.start, m.end)}`);
        expect(flagged.sort()).toEqual(expect.arrayContaining(expected.sort()));
      });

      it(`${format} ${name}: tab stops run from the title through the body to the sign-off, then the front matter`, () => {
        const order: string[] = [];
        expand(body, (n, def) => ((order[n - 1] = def), def), VARIABLES);
        expect(order[0]).toBe('【标题】');
        const body0 = body.slice(body.indexOf('\n---', 4));
        const lastBody = Math.max(...order.map((d, k) => (body0.includes(`\${${k + 1}:${d}`) ? k : -1)));
        const firstFmOnly = order.findIndex((d, k) => !body0.includes(`\${${k + 1}:`));
        if (firstFmOnly >= 0) expect(firstFmOnly).toBeGreaterThan(lastBody);
      });
    }
  }
});
