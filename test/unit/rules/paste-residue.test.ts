import { describe, expect, it } from 'vitest';
import { dataProblems } from '../../../src/index.js';
import { loadedTables } from '../../../src/rules/lib/data.js';
import { draft, fixedBy, flagged, messagesOf } from '../helpers.js';

const R = 'paste-residue';

describe('paste-residue', () => {
  it('reads rules/data/paste-residue.yaml through the one loader (src/rules/lib/data.ts), without a problem', () => {
    expect(loadedTables().get(R)).toBe(`rules/data/${R}.yaml`);
    expect(dataProblems().filter((p) => p.file === `rules/data/${R}.yaml`)).toEqual([]);
  });

  it('finds pinyin annotations after characters, in half- and full-width brackets', () => {
    expect(flagged(R, draft('认真學(xué)習(xí)文件精神。'))).toEqual(['(xué)', '(xí)']);
    expect(flagged(R, draft('认真学（xué）习文件。'))).toEqual(['（xué）']);
    // A toneless syllable counts beside a toned one: 們(men).
    expect(flagged(R, draft('我們(men)對(duì)此高度重视。'))).toEqual(['(men)', '(duì)']);
  });

  it('finds a word\'s reading after it: syllables spaced or run together, toned, no more than the characters before', () => {
    expect(flagged(R, draft('清河县统筹(tǒng chóu)推进项目，开展排查（pái chá），进行鉴定(jiàndìng)。'))).toEqual(['(tǒng chóu)', '（pái chá）', '(jiàndìng)']);
    expect(fixedBy(R, draft('清河县统筹(tǒng chóu)推进项目。'))).toBe(draft('清河县统筹推进项目。'));
    // Names, English and codes in brackets are not readings: capitals, no tone, not pinyin, too many syllables.
    expect(messagesOf(R, draft('“白沙贡米”（Baisha Gongmi）已注册，流感（influenza）疫苗，稻虾共作（rice-crayfish），客户端（app），县（zhōng huá rén mín）。'))).toEqual([]);
  });

  it('finds a symbol lost after a figure (97.8?，零下8?，2.6万?，) and offers % where the sentence is about a rate', () => {
    expect(flagged(R, draft('参保率达到97.8?，最低气温降至零下8?，新建厂房2.6万?，占比28?以上。'))).toEqual(['?', '?', '?', '?']);
    const [rate, cold] = messagesOf(R, draft('参保率达到97.8?，最低气温降至零下8?，全县完成任务。'));
    expect(rate!.fixes.map((f) => [f.edits[0]!.text, f.safe])).toEqual([['%', false]]);
    expect(cold!.fixes).toEqual([]);
    expect(cold!.message).toBe('数字后面的“?”多为转码时丢失的符号（%、℃、㎡等），请对照原文改正。');
    // A question stays a question (fullwidth-punctuation's), English stays English.
    expect(messagesOf(R, draft('去年增长了多少，是6?'))).toEqual([]);
    expect(messagesOf(R, draft('Call 110? OK.'))).toEqual([]);
  });

  it('finds a website navigation link after the last sentence of a line, and deletes it on confirmation', () => {
    const text = draft('召开会议。查看全文>>\n\n改造132户。【详细】\n\n就业3260人。更多>>\n\n改造小区12个。点击阅读原文\n\n义诊24场。>>详细内容');
    expect(flagged(R, text)).toEqual(['查看全文>>', '【详细】', '更多>>', '点击阅读原文', '>>详细内容']);
    expect(fixedBy(R, draft('召开会议。查看全文>>'))).toBe(draft('召开会议。查看全文>>'));
    expect(fixedBy(R, draft('召开会议。查看全文>>'), { unsafe: true })).toBe(draft('召开会议。'));
    // In a sentence, or without its verb, arrow or brackets, it is the writer's text.
    expect(messagesOf(R, draft('方案已在县政府网站公开，群众可登录查看全文。该方案全文共3200字。我们要做得更多。更多'))).toEqual([]);
  });

  it('removes them safely, keeping every character', () => {
    expect(fixedBy(R, draft('认真學(xué)習(xí)文件，學（xué）以致用。'))).toBe(draft('认真學習文件，學以致用。'));
  });

  it('leaves units, abbreviations and English in brackets alone', () => {
    expect(messagesOf(R, draft('道路长度(km)约12公里，重量(kg)为5，单位(m)不变，国内生产总值(gdp)增长。'))).toEqual([]);
    expect(messagesOf(R, draft('数量(de)不详。'))).toEqual([]); // toneless, no toned neighbour
    expect(messagesOf(R, draft('代码`學(xué)`不查。'))).toEqual([]);
  });

  it('removes U+FFFD; between Han characters only on confirmation', () => {
    expect(flagged(R, draft('编印口袋书\uFFFD\uFFFD，发放给党员\uFFFD干部。'))).toEqual(['\uFFFD\uFFFD', '\uFFFD']);
    expect(fixedBy(R, draft('编印口袋书\uFFFD，发放给党员\uFFFD干部。'))).toBe(draft('编印口袋书，发放给党员\uFFFD干部。'));
    expect(fixedBy(R, draft('发放给党员\uFFFD干部。'), { unsafe: true })).toBe(draft('发放给党员干部。'));
    const [m] = messagesOf(R, draft('发放给党员\uFFFD干部。'));
    expect(m!.message).toContain('补上缺失的字');
  });

  it('finds runs of ? in Chinese text and a lone ? between Han characters', () => {
    expect(flagged(R, draft('共收集群众意见??条，已转办。\n\n更新观念??'))).toEqual(['??', '??']);
    expect(flagged(R, draft('确定信息工作?重点。'))).toEqual(['?']);
    // Safe only at a line end (nothing after it to lose); inside a sentence the writer confirms.
    expect(fixedBy(R, draft('更新观念??\n\n收集意见??条。'))).toBe(draft('更新观念\n\n收集意见??条。'));
    expect(fixedBy(R, draft('收集意见??条。'), { unsafe: true })).toBe(draft('收集意见条。'));
  });

  it('does not take questions, English or single marks at a line end for residue', () => {
    expect(messagesOf(R, draft('为什么要这样做?还要研究。'))).toEqual([]); // fullwidth-punctuation: ？
    expect(messagesOf(R, draft('Really?? Yes.'))).toEqual([]);
    expect(messagesOf(R, draft('更新观念?'))).toEqual([]); // a single ? after Chinese is fullwidth-punctuation's
    const [q] = messagesOf(R, draft('这是为什么??'));
    expect(q!.fixes[0]!.edits[0]!.text).toBe('？');
    expect(q!.fixes[0]!.safe).toBe(false);
  });

  it('a team boilerplate pattern runs on RE2: one that backtracks catastrophically in JavaScript never stalls a lint', { timeout: 15_000 }, () => {
    const config = { rules: { 'paste-residue': { boilerplate: ['^(a|a)*b$', '^本站(?:声明|提示)'] } } };
    const started = Date.now();
    const ms = messagesOf('paste-residue', draft(`${'a'.repeat(30_000)}\n\n本站声明：转载请注明。\n\n正文。`), { config });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(ms.map((m) => m.message.slice(0, 6))).toHaveLength(1);
  });

  it('says in Chinese why a team pattern cannot run, ignores it, and keeps the others', () => {
    const config = { rules: { 'paste-residue': { boilerplate: ['(本站', '(?<=本站)声明', 'x*', '^本站提示', '^本站提示'] } } };
    const ms = messagesOf(R, draft('本站提示：转载请注明出处\n全县完成培训12场。'), { config });
    const said = ms.map((m) => m.message);
    expect(said).toEqual([
      expect.stringContaining('规则 paste-residue 的选项 boilerplate 第 5 条（^本站提示）与第 4 条的 pattern 相同'),
      expect.stringContaining('“(本站”写法有误'),
      expect.stringContaining('“(?<=本站)声明”用了本工具不支持的写法'),
      expect.stringContaining('“x*”可以匹配空字符串'),
      '这一行是网页粘贴带来的网站信息（来源、下载链接、导航或广告），不属于稿件内容，请整行删除。',
    ]);
    // Said on the title, as a warning, with no fix; the good pattern still deletes its line.
    expect(ms.slice(0, 4).every((m) => m.severity === 'warning' && m.fixes.length === 0)).toBe(true);
    expect(fixedBy(R, draft('本站提示：转载请注明出处\n全县完成培训12场。'), { config })).toBe(draft('全县完成培训12场。'));
    // An empty list says nothing.
    expect(messagesOf(R, draft('全县完成培训12场。'), { config: { rules: { 'paste-residue': { boilerplate: [] } } } })).toEqual([]);
  });

  it('never deletes the prose of a line that ends in residue: only the residue goes (issue 14 trust bug)', () => {
    const fact = '安平县交通运输局11月查处超限超载货车43辆，卸载货物520吨。';
    for (const tail of ['（来源：网络，转载请注明出处）', '(转载请注明出处)', '【转载请注明来源】', '（本文来源于网络，如有侵权请联系删除）', '（下载本文）', '（范文网整理）', '【点此处下载】']) {
      const text = draft(`${fact}${tail}`);
      expect(flagged(R, text), tail).toEqual([tail]);
      // The safe fix deletes the bracketed residue and keeps the sentence.
      expect(fixedBy(R, text), tail).toBe(draft(fact));
    }
    // Without brackets the residue is the sentence holding the match: deleted on confirmation only.
    const bare = draft(`${fact}本文来源于网络，如有侵权请联系删除`);
    expect(flagged(R, bare)).toEqual(['本文来源于网络，如有侵权请联系删除']);
    expect(fixedBy(R, bare)).toBe(bare);
    expect(fixedBy(R, bare, { unsafe: true })).toBe(draft(fact));
    // An unbracketed residue after the line's last sentence end, longer line than the pattern's max: confirmation.
    const scan = draft(`${fact}扫一扫在手机打开当前页`);
    expect(flagged(R, scan)).toEqual(['扫一扫在手机打开当前页']);
    expect(fixedBy(R, scan, { unsafe: true })).toBe(draft(fact));
    // A line that is nothing but residue is still deleted whole.
    expect(fixedBy(R, draft(`${fact}\n（来源：网络，转载请注明出处）`))).toBe(draft(fact).replace(/\n$/u, '\n'));
    // A team pattern is narrowed the same way.
    const config = { rules: { 'paste-residue': { boilerplate: ['本站原创'] } } };
    expect(fixedBy(R, draft(`${fact}（本站原创）`), { config })).toBe(draft(fact));
  });

  it('deletes whole boilerplate lines', () => {
    const text = draft('本文来源：写写帮文库\n全县完成培训12场。\n\n相关范文推荐\n\n学习啦>实用范文>致辞讲话>');
    expect(flagged(R, text)).toEqual(['本文来源：写写帮文库', '相关范文推荐', '学习啦>实用范文>致辞讲话>']);
    expect(fixedBy(R, text)).toBe(draft('全县完成培训12场。\n\n'));
    // Traditional characters and annotations inside the line do not hide it.
    expect(flagged(R, draft('相關(guān)范文推薦'))).toEqual(['相關(guān)范文推薦', '(guān)']);
    expect(fixedBy(R, draft('相關(guān)范文推薦\n\n正文。'))).toBe(draft('\n正文。'));
    expect(flagged(R, '标题\n\n久久99精品久久久久久琪琪,久久人人爽人人片\n正文。\n', { path: 'a.txt' })).toHaveLength(1);
  });

  it('deletes the furniture lines of a web page: 来源, 责任编辑, 浏览次数, 打印/关闭/字体, 分享到, 扫一扫, 侵权声明', () => {
    const lines = ['来源：清河县人民政府网', '责任编辑：王芳', '浏览次数：1286', '【打印本页】【关闭窗口】', '【字体：大 中 小】', '分享到：微信 微博 QQ空间', '扫一扫在手机打开当前页', '（本文来源于网络，如有侵权请联系删除）'];
    const text = draft(`白沙镇完成农村危房改造132户。\n${lines.join('\n')}`);
    expect(flagged(R, text)).toEqual(lines);
    expect(fixedBy(R, text)).toBe(draft('白沙镇完成农村危房改造132户。'));
    // A sentence that names a source, an editor or a phone is text.
    const body = '数据来源：县统计局。县融媒体中心责任编辑王芳在河口村采访3天，群众扫码即可在手机上查询补贴发放情况，浏览次数较多的是医保政策。';
    expect(messagesOf(R, draft(body))).toEqual([]);
  });

  it('keeps sentences that only mention such words', () => {
    const body = '县图书馆推出电子书免费下载服务，群众可在手机上阅读。本文来源于县委宣传部的调研材料，数据经过核实。坚持久久为功，打造精品工程。';
    expect(messagesOf(R, draft(body))).toEqual([]);
    expect(messagesOf(R, draft('请登录网站下载本文件。'))).toEqual([]);
    expect(messagesOf(R, draft('```\n本文来源：写写帮文库\n```'))).toEqual([]);
  });

  it('reads a lost ? in the same sentence before and after a question mark is made full-width (seed -422224664)', () => {
    // 为什么 … 和?、 ends a question at the half-width ?: the later 才?確 is a lost character either way, so the
    // fullwidth-punctuation fix (? → ？) creates no paste-residue message.
    const text = draft('為什么要圍繞市委政府和?、止ぷ靼才?確定信息工作重點。');
    expect(flagged(R, text)).toEqual(['?']);
    expect(flagged(R, fixedBy('fullwidth-punctuation', text))).toEqual(['?']);
    // A ? between Han characters that asks is a sentence mark too (fullwidth-punctuation makes it ？): the sentence
    // after it asks nothing, so its ? between Han characters is a lost character.
    expect(flagged(R, draft('为什么要做?确定工作重点。'))).toEqual([]);
    expect(flagged(R, draft('为什么要做?确定工作重?点。'))).toEqual(['?']);
    expect(flagged(R, fixedBy('fullwidth-punctuation', draft('为什么要做?确定工作重?点。')))).toEqual(['?']);
  });
  it('finds a web source sentence after the last sentence of a paragraph, not a data source the writer names (blind set 5)', () => {
    expect(flagged(R, draft('云台乡为38户独居老人安装一键呼救设备。本文来源：网络'))).toEqual(['本文来源：网络']);
    expect(flagged(R, draft('县市场监管局检查学校食堂46家。来源：清河新闻网'))).toEqual(['来源：清河新闻网']);
    expect(flagged(R, draft('全县规模以上工业增加值增长6.2%。来源：县统计局'))).toEqual([]);
    expect(flagged(R, draft('全县规模以上工业增加值增长6.2%（数据来源：县统计局）。'))).toEqual([]);
  });
  it('finds a web page\'s navigation words after the last sentence (返回搜狐，查看更多), not 返回 and 查看 in the prose', () => {
    expect(flagged(R, draft('县民政局为1870名独居老人送去棉被和取暖器。返回搜狐，查看更多'))).toEqual(['返回搜狐，查看更多']);
    expect(flagged(R, draft('县图书馆新增图书1.2万册。返回列表'))).toEqual(['返回列表']);
    // paragraph-end's safe fix adds a full stop after them: still residue, and deleted with its full stop.
    for (const [body, residue] of [
      ['县民政局为1870名独居老人送去棉被和取暖器。返回搜狐，查看更多', '返回搜狐，查看更多。'],
      ['云台乡为38户独居老人安装一键呼救设备。本文来源：网络', '本文来源：网络。'],
    ] as const) {
      const ended = fixedBy('paragraph-end', draft(body));
      expect(flagged(R, ended), body).toEqual([residue]);
      expect(fixedBy(R, ended, { unsafe: true })).toBe(draft(body.slice(0, body.indexOf('。') + 1)));
    }
    expect(flagged(R, draft('受灾群众已于11月19日全部返回家中。'))).toEqual([]);
    expect(flagged(R, draft('群众可登录县政府网站查看更多办事指南。'))).toEqual([]);
  });
});

describe('paste-residue after blind set 13', () => {
  const R = 'paste-residue';
  it('finds mojibake of known shapes (锟斤拷 runs, 烫烫烫, 屯屯屯) and offers to delete it on confirmation', () => {
    for (const [body, run] of [
      ['大营县三道河乡锟斤拷肉牛养殖小区11月存栏肉牛1260头。', '锟斤拷'],
      ['县农业农村局11月在石门镇锟斤拷锟斤拷举办现场观摩会。', '锟斤拷锟斤拷'],
      ['柳河县11月新增城镇就业岗位烫烫烫1260个。', '烫烫烫'],
    ] as const) {
      expect(flagged(R, draft(body)), body).toEqual([run]);
      expect(fixedBy(R, draft(body), { unsafe: true })).toBe(draft(body.replace(run, '')));
    }
    expect(messagesOf(R, draft('县图书馆开展古籍修复体验活动，烫金书签体验吸引120人次。'))).toEqual([]);
  });

  it('removes an editor line in brackets (（责任编辑：刘洋）、【编辑：周敏】) on its own line or at the end of a paragraph', () => {
    expect(fixedBy(R, draft('县融媒体中心11月推出系列短视频8期。\n（责任编辑：刘洋）'))).toBe(draft('县融媒体中心11月推出系列短视频8期。'));
    expect(flagged(R, draft('柳河县11月组织送戏下乡36场。\n【编辑：马晓东】'))).toHaveLength(1);
    expect(fixedBy(R, draft('白沙镇11月完成农村危房改造42户。（责任编辑：吴刚）'))).toBe(draft('白沙镇11月完成农村危房改造42户。'));
    for (const body of ['县融媒体中心组织12名编辑、记者参加新闻业务培训。', '全县粮食产量38.6万吨（来源：县统计局）。']) {
      expect(messagesOf(R, draft(body)), body).toEqual([]);
    }
  });

  it('offers a comma first for a mark lost after a count (7艘\uFFFD全部), deletion second; not after 万', () => {
    const text = draft('查扣非法捕捞船只6艘\uFFFD全部依法拆解。');
    const [m] = messagesOf(R, text);
    expect(m!.fixes.map((f) => [f.edits[0]!.text, f.safe])).toEqual([['，', false], ['', false]]);
    expect(fixedBy(R, text, { unsafe: true })).toBe(draft('查扣非法捕捞船只6艘，全部依法拆解。'));
    expect(messagesOf(R, draft('发放资料1.2万\uFFFD份。'))[0]!.fixes.map((f) => f.edits[0]!.text)).toEqual(['']);
  });

  it('leaves a lone reading note after a rare character, and reports one after a common character (wave w22b)', () => {
    expect(flagged('paste-residue', draft('岜（bā）蒙村是全县唯一的壮族聚居村，全村136户。'))).toEqual([]);
    expect(flagged('paste-residue', draft('县自然资源局对畲（shē）坑村开展排查。'))).toEqual([]);
    expect(flagged('paste-residue', draft('县文旅局组织开展非遗传承（chéng）人认定。'))).toEqual(['（chéng）']);
    expect(flagged('paste-residue', draft('岜(bā)蒙村是全县唯一的壮族聚居村。'))).toEqual(['(bā)']);
  });
});
