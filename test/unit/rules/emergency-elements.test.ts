import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateConfig } from '../../../src/core/config.js';
import { configSchema, rulesById } from '../../../src/index.js';
import { loadedTables } from '../../../src/rules/lib/data.js';
import { draft, messagesOf } from '../helpers.js';

const R = 'emergency-elements';
const TITLE = '南岭县石门镇发生山体塌方阻断县道';
const first = (body: string) => draft(body, { kind: '紧急-首报', title: TITLE });

const FULL =
  '2026年11月19日15时20分，南岭县石门镇柳坪村县道石柳线12公里处发生山体塌方，暂无人员伤亡。初步分析原因是连续降雨导致边坡失稳。县应急管理局已组织人员赶赴现场设置管控点。下一步，将持续监测边坡变形。';

describe('emergency-elements', () => {
  it('passes a complete first report, and the bundled good example', () => {
    expect(messagesOf(R, first(FULL))).toEqual([]);
    const example = readFileSync(join(__dirname, '..', '..', '..', 'examples', '05-jinji-shoubao-good.md'), 'utf8');
    expect(messagesOf(R, example)).toEqual([]);
  });

  it('lists exactly the missing elements in order, in one message at the title', () => {
    const text = first('2026年11月19日15时20分，南岭县石门镇柳坪村发生山体塌方。县应急管理局已组织人员赶赴现场。下一步，将持续监测。');
    const ms = messagesOf(R, text);
    expect(ms).toHaveLength(1);
    expect(ms[0]!.message).toBe('紧急首报缺少要素：伤亡、原因。请补充（没有伤亡也要写明“暂无人员伤亡”，原因不明写“原因正在调查”）。');
    expect(text.slice(ms[0]!.start, ms[0]!.end)).toBe(TITLE);
    expect(ms[0]!.severity).toBe('error');
  });

  it('accepts explicit negatives and a cause under investigation', () => {
    const body = '2026年11月19日15时20分，石门镇柳坪村发生山体塌方，未造成人员伤亡，原因正在调查。县应急管理局立即调派人员赶赴现场。下一步，将持续监测。';
    expect(messagesOf(R, first(body))).toEqual([]);
  });

  it('recognises causes as disaster reports write them: 受…影响, 因…引发/发生, 由…造成', () => {
    const rest = '暂无人员伤亡。县应急管理局立即调派人员赶赴现场。下一步，将持续监测。';
    for (const cause of [
      '受连日降雨影响，石门镇柳坪村发生山体塌方，',
      '受冷空气和降雨共同影响，石门镇柳坪村发生山体塌方，',
      '石门镇一木材加工厂因1台电暖器使用不当引发火灾，',
      '石门镇省道S216线K32处因连续降雨发生落石，',
      '石门镇一处燃气管道因邻近工地打桩被挤裂，发生燃气泄漏，',
      '石门镇建设路发生路面塌陷，塌陷由地下排水管渗漏冲刷路基造成，',
    ]) {
      expect(messagesOf(R, first(`2026年11月19日15时20分，${cause}${rest}`)), cause).toEqual([]);
    }
    // 因 + the condition + the event itself, in one clause (blind set 4's class): 因雨后路滑侧翻、因电线老化起火.
    for (const cause of ['石门镇一辆农用三轮车因雨后路滑侧翻至路边水沟，', '石门镇一处民房因电线老化起火，', '石门镇县道X012线因连日降雨塌方，']) {
      expect(messagesOf(R, first(`2026年11月19日15时20分，${cause}${rest}`)), cause).toEqual([]);
    }
    // 因灾 and 因此 name no cause: the report still lacks one.
    for (const notCause of ['石门镇柳坪村发生山体塌方，因灾受损房屋3间，', '石门镇柳坪村发生山体塌方，因此县道中断，']) {
      expect(messagesOf(R, first(`2026年11月19日15时20分，${notCause}${rest}`))[0]?.message, notCause).toContain('原因');
    }
    // 受到影响 says what was affected, not why.
    const affected = first(`2026年11月19日15时20分，石门镇柳坪村发生山体塌方，道路通行受到影响，${rest}`);
    expect(messagesOf(R, affected)[0]!.message).toContain('缺少要素：原因。');
  });

  it('recognises measures as disaster reports write them, but not in the next-step sentences', () => {
    const head = '2026年11月19日15时20分，受连日降雨影响，石门镇柳坪村发生山体塌方，暂无人员伤亡。';
    for (const measure of ['柳坪村组织转移群众8户26人。', '县交通运输局组织机械抢通道路。', '县自然资源局对沿线12处边坡开展排查。', '县交警大队实行临时交通管制。', '交警对事故路段实行单向通行。', '县交警大队在两端分流过往车辆。', '交警在现场疏导交通，过往车辆绕行乡道。']) {
      expect(messagesOf(R, first(`${head}${measure}下一步，将持续监测。`)), measure).toEqual([]);
    }
    const onlyNext = first(`${head}下一步，柳坪村将视情组织转移群众，县自然资源局将对沿线边坡开展排查，交警将分流过往车辆。`);
    expect(messagesOf(R, onlyNext)[0]!.message).toContain('缺少要素：措施。');
  });

  it('recognises casualties stated without 伤亡: 造成2人…, 擦伤, 未发现人员感染', () => {
    const tail = '原因正在调查。县应急管理局立即赶赴现场。下一步，将持续监测。';
    for (const hurt of ['造成2人吸入烟雾，经救治已无大碍', '司机轻微擦伤，已送医检查', '未发现人员感染']) {
      expect(messagesOf(R, first(`2026年11月19日15时20分，石门镇柳坪村发生火灾，${hurt}。${tail}`)), hurt).toEqual([]);
    }
  });

  it('does not take 原因正在调查 for a next step', () => {
    const body = '2026年11月19日15时20分，石门镇柳坪村发生山体塌方，暂无人员伤亡，原因正在调查。县应急管理局立即赶赴现场处置。';
    expect(messagesOf(R, first(body))[0]!.message).toContain('缺少要素：下一步。');
  });

  it('counts casualties with a number, a negative, or a statement that they are not yet known (as a cause under investigation)', () => {
    const body = '2026年11月19日15时20分，石门镇柳坪村发生山体塌方，掩埋村道60米，原因正在调查。县应急管理局立即赶赴现场。下一步，将持续监测。';
    expect(messagesOf(R, first(body))[0]!.message).toContain('缺少要素：伤亡。');
    for (const said of ['造成2人受伤', '伤亡情况不明', '人员伤亡情况正在核实']) {
      expect(messagesOf(R, first(body.replace('掩埋村道60米', said))), said).toEqual([]);
    }
  });

  it('checks a final report for result and aftermath', () => {
    const fin = (body: string) => draft(body, { kind: '紧急-终报', title: '南岭县石门镇山体塌方处置情况终报' });
    expect(messagesOf(R, fin('截至2026年11月20日18时，塌方体已清理完毕，石柳线恢复单向通行。转移群众已返回家中，县政府对受损农房给予补偿。'))).toEqual([]);
    expect(messagesOf(R, fin('截至2026年11月20日18时，塌方体已清理完毕，石柳线恢复单向通行。'))[0]!.message).toBe(
      '紧急终报缺少要素：善后。请补充。',
    );
  });

  it('does not run for follow-up reports or other kinds', () => {
    expect(messagesOf(R, draft('塌方体清运过半。', { kind: '紧急-续报', title: '塌方处置情况续报一' }))).toEqual([]);
    expect(messagesOf(R, draft('全县完成培训12场。', { kind: '动态' }))).toEqual([]);
  });

  it('reads its cues through the one table loader (src/rules/lib/data.ts)', () => {
    expect(loadedTables().get(R)).toBe('rules/data/emergency-elements.yaml');
  });

  describe('cues (patterns from the configuration)', () => {
    const withCues = (cues: Record<string, unknown>) => ({ config: { rules: { [R]: { cues } } } });
    // Time, place, nature, cause, measures and next steps are there; casualties are not (in the built-in words).
    const noCasualties = '2026年11月19日15时20分，石门镇柳坪村发生山体塌方，原因正在调查。县应急管理局立即赶赴现场。下一步，将持续监测。';

    it('adds what counts as an element', () => {
      expect(messagesOf(R, first(`${noCasualties}人员平安无事。`))[0]!.message).toContain('缺少要素：伤亡。');
      expect(messagesOf(R, first(`${noCasualties}人员平安无事。`), withCues({ 伤亡: ['平安无事'] }))).toEqual([]);
    });

    // Stall guard, not a timing: JavaScript's backtracking engine needs 30 s to a minute for (a|a)*b on 28 a's (the time
    // doubles with each a), far beyond the limit; the linear-time engine a few microseconds.
    it('runs on the linear-time engine: (a|a)*b does not stall a lint', { timeout: 5_000 }, () => {
      const ms = messagesOf(R, first(`${noCasualties}${'a'.repeat(28)}`), withCues({ 伤亡: ['(a|a)*b'] }));
      expect(ms.map((m) => m.message)).toContain('紧急首报缺少要素：伤亡。请补充（没有伤亡也要写明“暂无人员伤亡”）。');
    });

    it('an element the rule does not know, or cues that are not a list of patterns, are configuration problems', () => {
      const data = { rules: { [R]: { cues: { 伤亡: ['无人受伤'], 死伤: ['无人死伤'], 原因: '正在调查', 措施: ['封路', 3] } } } };
      const config = validateConfig(data, 'team.xinxirc.yaml', rulesById);
      expect(config.problems.map((p) => [p.file, p.key, p.message])).toEqual([
        ['team.xinxirc.yaml', 'rules.emergency-elements.cues.死伤', '选项“rules.emergency-elements.cues”没有“死伤”这一项（可用的有：时间、地点、性质、伤亡、原因、措施、下一步、结果、善后），已忽略。'],
        ['team.xinxirc.yaml', 'rules.emergency-elements.cues.原因', '选项“rules.emergency-elements.cues.原因”应为文字的列表，已忽略。'],
        ['team.xinxirc.yaml', 'rules.emergency-elements.cues.措施', '选项“rules.emergency-elements.cues.措施”应为文字的列表，已忽略。'],
      ]);
      expect(config.problems[0]!.messageEn).toBe(
        'Option "rules.emergency-elements.cues" has no entry "死伤" (the entries are 时间, 地点, 性质, 伤亡, 原因, 措施, 下一步, 结果, 善后); ignored.',
      );
      // The rest of the option stands.
      expect(config.rules[R]!.options).toEqual({ cues: { 伤亡: ['无人受伤'] } });
      // The same under a kind's rules, and the JSON schema of .xinxirc names the elements.
      const byKind = validateConfig({ kinds: { 紧急首报: { rules: { [R]: { cues: { 死伤: [] } } } } } }, 'team.xinxirc.yaml', rulesById);
      expect(byKind.problems.map((p) => p.key)).toEqual(['kinds.紧急首报.rules.emergency-elements.cues.死伤']);
      expect(JSON.stringify(configSchema([rulesById.get(R)!]))).toContain('"propertyNames":{"enum":["时间","地点","性质","伤亡","原因","措施","下一步","结果","善后"]}');
    });

    it('says which patterns it cannot run, and checks the draft without them', () => {
      const cues = { 伤亡: ['(?<!未)受伤', '(受|负)伤\\1', '((', '无人受伤'], 原因: ['.*'] };
      const text = first(`${noCasualties}无人受伤。`);
      const ms = messagesOf(R, text, withCues(cues));
      expect(ms.map((m) => [m.severity, m.message])).toEqual([
        ['warning', '选项“emergency-elements.cues.伤亡”中的正则表达式“(?<!未)受伤”用了本工具不支持的写法（前后断言 (?=…)、(?<=…) 或反向引用 \\1），已忽略，请改写为不含这些写法的形式。'],
        ['warning', '选项“emergency-elements.cues.伤亡”中的正则表达式“(受|负)伤\\1”用了本工具不支持的写法（前后断言 (?=…)、(?<=…) 或反向引用 \\1），已忽略，请改写为不含这些写法的形式。'],
        ['warning', '选项“emergency-elements.cues.伤亡”中的正则表达式“((”写法有误，已忽略，请检查括号、方括号和转义是否成对。'],
        ['warning', '选项“emergency-elements.cues.原因”中的正则表达式“.*”可以匹配空字符串，会让这一要素总算作写明，已忽略。'],
      ]);
      expect(ms[0]!.messageEn).toBe(
        'The pattern "(?<!未)受伤" of the option emergency-elements.cues.伤亡 uses lookaround or a back-reference, which configured patterns do not support; it was ignored.',
      );
      expect(ms.every((m) => text.slice(m.start, m.end) === TITLE)).toBe(true);
      // The pattern that runs still counts (无人受伤), the refused ones do not make an element present.
      const none = first('2026年11月19日15时20分，石门镇柳坪村发生山体塌方。县应急管理局立即赶赴现场。下一步，将持续监测。');
      expect(messagesOf(R, none, withCues(cues)).map((m) => m.message)).toContain(
        '紧急首报缺少要素：伤亡、原因。请补充（没有伤亡也要写明“暂无人员伤亡”，原因不明写“原因正在调查”）。',
      );
    });
  });

  it('takes sick and hospitalised counts for casualties, and neither arrival nor 将及时续报 for measures or next steps', () => {
    const sick = '2026年11月19日18时30分，石门镇河湾村一农户家宴后，就餐的43人中有16人出现腹痛、呕吐症状，均已送医治疗，无危重病例。中毒原因正在调查。县疾控中心已采集样本送检。下一步，将对农村家宴厨师开展培训。';
    expect(messagesOf(R, draft(sick, { kind: '紧急-首报', title: '石门镇一农户家宴发生疑似食物中毒' }))).toEqual([]);
    const arrived = '2026年11月19日15时20分，石门镇柳坪村发生山体塌方，1人轻伤，已送县人民医院救治，原因正在调查。县应急管理局负责同志已赶到现场。有关情况将及时续报。';
    expect(messagesOf(R, first(arrived))[0]!.message).toMatch(/缺少要素：措施、下一步/);
  });

  it('reads clearing work as measures, 转移安置 as no aftermath, and 全乡、乡政府 as no place (blind set 5)', () => {
    const first = (title: string, body: string) =>
      `---\n类型: 紧急首报\n事发时间: 2026-11-21 07:50\n报送时间: 2026-11-21 08:50\n---\n\n# ${title}\n\n${body}\n`;
    const final = (body: string) => `---\n类型: 紧急终报\n---\n\n# 云台乡“11·17”山洪处置情况终报\n\n${body}\n`;
    expect(
      messagesOf(
        'emergency-elements',
        first('杨柳乡发生一起农用三轮车侧翻事故', '2026年11月21日7时50分，白水县杨柳乡石板村一辆农用三轮车侧翻至路边沟内，车上2人受轻伤，已送乡卫生院救治。事故原因正在调查。事发后，杨柳乡组织吊车将车辆拖离。下一步，杨柳乡将开展集中整治。'),
      ),
    ).toEqual([]);
    const [place] = messagesOf(
      'emergency-elements',
      first('一处民房发生柴房火灾', '2026年11月21日7时50分，一处民房因灶台余火引燃柴草发生火灾，暂无人员伤亡。村民和乡专职消防队赶到现场扑救，明火被扑灭。下一步，乡政府将对全乡柴草堆放点逐户排查。'),
    );
    expect(place!.message).toContain('地点');
    // 山后村、岭后街 are names of places (后 is no place only before 县、镇…: 事发后县应急管理局).
    const collapse = (where: string) =>
      first('一处闲置房屋倒塌', `2026年11月21日7时50分，${where}一处闲置房屋因连日降雨倒塌，无人员伤亡。县应急管理局组织人员转移周边群众12户。下一步，将继续排查。`);
    expect(messagesOf('emergency-elements', collapse('山后村'))).toEqual([]);
    expect(messagesOf('emergency-elements', collapse('事发后县应急管理局核实，'))[0]!.message).toContain('地点');
    const [after] = messagesOf('emergency-elements', final('2026年11月17日，云台乡遭遇强降雨引发山洪，受灾群众转移安置420人，无人员伤亡。截至11月20日，村道已全部抢通，转移群众已全部返回家中。'));
    expect(after!.message).toContain('善后');
    expect(messagesOf('emergency-elements', final('2026年11月17日，云台乡遭遇强降雨引发山洪，受灾群众转移安置420人，无人员伤亡。截至11月20日，村道已全部抢通。云台乡已为3户倒房户安排过渡安置房。'))).toEqual([]);
  });

  it('takes 路 and 学校 inside words of things (线路、路基、路面、管路、一段学校围墙、全镇学校) for no place', () => {
    const first = (title: string, body: string) =>
      `---\n类型: 紧急首报\n事发时间: 2026-11-22 07:40\n报送时间: 2026-11-22 09:10\n---\n\n# ${title}\n\n${body}\n`;
    const rest = '暂无人员伤亡。事发后，镇里立即设置警戒区域，组织抢修。下一步，镇里将对全镇线路、路基和学校围墙开展排查。';
    for (const [title, event] of [
      ['一处供电线路断线', '一根10千伏供电线路因覆冰断线，'],
      ['一处路基塌陷', '一段路基因连日降雨塌陷，'],
      ['一处路面塌陷', '一处路面因地下水管渗漏塌陷，'],
      ['一处供水管路爆裂', '一段供水管路因低温爆裂，'],
      ['一所学校围墙倒塌', '一段学校围墙因连日降雨倒塌，'],
    ]) {
      const [m] = messagesOf(R, first(title!, `2026年11月22日7时40分，${event}${rest}`));
      expect(m?.message, title).toBe('紧急首报缺少要素：地点。请补充。');
    }
    // Names of places stay places: 人民路、建设路口、中心学校、G205国道.
    for (const where of ['梨花镇人民路', '高岭镇建设路口', '金溪镇中心学校', 'G205国道']) {
      expect(messagesOf(R, first(`${where}一处路面塌陷`, `2026年11月22日7时40分，一处路面因地下水管渗漏塌陷，${rest}`)), where).toEqual([]);
    }
  });

  it('reads stoppages and people stranded as the nature, 费用由…承担、退还 as aftermath, 返回家中、复课 as result', () => {
    const first = (title: string, body: string) =>
      `---\n类型: 紧急首报\n事发时间: 2026-11-22 07:40\n报送时间: 2026-11-22 09:10\n---\n\n# ${title}\n\n${body}\n`;
    const final = (title: string, body: string) => `---\n类型: 紧急终报\n---\n\n# ${title}\n\n${body}\n`;
    for (const event of ['景区观光车因电路故障停运，山顶滞留游客63人', '渡船因发动机故障停在江心，船上乘客17人被困', '自来水厂因取水泵损坏停止供水']) {
      const body = `2026年11月22日7时40分，云台乡云台山${event}，暂无人员伤亡。事发后，乡里立即组织救援。下一步，乡里将开展安全检查。`;
      expect(messagesOf(R, first('云台乡云台山景区突发情况', body)), event).toEqual([]);
    }
    const done = '2026年11月21日3时20分北塘街道幸福小区发生的燃气泄漏，已于当日4时10分处置完毕，未造成人员伤亡。';
    for (const after of ['街道为各户免费检查燃气管道，费用由燃气公司承担。', '景区向滞留游客全额退还票款。']) {
      expect(messagesOf(R, final('幸福小区燃气泄漏处置情况终报', done + after)), after).toEqual([]);
    }
    // Going home is the end of the evacuation (the result), not the aftermath.
    const [home] = messagesOf(R, final('云台乡山洪处置情况终报', '2026年11月17日，云台乡遭遇山洪，转移群众420人，无人员伤亡。转移群众已全部返回家中。'));
    expect(home!.message).toBe('紧急终报缺少要素：善后。请补充。');
    const [school] = messagesOf(R, final('中心小学群体性腹泻处置情况终报', '2026年11月20日中心小学发生群体性腹泻，医疗费用由学校承担，学校11月23日复课。'));
    expect(school).toBeUndefined();
  });

  it('reads the aftermath of a final report as county writers state it: 整顿、刑事拘留、租房补贴、减免、安抚、全镇同类检查、增设护栏 (h-w9-emergency)', () => {
    const final = (body: string) => `---\n类型: 紧急终报\n---\n\n# 白沙镇纸箱厂火灾处置情况（终报）\n\n${body}\n`;
    const done = '2026年11月20日18时，白沙镇纸箱厂火灾现场清理完毕，疏散的12户群众已回到家中。';
    for (const after of [
      '该厂已被责令停产整顿。',
      '经认定，驾驶员负事故全部责任，已被依法刑事拘留。',
      '3户房屋位于危险区内，由镇政府租房过渡，每户每月发放租房补贴800元。',
      '受影响居民11月份燃气费由燃气公司减免。',
      '柳塘乡已安排专人做好家属安抚工作。',
      '县应急管理局对全镇12家纸品企业开展了消防安全检查。',
      '乡政府已在沿河危险地段增设警示牌32块、防护栏1.5公里。',
    ]) {
      expect(messagesOf(R, final(done + after)), after).toEqual([]);
    }
    // Checking the site itself is handling, not aftermath.
    const [m] = messagesOf(R, final(`${done}现场排查未发现其他隐患。`));
    expect(m!.message).toBe('紧急终报缺少要素：善后。请补充。');
  });

  it('reads first reports of vehicles overturned, pupils with symptoms, people missing or lost (h-w9-emergency 2)', () => {
    const first = (title: string, body: string) => `---\n类型: 紧急首报\n---\n\n# ${title}\n\n${body}\n`;
    // 翻下路坎 is the nature, 勘查 and 吊出 are measures.
    expect(messagesOf(R, first('柳塘乡一辆三轮车翻下路坎', '2026年11月19日9时40分，柳塘乡东坪村村道上，一辆三轮车因刹车失灵翻下路坎，驾驶员1人擦伤。民警到场勘查，组织村民将车辆吊出。下一步，将在临崖路段增设警示桩。'))).toEqual([]);
    // 发热、呕吐 is the nature, 暂停供餐 and 采样 are measures.
    expect(messagesOf(R, first('石桥镇一幼儿园8名幼儿发热', '2026年11月19日9时40分，石桥镇阳光幼儿园8名幼儿出现发热、呕吐症状，已送镇卫生院诊治，病情平稳，原因正在调查。县疾控中心已到园采样，中班暂停集中用餐。下一步，将根据检测结果处置。'))).toEqual([]);
    // 未归、迷路 are the nature, 无大碍/无恙 the casualties, 经了解……因 the cause.
    expect(messagesOf(R, first('云台乡两名游客在云台山迷路', '2026年11月19日16时20分，2名游客在云台山后山迷路。乡政府组织护林员进山搜寻，18时40分找到2人，两人无大碍。经了解，两人因大雾迷失方向。下一步，乡里将在岔路口增设指示牌。'))).toEqual([]);
    // A missing element is still missing: no casualties in the overturned lorry's report, no measures for the old man.
    expect(messagesOf(R, first('城关街道一辆货车翻入水沟', '2026年11月19日9时40分，城关街道滨河路口一辆货车翻入路边水沟。民警到场勘查，组织吊车将车辆吊出。事故原因正在调查。下一步，将在路口增设减速带。'))[0]!.message).toContain('缺少要素：伤亡');
    expect(messagesOf(R, first('云台乡一名村民外出未归', '2026年11月19日7时，云台乡柳林村72岁村民李某外出放牛未归，至今下落不明，原因尚不清楚。下一步，乡里将协调公安部门调取沿路监控。'))[0]!.message).toBe('紧急首报缺少要素：措施。请补充。');
  });
});

describe('emergency-elements after blind sets 8 and 9', () => {
  const boat = (body: string) => draft(body, { kind: '紧急-首报', title: '蓝屿县北礁岛海域一艘渔船触礁进水' });

  it('reads accidents on water as a nature, and picking up crews and towing boats as measures', () => {
    const body =
      '2026年11月16日5时40分，蓝屿县籍渔船在北礁岛东南约3海里处触礁进水，船上6名船员已被附近渔船接走，暂无人员伤亡，事故原因正在调查。县海洋与渔业局派出执法船2艘，将该船拖至望潮渔港，并布设围油栏200米。下一步，将对同类渔船开展安全检查。';
    expect(messagesOf(R, boat(body))).toEqual([]);
    const capsized =
      '2026年11月19日16时40分，石门水库一艘游船在库区北侧倾覆，4人落水后均被救起，无生命危险，初步判断原因为突遇大风。县文化旅游局派出救生艇2艘，将游船拖回码头。下一步，将对库区游船开展安全检查。';
    expect(messagesOf(R, draft(capsized, { kind: '紧急-首报', title: '石门水库一艘游船翻覆' }))).toEqual([]);
  });

  it('takes the cut-off of a count (截至14时、至8时) for no time of the event', () => {
    const rest = '暂无人员伤亡，原因正在调查。县应急管理局已组织人员赶赴现场设置管控点。下一步，将持续监测。';
    expect(messagesOf(R, first(`石门镇柳坪村县道发生山体塌方，截至14时共有12辆车滞留，${rest}`))[0]!.message).toContain('时间');
    expect(messagesOf(R, first(`石门镇柳坪村县道发生山体塌方，至8时共有12辆车滞留，${rest}`))[0]!.message).toContain('时间');
    expect(messagesOf(R, first(`11月19日6时，石门镇柳坪村县道发生山体塌方，至8时共有12辆车滞留，${rest}`))).toEqual([]);
    expect(messagesOf(R, first(`11月19日6时至8时，石门镇柳坪村县道接连发生山体塌方，${rest}`))).toEqual([]);
  });

  it('does not take 派出所 for a measure', () => {
    const body = '2026年11月19日15时20分，南岭县石门镇柳坪村县道发生山体塌方，暂无人员伤亡，原因正在调查。石门派出所民警赶赴现场。下一步，将持续监测。';
    expect(messagesOf(R, first(body))[0]!.message).toContain('措施');
  });
});

describe('emergency-elements: a rescue by others', () => {
  it('does not take crews picked up by passing boats (被…救起) for a measure of the reporting office', () => {
    const body =
      '2026年11月16日5时40分，蓝屿县籍渔船在北礁岛东南约3海里处触礁进水，船上6名船员全部被附近渔船救起，暂无人员伤亡，事故原因正在调查。下一步，蓝屿县将对同类渔船开展安全检查。';
    expect(messagesOf(R, draft(body, { kind: '紧急-首报', title: '蓝屿县北礁岛海域一艘渔船触礁进水' }))[0]!.message).toContain('措施');
    const rescued = body.replace('船上6名船员全部被附近渔船救起', '县海事处组织渔船救起船上6名船员');
    expect(messagesOf(R, draft(rescued, { kind: '紧急-首报', title: '蓝屿县北礁岛海域一艘渔船触礁进水' }))).toEqual([]);
  });
});

describe('emergency-elements after blind set 10', () => {
  const report = (title: string, body: string) => draft(body, { kind: '紧急-首报', title });

  it('reads a vehicle gone into a ditch, pond or well, an icy or snowy road and a scrape as a nature', () => {
    const rest = '暂无人员伤亡，原因正在调查。镇交管站已组织吊车将车辆吊出。下一步，将在弯道增设警示标志。';
    for (const nature of ['一辆班车滑入路边水沟', '一辆面包车冲入路边鱼塘', '一辆货车后轮陷入排水渠', '一头耕牛掉入废弃水井', '大桥桥面结冰', '县道路面积雪厚12厘米', '两辆小客车轻微碰擦']) {
      expect(messagesOf(R, report('龙门镇六合村村道情况', `11月19日6时50分，龙门镇六合村村道${nature}，${rest}`)), nature).toEqual([]);
    }
    // 驶入高速 is driving on, not an accident.
    expect(messagesOf(R, report('龙门镇六合村村道情况', `11月19日6时50分，龙门镇六合村一辆货车驶入高速，${rest}`))[0]!.message).toContain('性质');
  });

  it('reads nobody hurt as written (均未受伤, 无人受伤, 乘客全部安全), not 车辆未受损', () => {
    const rest = '事故原因正在调查。镇交管站已组织吊车将车辆吊出。下一步，将在弯道增设警示标志。';
    for (const none of ['车上11名乘客和驾驶员均未受伤', '车上2人无人受伤', '车上11名乘客全部安全']) {
      expect(messagesOf(R, report('龙门镇一辆班车滑入水沟', `11月19日6时50分，龙门镇六合村村道一辆班车滑入路边水沟，${none}。${rest}`)), none).toEqual([]);
    }
    expect(messagesOf(R, report('龙门镇一辆班车滑入水沟', `11月19日6时50分，龙门镇六合村村道一辆班车滑入路边水沟，车辆未受损。${rest}`))[0]!.message).toContain('伤亡');
  });

  it('takes sending another vehicle and taking people on (另派车辆、转运、护送) as a measure, not in a next step nor 接送学生的车辆', () => {
    const head = '11月19日7时5分，平安镇大岭村村道一辆接送学生的车辆滑入路边水沟，车上9名学生均未受伤，事故原因正在调查。';
    expect(messagesOf(R, report('平安镇一辆学生车辆滑入水沟', `${head}平安镇中心小学已另派车辆将9名学生送至学校。下一步，县教育局将开展检查。`))).toEqual([]);
    expect(messagesOf(R, report('平安镇一辆学生车辆滑入水沟', `${head}下一步，平安镇中心小学将另派车辆转运学生。`))[0]!.message).toContain('措施');
  });

  it('reads who bears the costs and a penalty as the aftermath of a final report', () => {
    const body = '11月19日16时，货船在拖轮协助下脱浅，险情处置完毕。船方已承担拖轮费用，县海事处对船长作出处罚。';
    expect(messagesOf(R, draft(body, { kind: '紧急-终报', title: '桂峰港一艘货船搁浅处置情况（终报）' }))).toEqual([]);
    expect(messagesOf(R, draft('11月19日16时，货船在拖轮协助下脱浅，险情处置完毕。', { kind: '紧急-终报', title: '桂峰港一艘货船搁浅处置情况（终报）' }))[0]!.message).toContain('善后');
  });
});

describe('emergency-elements after blind set 11', () => {
  const report = (title: string, body: string) => draft(body, { kind: '紧急-首报', title });

  it('reads a forest fire as its reports write it (复燃, 山火, 明火, 过火面积, 火场余火, 阴燃冒烟) as a nature, not 严禁明火', () => {
    const rest = '暂无人员伤亡，原因正在调查。乡政府已调集扑火队员56人赶赴现场扑救。下一步，将安排专人看守。';
    for (const nature of ['过火区域内发生复燃', '北坡发生山火，过火面积约2公顷', '局部出现明火3处', '火场西侧余火未尽', '地下腐殖层阴燃冒烟']) {
      expect(messagesOf(R, report('双河乡马鞍山林区情况', `11月18日21时30分，双河乡马鞍山林区${nature}，${rest}`)), nature).toEqual([]);
    }
    // 严禁明火 is a ban posted, not a fire.
    expect(messagesOf(R, report('双河乡马鞍山林区情况', `11月18日21时30分，双河乡马鞍山林区入口设置严禁明火标志，${rest}`))[0]!.message).toContain('性质');
  });

  it('takes fighting a forest fire (以水灭火、扑打明火、开挖隔离带、看守火场) as a measure, not in a next step nor 扑火队员 or 灭火器 alone', () => {
    const head = '11月18日21时30分，双河乡马鞍山火场西侧余火复燃，暂无人员伤亡，原因正在调查。';
    for (const measure of ['乡政府组织扑火队员56人以水灭火', '乡政府组织扑火队员扑打明火', '乡政府在火场外围开挖隔离带', '乡政府安排专人看守火场']) {
      expect(messagesOf(R, report('双河乡马鞍山火场余火复燃', `${head}${measure}。下一步，将继续清理烟点。`)), measure).toEqual([]);
    }
    expect(messagesOf(R, report('双河乡马鞍山火场余火复燃', `${head}下一步，将组织扑火队员以水灭火，开挖隔离带。`))[0]!.message).toContain('措施');
    expect(messagesOf(R, report('双河乡马鞍山火场余火复燃', `${head}乡里有扑火队员56人、灭火器40具。下一步，将继续观察。`))[0]!.message).toContain('措施');
  });
});

describe('emergency-elements after blind set 13', () => {
  const report = (title: string, body: string) => draft(body, { kind: '紧急-首报', title });
  const rest = '暂无人员伤亡，原因正在调查。有关部门已撤离作业人员，设置警戒线。下一步，将组织专家会商。';

  it('reads a hazard state as the nature (塔吊倾斜、粉尘燃烧、木屑自燃、坝体渗水、调压箱漏气、边坡裂缝、桥面下沉)', () => {
    for (const nature of ['1台塔吊发生倾斜', '粉碎车间发生粉尘燃烧', '除尘器内木屑自燃', '坝体背水坡出现渗水', '燃气调压箱发生漏气', '后山边坡出现裂缝', '桥头桥面出现下沉']) {
      expect(messagesOf(R, report('石门镇柳坪村一处设施出现险情', `11月19日15时20分，石门镇柳坪村${nature}，${rest}`)), nature).toEqual([]);
    }
  });

  it('does not take a town named only in an office (县消防救援大队、市交通运输局副局长) as the place of the event', () => {
    const body =
      '11月24日7时40分，一辆运输钢材的半挂车发生侧翻，驾驶员1人轻微擦伤，侧翻原因正在调查。青川市公安局交通警察支队、青川市交通运输局接报后赶赴现场，对事故路段实施单向通行。下一步，将调集吊车清理散落钢材。现场负责人：青川市交通运输局副局长彭勇。';
    expect(messagesOf(R, report('一辆运输钢材的半挂车发生侧翻', body))[0]!.message).toContain('地点');
    const placed = body.replace('半挂车发生侧翻', '半挂车在G320国道黄泥岗路段发生侧翻');
    expect(messagesOf(R, report('一辆运输钢材的半挂车发生侧翻', placed))).toEqual([]);
    // 农村民房 names no village; a forest farm (凤栖岭国有林场) is a place.
    const fire = '11月22日19时20分，一处民房发生火灾，暂无人员伤亡，起火原因正在调查。石坪县消防救援大队20时5分将明火扑灭。下一步，将开展农村民房消防安全宣传。';
    expect(messagesOf(R, report('一处民房发生火灾', fire))[0]!.message).toContain('地点');
    expect(messagesOf(R, report('一处林地发生火情', fire.replace('一处民房', '凤栖岭国有林场第7林班一处林地')))).toEqual([]);
  });

  it('reads a finished operation (完成封堵、浓度降至、全部返回) as the result of a final report', () => {
    const title = '化工园区氯气泄漏处置情况终报';
    const aftermath = '该企业已被责令停产整改。';
    for (const result of ['11月18日13时完成泄漏管道封堵。', '周边氯气浓度检测值降至国家标准以下。', '疏散的周边群众213人全部返回。']) {
      expect(messagesOf(R, draft(result + aftermath, { kind: '紧急-终报', title })), result).toEqual([]);
    }
    expect(messagesOf(R, draft('经调查，泄漏原因是管道法兰垫片老化。' + aftermath, { kind: '紧急-终报', title }))[0]!.message).toContain('结果');
  });

  it('reads the repair of what the event damaged (对受损的挡土墙进行修复、对冲毁的堤坡进行加固) as the aftermath of a final report', () => {
    const title = '云溪县沙河堤防渗漏险情（终报）';
    const result = '11月22日14时，渗漏点出水变清，险情得到控制，转移群众全部返回家中。';
    for (const after of ['青岚区水利局已对冲毁的30米堤坡进行加固。', '县交通运输局正对受损的40米挡土墙进行修复。', '县交通运输局将重建水毁的两座漫水桥。']) {
      expect(messagesOf(R, draft(result + after, { kind: '紧急-终报', title })), after).toEqual([]);
    }
    // Reinforcing the dyke during the emergency is the response, not the aftermath.
    expect(messagesOf(R, draft('抢险人员连夜对堤坡进行加固。' + result, { kind: '紧急-终报', title }))[0]!.message).toContain('善后');
  });

  it('reads one death or injury without a count (抢救无效死亡、当场死亡) as casualties, not that of livestock, and a die-off of fish or pigs as a nature', () => {
    const report = (title: string, body: string) => draft(body, { kind: '紧急-首报', title });
    const rest = '事件原因正在调查。县应急管理局已组织人员赶赴现场处置。下一步，将开展排查。';
    for (const casualty of ['被村民救起后经急救人员现场抢救无效死亡', '被打捞上岸，经急救人员确认已死亡', '送县人民医院后医治无效死亡', '驾驶员当场死亡']) {
      expect(messagesOf(R, report('青枫县澜沧镇发生一起溺水事件', `11月21日16时40分，青枫县澜沧镇石垭村一名男子落水，${casualty}。${rest}`)), casualty).toEqual([]);
    }
    expect(messagesOf(R, report('青枫县澄溪镇一养牛场牛棚倒塌', `11月28日3时40分，青枫县澄溪镇枫林村一家养牛场牛棚倒塌，棚内6头肉牛当场死亡。${rest}`))[0]!.message).toContain('伤亡');
    for (const nature of ['4口精养池塘出现鱼类集中死亡', '养猪场生猪出现异常死亡']) {
      expect(messagesOf(R, report('青枫县芦汀镇一养殖场情况', `11月25日6时10分，青枫县芦汀镇菱角村${nature}，无人员伤亡，${rest}`)), nature).toEqual([]);
    }
  });
});

describe('emergency-elements: a person surnamed 牛/羊/马/朱/鱼, or named by a trade in livestock, is no livestock (h-b18-mend)', () => {
  const report = (body: string) => draft(body, { kind: '紧急-首报', title: '柘塘县石埠镇发生一起农用车侧翻事故' });
  const rest = '事故原因正在调查。县交警大队已封闭事故路段。下一步，将对村道急弯路段开展排查。';
  it('reads a named person’s death or injury as the casualties', () => {
    for (const casualty of ['驾驶人即村民牛某当场死亡', '车上的羊某受伤', '养猪户朱某某经抢救无效死亡', '牛某某（男，56岁）当场死亡', '村民牛建国当场死亡', '工人羊建华受伤']) {
      expect(messagesOf(R, report(`12月1日15时20分，柘塘县石埠镇下湾村一辆农用三轮车侧翻，${casualty}。${rest}`)), casualty).toEqual([]);
    }
  });
  it('still reads livestock deaths as no casualties, with a surnamed owner nearby', () => {
    for (const loss of ['养殖户牛某家中23只山羊当场死亡', '牛某的羊圈倒塌，圈内23只山羊当场死亡', '舍内4头肉牛经救治无效死亡']) {
      expect(messagesOf(R, report(`12月2日4时30分，柘塘县石埠镇下湾村${loss}。${rest}`))[0]?.message, loss).toContain('伤亡');
    }
    // 防范 is no casualty: 群众避免受伤.
    expect(messagesOf(R, report(`12月2日4时30分，柘塘县石埠镇下湾村一辆农用三轮车侧翻，提醒群众避免受伤。${rest}`))[0]?.message).toContain('伤亡');
  });
  it('does not read a person’s death as a die-off of livestock (the nature)', () => {
    const body = '12月1日15时20分，柘塘县石埠镇下湾村村民牛某死亡。原因正在调查，暂无其他人员伤亡。县公安局已派出民警赶到现场。下一步，将继续调查。';
    expect(messagesOf(R, draft(body, { kind: '紧急-首报', title: '柘塘县石埠镇下湾村情况报告' }))[0]?.message).toContain('性质');
  });
});

describe('emergency-elements: a title, 某 or a die-off that is no named casualty (review of h-b18-mend)', () => {
  const report = (body: string) => draft(body, { kind: '紧急-首报', title: '柘塘县石埠镇发生一起险情' });
  const rest = '原因正在调查。县应急管理局已派人赶赴现场处置。下一步，将开展隐患排查。';
  it('finds no casualties in livestock after a title, in a warning, in 立即, or in 某 naming a place or a unit', () => {
    for (const said of ['3户农户生猪死亡', '村民家禽死亡', '县应急管理局提醒居民防止老人摔倒受伤', '县教育局要求学校防止学生意外受伤', '县应急管理局立即搜救被困人员', '国道某路段多辆货车被困', '县应急管理局通知沿线某企业防范中毒']) {
      expect(messagesOf(R, report(`12月2日4时30分，柘塘县石埠镇下湾村${said}。${rest}`))[0]?.message, said).toContain('伤亡');
    }
  });
  it('still reads a person after a title, 某 with a gap, and livestock counted after 村民 as the event', () => {
    for (const said of ['驾驶员羊建华受伤', '李某在事故中受伤']) {
      expect(messagesOf(R, report(`12月2日4时30分，柘塘县石埠镇下湾村一辆农用三轮车侧翻，${said}。${rest}`)), said).toEqual([]);
    }
    const body = '12月2日4时30分，柘塘县石埠镇一养殖小区暴雨后村民羊只死亡12只，暂无人员伤亡。原因正在调查。县农业农村局已派人赶赴现场处置。下一步，将开展防疫消杀。';
    expect(messagesOf(R, draft(body, { kind: '紧急-首报', title: '柘塘县石埠镇一养殖小区羊只死亡' }))).toEqual([]);
  });
});

describe('emergency-elements: missing boats and people, and what a final report ends with (h-b17-content)', () => {
  const shou = (title: string, body: string) => draft(body, { kind: '紧急-首报', title });
  const zhong = (title: string, body: string) => draft(body, { kind: '紧急-终报', title });
  const rest = '县海洋与渔业局已派出搜救船2艘赶赴该海域。下一步，将请求市海上搜救中心增派力量。';
  it('reads casualties not yet known, and people counted as missing, as the casualties', () => {
    for (const said of ['船上有船员5人，人员伤亡情况暂不清楚', '船上5名船员暂时失联', '伤亡情况正在核实', '3人身体状况暂不清楚', '有无人员落水尚不清楚', '人员伤亡情况待进一步核实', '人员伤亡情况仍在全力核实', '船上5名船员情况不明', '船上5名船员生死未卜', '人员伤亡情况目前尚不掌握']) {
      expect(messagesOf(R, shou('石湾镇一艘渔船与岸台失去联系', `11月19日6时40分，石湾镇渔船在石湾镇以东约30海里海域与岸台失去联系，${said}，失联原因正在调查。${rest}`)), said).toEqual([]);
    }
    // A cause or a loss still being checked says nothing of people.
    for (const said of ['事故原因正在核实', '损失情况暂不清楚']) {
      expect(messagesOf(R, shou('石湾镇一艘渔船与岸台失去联系', `11月19日6时40分，石湾镇渔船在石湾镇以东约30海里海域与岸台失去联系，${said}，失联原因正在调查。${rest}`))[0]?.message, said).toContain('伤亡');
    }
  });
  it('reads a boat or a person found, the investigation’s finding and the assessed loss as the result of a final report', () => {
    const after = '善后方面，石湾镇已安排专人安抚船员家属，县海洋与渔业局对全县出海渔船开展了通信设备排查。';
    for (const result of ['11月16日14时，失联渔船被搜救船找到，6名船员全部获救', '走失老人于次日6时被寻回，已送回家中', '经县消防救援大队调查认定，起火原因为电线短路，直接经济损失约40万元']) {
      expect(messagesOf(R, zhong('石湾镇渔船失联事件终报', `11月16日5时30分，石湾镇渔船与岸台失去联系。${result}。${after}`)), result).toEqual([]);
    }
    for (const open of ['搜救船仍未找到失联渔船', '直接经济损失正在核算', '经调查已找到渔船起火的原因', '搜救船未能找到失联渔船', '搜救船没能找到失联渔船', '搜救船找到该船最后停泊位置', '搜救人员已找到走失老人的踪迹']) {
      expect(messagesOf(R, zhong('石湾镇渔船失联事件终报', `11月16日5时30分，石湾镇渔船与岸台失去联系，${open}。${after}`))[0]?.message, open).toBe('紧急终报缺少要素：结果。请补充。');
    }
  });

  it('recognises each element by a class of expressions, not a few phrasings (h-gen)', () => {
    const head = '2026年11月19日15时20分，南岭县石门镇柳坪村';
    const tail = '县应急管理局已组织人员赶赴现场设置警戒。下一步，将持续监测。';
    for (const body of [
      // casualties in other words: nobody buried or inside, no visible injury
      `${head}一处牛棚倒塌，无人被埋，原因正在调查。${tail}`,
      `${head}一处民房起火，事发时房内无人，原因正在调查。${tail}`,
      `${head}一辆轿车冲入水沟，驾驶员经检查无明显外伤，原因正在调查。${tail}`,
      // cause in other words: a preliminary judgement, a natural force as agent, a fault of conduct
      `${head}一处变压器起火，暂无人员伤亡，初步判断为线路短路。${tail}`,
      `${head}一处彩钢棚被大风掀翻，暂无人员伤亡。${tail}`,
      `${head}一处燃气管道破裂，暂无人员伤亡，施工单位未按规定探明管线。${tail}`,
      // nature without the word 事故: a lorry ran into a wall
      `${head}一辆货车撞上民房院墙，暂无人员伤亡，原因正在调查。${tail}`,
    ])
      expect(messagesOf(R, first(body)), body).toEqual([]);
    // 受此影响 tells an effect, not a cause.
    const effect = `${head}一处边坡垮塌，暂无人员伤亡。受此影响，县道中断。${tail}`;
    expect(messagesOf(R, first(effect))[0]!.message).toMatch(/缺少要素：原因/);
    const final = (body: string) => draft(body, { kind: '紧急-终报', title: '石门镇柳坪村山体塌方终报' });
    for (const body of [
      '2026年11月17日柳坪村山体塌方后，抢通工作于11月18日6时全部完成。受损的3户房屋已安排维修。',
      '2026年11月17日柳坪村被困的12名村民全部安全转出。镇政府为其退还了预缴的安置费用。',
      '2026年11月17日柳坪河水位于11月18日回落至警戒水位以下。冲毁的农田将于2027年春季复垦。',
    ])
      expect(messagesOf(R, final(body)), body).toEqual([]);
  });
});

describe('emergency-elements: the h-gen classes narrowed (review16, held-out h-mend-ee)', () => {
  const head = '2026年11月19日15时20分，南岭县石门镇柳坪村';
  const tail = '县应急管理局已组织人员赶赴现场设置警戒。下一步，将持续监测。';
  const lacks = (body: string, element: string) => expect(messagesOf(R, first(body))[0]?.message, body).toMatch(new RegExp(`缺少要素：[^。]*${element}`));

  it('reads a preliminary finding as a cause only with a cause word, not before a count of people', () => {
    lacks(`${head}一处厂房屋顶坍塌，经初步查明，现场有2名工人被埋。${tail}`, '原因');
    lacks(`${head}一辆客车侧翻，经清点确定为4人受伤。${tail}`, '原因');
    lacks(`${head}一处山塘坝体渗水，暂无人员伤亡，经专家初步研判险情总体可控。${tail}`, '原因');
    lacks(`${head}两车相撞，暂无人员伤亡，经交警部门现场认定为一般道路交通事故。${tail}`, '原因');
    for (const body of [
      `${head}一处民房起火，暂无人员伤亡，经初步查明，起火系电动车充电引起。${tail}`,
      `${head}一处管道破裂，暂无人员伤亡，初步判断为施工挖掘导致。${tail}`,
    ])
      expect(messagesOf(R, first(body)), body).toEqual([]);
  });

  it('reads no cause in what will be done, prevented or punished', () => {
    lacks(`${head}一处电动车棚起火，暂无人员伤亡。${tail.replace('将持续监测', '将开展排查，严防线路短路引发火灾')}`, '原因');
    lacks(`${head}一辆货车侧翻，暂无人员伤亡。${tail.replace('将持续监测', '将对超载车辆依法处罚')}`, '原因');
    lacks(`${head}一辆货车冲出路面，暂无人员伤亡。县交警大队将对疲劳驾驶开展专项整治。${tail}`, '原因');
    lacks(`${head}一处餐馆起火，暂无人员伤亡，已要求店主防范燃气使用不当。${tail}`, '原因');
    // the fault stated as what happened still counts, with a punishment elsewhere in the draft
    const stated = `${head}一辆货车侧翻，暂无人员伤亡，经勘查货车严重超载。县交警大队已对驾驶员依法处罚。${tail}`;
    expect(messagesOf(R, first(stated))).toEqual([]);
  });

  it('reads 无人 as casualties only when it closes the clause or a casualty word follows', () => {
    lacks(`${head}一处仓库起火，事发时现场无人员值守，原因正在调查。${tail}`, '伤亡');
    lacks(`${head}一处路口3车追尾，事发时路口无人指挥交通，原因正在调查。${tail}`, '伤亡');
    for (const body of [
      `${head}一处仓库起火，事发时库内无人，原因正在调查。${tail}`,
      `${head}一处民房倒塌，现场无人被困，原因正在调查。${tail}`,
    ])
      expect(messagesOf(R, first(body)), body).toEqual([]);
  });

  it('reads 维修 and 改由 as aftermath only for what was damaged, its cost or a service', () => {
    const final = (body: string) => draft(body, { kind: '紧急-终报', title: '石门镇柳坪村燃气泄漏终报' });
    const start = '2026年11月17日柳坪村燃气管道泄漏后，';
    for (const body of [
      `${start}县燃气公司组织维修人员于当日16时完成抢修，19时恢复供气。`,
      `${start}于当日16时完成抢修并恢复供气，过往车辆不再改由村西路绕行。`,
    ])
      expect(messagesOf(R, final(body))[0]?.message, body).toBe('紧急终报缺少要素：善后。请补充。');
    for (const body of [
      `${start}于当日16时完成抢修并恢复供气。县燃气公司已安排资金对沿线老旧管道进行维修。`,
      `${start}于当日16时完成抢修并恢复供气。停气期间，敬老院午餐改由镇食堂配送。`,
    ])
      expect(messagesOf(R, final(body)), body).toEqual([]);
  });
});

describe('emergency-elements: sea, fishing-boat and aquaculture incidents (wave 19)', () => {
  it('reads 断缆、漂移、脱锚、失去动力、溢油、赤潮、冲散 as the nature of the event', () => {
    const rest = '，暂无人员伤亡，原因正在调查。乡政府已组织渔船6艘赶赴现场处置。下一步，乡政府将组织逐口检查。';
    for (const event of [
      '青屿乡北侧养殖区渔排因大风断缆，约120口渔排漂移',
      '南澳镇湾内养殖区3组鱼排脱锚',
      '东沙乡一艘渔船在东沙岛以东8海里处失去动力',
      '城关港区2号泊位约0.3吨柴油溢入港池，形成溢油带',
      '西湾贝类养殖区发现赤潮，面积约6平方公里',
      '北岙镇深水网箱养殖区12口网箱被风浪冲散',
    ]) {
      const body = `11月19日22时40分，${event}${rest}`;
      // (A title that names no event: 南岭县…塌方 would give the nature by itself.)
      expect(messagesOf(R, draft(body, { kind: '紧急-首报', title: '东礁县海上养殖区情况报告' })), event).toEqual([]);
    }
  });

  it('does not take the count of the trapped as the casualties once they are all out (w21)', () => {
    const body = (end: string) =>
      `2026年11月20日11时40分，城关镇锦江花园小区1号电梯停于8楼与9楼之间，5名居民被困。维保单位12时06分将被困居民全部救出${end}。事件原因正在调查。县市场监督管理局已对该电梯停用封存，下一步将对小区其余电梯逐台排查。`;
    const kind = { kind: '紧急-首报', title: '城关镇锦江花园小区发生电梯困人事件' };
    expect(messagesOf(R, draft(body(''), kind)).map((m) => m.message).join('')).toContain('伤亡');
    expect(messagesOf(R, draft(body('，无人员伤亡'), kind))).toEqual([]);
    // Still trapped: the count is what is known.
    const still = '2026年11月20日9时，鹤汀镇一处厂房屋顶坍塌，现场有3名工人被困，原因正在调查。县消防救援大队已调派力量搜救，下一步将全力搜救被困人员。';
    expect(messagesOf(R, draft(still, { kind: '紧急-首报', title: '鹤汀镇一厂房屋顶坍塌' }))).toEqual([]);
  });
});
