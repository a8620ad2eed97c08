/**
 * 的/地/得 for the rule de-di-de (style guide §3.6), decided by the words around the particle (issue 14 §2): the
 * sentence is segmented over the lexicon (jieba's parts of speech, which tag many words loosely — 落实/a, 规划/n,
 * 妥善/v — so each class below is the tags plus a short list of the words the tags get wrong), and a particle is
 * reported only where both sides and the context rule out the other reading.
 *
 * - adverbial 的 → 地: a word of manner (adjective, adverb, reduplication, a four-character idiom, 逐户/分批/高质量…)
 *   + 的 + a verb that acts as a verb — it takes an aspect particle (了/着/过), a complement (好/完/到位…), an object
 *   opened by a number or a determiner (3起, 各项, 全县, 每一位), or a plain noun object that ends the clause:
 *   有效的遏制了, 迅速的查处了3起, 耐心的讲解政策。. Not where the phrase is a noun phrase: after a preposition, a
 *   verb, 了, a numeral or a measure word (通过科学的规划布局, 这是一次认真的检查, 加强有效的管理), nor before a noun the
 *   verb heads (认真的学习态度, 积极的参与热情), nor when a verb follows as predicate (及时的救助让…).
 * - complement 的 → 得: a verb + 的 + a complement that closes the clause — a degree word with what it modifies
 *   (很好, 较为缓慢, 不够彻底, 更加贴近实际), 不 + a word (不到位), an adjective, reduplication or idiom (扎扎实实,
 *   又快又好, 井然有序, 宽敞明亮): 落实的不到位，. Not after a pronoun or 所 (他们做的很好: what they did), not
 *   多/少 (新建的多: the new ones are many), not a degree word before an adjective + noun (发展的更高阶段).
 * - potential complement 的 → 得: a one-character verb + 的 + one of 见、着、到、上、懂、会、住、出、进… standing as a
 *   word of its own (看的见, 用的上, 听的懂; not 办的成人夜校, 配发的上网设备, 开的会).
 * - attributive 地 → 的: an adjective or idiom + 地 (a word of its own, so never 土地、各地、实地) + a noun, or + a
 *   verbal noun in object position (显著地效果, 良好地营商环境, 一次成功地尝试, 提供了便捷地服务。).
 * - by sentence structure: a completed verb and 了 take an object, so modifier + 地 + a noun phrase right after them is
 *   an attribute (completedObject); 把/将 + object is followed by its one predicate, so manner 的 + that verb is an
 *   adverbial and a phrase with a second verb after it is the object (disposalObjectBefore, disposalVerb); V着 + a noun
 *   goes with the predicate that follows (concomitantBefore).
 */
import type { Token, WordInfo } from '../../core/lexicon/index.js';

/** The lexicon's lookup (ctx.lexicon.lookup). */
export type Lookup = (word: string) => WordInfo | undefined;

export interface DeHit {
  /** Offset of the particle to change. */
  at: number;
  to: '的' | '地' | '得';
  kind: 'adverbial' | 'complement' | 'potential' | 'attributive';
  /** The particle as written (得 before a verb is an adverbial written with 得; 地 before a complement one written with 地). */
  from: '的' | '地' | '得';
  /** The span to mark (the phrase). */
  start: number;
  end: number;
}

const set = (words: string) => new Set(words.split(/\s+/u).filter(Boolean));

/** Words of manner the tags miss (科学/n, 全面/n, 妥善/v, 分批/m, 及时/c …). */
const MANNER = set(`
  科学 高质量 高标准 高水平 高效 高效率 及时 依法 依规 合理 全面 系统 集中 统一 广泛 精准 精确 主动 自觉 规范 有序 有力 有效
  稳步 逐步 逐一 逐个 分批 分类 分步 分期 分片 分区 分组 逐户 逐村 逐项 逐条 逐级 逐人 一一 大力 全力 尽力 尽快 迅速 快速
  及早 提前 认真 仔细 耐心 细致 热情 积极 扎实 深入 切实 妥善 精心 严格 密切 充分 持续 不断 稳妥 顺利 圆满 安全 平稳 妥当
  创造性 针对性 有针对性 历史性 系统性 前瞻性 全方位 多渠道 多形式 全覆盖 无缝 同步 常态化 规范化 精细化 实质性 坚决 果断
  有条不紊 实事求是 扎扎实实 认认真真 积极主动 深入细致 不折不扣 千方百计 想方设法 全心全意 一丝不苟 兢兢业业 坚定不移
  反复 再三 一再 多次 专门 特意 悉心 细心 用心 尽心 热心 虚心 专心
  有计划 有步骤 有重点 有目的 有意识 有选择 有侧重 默默 悄悄 常年 长年 大大 远远
  自动 全天候 不间断 实时 全程 如实 按时 定期
`);

/** 有 + a noun of purpose or plan (有针对性、有计划、有步骤): one word of manner, which the segmenter cuts in two. */
const HAVE_MANNER = set('针对性 计划 步骤 重点 目的 意识 选择 侧重');

/**
 * Feelings a complement may name (吃的放心、住的舒心 → 得): the doer's state after the verb, never a quality of the thing
 * done, so “V的 + feeling” closing the clause is no nominal 的-phrase even after a plural subject (老人们吃得放心).
 */
const FEELINGS = set('放心 舒心 安心 开心 顺心 省心 暖心 称心 舒服 舒坦 踏实 安稳 满意 痛快 愉快 轻松 高兴');

/** Verbs whose 得 belongs to the word (值得、懂得、晓得), written 的 before a verb: 值的推广 → 值得推广. */
const DE_WORDS = set('值 懂 晓');

/**
 * States of feeling or body (高兴、激动、忙、累) before 的 and a result: 高兴的合不拢嘴, 激动的说不出话, 累的满头大汗 → 得.
 * 高兴的事, 激动的心情, 忙的时候 are noun phrases: the result must be a V不C word or a four-character phrase closing the clause.
 */
const STATES = set('高兴 激动 感动 兴奋 开心 紧张 着急 伤心 难过 忙 累 急 气 乐 笑 哭 冻 热 冷 饿 渴 困 疼 吓 慌 愁 喜');

/** 取得、获得、赢得 written with 的 before 了 (取的了明显成效): 获的奖 is a relative clause. */
const DE_BEFORE_LE = set('取 获 赢');

/** Reduplicated adverbs that open a clause on their own (渐渐的，…): 渐渐地. */
const OPENING_ADVERBS = set('渐渐 慢慢 悄悄 默默 静静 早早 常常 久久 暗暗 偷偷 缓缓 徐徐');

/**
 * Verbs of what a deed earns, brings or finds (耐心的解答受到群众好评, 热情的服务赢得了信任, 及时的救治挽回了损失, 细致的排查发现隐患12处): the predicate of the
 * 的-phrase before them, never in the object of its verb.
 */
const EARNS = set('受到 赢得 得到 获得 博得 赢来 换来 引起 起到 带来 收到 取得 挽回 换回 得益于 发现 查出 查获 查明');

/** Causatives that open the predicate of a nominal subject (持续的投入让河口村变了样): never an object. */
const CAUSATIVES = set('让 使 令 使得 促使');


/** Words that are never an adverbial here, whatever their tag. */
const NOT_MANNER = set('所有 这样 那样 怎样 一样 同样 这种 那种 一般 特别 非常 十分 很 最 更 太 真正 共同 一定 主要 重要 新 旧 好 大 小 多 少');

/** Verbs the tags miss (规划/n, 布置/n, 落实/a, 清理/a …): counted as verbs after 的 or before 的 + complement. */
const VERBS = set(`
  规划 布置 落实 清理 组织 管理 部署 安排 服务 指导 保障 监督 协调 宣传 调度 整治 整改 治理 建设 改造 修订 推进 开展 完成
  执行 处理 解决 实施 贯彻 发放 维护 打造 巡查 排查 核查 检查 走访 调解 救治 转移 安置 疏散 恢复 修复 清扫 收购 播种
  学习 领会 研究 谋划 推动 督促 部署 抓好 做好 落细 落地 办理 受理 办结 接待 解答 讲解 核对 登记
  清点 储存 储藏 存放 调配 普查 整修 整理 长 上门 入户 进村 入村 下乡 更新 记录
`);

/**
 * Verbs of going to a place (赶往、前往、奔赴、冲向、冲进、赶到…; jieba tags 赶往 d and 前往 t): a verb of motion and its
 * direction, one word or two (冲|进), before the place it reaches. Manner 的 before one, after a subject, is how the
 * subject went (急救艇迅速的赶往鹭屿岛、民警果断的冲进楼道): such a verb and its place are never the head of a noun phrase.
 */
const MOTION = /^(?:[赶驶开飞奔前送运转撤跑]往|[奔赶飞]赴|[冲奔驶扑跑迎]向|[冲跑钻]进|[冲闯]入|赶[到至回]|驰援|增援)$/u;
/** The direction written apart from a one-character verb of motion (冲|进、跑|向、赶|到). */
const MOTION_VERB = set('冲 赶 奔 跑 扑 驶 钻 闯');
const DIRECTION = set('进 入 向 往 到 至 回');

/**
 * Verbs whose object is the action itself (提供了周到的服务, 进行了认真的检查, 给予了有力的支持): the phrase after them,
 * a modifier + 的 + a verbal noun, is their object, so the modifier takes 的, never 地 or 得.
 */
const DUMMY_VERBS = set('提供 给予 予以 进行 作出 做出 开展 加以 受到 得到 获得 展开 实施 实行 开设');

/** At most this many words in the object phrase after 提供了周到地 (…上门服务) that takes 的. */
const OBJECT_WORDS = 12;

/** Weather and the verbs it takes (雪下、风刮、雨落). */
const WEATHER = set('雪 雨 风 雾 冰 霜 冰雹 暴雨 大雪 大风 大雾');
const WEATHER_VERBS = set('下 刮 吹 落 起 结');
/** A degree word (or 过、偏) opening a short complement: 很大, 过于冗长, 过长, 偏短. */
const DEGREE_HEAD = /^(?:过于|较为|比较|非常|十分|特别|相当|不够|不太|很|较|太|过|偏|极)/u;
const DEGREE_RUN = /^(?:过于|较为|比较|非常|十分|特别|相当|不够|不太|很|较|太|过|偏|极)\p{Script=Han}{1,2}$/u;

/** Modifiers that modify nouns only (必要、必需、日常): 地 after them before a noun phrase is 的 (储备了必要地药品). */
const ATTRIBUTE_ONLY = set('必要 必需 必备 日常 常用 应有 急需');

/** Nouns that close a phrase of place after 在 (在讨薪现场、在田间地头、在林区一线). */
const LOCATIVES = set('现场 一线 地头 门口 身边 家中 村里 途中 沿途 周边');

/** Words after a verb phrase that make it a time or circumstance (开展工作时, 获得资金后, 进行检查中). */
const PHRASE_CLOSERS = set('时 后 前 中 时候 以后 之后 以前 之前 期间 过程中 以来 当中');

/** Adjectives of speed and time in a comparison after a verb (进行得比2025年快5天, 启动得比往年早). */
const PACE = set('快 慢 早 晚 提前 推迟 顺利');
/**
 * Adjectives of size and quality a deed's result is measured by in a comparison (玉米长得比对照田高, 排水沟挖得比原来深):
 * after a noun subject and its verb only, since a 的-phrase of things done compares by them too (村里修的比镇上修的宽).
 * Amounts (多、少) are left out: 新建的比去年多 counts what was built.
 */
const DIMENSION = set('高 高出 深 深出 远 壮 粗 宽 厚 密 匀 稳 好 旺 大 低 矮 浅 长 短 细 实 透 强 牢 平');
/**
 * Adjectives of how a deed goes that close a comparison fronted before the verb (比水罐车跑的快, 比老式机器播的匀): a thing
 * done is compared by its price, size or worth instead (比超市买的便宜, 比去年预计的高: 的-phrases).
 */
const ACTION_MANNER = new Set([...PACE, ...set('远 近 匀 稳 准 勤 及时')]);
/** One-character verbs of stating a figure: what is stated is compared (企业报的比实际高), not how. */
const STATING = new Set([...'报填算估测批']);
/** Adverbs of scope after a subject and before its verb (化粪池都清…, 内墙也刷…): what follows them is the predicate. */
const SCOPE = set('都 也 均 全都 也都');

/**
 * Words of manner that are adverbs only (逐步, 陆续, 分批 …): never a modifier of a noun, so “ADV的 + verb” is an
 * adverbial even where the verb closes the clause (正在逐步的推进。).
 */
/**
 * Words of shortage or failure (不足、紧缺、不畅、滞后): they say what is wrong with a thing and never serve as a manner
 * before a verb, so “X不足的诉求” is a noun phrase (居民反映停车位不足的诉求62件).
 */
const SHORTAGE = set('不足 不够 紧缺 短缺 匮乏 缺乏 缺失 不畅 滞后 偏少 偏多 偏低 偏高 损坏 破损 老化 不全 不到位 困难');

/**
 * Verbs whose object is a change (出现了明显的下降, 有了较大的改善, 取得了长足的进步, 呈现持续的上涨): a modifier + 地 + a verb
 * closing the clause after them is their object, a noun phrase, so 的.
 */
const CHANGE_TAKERS = set('出现 呈现 呈现出 显现 显现出 发生 取得 迎来 实现 有');

const ADVERB_ONLY = set(`
  逐步 稳步 陆续 逐一 逐个 逐项 逐条 逐户 逐村 逐级 逐人 一一 分批 分步 分期 分片 分区 分组 同步 不断 大力 全力 尽力 尽快
  及早 提前 依次 相继 先后 率先 持续 默默 悄悄 常年 长年 全天候 不间断
`);

/** Adverbs of time and aspect before a verb phrase (正在、已经、将): what follows them is a predicate. */
const ASPECT_ADVERBS = set('正在 正 在 已 已经 将 将要 即将 还 仍 仍在 仍然 也 都 均 会 要 继续');

/** Conjunctions that join two adjectives into one modifier (简朴而隆重、务实又高效、热闹、喜庆). */
const ADJ_JOINS = set('而 又 且 而且 并且 、 和');

/** Event and document nouns a verb heads as a compound (欢送仪式, 表彰大会, 调研报告). */
const EVENT_NOUNS = set('仪式 大会 会议 典礼 晚会 座谈会 茶话会 演练 会 报告 活动 工作 比赛 竞赛 展览 展示 讲座 论坛 培训班');

/** Words after a degree word that say how many or how much: “V的 很多 / 十分有限” is a nominal 的-phrase. */
const AMOUNT = set('多 少 有限 不足 充足 紧张 紧缺 不多 不少 很多 很少');
/**
 * Of AMOUNT, the words of supply (充足, 紧缺): after a noun subject and its verb (救生衣准备的很充足, 物资储备的十分充足) they
 * say how the verb was done, a complement; after a verb alone (储备的十分充足) the 的-phrase may name the things.
 */
const SUPPLY = set('充足 不足 紧张 紧缺');

/** Speech and writing verbs: “讲的 + a reduplicated complement” is 讲得清清楚楚. */
const SPEECH = set('说 讲 写 想 问 看 听');

/**
 * Verbs of saying that open a quotation (高兴的说：“…”, 感激的对医生说：“…”): a word before 的 that describes the speaker
 * is then an adverbial, whatever its tag (高兴/b, 感慨/v, 自豪/a).
 */
const QUOTING = set('说 讲 说道 讲道 表示 介绍 告诉 回忆 坦言 笑道 问 答 回答 称赞 夸赞 直言 补充 强调 道');

/** Verbs that take a person and a second verb (组织群众撤离, 引导村民参与). */
const PIVOTS = set('组织 动员 引导 帮助 带领 指导 督促 协助 号召 发动 要求 鼓励 安排 推动 支持 教育 劝导 劝离');

/** Prepositions that open the adverbial's verb phrase (热情的为群众办理业务, 主动的向上级汇报, 严格的按照标准执行). */
const PREPOSITIONS = set('为 向 给 把 将 对 与 同 从 跟 替 按照 依照 遵照 对照');

/** Verbs before 的 that take a noun reading of “V的” (what one says, thinks, sees), and copulas. */
const NOT_COMPLEMENT_VERB = set(`
  说 讲 想 提 写 问 看 听 认为 觉得 知道 反映 是 有 在 为 像 叫 成为 属于 发现 需要 要
  带来 造成 产生 引发 引起 导致 形成 取得 获得 得到 提出 存在 出现 遇到 面临 留下 收到 受到
`);

/** Verbs that are not “acted” after an adverbial 的. */
const NOT_ACTED = set('是 有 在 为 像 叫 成为 属于 没有 具有 拥有');

/** Aspect particles and complements: the word before them is used as a verb. */
const AFTER_VERB = set('了 着 过 好 完 到 成 出 起 上 下 起来 下来 出来 到位 完毕 清楚 明白 透');

/** Determiners and quantifiers that open an object. */
const DETERMINERS = set('所有 相关 有关 其 本 一系列 一批 一些 大批 全部 各项 各类 各种 各级 这些 那些');
const DETERMINER_START = new Set([...'各全每这那该此']);

/** Nouns a verb often heads as a modifier (学习态度, 参与热情): “ADJ的 V N” is then a noun phrase. */
const HEAD_NOUNS = set(`
  态度 作风 精神 热情 意识 氛围 方式 方法 办法 措施 机制 制度 体系 模式 能力 水平 效果 成效 成果 质量 效率 进度 情况 过程 环节
  环境 条件 基础 保障 理念 思路 举措 手段 渠道 平台 队伍 人员 团队 力度 力量 作用 意愿 积极性 主动性 决心 信心 行动 活动 计划
  方案 规划 标准 要求 原则 风气 习惯 状态 局面 格局 态势 成绩 经验 做法 路子 目标 任务 对象 内容 项目 热潮 劲头 干劲 工作 服务
  精力 时间 速度 节奏 效能 本领 技能 素质 形象 面貌 结果 结论 意见 建议 报告 文件 材料 资料 数据 信息 网络 秩序 体制 系统
  制度 设施 场所 阵地 网点 窗口 通道 流程 程序 方向 重点 难点 问题
  说法 看法 想法 提法 传言 传闻 消息 说辞
`);

/** Verbs whose object may be a verb phrase (开始了认真地学习文件): after them 了 + 地 may still open a predicate. */
const VP_TAKERS = set('开始 继续 坚持 决定 计划 准备 学会 学着 尝试 着手 努力 加紧 抓紧 停止 结束');

/** Verbs that may stand before an adverbial without making it their object (modals). */
const MODALS = set('要 能 能够 会 应 应当 应该 可以 需要 必须 将 得以 敢于 善于 确保 务必 坚持 继续 努力 争取 力争');

/** Words before an adjective + 的/地 that make the phrase an object or a noun phrase. */
const OBJECT_OPENERS = set('了 的 之 是 有 为 作为 进行 开展 加强 实现 得到 受到 给予 获得 取得 作出 做出 通过 经过 提供 形成 营造 建立 打造 探索 创造 带来');

/** Negations the dictionary keeps as one word that serve as a complement (组织的不力 → 得, 处置的不当, 考虑的不周). */
const NEGATED = set('不力 不当 不周 不畅 不齐 不佳 不细 不全 不严');

/** Degree words before a complement. */
const DEGREES = set('真 很 非常 比较 较为 较 十分 特别 相当 更 更加 越来越 格外 极为 尤为 不够 不太 不很 太 最 极其 异常 愈发 越发');

/** Adjectives the tags miss in a complement or before 地 (合理/vn, 有序/n, 及时/c, 完善/v, 实用/v …). */
const ADJECTIVES = set(`
  合理 有序 到位 扎实 及时 准确 规范 细致 顺利 圆满 出色 有效 彻底 整齐 干净 热闹 红火 精彩 踏实 稳妥 周到 漂亮 实用 完善
  便捷 良好 明显 显著 成功 美丽 独特 优美 完整 科学 高效 精准 健全 丰富 浓厚 扎实有序 有声有色 又快又好 井然有序
  热烈 生动 深入 透彻 清楚 明白 认真 仔细 周密 周全 突出 积极 主动 迅速 牢固 充分 具体 全面 整洁 宽敞 明亮 舒适 美观 茁壮
  简朴 平稳 通畅 顺畅 快捷 方便 安全 牢靠 结实 坚固 紧凑 务实 实在 火热 响亮 缓慢 迟缓 滞后 粗糙 马虎 草率 被动
  好 快 慢 实 细 稳 早 差 准 全 高 深 活 牢 足 严 紧 匀
`);

/**
 * Adjectives that close a complement with no degree word (处理的公正 → 得, 组织的严密, 发动的广泛) but tag as nouns or serve
 * only there: kept apart from ADJECTIVES, which also decide 地 before a noun.
 */
const BARE_COMPLEMENTS = set('公平 公正 公道 严格 严密 紧密 广泛 精细');
/** Of BARE_COMPLEMENTS, the ones that are also nouns (确保分配的公平): an object where a verb before governs them. */
const FAIRNESS = set('公平 公正 公道');
/** Verbs whose object may be fairness itself (保证了认定的公正, 维护执法的公正). */
const FAIRNESS_TAKERS = set('做到 达到 力求 讲求 讲究 确保 保证 保障 维护 体现 实现 追求 促进 兼顾 影响 损害 破坏 彰显 守护 捍卫 关系 关乎 事关 注重 强调 坚持 有利于 有损 关心 关注 重视');

/** Whether a verb, copula or preposition earlier in the clause, up to index e, takes what follows as its object (保证了…, 群众最关心的是…). */
function governedBefore(tokens: readonly Token[], e: number): boolean {
  // Within a dozen words (the bound keeps a clause without marks linear).
  for (let k = e; k >= 0 && k > e - 12 && !closesAt(tokens[k]); k--) {
    const w = tokens[k]!.value;
    // Not 的 or 了 themselves (回访的40户群众都认为…处理的公正): a modifier or an earlier verb's aspect decides nothing here.
    if (FAIRNESS_TAKERS.has(w) || (OBJECT_OPENERS.has(w) && w !== '的' && w !== '了') || /^p/u.test(tokens[k]!.pos)) return true;
  }
  return false;
}

/** A complement that is the quantity of a nominal 的-phrase (新建的多, 参加的少). */
const QUANTITY = set('多 少 最多 最少 较多 较少 不少');

/** One-character verbs that take a potential complement (看得见, 用得上, 吃得饱). */
const POTENTIAL_VERBS = new Set([...'看听摸用吃穿住买卖找办走学记管留存调开请叫拿搬做干跟守站顶说分认坐装送运写读背算养种修跑追赶靠信放想猜查见进出过']);
/** Potential complements, each a word of its own after 的. */
const POTENTIAL = new Set([...'见着到上懂会住出进动起下完清饱暖成应透准']);
/** Daily pairs read as two nominal 的-phrases (吃的住的, 穿的用的). */
const DAILY = new Set([...'吃穿住用喝玩看行']);

const ASPECT = set('了 着 过');

const isPunct = (t: Token | undefined) => !t || t.kind === 'punct' || t.kind === 'space';
const isNumber = (t: Token) => t.kind === 'number' || t.pos === 'm' || t.pos === 'mq';
const posIs = (t: Token, ...tags: string[]) => tags.some((p) => t.pos === p);
const isNoun = (t: Token) => t.kind === 'word' && (/^n/u.test(t.pos) || t.pos === 'an' || t.pos === 'ng');
const isVerbTag = (t: Token) => /^v/u.test(t.pos);
/** A verb as a verb (jieba's vn is a verb used as a noun: 工作, 管理, 服务). */
const isPlainVerb = (t: Token) => t.kind === 'word' && (t.pos === 'v' || t.pos === 'vd' || t.pos === 'vi');
/** Marks that close a clause (not brackets: 准(zhǔn)确 is a pasted reading, not a clause). */
const CLAUSE_END = new Set([...'，,。.；;！!？?、：:…']);
const closesAt = (t: Token | undefined) => !t || t.kind === 'space' || (t.kind === 'punct' && CLAUSE_END.has(t.value[0]!));

/** A word of two characters. */
const t2 = (t: Token) => t.kind === 'word' && [...t.value].length === 2;

/** AABB, ABB or AA: 扎扎实实, 静悄悄, 慢慢. */
function reduplicated(w: string): boolean {
  const c = [...w];
  if (c.length === 4) return c[0] === c[1] && c[2] === c[3] && c[0] !== c[2];
  if (c.length === 3) return c[1] === c[2] && c[0] !== c[1];
  if (c.length === 2) return c[0] === c[1];
  return false;
}

/**
 * Two words of manner the dictionary glues into one (认真细致/z, 热情周到/l, 认真仔细/z): a word of manner and a word of
 * manner or an adjective, each of two characters. It says how the work is done, as each half does (认真细致地核对).
 */
function coordinatedManner(w: string): boolean {
  const c = [...w];
  if (c.length !== 4) return false;
  const a = c[0]! + c[1]!;
  const b = c[2]! + c[3]!;
  return MANNER.has(a) && !NOT_MANNER.has(a) && (MANNER.has(b) || ADJECTIVES.has(b)) && !NOT_MANNER.has(b);
}

/** A word of manner before 的 (→ 地). */
function isManner(t: Token): boolean {
  const w = t.value;
  // 最 + adjective is “the …-est one” (年龄最大的达到98岁), a noun phrase. A word of shortage or failure (场地不足的诉求,
  // 渠道不畅的投诉) names a problem, never how work is done: its 的-phrase modifies the noun after it.
  if (t.kind !== 'word' || NOT_MANNER.has(w) || SHORTAGE.has(w) || w.startsWith('最')) return false;
  if (MANNER.has(w) || reduplicated(w) || coordinatedManner(w)) return true;
  // A verb the tags call an adjective (落实/a: 该落实的落实到位) is no manner.
  if (VERBS.has(w)) return false;
  if (posIs(t, 'a', 'ad', 'd', 'z')) return w.length >= 2;
  if (posIs(t, 'i', 'l')) return w.length === 4;
  return w.length >= 3 && w.endsWith('性');
}

/**
 * A word that serves as an adverbial, not only as a modifier of nouns: the list of manner words, a reduplication, an
 * adverb tag, a word in 性 or 化 (认真/ad, 逐步/d, 科学, 扎扎实实, 创造性). 良好, 显著, 宽敞明亮 are adjectives only.
 */
function adverbCapable(t: Token): boolean {
  if (t.kind !== 'word' || NOT_MANNER.has(t.value) || t.value.startsWith('最')) return false;
  return MANNER.has(t.value) || reduplicated(t.value) || coordinatedManner(t.value) || posIs(t, 'ad', 'd') || (t.value.length >= 3 && /[性化]$/u.test(t.value)) || distributiveIdiom(t);
}

/** A distributive idiom ABAC (挨家挨户, 逐村逐户, 一村一策 are not: 策 is a noun; 面对面 is no idiom here): how work is done house by house. */
function distributiveIdiom(t: Token): boolean {
  const c = [...t.value];
  // 逐 and 挨 always say “one by one” (逐店逐柜、逐条逐项、挨门挨户), whatever is counted; after 一、每 the last character
  // may be what each gets (一村一策、一户一档), so only the units of a round are taken.
  return t.kind === 'word' && posIs(t, 'i', 'l') && c.length === 4 && c[0] === c[2] && /^[挨逐一每]$/u.test(c[0]!) && c[1] !== c[3] && (/^[挨逐]$/u.test(c[0]!) || /^[家户村街巷组人店片项件]$/u.test(c[3]!));
}

/**
 * An adverb of order, which modifies only verbs: an adverb only (逐步、逐一、分批…), 逐 + one character (逐户、逐项), a
 * distributive idiom (挨家挨户). 逐X counts when tagged an adverb, or whatever its tag with `anyTag` (right after 的, where
 * 逐项检查 may come tagged as a verbal noun).
 */
function orderAdverb(t: Token, anyTag = false): boolean {
  return ADVERB_ONLY.has(t.value) || (/^逐\p{Script=Han}$/u.test(t.value) && (anyTag || posIs(t, 'd'))) || distributiveIdiom(t);
}

/** 一户一户、一家一家 (one measure repeated, cut in two tokens), 一山一山 or 逐店逐柜 (four tokens) ending at index e: the index where it starts, or -1. */
function repeatedMeasure(tokens: readonly Token[], e: number): number {
  const t = tokens[e];
  const p = tokens[e - 1];
  if (t && p && t.value === p.value && /^一[\p{Script=Han}]$/u.test(t.value)) return e - 1;
  // 逐店逐柜、挨门挨户 cut into four one-character tokens: 逐 (挨) X 逐 (挨) Y.
  const q = tokens[e - 3];
  const x = tokens[e - 2];
  const one = (k: Token | undefined) => !!k && k.kind === 'word' && /^\p{Script=Han}$/u.test(k.value);
  if (t && p && q && one(t) && one(x) && /^[逐挨]$/u.test(p.value) && q.value === p.value && t.value !== x.value) return e - 3;
  // 一山一山 cut into four tokens: 一 X 一 X.
  return t && p && q && one(t) && one(x) && p.value === '一' && q.value === '一' && t.value === x.value ? e - 3 : -1;
}

/**
 * Where the manner phrase that ends at index e starts, or -1 when the word at e is no manner: a word of manner, a degree
 * word + a one-character adjective (很好、更快、较早), and adjectives coordinated before it (简朴而隆重、热闹、喜庆、
 * 紧张有序), so that the context is read before the whole phrase (举行了简朴而隆重的欢送仪式 is an object).
 */
function mannerStart(tokens: readonly Token[], e: number): number {
  const t = tokens[e]!;
  let s: number;
  const d = tokens[e - 1];
  if (isManner(t)) s = e;
  // 逐段、逐家、逐个 cut in two (逐/d 段/q) and a measure repeated after 一 (一遍/m 遍): one by one, over and over.
  else if (d && [...t.value].length === 1 && /^\p{Script=Han}$/u.test(t.value) && (d.value === '逐' || d.value === `一${t.value}`) && repeatedMeasure(tokens, e) < 0) return e - 1;
  else if ([...t.value].length === 1 && (ADJECTIVES.has(t.value) || posIs(t, 'a')) && !AMOUNT.has(t.value) && d && DEGREES.has(d.value) && d.value !== '最') s = e - 1;
  else return -1;
  for (;;) {
    const j = tokens[s - 1];
    const k = tokens[s - 2];
    if (j && k && ADJ_JOINS.has(j.value) && (isAdjective(k) || isManner(k))) s -= 2;
    else if (j && s === e && j.kind === 'word' && j.value.length >= 2 && !DEGREES.has(j.value) && (posIs(j, 'a') || ADJECTIVES.has(j.value))) s -= 1;
    else break;
  }
  return s;
}

/** The word a subject or an adverb of time ends with: a predicate may follow it (柳河县有序的推进…, 正在逐步的…). */
const subjectEnd = (t: Token | undefined) =>
  !!t && (ASPECT_ADVERBS.has(t.value) || MODALS.has(t.value) || (t.kind === 'word' && (/^(?:n|r|j|s|zg)/u.test(t.pos) || (t.value === '们' && posIs(t, 'k'))) && !OBJECT_OPENERS.has(t.value)));

/**
 * A subject and an adverb only right before index s (护林员|逐户|认真细致的…, 网格员|逐一|耐心的…): two adverbials in a row
 * after the subject, so a predicate follows.
 */
function subjectAdverbBefore(tokens: readonly Token[], s: number): boolean {
  const a = tokens[s - 1];
  return !!a && a.kind === 'word' && ADVERB_ONLY.has(a.value) && subjectEnd(tokens[s - 2]);
}

/** A date right before index s (11月、2026年11月20日): a time adverbial after the subject, a predicate follows. */
function dateBefore(tokens: readonly Token[], s: number): boolean {
  const p = tokens[s - 1];
  return !!p && (p.value === '年' || p.value === '月' || p.value === '日') && /^\d{1,4}$/u.test(tokens[s - 2]?.value ?? '');
}

/** A comma before index s inside a sentence (…安装摄像机，全天候的…): the clause shares the subject before it. */
function midSentence(tokens: readonly Token[], s: number): boolean {
  const p = tokens[s - 1];
  return !!p && /^[，,]$/u.test(p.value) && s >= 2;
}

/** Last characters of a name of place (城关镇, 劳务市场, 卫生院, 脐橙园, 服务站): after 在 such a word closes a phrase of place. */
const PLACE_ENDS = new Set([...'镇乡村县区市省州街巷路园场站点所院室厅馆库厂矿店棚庄寨坝坪湾岭沟堤桥楼堂']);
/** Two-character nouns of place (服务中心, 田间地头, 社区). */
const PLACE_WORDS = set('中心 大厅 窗口 社区 街道 基地 田间 地头 工地 家中 村里 镇里 县里 门口 现场 一线');

/** The word at index k names a place (城关镇/ns, 劳务市场, 白沙镇卫生院/nt, 田间/s). */
function placeWord(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || t.kind !== 'word') return false;
  if (posIs(t, 'ns', 's') || LOCATIVES.has(t.value) || PLACE_WORDS.has(t.value)) return true;
  const c = [...t.value];
  if (!PLACE_ENDS.has(c[c.length - 1]!)) return false;
  // 镇、村、站 cut from a name the dictionary does not know (石|门坎|镇, 河口|村/zg, 便民服务|站/v) close the place all the
  // same, whatever the tag of the one character, after a noun.
  const p = tokens[k - 1];
  return isNoun(t) || posIs(t, 'nt', 'nr', 'zg') || (c.length === 1 && !!p && (isNoun(p) || posIs(p, 'ns', 'nt', 'nr')));
}

/**
 * 在 + a place right before index s (工作人员在城关镇劳务市场|耐心的…): a phrase of place closed after the subject, so the
 * predicate follows. Not 在工作人员耐心的解答下 (在 + the doer: the phrase runs on to 下).
 */
function placePhraseBefore(tokens: readonly Token[], s: number): boolean {
  if (!placeWord(tokens, s - 1)) return false;
  for (let k = s - 2; k >= 0 && k >= s - 12 && !closesAt(tokens[k]); k--) {
    const x = tokens[k]!;
    // A subject before 在 (工作人员在…): at the clause's start 在 may open a frame (在河口村积极的探索为全县提供了经验).
    if (x.value === '在') return subjectEnd(tokens[k - 1]) && !closesAt(tokens[k - 1]);
    if (x.kind !== 'word' || x.value === '的' || isPlainVerb(x) || /^p/u.test(x.pos)) return false;
  }
  return false;
}

/**
 * 被 inside a modifier closed by 的 before index s (对9个被巡察单位的整改报告…, 被检查企业的台账…): it makes a noun
 * phrase's attribute (the units inspected), not the clause's preposition.
 */
function passiveInModifier(tokens: readonly Token[], k: number, s: number): boolean {
  if (tokens[k]!.value !== '被') return false;
  for (let j = k + 1; j < s; j++) if (tokens[j]!.value === '的') return true;
  return false;
}

/** Whether a preposition opens the clause before index s (通过各部门认真的检查…: the noun is its object, no subject). */
function prepositionBefore(tokens: readonly Token[], s: number): boolean {
  // Within a dozen words (a clause's opening preposition is near; the bound keeps a clause without marks linear).
  for (let k = s - 1; k >= 0 && k >= s - 12 && !closesAt(tokens[k]); k--) {
    const x = tokens[k]!;
    if (passiveInModifier(tokens, k, s)) continue;
    if (x.value === '在' && placePhraseBefore(tokens, s)) return false;
    // 在讨薪现场、在水位超过警戒线时: a phrase of place or time closed before s is an adverbial; what follows has a subject.
    // So is 为零时 (用水量为零时系统自动的提醒…): a clause of time.
    if (x.kind === 'word' && /^p/u.test(x.pos) && tokens.slice(k + 1, s).some((y) => posIs(y, 'f') || PHRASE_CLOSERS.has(y.value) || LOCATIVES.has(y.value) || (y.value.endsWith('时') && !MANNER.has(y.value)))) return false;
    if (x.kind === 'word' && (/^p/u.test(x.pos) || x.value === '通过' || x.value === '经过' || x.value === '随着') && x.value !== '把' && x.value !== '将') return true;
  }
  return false;
}

/** Prepositions that open an adverbial of the predicate after the subject (对沿海7个排污口逐个的开展…、向群众耐心的讲解…). */
const PREDICATE_PREPOSITIONS = set('对 向 为 给 针对 围绕');

/**
 * A preposition phrase of the predicate before index s: 对 (向、为…) at the clause's start or after its subject, its object
 * before s (对全县9个采石场逐个的开展…). Not 通过对……认真的检查 (通过 opens a phrase whose object is the whole).
 */
function predicatePhraseBefore(tokens: readonly Token[], s: number): boolean {
  let k = s - 1;
  while (k >= 0 && k >= s - 12 && !closesAt(tokens[k]) && !(tokens[k]!.kind === 'word' && /^p/u.test(tokens[k]!.pos) && !passiveInModifier(tokens, k, s))) k--;
  const x = tokens[k];
  if (!x || closesAt(x) || !PREDICATE_PREPOSITIONS.has(x.value) || k >= s - 1) return false;
  const before = tokens[k - 1];
  // (A one-character piece the dictionary cut from a name of office ends the subject too: 县委|办/v.)
  const piece = !!before && before.kind === 'word' && [...before.value].length === 1 && subjectEnd(tokens[k - 2]) && !closesAt(tokens[k - 2]);
  return !before || closesAt(before) || subjectEnd(before) || piece || dateBefore(tokens, k);
}

/**
 * 对 and its object right before index s after a subject, with no verb or 了 of its own (县住建局对…诉求|认真地研究): what
 * follows is the predicate (为…建立了完善地巡查制度 has a verb between: its object follows).
 */
function objectOfDuiBefore(tokens: readonly Token[], s: number): boolean {
  if (!predicatePhraseBefore(tokens, s)) return false;
  for (let k = s - 1; k >= 0 && k >= s - 12; k--) {
    const x = tokens[k]!;
    if (x.value === '对' && /^p/u.test(x.pos)) return true;
    if (ASPECT.has(x.value) || DUMMY_VERBS.has(x.value) || /^p/u.test(x.pos)) return false;
  }
  return false;
}

/**
 * A subject, then 对 (向、为…) and its object, up to index s (民政局|对全县1426户低保家庭逐户|细致的核查，): the clause
 * opens with a subject that has no verb, preposition or particle of its own (感谢民警对群众耐心的讲解 has a verb first,
 * 通过对排污口逐个的排查 a preposition), so what follows the object is the predicate.
 */
function subjectPrepositionBefore(tokens: readonly Token[], s: number): boolean {
  if (!predicatePhraseBefore(tokens, s)) return false;
  let k = s - 1;
  while (k >= 0 && !(tokens[k]!.kind === 'word' && /^p/u.test(tokens[k]!.pos) && !passiveInModifier(tokens, k, s))) k--;
  // The object of 对 holds no predicate of its own (对46家企业开展了细致的核查: 开展了 takes the phrase as its object).
  // A relative clause inside the object (对12个小区业主提出的维修诉求、对巡察中发现的14个问题) is no predicate: a 的 after a
  // verb or a noun with a noun or a number after it.
  // After such a 的 the words are the head noun phrase, whatever their tags (提出的|维修/v|诉求/v).
  let head = false;
  for (let j = k + 1; j < s; j++) {
    const x = tokens[j]!;
    const relative = x.value === '的' && j > k + 1 && j < s - 1 && (isVerb(tokens[j - 1]) || isNoun(tokens[j - 1]!)) && (nounPhraseAt(tokens, j + 1) || isVerb(tokens[j + 1]));
    if (relative) {
      head = true;
      continue;
    }
    if (ASPECT.has(x.value) || DUMMY_VERBS.has(x.value) || OBJECT_OPENERS.has(x.value) || (j === s - 1 && isPlainVerb(x) && !(head && tokens[j - 1]!.value !== '的'))) return false;
  }
  let words = 0;
  // A subject of a dozen words at most (the bound keeps a clause without marks linear). A one-character verb inside it,
  // not at the clause's start, is a piece of a name of office the dictionary cut (县委|办、县|住|建|局).
  for (let j = k - 1; j >= 0 && !closesAt(tokens[j]); j--, words++) {
    if (words >= 12) return false;
    const x = tokens[j]!;
    const piece = [...x.value].length === 1 && j > 0 && !closesAt(tokens[j - 1]) && tokens[j - 1]!.kind === 'word';
    if (x.kind !== 'word' || (isPlainVerb(x) && !piece) || /^[pu]/u.test(x.pos) || DEED_TAKERS.has(x.value) || OBJECT_OPENERS.has(x.value) || CAUSATIVES.has(x.value)) return false;
  }
  return words > 0;
}

/** Pivot verbs that take a person and a second verb (组织12名骨干主动地上门服务); 支持 takes a deed as its object too. */
const PIVOTS_OF_PEOPLE = new Set([...PIVOTS].filter((w) => w !== '支持'));

/**
 * A pivot verb and its persons right before index s (组织|12名业务骨干|, 安排|5名家庭医生|): numbers, measures and nouns
 * only between them, one noun at least — the persons who do what follows.
 */
function pivotBefore(tokens: readonly Token[], s: number): boolean {
  let k = s - 1;
  let noun = false;
  for (; k >= 0 && k >= s - 6; k--) {
    const x = tokens[k]!;
    if (isNoun(x) || posIs(x, 'j')) noun = true;
    else if (!isNumber(x) && !posIs(x, 'q')) break;
  }
  const v = tokens[k];
  const p = tokens[k - 1];
  return noun && k < s - 1 && !!v && PIVOTS_OF_PEOPLE.has(v.value) && isPlainVerb(v) && !(p && (p.value === '的' || /^p/u.test(p.pos)));
}

/**
 * A verb phrase that closes the clause from index r: a verb (上门/ns, 随访), a verbal noun, or a set phrase of a verb and
 * a verbal noun (上门服务/l), with at most one more verb (上门|随访) before the clause ends.
 */
function verbPhraseCloses(tokens: readonly Token[], r: number, lookup: Lookup): boolean {
  const verbish = (t: Token | undefined) =>
    !!t && t.kind === 'word' && !HEAD_NOUNS.has(t.value) && !NOT_ACTED.has(t.value) &&
    (isVerb(t) || posIs(t, 'vn') || (posIs(t, 'l', 'i') && [...t.value].length === 4 && /^v/u.test(lookup(t.value.slice(-2))?.pos ?? '') && (VERBS.has(t.value.slice(0, 2)) || /^v/u.test(lookup(t.value.slice(0, 2))?.pos ?? ''))));
  if (!verbish(tokens[r])) return false;
  if (closesAt(tokens[r + 1])) return true;
  return verbish(tokens[r + 1]) && closesAt(tokens[r + 2]);
}

/** Verbs whose object is a deed or its doer (感谢…民警迅速的出警、得益于…及时的介入): the 的-phrase after them is a noun phrase. */
const DEED_TAKERS = set('感谢 感激 称赞 赞扬 表扬 肯定 点赞 得益于 得益 归功于 离不开 依靠 多亏 源于 有赖于 受益于 看到 见证 欢迎 期待 需要 缺少 缺乏 没有 由于 因为 经过 通过 随着');

/**
 * A clause that opens with its subject up to index s (桐溪镇派出所|迅速的出警，): no verb at its start, no preposition,
 * no 的, no verb that takes a deed as its object (这得益于…、感谢…), no copula or 了 in it.
 */
function subjectOnly(tokens: readonly Token[], s: number): boolean {
  let k = s - 1;
  // The subject's head: a noun, or a verbal noun after its modifier (农田建设、电梯更新工作: the work named as a thing).
  const head = tokens[k];
  if (k < 0 || !(isNoun(head!) || (posIs(head!, 'vn') && k >= 1 && !closesAt(tokens[k - 1]) && tokens[k - 1]!.kind === 'word'))) return false;
  for (; k >= 0 && !closesAt(tokens[k]); k--) {
    const x = tokens[k]!;
    // A count in the subject (3家企业、2名网格员) is part of it.
    if (x.kind === 'number') continue;
    if (x.kind !== 'word') return false;
    if (/^p/u.test(x.pos) || /^u/u.test(x.pos) || x.value === '的' || DEED_TAKERS.has(x.value) || NOT_ACTED.has(x.value) || OBJECT_OPENERS.has(x.value) || CAUSATIVES.has(x.value)) return false;
  }
  // A verb opening the clause takes what follows as its object (感谢派出所…, 表扬网格员…).
  const first = tokens[k + 1]!;
  return !(isPlainVerb(first) || VERBS.has(first.value));
}

/** Opening quotation marks and title marks, each with its closing one (see quoteClose). */
const QUOTE_PAIRS = new Map([['“', '”'], ['‘', '’'], ['《', '》'], ['「', '」']]);
const QUOTE_OPEN = new Set(QUOTE_PAIRS.keys());
/** How many tokens a quoted name or title may hold (a bound: the search stays linear on a long clause). */
const QUOTE_WORDS = 16;

/** The index of the mark closing the quotation opened at index k, within the clause and QUOTE_WORDS tokens; -1 if none. */
function quoteClose(tokens: readonly Token[], k: number): number {
  const close = QUOTE_PAIRS.get(tokens[k]!.value);
  for (let j = k + 1; j < tokens.length && j <= k + QUOTE_WORDS; j++) {
    const t = tokens[j]!;
    if (t.kind === 'punct' && t.value[0] === close) return j;
    if (closesAt(t)) return -1;
  }
  return -1;
}

/**
 * A verb at index r with an object that runs to the end of the clause (有序的推进城区老旧小区改造，
 * 仔仔细细的查看出苗情况，统一的调配抗旱水泵120台，): no 的, aspect particle or second predicate in it, and not a noun
 * the verb heads (推进机制, 欢送仪式). A verbal noun (调配/vn) needs a quantity in its object.
 */
function longObject(tokens: readonly Token[], r: number, distributive = false): boolean {
  const v = tokens[r]!;
  const n = tokens[r + 1];
  // A word of place or time right after the verb (认真的检查中发现…, 耐心的解答下) closes a noun phrase, no object.
  if (!n || (isPunct(n) && !QUOTE_OPEN.has(n.value)) || n.value === '的' || HEAD_NOUNS.has(n.value) || EVENT_NOUNS.has(n.value) || CAUSATIVES.has(n.value) || posIs(n, 'f') || PHRASE_CLOSERS.has(n.value)) return false;
  let quantity = false;
  let noun = false;
  let words = 0;
  for (let k = r + 1; k < tokens.length && !closesAt(tokens[k]); k++) {
    const x = tokens[k]!;
    // A quoted name or title (推进“一网通办”, 落实《…办法》) is a noun phrase, whatever the tags of its words: skipped to
    // its closing mark within the clause (none: no object read).
    if (x.kind === 'punct' && QUOTE_OPEN.has(x.value)) {
      const close = quoteClose(tokens, k);
      if (close < 0) return false;
      noun = true;
      words++;
      k = close;
      // (A closing mark and a clause's end in one token, ”，: the object ends with the quotation.)
      if (CLAUSE_END.has(tokens[close]!.value[1] ?? '')) break;
      continue;
    }
    // A causative in it (主动的上门随访让患者…) is the predicate of a noun phrase before it, and so is a verb of what a deed
    // earns right after the verb (耐心的解答受到群众好评, 耐心的讲解赢得群众认可: the verb has no object of its own).
    if (x.value === '的' || x.value === '地' || x.value === '得' || ASPECT.has(x.value) || NOT_ACTED.has(x.value) || CAUSATIVES.has(x.value) || (k === r + 1 && EARNS.has(x.value))) return false;
    // A word that heads noun phrases (服务、管理) with a verb of its own after it (细致的服务覆盖全镇…): a subject and its predicate.
    if (HEAD_NOUNS.has(v.value) && isPlainVerb(x)) return false;
    if (isNumber(x)) quantity = true;
    if (isNoun(x) || posIs(x, 'l', 'j', 's', 'b') || x.value === '行为') noun = true;
    words++;
  }
  // An object of two words or more of time and verbal nouns is an object all the same (开展冬季征兵体检).
  const object = tokens.slice(r + 1, r + 1 + words);
  if (!noun && words >= 2 && object.some((x) => posIs(x, 't')) && object.every((x) => posIs(x, 't', 'vn', 'v'))) noun = true;
  // After 开展、进行、组织 a verbal noun closing the clause is the object (逐个的开展溯源排查，): these verbs take deeds.
  if (!noun && words >= 1 && DUMMY_VERBS.has(v.value) && posIs(object[object.length - 1]!, 'vn')) noun = true;
  // Two verbs alone (认真的检查落实) are a noun compound, not a verb and its object.
  if (!noun && !quantity) return false;
  return isPlainVerb(v) || VERBS.has(v.value) || (posIs(v, 'vn') && (quantity || distributive));
}

/**
 * Nouns a verb heads as a compound before a predicate (扶贫政策惠及…, 培训课程共12门, 停车泊位共860个, 撤离路线共3条): with
 * HEAD_NOUNS, the nouns after which “manner 的 V N” reads as a noun phrase.
 */
const COMPOUND_HEADS = set(`
  政策 课程 路线 泊位 资金 技术 岗位 设备 场地 用地 经费 车辆 物资 线路 区域 点位 站点 台账 档案 清单 名单 补贴 补助 项目
  工程 行为 业务 事项 费用 证件 手续 规定 规则 指南 手册 岗位 基地 中心 站 点 室 群 班 队 员
`);
const compoundHead = (t: Token | undefined) => !!t && (HEAD_NOUNS.has(t.value) || COMPOUND_HEADS.has(t.value) || EVENT_NOUNS.has(t.value));

/**
 * The object of a verb at index r in a clause with no subject after a comma (召开会议，扎实的推进市属国企三项制度改革，):
 * it runs to the end of the clause and has no predicate of its own. Not where the verb heads a compound noun right after
 * it (精准的扶贫政策惠及…, 系统的培训课程共12门), nor with an adverb (共, 已) or a count closing it (…惠及1200户), nor with a
 * verb of its own (扎实的推进赢得群众好评) — a verb between two nouns only modifies a head noun closing the clause
 * (医保|缴费|政策, 结构性|减税|政策).
 */
function sharedSubjectObject(tokens: readonly Token[], r: number): boolean {
  const first = r + 1;
  if (compoundHead(tokens[first]) || !longObject(tokens, r)) return false;
  let k = first;
  for (; k < tokens.length && !closesAt(tokens[k]); k++) {
    // An object of more than OBJECT_WORDS words is no object phrase (and the bound keeps a long clause linear).
    if (k - first > OBJECT_WORDS) return false;
    const x = tokens[k]!;
    if (CAUSATIVES.has(x.value) || posIs(x, 'd', 'p', 'c', 'r')) return false;
    if (!isPlainVerb(x)) continue;
    const p = tokens[k - 1]!;
    const n = tokens[k + 1];
    if (k === first || !(isNoun(p) || posIs(p, 'j')) || !compoundHead(n) || !closesAt(tokens[k + 2])) return false;
  }
  // A count closing the clause (…1200户, 共12门) is a predicate's: the noun phrase before it is a subject.
  const last = tokens[k - 1]!;
  const before = tokens[k - 2];
  return !(posIs(last, 'q') || (before !== undefined && isNumber(before) && [...last.value].length === 1));
}

/**
 * Verbs of effect, whose subject is a deed or a measure (有序的撤离避免人员伤亡、精心的组织保障活动顺利进行、严格的考核问责倒逼
 * 责任落实、积极的参与群众达到1200人): after “manner 的 V” in its clause they make the phrase a noun phrase, the clause's subject.
 */
const EFFECTS = set('避免 保障 确保 保证 促进 推动 带动 倒逼 助力 激发 激活 提升 提高 增强 减少 降低 换来 赢来 化解 消除 体现 彰显 展现 凸显 得到 受到 赢得 获得 引起 带来 达到 达 超过 覆盖 惠及 实现 形成 成为');

/**
 * The verb at index r governs what follows it to the clause's end (迅速的组织|沿海低洼区412名群众转移至…, 及时的转交|属地处理,
 * 耐心的解答|群众关于医保缴费的疑问, 严格的查处|哄抬菜价行为, 有序的撤离|上岸): a verb (a verbal noun too), then at least one
 * word that opens no noun phrase's predicate — no compound head (组织工作、扶贫政策), no verb of effect or of earning
 * (有序的撤离避免…、耐心的解答赢得…), no word of place or time closing the phrase (检查中、解答后) — and in the rest of the clause
 * no aspect particle (精心的组织保障了…), no causative, no copula or 有, no adverb (有序的撤离均未…). Read over OBJECT_WORDS
 * words and a few more at most (linear).
 */
function governsOn(tokens: readonly Token[], r: number): boolean {
  const v = tokens[r]!;
  if (v.kind !== 'word' || !(isPlainVerb(v) || VERBS.has(v.value) || posIs(v, 'vn')) || HEAD_NOUNS.has(v.value) || EVENT_NOUNS.has(v.value) || CAUSATIVES.has(v.value)) return false;
  const n = tokens[r + 1];
  if (!n || closesAt(n) || n.kind !== 'word' || compoundHead(n) || EFFECTS.has(n.value) || EARNS.has(n.value) || CAUSATIVES.has(n.value) || PHRASE_CLOSERS.has(n.value) || LOCATIVES.has(n.value)) return false;
  if (posIs(n, 'f') && [...n.value].length < 2) return false;
  if (n.value === '的' || n.value === '地' || n.value === '得' || ASPECT.has(n.value) || NOT_ACTED.has(n.value) || posIs(n, 'd', 'c', 'u', 'uj', 'ul', 'uz', 'ug', 'r')) return false;
  let k = r + 1;
  for (; k < tokens.length && !closesAt(tokens[k]); k++) {
    if (k - r > OBJECT_WORDS + 4) return false;
    const x = tokens[k]!;
    if (ASPECT.has(x.value) || CAUSATIVES.has(x.value) || NOT_ACTED.has(x.value) || EFFECTS.has(x.value) || EARNS.has(x.value) || posIs(x, 'd')) return false;
  }
  // A noun phrase closing the clause right after the verb's object (排查的重点是…) is ruled out above; what is left governs on.
  return k > r + 1;
}

/** Prepositions of manner: what the work follows (按照编组、依照价格法、根据预案). */
const MANNER_PREPOSITIONS = set('按照 依照 遵照 依据 根据 按 依');
/** Nouns of a plan or a rule that 按照、依照 take as their object, and a manner word may modify (按照县里统一的部署要求): never the verb. */
const PLAN_NOUNS = set('部署 安排 要求 规定 指导 指示 计划 规划 需要 需求 标准 程序 流程 意见 精神 原则 调度 分工 方案 口径');

/**
 * A preposition of manner and its object, one to three nouns, right before index s (人员|按照|编组|有序的…, 市场监管局|依照|价格法|
 * 严格的…): the adverbial of the predicate closed, so a word of manner after it modifies the verb. Not when the verb `verb`
 * names a plan or a rule (按照县里统一的部署: the manner word is inside the preposition's object).
 */
function mannerPhraseBefore(tokens: readonly Token[], s: number, verb: string): boolean {
  if (PLAN_NOUNS.has(verb)) return false;
  let k = s - 1;
  for (; k >= 0 && k >= s - 3; k--) {
    const x = tokens[k]!;
    if (MANNER_PREPOSITIONS.has(x.value)) break;
    if (x.kind !== 'word' || !(isNoun(x) || posIs(x, 'j', 'nz')) || x.value === '的') return false;
  }
  return k >= 0 && k < s - 1 && k >= s - 4 && MANNER_PREPOSITIONS.has(tokens[k]!.value);
}

/** A noun or a noun-like phrase (时间词, a set phrase ending in a noun: 困难群众、活动中心). */
function nounish(t: Token, lookup: Lookup): boolean {
  if (t.kind !== 'word') return false;
  if (isNoun(t) || posIs(t, 't')) return true;
  if (posIs(t, 'l', 'j', 'i') && t.value.length >= 3) {
    const tail = lookup(t.value.slice(-2));
    return !!tail && /^n/u.test(tail.pos);
  }
  return false;
}

/** A set phrase (l) of four characters whose last two are a noun, not a word of manner: 以上学历, 规模以上 is no l. */
function nounTailed(t: Token, lookup: Lookup): boolean {
  if (t.kind !== 'word' || !posIs(t, 'l') || [...t.value].length !== 4 || MANNER.has(t.value)) return false;
  return /^n/u.test(lookup(t.value.slice(-2))?.pos ?? '');
}

/** Words that say a share after 占 (占全县、占总数、占多数、占一半…); a number or a numeral does too. */
const SHARE_HEAD = /^(?:[零〇一二两三四五六七八九十百千万几半]|全|总|多数|少数|大多数|绝大多数|大部分|小部分|比重|比例)/u;

/** Whether tokens[j] is 占 (or 占到, after 约/仅/只/分别/共) followed by a figure or a word of share. */
function shareOfPhrase(tokens: Token[], j: number): boolean {
  let k = j;
  if (/^(?:约|仅|只|分别|共|各|均|大约)$/u.test(tokens[k]?.value ?? '')) k++;
  const v = tokens[k];
  if (!v || (v.value !== '占' && v.value !== '占到')) return false;
  const n = tokens[k + 1];
  return !!n && (n.kind === 'number' || isNumber(n) || SHARE_HEAD.test(n.value));
}

/** One-character adjectives of scale that 偏 or 过 grade (偏低、过高、过严). */
const SCALE = new Set('高低大小快慢长短紧松严宽窄重轻早晚难贵强弱'.split(''));

/** A degree word glued to its adjective in one token (很快, 比较顺利, 较为缓慢): the adjective, else undefined. */
const DEGREES_LONGEST = [...DEGREES].sort((a, b) => b.length - a.length);
function degreeGlued(w: string): string | undefined {
  for (const d of DEGREES_LONGEST) if (w.length > d.length && w.startsWith(d)) return w.slice(d.length);
  // 偏、过 + a one-character adjective of scale (偏低、偏大、过严、过快): a degree as well (定的偏低 → 得). Only these
  // adjectives: 偏 and 过 open other words too (偏差、偏远、过程、过硬).
  if (w.length === 2 && (w[0] === '偏' || w[0] === '过') && SCALE.has(w[1]!)) return w[1];
  return undefined;
}

/** An adjective before 地 (→ 的) or closing a complement. */
function isAdjective(t: Token): boolean {
  if (t.kind !== 'word') return false;
  if (ADJECTIVES.has(t.value) || reduplicated(t.value)) return true;
  return posIs(t, 'a', 'ad', 'z', 'an') || (posIs(t, 'i', 'l') && t.value.length === 4);
}

const isVerb = (t: Token | undefined) => !!t && t.kind === 'word' && (isVerbTag(t) || VERBS.has(t.value));

/**
 * A four-character idiom that describes (有声有色, 又快又好, 有条不紊), not a noun phrase (先后顺序, 不良后果, 社情民意):
 * ABAC, or not ending in a noun.
 */
function descriptiveIdiom(w: string, lookup: Lookup): boolean {
  const c = [...w];
  if (c.length !== 4) return false;
  if (c[0] === c[2]) return true;
  const tail = lookup(c[2]! + c[3]!);
  return !tail || !/^n/u.test(tail.pos);
}

/** The token before index i is where an adverbial's clause may start (a subject, an adverb, a modal, a break). */
function predicatePosition(tokens: readonly Token[], i: number): boolean {
  const p = tokens[i - 1];
  if (isPunct(p)) return true;
  if (OBJECT_OPENERS.has(p!.value)) return false;
  if (MODALS.has(p!.value)) return true;
  // A date before the adverbial is a time adverbial (2026年更早的启动了), not a quantity.
  if ((p!.value === '年' || p!.value === '月' || p!.value === '日') && /^\d{4}$|^\d{1,2}$/u.test(tokens[i - 2]?.value ?? '') && (p!.value !== '年' || /^\d{4}$/u.test(tokens[i - 2]!.value))) return true;
  // 逐 + a measure (逐|家, 逐|个) says one by one: an adverbial, the next word of manner stands in the predicate too.
  if (posIs(p!, 'q') && tokens[i - 2]?.value === '逐') return true;
  if (isNumber(p!) || posIs(p!, 'q', 'uj', 'ul', 'uz', 'ug')) return false;
  if (/^p/u.test(p!.pos) && p!.value !== '把' && p!.value !== '将') return false;
  if (isPlainVerb(p!)) return false;
  return true;
}

/**
 * A verb at index r, then a preposition with its object and a verb of its own later in the clause: serial verbs
 * (主动的上门为独居老人测量血压). Only after a subject (迅速的反应为抢险赢得了时间 is a noun phrase and its predicate).
 */
function serialVerb(tokens: readonly Token[], r: number): boolean {
  const w = tokens[r + 1]?.value ?? '';
  if (!PREPOSITIONS.has(w) || w === '把' || w === '将' || !isPlainVerb(tokens[r]!) && !VERBS.has(tokens[r]!.value)) return false;
  for (let k = r + 3; k < tokens.length && k <= r + 7 && !closesAt(tokens[k]); k++) if (isVerb(tokens[k])) return true;
  return false;
}

/** Whether the verb at index r acts as a verb (→ the 的 before it is 地). */
function actsAsVerb(tokens: readonly Token[], r: number, objectEvidence: boolean): boolean {
  const n = tokens[r + 1];
  if (!n || isPunct(n)) return false;
  const w = n.value;
  // 在工作人员耐心的解答下，: 下 closing the clause after the verb is the frame 在…下, a noun phrase. 起 + 作用 (耐心的劝说起了
  // 作用) is a predicate of its own after a noun phrase.
  if (w === '下' && closesAt(tokens[r + 2])) return false;
  if (w === '起' && /^(?:作用|效果|成效)$/u.test((ASPECT.has(tokens[r + 2]?.value ?? '') ? tokens[r + 3] : tokens[r + 2])?.value ?? '')) return false;
  if (AFTER_VERB.has(w)) return w !== '过' || n.end === (tokens[r + 2]?.start ?? n.end);
  if (isNumber(n) || DETERMINERS.has(w) || (DETERMINER_START.has(w[0]!) && n.kind === 'word' && w !== '各地' && w !== '全面')) return true;
  // Two verbs joined by 并 (发现并报告了): coordinated predicates.
  if ((w === '并' || w === '并且') && tokens[r + 2] !== undefined && (isVerb(tokens[r + 2]) || ASPECT.has(tokens[r + 3]?.value ?? ''))) return true;
  // A pivot verb with its person and second verb: 迅速的组织群众撤离.
  if (PIVOTS.has(tokens[r]!.value) && isNoun(n) && isPlainVerb(tokens[r + 2] ?? n) && tokens[r + 2] !== undefined) return true;
  // A second work verb (学习贯彻, 研究部署): coordinated verbs, not a subject and its predicate (救助让, 服务赢得).
  // The pair must take an object (通过各部门认真的检查落实，is a noun phrase).
  if (isVerbTag(n) && VERBS.has(w) && VERBS.has(tokens[r]!.value)) return !closesAt(tokens[r + 2]) && !HEAD_NOUNS.has(tokens[r + 2]!.value) && tokens[r + 2]!.value !== '的';
  // A plain noun object that closes the clause (or a coordinated one): 耐心的讲解政策。 Only after a verb tagged as a
  // verb and a word of manner that is no idiom (社情民意的搜集网络, 正常的工作秩序 are noun phrases).
  if (objectEvidence && isPlainVerb(tokens[r]!) && isNoun(n) && !HEAD_NOUNS.has(w) && !VERBS.has(w)) {
    const after = tokens[r + 2];
    if (closesAt(after) || after!.value === '和' || after!.value === '及') return true;
    // Nouns, coordinated or not, to the end of the clause (核对船员身份和救生设备，整理捐赠图书和期刊，): the verb's object.
    let k = r + 2;
    while (k < tokens.length && !closesAt(tokens[k]) && k <= r + OBJECT_WORDS) {
      const x = tokens[k]!;
      // The nouns' own 的 and the head it opens, closing the clause (解答纳税人的疑问/v，): the object's head, whatever its
      // tag; the verb took the nouns before it as its object's modifier, so it is a verb all the same.
      if (x.value === '的' && isNoun(tokens[k - 1]!) && tokens[k + 1]?.kind === 'word' && tokens[k + 1]!.value !== '的' && closesAt(tokens[k + 2])) return true;
      if (!(isNoun(x) && !VERBS.has(x.value)) && !/^(?:和|及|与|以及)$/u.test(x.value)) return false;
      k++;
    }
    return closesAt(tokens[k]) && !HEAD_NOUNS.has(tokens[k - 1]!.value);
  }
  return false;
}

/**
 * Adjectives that say how work was done and never what a thing is (彻底、到位、细致、及时…; not 合格、准确、合理、规范、全面,
 * which a document, a product or data may be): negated or graded, then 的 and a noun, they are still the complement of the
 * verb before them inside a relative clause (整改的不彻底的4个单位、推进的比较慢的5个乡镇 → 得), where 抽检的不合格的3批次白酒
 * is two attributes of one noun.
 */
const DONE_MANNER = set('彻底 到位 细致 扎实 及时 认真 仔细 周密 深入 充分 严格 有力 主动 积极 迅速 顺利 缓慢 迟缓 慢 快 严 细 实 力');

/** Abstract heads after V的不…的 that make the two 的-phrases stacked attributes (投诉的不及时的问题), not a complement. */
const STACKED_HEAD = set('问题 情况 现象');

/** Adverbs that may stand between 的 and a degree word or 不 in a complement (开展的还不够规范、落实的仍不到位). */
const BEFORE_DEGREE = set('还 仍 仍然 依然 依旧 也');

/** Whether a noun phrase opens at index k (4个单位、物业企业、12处河道): what a relative clause modifies. */
const nounPhraseAt = (tokens: readonly Token[], k: number) => {
  const t = tokens[k];
  return !!t && (isNumber(t) || (t.kind === 'word' && (isNoun(t) || posIs(t, 'q', 'zg'))));
};

/** The end of a complement starting at index c that closes the clause, or -1. */
function complementEnd(tokens: readonly Token[], c: number, lookup: Lookup): number {
  const first = tokens[c];
  if (!first || isPunct(first)) return -1;
  // 还、仍 before the degree word or 不 (开展的还不够规范，落实的仍不到位): the complement goes on after them.
  if (BEFORE_DEGREE.has(first.value) && tokens[c + 1]?.kind === 'word') {
    const next = tokens[c + 1]!.value;
    if (DEGREES.has(next) || next.startsWith('不') || degreeGlued(next) !== undefined) return complementEnd(tokens, c + 1, lookup);
  }
  // A negated or graded adjective of work done, then 的 and the noun it modifies (整改的不彻底的4个单位、推进的比较慢的5个乡镇、
  // 排查的不细致的物业企业): the complement of a relative clause.
  const embedded = graded(tokens, c, lookup);
  // 投诉的不及时的问题: before 问题、情况、现象 the two 的-phrases read as stacked attributes of one noun (the complaint,
  // its lateness), too doubtful to call a complement.
  if (embedded >= 0 && tokens[embedded + 1]?.value === '的' && STACKED_HEAD.has(tokens[embedded + 2]?.value ?? '')) return -1;
  if (embedded >= 0 && tokens[embedded + 1]?.value === '的' && nounPhraseAt(tokens, embedded + 2)) return embedded;
  const closes = (k: number) => closesAt(tokens[k]) || tokens[k]!.value === '了';
  // A noun right before the verb (救生衣|准备|的): the verb is its subject's predicate, not a 的-phrase's head.
  const s = tokens[c - 3];
  const subjectVerb = !!s && isNoun(s) && !posIs(s, 'nr');
  // 不 glued to a one-character adjective (不严/a, 不实, 不好) or a set negation (不力/n, 不当): a negated complement closing the
  // clause (执行的不严，组织的不力，); 不足、不多、不少 say an amount.
  // (不实 is left out: 举报的不实 says what was reported is untrue, a nominal 的-phrase.)
  if ([...first.value].length === 2 && first.value.startsWith('不') && !AMOUNT.has(first.value) && first.value !== '不实' && (NEGATED.has(first.value) || ADJECTIVES.has(first.value.slice(1)) || posIs(first, 'a'))) {
    return closes(c + 1) ? c : -1;
  }
  // 很快、比较顺利 in one token; 很多、十分有限 say an amount (参加的很多: a nominal 的-phrase).
  const glued = degreeGlued(first.value);
  if (glued !== undefined && !DEGREES.has(first.value)) {
    if ((AMOUNT.has(glued) && !(SUPPLY.has(glued) && subjectVerb)) || AMOUNT.has(first.value)) return -1;
    const adj = ADJECTIVES.has(glued) || /^a/u.test(lookup(glued)?.pos ?? '');
    return adj && closes(c + 1) ? c : -1;
  }
  // 偏、过 cut from a one-character adjective of scale (定|的|偏|高，卡|的|过|严。): the degree and its adjective closing the clause.
  if ((first.value === '偏' || first.value === '过') && tokens[c + 1]?.kind === 'word' && SCALE.has(tokens[c + 1]!.value) && closes(c + 2)) return c + 1;
  // 不实 (举报的不实) says what was reported is untrue as often as how it was done: no complement.
  if (first.value === '不' && tokens[c + 1]?.value === '实') return -1;
  if (DEGREES.has(first.value) || first.value === '不') {
    // Up to three words to the end of the clause, none a 的; a degree word + adjective + noun is a noun phrase.
    for (let k = c + 1; k <= c + 3 && k < tokens.length; k++) {
      const t = tokens[k]!;
      if (isPunct(t) || t.value === '的' || t.value === '地') break;
      if (closes(k + 1)) {
        if (k > c + 1 && isNoun(t) && !isVerb(tokens[k - 1])) return -1;
        // A verb and its 了 after a noun (报送的不实信息进行了通报): the predicate of a noun phrase, no complement.
        if (k > c + 1 && tokens[k + 1]?.value === '了' && isPlainVerb(t) && isNoun(tokens[k - 1]!)) return -1;
        if (AMOUNT.has(t.value) && !(SUPPLY.has(t.value) && subjectVerb)) return -1;
        return k;
      }
    }
    return -1;
  }
  if (QUANTITY.has(first.value)) return -1;
  // 又A又B, 越来越A, to the end of the clause: 修的又宽又平.
  let k = c;
  let run = '';
  while (k < tokens.length && k < c + 6 && !closesAt(tokens[k])) run += tokens[k++]!.value;
  if (closesAt(tokens[k]) && /^(?:又[^又的]{1,2}又[^又的]{1,2}|越来越[^的]{1,3})$/u.test(run)) return k - 1;
  // An AABB reduplication the segmenter cut (透|透彻|彻): 讲的透透彻彻。
  if (closesAt(tokens[k]) && k - c > 1 && [...run].length === 4 && reduplicated(run)) return k - 1;
  // One word: an adjective, a reduplication, a four-character idiom (jieba's ad and an are too loose here: 积分/ad).
  // A bare adjective tag is not enough (成效/a: 用数字说明的成效): the word must be one that serves as a complement.
  const single = ADJECTIVES.has(first.value) || BARE_COMPLEMENTS.has(first.value) || FEELINGS.has(first.value) || reduplicated(first.value) || posIs(first, 'z') || (posIs(first, 'i', 'l') && descriptiveIdiom(first.value, lookup));
  if (single && closes(c + 1)) return c;
  // Two words making one four-character complement: 宽敞明亮, 合理有序, 及时准确.
  const second = tokens[c + 1];
  if (second && !isPunct(second) && closes(c + 2) && first.value.length + second.value.length === 4) {
    const adjective = (t: Token) => ADJECTIVES.has(t.value) || posIs(t, 'a', 'z');
    if (adjective(first) && adjective(second) && (ADJECTIVES.has(first.value) || ADJECTIVES.has(second.value))) return c + 1;
  }
  return -1;
}

/**
 * The end of 不、a degree word or both and one adjective of work done (DONE_MANNER) starting at index c (不|彻底、不细致、
 * 比较慢, 不够|及时), or -1.
 */
function graded(tokens: readonly Token[], c: number, lookup: Lookup): number {
  const first = tokens[c]!;
  const w = first.value;
  // One token: 不严、不力 (NEGATED), 不细, 比较慢.
  if (w.length >= 2 && w.startsWith('不') && (NEGATED.has(w) || DONE_MANNER.has(w.slice(1)))) return c;
  const glued = degreeGlued(w);
  if (glued !== undefined && !DEGREES.has(w)) return DONE_MANNER.has(glued) ? c : -1;
  // 不 or a degree word (or both: 不太、不够), then the adjective.
  let k = c;
  while (k < c + 2 && tokens[k]?.kind === 'word' && (DEGREES.has(tokens[k]!.value) || tokens[k]!.value === '不')) k++;
  if (k === c) return -1;
  const adj = tokens[k];
  return adj?.kind === 'word' && DONE_MANNER.has(adj.value) && lookup(adj.value) !== undefined ? k : -1;
}

/** A verb that may take a complement (not a copula or a verb of saying, whose 的-phrase is nominal: 说的、有的). */
const complementVerb = (t: Token) => (isPlainVerb(t) || VERBS.has(t.value)) && !NOT_COMPLEMENT_VERB.has(t.value);

/** After a pronoun, 所, a modal or an adverb, “V的” is a relative clause (他们做的, 可能带来的, 已建成的, 可以兑换的). */
function relativeBefore(p: Token | undefined): boolean {
  // (A noun of the team's list the dictionary tags an adverb, 进度/d, is a subject: 机播进度推进的较快, blind set 14.)
  return !!p && (p.value === '所' || p.value.endsWith('们') || (posIs(p, 'r', 'd', 'c') && !HEAD_NOUNS.has(p.value)) || MODALS.has(p.value) || p.value === '可能');
}

/**
 * A verb of saying after 的 that opens a quotation (高兴的说：“…”, 感激的对医生说：“…”, 兴奋的告诉记者：“…”): the index of
 * the verb, or -1. The quotation must follow within three words, after a colon or an opening quote (or reported speech
 * after a comma right after the verb).
 */
function quotingVerb(tokens: readonly Token[], i: number): number {
  let v = i + 1;
  // 对/向/跟 + whom: up to three words before the verb.
  if (PREPOSITIONS.has(tokens[v]?.value ?? '')) {
    v++;
    while (v < tokens.length && v < i + 6 && !QUOTING.has(tokens[v]!.value) && !isPunct(tokens[v]) && tokens[v]!.value !== '的') v++;
  }
  if (!QUOTING.has(tokens[v]?.value ?? '')) return -1;
  for (let k = v + 1; k < tokens.length && k <= v + 3; k++) {
    const x = tokens[k]!;
    if (/^[：:“"「]/u.test(x.value)) return v;
    // Reported speech right after the verb: 高兴的说，今年村集体收入突破了50万元。
    if (k === v + 1 && /^[，,]/u.test(x.value)) return v;
    if (isPunct(x) || x.value === '的') return -1;
  }
  return -1;
}

/** A word before 的 that may describe a speaker (高兴/b, 感慨/v, 自豪/n, 激动/a): not a name, pronoun, number or verb of saying. */
const describesSpeaker = (t: Token) =>
  t.kind === 'word' && t.value.length >= 2 && !/^(?:nr|nt|ns|r|m|q|t|f|p|u|x)/u.test(t.pos) && !QUOTING.has(t.value) && !NOT_COMPLEMENT_VERB.has(t.value) && !HEAD_NOUNS.has(t.value);

/** A disposal 把 opens the clause before index s (把要点讲的很清楚): the verb after its object takes a complement. */
function disposalBefore(tokens: readonly Token[], s: number): boolean {
  for (let k = s - 1; k >= 0 && k >= s - 12 && !closesAt(tokens[k]); k--) {
    // 把A作为B的重中之重: the verb of the disposal is 作为, and what follows it is its object.
    if (TREAT_AS.has(tokens[k]!.value)) return false;
    if (tokens[k]!.value === '把') return true;
  }
  return false;
}

/**
 * A preposition opens the clause within sixteen words before index s (对所驻村的户数、人口、产业情况讲的清楚): the verb after
 * its object. A 、 inside the object is no clause's end.
 */
function namedPrepositionBefore(tokens: readonly Token[], s: number, word: string): boolean {
  for (let k = s - 1; k >= 0 && k >= s - 16 && (tokens[k]!.value === '、' || !closesAt(tokens[k])); k--) {
    if (tokens[k]!.value === word && /^p/u.test(tokens[k]!.pos)) return true;
  }
  return false;
}

/** Verbs of 把A作为B (treat A as B): their object is a noun phrase, not a complement. */
const TREAT_AS = set('作为 当作 当成 看作 看成 视为 列为 列入 纳入 作 当 变成 建成 打造成 改造成 办成');

/**
 * Whether the modifier before the particle at index i stands in the object of a verb of DUMMY_VERBS: the verb, 了, and
 * at most a receiver (这项改革、困难群众) between it and the modifier, no other verb (提供了周到的上门服务, 给予了这项改革有力地支持).
 */
function dummyObject(tokens: readonly Token[], i: number): boolean {
  const l = tokens[i - 1]!;
  if (l.kind !== 'word' || isNumber(l)) return false;
  for (let k = i - 2, n = 0; k >= 0 && n < 5 && !closesAt(tokens[k]); k--, n++) {
    const x = tokens[k]!;
    if (DUMMY_VERBS.has(x.value) && !/^p/u.test(x.pos)) return true;
    if (x.value === '了') continue;
    // 开展工作时认真地听取、获得资金后迅速地开展: a time or place word closes the verb's phrase into an adverbial.
    if (posIs(x, 'f') || PHRASE_CLOSERS.has(x.value)) return false;
    if (isPlainVerb(x) || x.value === '的' || x.value === '地' || x.value === '得' || /^p/u.test(x.pos)) return false;
  }
  return false;
}

/** A verb that takes a deed as its object (给予、进行、感谢、经过…) opens the clause within a dozen words before index s. */
function takerBefore(tokens: readonly Token[], s: number): boolean {
  for (let k = s - 1; k >= 0 && k >= s - 12 && !closesAt(tokens[k]); k--) {
    if (DUMMY_VERBS.has(tokens[k]!.value) || DEED_TAKERS.has(tokens[k]!.value)) return true;
  }
  return false;
}

/** Records a hit at token i (的/地/得), to be written `to`, over tokens start..end. */
type Hit = (i: number, to: DeHit['to'], kind: DeHit['kind'], start: number, end: number) => void;

/** 得 written: an adverbial that wants 地 (认真得核对了). */
function writtenDei(tokens: readonly Token[], i: number, lookup: Lookup, hit: Hit): void {
  const l = tokens[i - 1]!;
  const r = tokens[i + 1]!;
  // An adverbial written with 得: 认真得核对了, 耐心得解答了, 仔细得核查每一份. Only a word that serves as an adverbial
  // (高兴得跳了起来 and 忙得顾不上 are complements of state) before a verb that acts as a verb.
  const ms = mannerStart(tokens, i - 1);
  if (ms >= 0 && adverbCapable(l) && isVerb(r) && !NOT_ACTED.has(r.value) && predicatePosition(tokens, ms) && actsAsVerb(tokens, i + 1, true)) {
    hit(i, '地', 'adverbial', ms, i + 1);
    return;
  }
  // A person right after a verb and its 了 + 得 + a phrase closing the clause (减轻了他们得缴费负担、保障了他们得合法权益、
  // 解决了大家得后顾之忧, blind set 14): the person is the owner inside the object of the completed verb, so 得 is the
  // possessive 的 whatever the dictionary tags the words of the phrase (负担 v, 后顾之忧 i, 拓宽 nr). Not 让他们得实惠
  // (no 了 between the causative and the person), 得到、得以 (one word with 得).
  if ((posIs(l, 'r') || isNoun(l)) && !posIs(l, 'nr', 'ns', 'nt') && tokens[i - 2]?.value === '了' && i >= 3 && tokens[i - 3]!.kind === 'word' && !CAUSATIVES.has(tokens[i - 3]!.value)) {
    let e = i + 1;
    while (e + 1 < tokens.length && !closesAt(tokens[e + 1]) && e < i + 3) e++;
    const words = tokens.slice(i + 1, e + 1);
    const n = words.reduce((m, x) => m + [...x.value].length, 0);
    const last = tokens[e]!;
    if (closesAt(tokens[e + 1]) && n >= 3 && [...last.value].length >= 2 && words.every((x) => x.kind === 'word' && /^(?:n|vn|an|a|b|v|i|l)/u.test(x.pos))) {
      hit(i, '的', 'attributive', i - 1, e);
      return;
    }
  }
  // A noun + 得 + a noun phrase closing the clause, the object of a verb (保障412户渔民得基本生活、维护外卖骑手得合法权益):
  // the possessive 的. Not 让渔民得实惠 (得 the verb “get”, after a causative), nor 得 + a verb.
  if (!isNoun(l) || posIs(l, 'nr', 'ns', 'nt')) return;
  let k = i + 1;
  while (k + 1 < tokens.length && !closesAt(tokens[k + 1]) && k < i + 3) k++;
  const phrase = tokens.slice(i + 1, k + 1);
  const chars = phrase.reduce((n, x) => n + [...x.value].length, 0);
  if (!closesAt(tokens[k + 1]) || chars < 3 || !(isNoun(tokens[k]!) || posIs(tokens[k]!, 'vn')) || !phrase.every((x) => x.kind === 'word' && /^(?:n|vn|an|a|b)/u.test(x.pos))) return;
  let verb = false;
  for (let j = i - 2; j >= 0 && j >= i - 8 && !closesAt(tokens[j]); j--) {
    if (CAUSATIVES.has(tokens[j]!.value) || tokens[j]!.value === '让' || tokens[j]!.value === '叫') return;
    if (isPlainVerb(tokens[j]!)) verb = true;
  }
  if (verb) hit(i, '的', 'attributive', i - 1, k);
}

/**
 * 把 (or 将 before a noun) and its object right before index s (把|居民提出的23条意见|, 将|辖区62家小作坊的信息|): the object
 * ends in a noun, or in a verb that heads a 的-phrase (…的位置/v、…的诉求/v), with no aspect particle, preposition or verb of
 * 把A作为B between; not 把 right before s (把详细的认定标准…: the manner is inside the object).
 */
function disposalObjectBefore(tokens: readonly Token[], s: number): boolean {
  const p = tokens[s - 1];
  // (A verb after 的 or a count heads a noun phrase: 避难场所的位置/v、46项诉求/v.)
  const q = tokens[s - 2];
  if (!p || p.kind !== 'word' || !(isNoun(p) || posIs(p, 'j') || (isVerbTag(p) && !!q && (q.value === '的' || posIs(q, 'q') || (posIs(q, 'n') && [...q.value].length === 1 && !!tokens[s - 3] && isNumber(tokens[s - 3]!)))))) return false;
  for (let k = s - 2; k >= 0 && k >= s - 12 && !closesAt(tokens[k]); k--) {
    const x = tokens[k]!;
    if (x.value === '把' || (x.value === '将' && !!tokens[k + 1] && (isNoun(tokens[k + 1]!) || posIs(tokens[k + 1]!, 'ns', 'j')))) return k < s - 1;
    if (ASPECT.has(x.value) || TREAT_AS.has(x.value) || (/^p/u.test(x.pos) && x.value !== '将') || x.value === '地' || x.value === '得') return false;
  }
  return false;
}

/**
 * A verb at index r that opens a predicate: a verb (or verbal noun) that is no head noun, with the rest of its clause
 * holding no causative, copula or verb of what a deed earns (有序的疏散让…: a noun phrase and its predicate), and no second
 * verb after a noun (详细的登记信息上传…: 登记信息 is a noun); or a verb the tags call a noun before a one-character verb of
 * result (编号|入|柜).
 */
function disposalVerb(tokens: readonly Token[], r: number, lookup: Lookup, closingVerb = false, disposal = true): boolean {
  const t = tokens[r];
  if (!t || t.kind !== 'word' || HEAD_NOUNS.has(t.value) || EVENT_NOUNS.has(t.value) || NOT_ACTED.has(t.value) || COMPOUND_HEADS.has(t.value)) return false;
  const n = tokens[r + 1];
  // A verb the tags call a noun (编号/n、装盒/n) before a one-character verb of result (编号|入|柜) or a verb closing the clause
  // (装盒|归档，, with `closingVerb`: after a word that serves as an adverbial only, 把全县详细的名单上报 has a noun): no noun
  // phrase is followed so.
  if (!(isVerb(t) || posIs(t, 'vn'))) return verbLikeNoun(t, lookup) && !!n && n.kind === 'word' && (/^[入进到给在上]$/u.test(n.value) || (closingVerb && isPlainVerb(n) && [...n.value].length === 2 && closesAt(tokens[r + 2])));
  // After 把 and its object (`disposal`), a second verb right after it (把…耐心的讲解|录成视频, 认真的整改|作为…) is the
  // predicate, the first the head of a noun phrase: a disposal has one predicate. (A verb of one character before a verb
  // that ends in a result, 转|交给, is one verb the dictionary cut.) Elsewhere a verb may take a verb phrase as its object
  // (抢修|受损线路).
  if (n && n.value === '的') return false;
  let noun = false;
  for (let k = r + 1; k < tokens.length && k <= r + OBJECT_WORDS && !closesAt(tokens[k]); k++) {
    const x = tokens[k]!;
    // (Anywhere in the clause: 把群众合理的诉求|及时|解决.)
    // (A directional complement right after the verb, 公示|出来, is part of it; a verb inside a preposition's object,
    // 移交|给|相关|部门, modifies its noun.)
    const complement = k === r + 1 && DIRECTIONAL.has(x.value);
    const inPrepositionObject = /^p/u.test(tokens[k - 1]?.pos ?? '') && k - 1 > r;
    if (disposal && isPlainVerb(x) && [...x.value].length >= 2 && !complement && !inPrepositionObject && !(k === r + 1 && [...t.value].length === 1 && /[给到入成在为进]$/u.test(x.value))) return false;
    // 在、为 right after the verb are its complement of place or result (标注在、评定为), not a copula.
    if (CAUSATIVES.has(x.value) || EARNS.has(x.value) || (NOT_ACTED.has(x.value) && !(k === r + 1 && /^[在为]$/u.test(x.value)))) return false;
    // A verb after a noun (…学习笔记|装订成册, 登记信息|上传): the noun and the verb before it are one noun phrase.
    if (noun && k > r + 1 && (isPlainVerb(x) || ([...x.value].length === 4 && /^v/u.test(lookup(x.value.slice(0, 2))?.pos ?? '')))) return false;
    if (isNoun(x)) noun = true;
  }
  return true;
}

/**
 * A word of two characters the tags call a noun that is a verb and its object (编号、装盒、销号: the first character is a
 * verb), not a plain noun (票据: 票 is a noun; 把各单位规范的票据装订 has the manner inside the object).
 */
function verbLikeNoun(t: Token, lookup: Lookup): boolean {
  return posIs(t, 'n') && [...t.value].length === 2 && /^v/u.test(lookup([...t.value][0]!)?.pos ?? '');
}

/** Directional complements of two characters (公示出来, 传达下去): part of the verb before them, not a second predicate. */
const DIRECTIONAL = set('出来 起来 下去 下来 出去 上来 上去 过来 过去 回来 回去 进来 进去 开来');

/** A verb and 着 with their object right before index s (冒着|小雨、顶着|寒风、踩着|泥泞): an action that goes with the predicate. */
function concomitantBefore(tokens: readonly Token[], s: number): boolean {
  const o = tokens[s - 1];
  if (!o || o.kind !== 'word' || !isNoun(o)) return false;
  for (let k = s - 2; k >= 0 && k >= s - 3; k--) {
    const x = tokens[k]!;
    if (x.value === '着') return k >= 1 && tokens[k - 1]!.kind === 'word' && [...tokens[k - 1]!.value].length <= 2 && !posIs(tokens[k - 1]!, 'p', 'd', 'r');
    if (x.kind !== 'word' || !(isNoun(x) || posIs(x, 'a', 'b'))) return false;
  }
  return false;
}

/** Words that close the frame 在…下 (在工作人员耐心的解答下, 在各方积极的配合中, 在县城集中的供暖区域内). */
const FRAME_CLOSERS = set('下 中 内 上 里 之下 之中 当中 过程中 期间');

/** Verbs of feeling or stance that open an evaluation of a deed (对…耐心的解释表示满意、对…定期的随访感到很暖心). */
const STANCE_VERBS = set('表示 感到 深表 深感 倍感 备感 颇感 觉得 感觉');

/**
 * The word at index k opens the predicate of a clause whose subject (or the object of 对 before it) is a noun phrase
 * ending in the verb just before k: a degree word, alone or glued to its adjective (及时的帮助十分感激、热情的接待十分满意),
 * an adverb before a word (耐心的讲解也打消了…), a verb of feeling or stance (耐心的解释表示满意, one word with the feeling
 * or not), or a verb of effect or of earning (精心的组织保障了活动顺利进行; not before a head noun it makes a compound
 * with: 组织保障物资). A verb with its own object never has these
 * right after it (迅速的组织群众转移、认真的解释政策), nor a complement (认真的落实好、积极的参与进来: AFTER_VERB).
 */
function predicateAt(tokens: readonly Token[], k: number): boolean {
  const x = tokens[k];
  if (!x || x.kind !== 'word' || AFTER_VERB.has(x.value)) return false;
  const next = tokens[k + 1];
  // 很多、很多遍 say an amount (耐心的解释很多遍政策: the verb's complement), not a degree of a feeling.
  const amount = (w: string) => AMOUNT.has(w) || /^[多少几]/u.test(w);
  if (DEGREES.has(x.value)) return !!next && next.kind === 'word' && !amount(next.value);
  const glued = degreeGlued(x.value);
  if (glued !== undefined) return !amount(glued);
  if (STANCE_VERBS.has(x.value) || STANCE_VERBS.has(x.value.slice(0, 2))) return true;
  // A verb of effect before a head noun makes a compound with it (组织保障物资运往灾区: 保障物资 is the object).
  if (EFFECTS.has(x.value) || EARNS.has(x.value)) return !compoundHead(next);
  return posIs(x, 'd') && !!next && next.kind === 'word' && !closesAt(next);
}

/**
 * The particle at index i stands inside the frame 在 … 下/中/内 (在工作人员耐心的解答下，在石桥镇统一的规划建设下): 在 opens
 * the clause within a dozen words before it, and a frame word follows the verb after one word at most, so the verb has
 * no object and all between is a noun phrase. (在…耐心地讲解政策时 has an object: a time clause, not this frame.)
 */
function zaiFrame(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && k >= i - 12 && !closesAt(tokens[k]) && !(tokens[k]!.value === '在' && /^p/u.test(tokens[k]!.pos))) k--;
  if (k < 0 || tokens[k]!.value !== '在') return false;
  const a = tokens[i + 2];
  const b = tokens[i + 3];
  return (!!a && FRAME_CLOSERS.has(a.value)) || (!!a && a.kind === 'word' && a.value !== '的' && !ASPECT.has(a.value) && !!b && FRAME_CLOSERS.has(b.value));
}

/** 的 written: a potential complement (看的见), an adverbial (有效的遏制了) or a complement (落实的不到位). */
function writtenDe(tokens: readonly Token[], i: number, lookup: Lookup, report: Hit): void {
  const l = tokens[i - 1]!;
  const r = tokens[i + 1]!;
  // Inside the frame 在…下 the phrase is a noun phrase: no adverbial. (Looked for only when an adverbial is found: most
  // 的 give no hit, and the frame is read back up to 12 words.)
  let framed: boolean | undefined;
  // Inside the object of 把 the phrase is a noun phrase too: right after 把 (把集中的安置点标注在…), or after 把 and a noun when
  // no predicate follows the verb as disposalVerb reads it (把志愿者耐心的讲解录成视频: 录成 is the predicate). Read once,
  // and only for an adverbial.
  let disposed: boolean | undefined;
  const insideDisposal = () => {
    const s = mannerStart(tokens, i - 1);
    if (s < 0) return false;
    if (tokens[s - 1]?.value === '把') return true;
    return disposalObjectBefore(tokens, s) && !disposalVerb(tokens, i + 1, lookup, adverbCapable(tokens[i - 1]!));
  };
  const hit: Hit = (at, to, kind, start, end) => {
    if (kind === 'adverbial' && (framed ??= zaiFrame(tokens, i))) return;
    // A verb followed by the clause's own predicate (精心的组织保障了…、对志愿者及时的帮助十分感激、对干部耐心的解释表示满意)
    // heads a noun phrase, the subject or the object of 对 before it: no adverbial. Not after 开展、进行, which take a deed
    // as their object (逐件扎实的开展化解: 化解 is the object).
    if (kind === 'adverbial' && to === '地' && end === i + 1 && isVerb(r) && !DUMMY_VERBS.has(r.value) && predicateAt(tokens, i + 2)) return;
    if (kind === 'adverbial' && to === '地' && (disposed ??= insideDisposal())) return;
    report(at, to, kind, start, end);
  };
  // 值得、懂得 written 值的、懂的 before a verb (值的推广, 懂的感恩); 懂的人 is a relative clause.
  if (DE_WORDS.has(l.value) && l.kind === 'word' && isVerbTag(r) && !NOT_ACTED.has(r.value) && !isNoun(r)) {
    hit(i, '得', 'complement', i - 1, i + 1);
    return;
  }
  // 取的了 → 取得了.
  if (DE_BEFORE_LE.has(l.value) && r.value === '了') {
    hit(i, '得', 'complement', i - 1, i + 1);
    return;
  }
  // A state and its result: 高兴的合不拢嘴, 激动的说不出话来, 累的满头大汗。
  if (STATES.has(l.value) && r.kind === 'word') {
    const vnc = /^\p{Script=Han}不\p{Script=Han}/u.test(r.value) && posIs(r, 'v', 'l', 'i');
    const phrase = [...r.value].length === 4 && closesAt(tokens[i + 2]) && !isNoun({ ...r, pos: lookup(r.value.slice(-2))?.pos ?? 'x' });
    if (vnc || phrase) {
      hit(i, '得', 'complement', i - 1, i + 1);
      return;
    }
  }
  // Potential complement: 看的见, 用的上.
  if (l.value.length === 1 && POTENTIAL_VERBS.has(l.value) && r.value.length === 1 && POTENTIAL.has(r.value)) {
    const before = tokens[i - 2];
    const pair = DAILY.has(l.value) && DAILY.has(r.value);
    const meeting = r.value === '会' && l.value !== '学' && l.value !== '教';
    if (!pair && !meeting && before?.value !== '所') {
      hit(i, '得', 'potential', i - 1, i + 1);
      return;
    }
  }
  // A directional potential complement closing the clause or before 了: 进的去、出的来 (来/去 alone), 运的出去、开的进来 (a
  // direction and 来/去 in one word), 开的进山、开的进村 (进/出 and a place in one word). Not 修的进村道路, 开的进口商品
  // (a noun follows: the 的-phrase modifies it), nor 所开的.
  if ([...l.value].length === 1 && POTENTIAL_VERBS.has(l.value) && r.kind === 'word' && tokens[i - 2]?.value !== '所') {
    const c = [...r.value];
    const after = tokens[i + 2];
    const ends = closesAt(after) || /^[了吗呢]$/u.test(after!.value);
    const direction =
      (c.length === 1 && /^[来去]$/u.test(r.value)) ||
      (c.length === 2 && /^[进出上下回过起]$/u.test(c[0]!) && /^[来去]$/u.test(c[1]!)) ||
      (c.length === 2 && /^[进出]$/u.test(c[0]!) && /^[村城山门乡镇场站校岸楼港园厂店]$/u.test(c[1]!));
    if (direction && ends) {
      hit(i, '得', 'potential', i - 1, i + 1);
      return;
    }
  }
  // Adverbial before a verb of saying that opens a quotation: 高兴的说：“…”.
  const quoting = describesSpeaker(l) ? quotingVerb(tokens, i) : -1;
  if (quoting >= 0) {
    hit(i, '地', 'adverbial', i - 1, quoting);
    return;
  }
  // A reduplicated adverb (紧紧、牢牢、早早: tagged d or t) or one-character adjective (细细、稳稳) + 的 + a plain verb and what
  // it governs, after a subject, an adverb or a break (县医保局紧紧的盯住…、家庭医生细细的询问老人的…、，牢牢的守住草原…): how
  // the deed is done. An AA before a noun (厚厚的积雪、长长的队伍、大大/b 的红灯笼) has no plain verb after it, and a
  // verb heading its own noun phrase is left to the guards of hit (精心的组织保障了…).
  if (t2(l) && reduplicated(l.value) && r.kind === 'word' && r.pos === 'v' && !NOT_ACTED.has(r.value) && !HEAD_NOUNS.has(r.value)) {
    const tag = lookup(l.value)?.pos ?? '';
    const p = tokens[i - 2];
    const next = tokens[i + 2];
    const opens = !p || isPunct(p) || subjectEnd(p);
    const governs = !!next && !closesAt(next) && next.kind === 'word' && next.value !== '的' && (isNoun(next) || isNumber(next) || posIs(next, 'r', 'ns', 'nr', 'nt', 's', 'j') || isVerb(next) || ASPECT.has(next.value) || AFTER_VERB.has(next.value));
    // 慢慢的积累成就了今天的规模: with no subject before it and a second verb right after, AA的 + verb is itself the
    // subject (a noun phrase), and the verb after is the predicate.
    // (成就 tagged n by the segmenter reads as a verb with 了 after it.)
    const predicate = isVerb(next) || (next?.kind === 'word' && /^(?:了|着|过)$/u.test(tokens[i + 3]?.value ?? ''));
    const subjectPhrase = (!p || /^[。！？；]$/u.test(p.value)) && predicate && !ASPECT.has(next!.value) && !AFTER_VERB.has(next!.value);
    if (/^[dta]/u.test(tag) && opens && governs && !subjectPhrase) {
      hit(i, '地', 'adverbial', i - 1, i + 1);
      return;
    }
  }
  // Adverbial: 有效的遏制了. The manner phrase may be 很好, 简朴而隆重; its context is read before all of it.
  const ms = mannerStart(tokens, i - 1);
  const idiom = posIs(l, 'i', 'l') && !MANNER.has(l.value) && !coordinatedManner(l.value);
  if (ms >= 0 && PREPOSITIONS.has(r.value) && predicatePosition(tokens, ms) && (r.value !== '对照' || !isVerb(tokens[i + 2]))) {
    // 把/将 after a word of manner open a disposal (及时的将情况报告…, 迅速的把群众转移…): nothing else reads so.
    const next = tokens[i + 2];
    if ((r.value === '把' || r.value === '将') && next && !isPunct(next) && next.value !== '的') {
      hit(i, '地', 'adverbial', ms, i + 1);
      return;
    }
    // A preposition opening the verb phrase, with the verb later in the clause: 热情的为群众办理业务.
    // The preposition's object is one word at least (为受灾群众办理: 受灾 modifies 群众; the verb comes after).
    let k = i + 3;
    while (k < tokens.length && k < i + 8 && !closesAt(tokens[k]) && !isVerb(tokens[k]) && tokens[k]!.value !== '的') k++;
    if (k < tokens.length && k < i + 8 && isVerb(tokens[k]) && k > i + 2) {
      hit(i, '地', 'adverbial', ms, k);
      return;
    }
    // The preposition's object may hold a 的 (为前来办事的群众讲解、与走失老人的家属沟通、为行动不便的老人填写): past the
    // 的 and the noun it modifies, a verb is the predicate's. The walk is bounded (a dozen words), so a long clause stays linear.
    if (tokens[k]?.value === '的' || (isVerb(tokens[k]) && tokens[k + 1]?.value === '的')) {
      let d = tokens[k]!.value === '的' ? k : k + 1;
      for (let j = d + 1; j < tokens.length && j <= i + 12 && !closesAt(tokens[j]); j++) {
        const x = tokens[j]!;
        if (x.value === '的') { d = j; continue; }
        if (isVerb(x) && j > d + 1 && isNoun(tokens[j - 1]!) && tokens[j + 1]?.value !== '的') {
          hit(i, '地', 'adverbial', ms, j);
          return;
        }
      }
    }
  }
  // A manner, 的, an adverb of order (逐项、逐户、逐一) and a verb after a subject or a phrase that is no clause's start:
  // 对整改报告严格的逐项审核，台账仔细的逐户核对，(严格的逐项审核是…的前提 opens the sentence: a noun phrase).
  // 逐 cut from its measure (逐/d 车/zg 登记) counts as one adverb; 一一/m, 分批/m, 全面/n and 挨家挨户/i are such adverbs
  // whatever their tags, and a verbal noun after them (逐项检查/vn) is the verb. Not in the object of a preposition or of
  // 给予、进行 (经过审计组认真的逐笔核对，给予了群众耐心的逐一解答: noun phrases).
  const cut = r.value === '逐' && [...(tokens[i + 2]?.value ?? '')].length === 1 && tokens[i + 2]!.kind === 'word' && !isVerb(tokens[i + 2]) ? 1 : 0;
  const v = tokens[i + 2 + cut];
  const order = cut === 1 || orderAdverb(r, true) || r.value === '全面';
  if (ms >= 0 && adverbCapable(l) && (posIs(r, 'd') || order) && order && v && (isVerb(v) || posIs(v, 'vn')) && !NOT_ACTED.has(v.value) && !isPunct(tokens[ms - 1]) && (predicatePosition(tokens, ms) || predicatePhraseBefore(tokens, ms)) && (!prepositionBefore(tokens, ms) || predicatePhraseBefore(tokens, ms)) && !dummyObject(tokens, i) && !takerBefore(tokens, ms)) {
    const after = tokens[i + 3 + cut];
    if (closesAt(after) || (after!.kind === 'word' && after!.value !== '的' && !NOT_ACTED.has(after!.value) && !CAUSATIVES.has(after!.value) && !HEAD_NOUNS.has(after!.value))) {
      hit(i, '地', 'adverbial', ms, i + 2 + cut);
      return;
    }
  }
  // An adverb of order, a manner, 的 and 开展、进行 with a verb closing the clause (逐件扎实的开展化解，逐座细致的开展排查，
  // 逐户认真的开展调查/l): the adverb of order stands in the predicate, so the whole is one, never a noun phrase.
  const o = tokens[ms - 1];
  const orderBefore = !!o && o.kind === 'word' && (orderAdverb(o) || tokens[ms - 2]?.value === '逐');
  if (ms >= 0 && orderBefore && adverbCapable(l) && r.kind === 'word' && (!prepositionBefore(tokens, ms) || predicatePhraseBefore(tokens, ms)) && !takerBefore(tokens, ms - 1)) {
    const dummy = DUMMY_VERBS.has(r.value) && !!tokens[i + 2] && (isVerb(tokens[i + 2]) || posIs(tokens[i + 2]!, 'vn')) && closesAt(tokens[i + 3]);
    const glued = [...r.value].length === 4 && DUMMY_VERBS.has(r.value.slice(0, 2)) && closesAt(tokens[i + 2]);
    if (dummy || glued) {
      hit(i, '地', 'adverbial', ms, i + 1);
      return;
    }
  }
  // Weather and its verb (雪下的很大, 风刮的很猛) and a written text (信息写的过长, 总结写的过于冗长): V 的 + a degree
  // and an adjective closing the clause is the complement (得); 下/写 are no verbs of complement elsewhere (上级下的指标).
  if ((WEATHER_VERBS.has(l.value) && WEATHER.has(tokens[i - 2]?.value ?? '')) || (l.value === '写' && !!tokens[i - 2] && isNoun(tokens[i - 2]!) && !posIs(tokens[i - 2]!, 'nr'))) {
    let k = i + 1;
    let run = '';
    while (k < tokens.length && k < i + 4 && !closesAt(tokens[k])) run += tokens[k++]!.value;
    if (closesAt(tokens[k]) && k > i + 1 && DEGREE_RUN.test(run) && !AMOUNT.has(run.replace(DEGREE_HEAD, ''))) {
      hit(i, '得', 'complement', i - 1, k - 1);
      return;
    }
  }
  // A pivot verb and its persons, then manner 的 and their verb phrase closing the clause (组织12名业务骨干主动的上门服务，
  // 安排5名家庭医生主动的上门随访，): the persons' predicate, no noun phrase (提供了主动的上门服务 has a verb between).
  if (ms >= 0 && adverbCapable(l) && pivotBefore(tokens, ms) && verbPhraseCloses(tokens, i + 1, lookup)) {
    hit(i, '地', 'adverbial', ms, i + 1);
    return;
  }
  // An adverb only (逐户、逐一、逐项…, never a noun's modifier) right after the subject, 的, and a verb the dictionary tags as a
  // noun (核实/n、核查、排查) with its object to the end of the clause (干部逐户的核实低保对象家庭收入，, blind set 14): the
  // predicate, whatever the tags of the object's words. Not after 通过、经过、对… (通过对排污口逐个的排查，), nor a subject
  // (逐户的核查是…的前提: 是 is the predicate).
  if (ms === i - 1 && ADVERB_ONLY.has(l.value) && r.kind === 'word' && posIs(r, 'n') && [...r.value].length === 2 && !HEAD_NOUNS.has(r.value) && !EVENT_NOUNS.has(r.value) && subjectEnd(tokens[ms - 1]) && !prepositionBefore(tokens, ms)) {
    let k = i + 2;
    let words = 0;
    for (; k < tokens.length && k <= i + 7 && !closesAt(tokens[k]); k++, words++) {
      const x = tokens[k]!;
      if (x.kind !== 'word' || x.value === '的' || x.value === '地' || x.value === '得' || ASPECT.has(x.value) || NOT_ACTED.has(x.value) || CAUSATIVES.has(x.value) || posIs(x, 'p', 'd', 'c', 'u', 'r')) break;
    }
    if (words >= 1 && closesAt(tokens[k]) && isNoun(tokens[k - 1]!)) {
      hit(i, '地', 'adverbial', ms, i + 1);
      return;
    }
  }
  // A verb of motion and the place it reaches after a subject (急救艇迅速的赶往鹭屿岛，民警果断的冲进浓烟弥漫的楼道): the subject's
  // predicate (see MOTION). Not inside a preposition's or 得益于's object (得益于民警迅速的赶到现场).
  if (ms >= 0 && adverbCapable(l) && r.kind === 'word' && subjectEnd(tokens[ms - 1]) && predicatePosition(tokens, ms) && !prepositionBefore(tokens, ms) && !takerBefore(tokens, ms)) {
    const split = MOTION_VERB.has(r.value) && DIRECTION.has(tokens[i + 2]?.value ?? '') ? 1 : 0;
    const place = tokens[i + 2 + split];
    if ((split === 1 || MOTION.test(r.value)) && place && !closesAt(place) && nounish(place, lookup)) {
      hit(i, '地', 'adverbial', ms, i + 1 + split);
      return;
    }
    // The verb of motion and its place kept as one dictionary word (赶赴现场/i): the same predicate.
    const glued = [...r.value];
    if (glued.length === 4 && MOTION.test(glued.slice(0, 2).join('')) && /^(?:n|s)/u.test(lookup(glued.slice(2).join(''))?.pos ?? '')) {
      hit(i, '地', 'adverbial', ms, i + 1);
      return;
    }
  }
  // A subject, manner 的, then 展开、开展、进行 and the work closing the clause (消防救援人员迅速的展开搜救，): the subject's
  // predicate; 进行了认真的检查 (the manner after the verb) is another shape. So is the frame 对……进行 with the manner before
  // 进行 (各换热站对用户报修及时的进行处置，): 对 and its object open the predicate (predicatePhraseBefore), and 进行 with its
  // work closing the clause is that predicate's verb, never a noun head.
  if (ms >= 0 && adverbCapable(l) && /^(?:展开|开展|进行)$/u.test(r.value) && ((subjectEnd(tokens[ms - 1]) && predicatePosition(tokens, ms) && !prepositionBefore(tokens, ms)) || predicatePhraseBefore(tokens, ms)) && !takerBefore(tokens, ms)) {
    const work = tokens[i + 2];
    if (work && (isVerbTag(work) || posIs(work, 'vn')) && !HEAD_NOUNS.has(work.value) && closesAt(tokens[i + 3])) {
      hit(i, '地', 'adverbial', ms, i + 2);
      return;
    }
  }
  // 把/将 and its object, then manner 的 and the verb (把意见原原本本的转交给物业公司，将信息准确的录入监管平台，把档案清清楚楚的
  // 编号入柜): the object of a disposal is followed by its verb, so the manner stands before a verb.
  if (ms >= 0 && (isManner(l) || idiom) && disposalObjectBefore(tokens, ms) && disposalVerb(tokens, i + 1, lookup, adverbCapable(l))) {
    hit(i, '地', 'adverbial', ms, i + 1);
    return;
  }
  // An action that goes with the predicate (冒着小雨、顶着寒风、踩着泥泞), then manner 的 and a verb with its object: the
  // subject's predicate (养护工人冒着小雨争分夺秒的清理塌方).
  if (ms >= 0 && (adverbCapable(l) || idiom) && concomitantBefore(tokens, ms) && disposalVerb(tokens, i + 1, lookup, false, false) && !closesAt(tokens[i + 2])) {
    hit(i, '地', 'adverbial', ms, i + 1);
    return;
  }
  if (ms >= 0 && isVerb(r) && !NOT_ACTED.has(r.value)) {
    const strong = adverbCapable(l) || ms === i - 2;
    const acts =
      (predicatePosition(tokens, ms) && actsAsVerb(tokens, i + 1, !idiom)) ||
      // An object to the end of the clause after a subject: 柳河县有序的推进城区老旧小区改造，
      // After an adverb only (不断的优化报销流程。) a verbal noun with its object is the verb: the adverb modifies no noun.
      (strong && (subjectEnd(tokens[ms - 1]) || subjectAdverbBefore(tokens, ms) || placePhraseBefore(tokens, ms) || dateBefore(tokens, ms) || (ADVERB_ONLY.has(l.value) && midSentence(tokens, ms))) && (!prepositionBefore(tokens, ms) || predicatePhraseBefore(tokens, ms)) && longObject(tokens, i + 1, distributiveIdiom(l) || ADVERB_ONLY.has(l.value))) ||
      // A clause after a comma that shares the subject before it (召开会议，扎实的推进市属国企三项制度改革，): a word of
      // manner, a verb and an object to the clause's end with no verb of its own (扎实的推进离不开…、有序的疏散让… stay).
      (adverbCapable(l) && midSentence(tokens, ms) && sharedSubjectObject(tokens, i + 1)) ||
      // A verb and its place (默默的坚守在林区一线，常年的奔走在山村之间): 在、于、到 + a place after a plain verb.
      (adverbCapable(l) && predicatePosition(tokens, ms) && isPlainVerb(r) && /^(?:在|于|到)$/u.test(tokens[i + 2]?.value ?? '') && !!tokens[i + 3] && nounish(tokens[i + 3]!, lookup)) ||
      ((subjectEnd(tokens[ms - 1]) || dateBefore(tokens, ms) || (adverbCapable(l) && midSentence(tokens, ms))) && !prepositionBefore(tokens, ms) && serialVerb(tokens, i + 1)) ||
      // A subject and 对 + its object, then manner 的 and a verb closing the clause (民政局对全县低保家庭逐户细致的核查，).
      // (A verb the dictionary cut in two one-character verbs closes it too: 及时的|分|办，)
      ((closesAt(tokens[i + 2]) || (isPlainVerb(r) && [...r.value].length === 1 && !!tokens[i + 2] && isPlainVerb(tokens[i + 2]!) && [...tokens[i + 2]!.value].length === 1 && closesAt(tokens[i + 3]))) && adverbCapable(l) && !HEAD_NOUNS.has(r.value) && subjectPrepositionBefore(tokens, ms)) ||
      // A verb closing the clause after an adverb only (剩余8户将陆续的开工。) or an adverb of time (正在稳步的推进。).
      (closesAt(tokens[i + 2]) && !HEAD_NOUNS.has(r.value) &&
        // Not after 通过对…、经过对… (通过对排污口逐个的排查，): the phrase is the preposition's object.
        ((ADVERB_ONLY.has(l.value) && predicatePosition(tokens, ms) && (!prepositionBefore(tokens, ms) || predicatePhraseBefore(tokens, ms))) || (ASPECT_ADVERBS.has(tokens[ms - 1]?.value ?? '') && adverbCapable(l)))) ||
      // A verb without an object closing the clause right after its subject (派出所迅速的出警，大队及时的介入，): the clause
      // has no other verb to make the phrase an object (这得益于大队及时的介入 and 感谢民警迅速的出警 stay).
      // So do two plain verbs closing it (企业主动的停产整改，): coordinated predicates.
      ((closesAt(tokens[i + 2]) || (isPlainVerb(tokens[i + 2] ?? r) && !HEAD_NOUNS.has(tokens[i + 2]?.value ?? '') && closesAt(tokens[i + 3]))) && adverbCapable(l) && isPlainVerb(r) && !HEAD_NOUNS.has(r.value) && subjectOnly(tokens, ms));
    if (acts) {
      hit(i, '地', 'adverbial', ms, i + 1);
      return;
    }
  }
  // A clause after a comma that shares the subject before it (…逐户敲门，迅速的组织沿海低洼区412名群众转移至…；逐件登记，及时的
  // 转交属地处理；逐户走访，耐心的解答群众关于医保缴费的疑问): a word of manner, 的, a verb and what it governs running on —
  // persons and their own verb, an object and a second verb, a count, a 的 inside. Or after a preposition of manner and its
  // object (按照编组有序的撤离上岸、依照价格法严格的查处哄抬菜价行为). See governsOn for what keeps a noun phrase out.
  if (ms >= 0 && adverbCapable(l) && !NOT_ACTED.has(r.value) && (midSentence(tokens, ms) || mannerPhraseBefore(tokens, ms, r.value)) && governsOn(tokens, i + 1)) {
    hit(i, '地', 'adverbial', ms, i + 1);
    return;
  }
  // A word the tags call a noun but followed by an aspect particle and more of the clause is a verb (主动的联系了3家企业),
  // and so is any verb there after whatever precedes the manner word (村会计/v 仔细的核对了每一笔…): “manner 的 X了 …”
  // reads no other way.
  // 一户一户的登记了…: a repeated measure is a manner after a subject (志愿者一户一户的登记了…).
  const rm = ms < 0 && tokens[repeatedMeasure(tokens, i - 1) - 1]?.kind === 'word' ? repeatedMeasure(tokens, i - 1) : -1;
  const p = tokens[(rm >= 0 ? rm : ms) - 1];
  const aspect = ASPECT.has(tokens[i + 2]?.value ?? '') && tokens[i + 2]!.value !== '过' && !closesAt(tokens[i + 3]);
  // Without an aspect particle too: a repeated measure after a subject and before a verb is how the work is done
  // (工作人员一户一户的上门采集…、对资金一笔一笔的倒查，): nothing else stands between a subject and its verb.
  // (A verbal noun is the verb here too: 逐店逐柜的检查过期食品; a repeated measure does not modify a noun with 的.)
  // After 把 and its object a repeated measure stands before the verb, whatever its tag (把46项诉求一件一件的销号，).
  if (rm >= 0 && r.kind === 'word' && !HEAD_NOUNS.has(r.value) && disposalObjectBefore(tokens, rm) && (disposalVerb(tokens, i + 1, lookup) || (verbLikeNoun(r, lookup) && closesAt(tokens[i + 2])))) {
    hit(i, '地', 'adverbial', rm, i + 1);
    return;
  }
  if (rm >= 0 && r.kind === 'word' && (isVerb(r) || posIs(r, 'vn')) && !posIs(r, 'n') && !HEAD_NOUNS.has(r.value) && !NOT_ACTED.has(r.value) && p && !isPunct(p) && !OBJECT_OPENERS.has(p.value) && !isNumber(p) && !/^p/u.test(p.pos)) {
    hit(i, '地', 'adverbial', rm, i + 1);
    return;
  }
  if ((rm >= 0 || (ms >= 0 && isManner(l))) && aspect && r.kind === 'word' && (isVerb(r) || posIs(r, 'vn', 'n')) && !HEAD_NOUNS.has(r.value) && !NOT_ACTED.has(r.value)) {
    if (!p || isPunct(p) || !(OBJECT_OPENERS.has(p.value) || isNumber(p) || posIs(p, 'q', 'uj', 'ul', 'uz', 'ug') || /^p/u.test(p.pos))) {
      hit(i, '地', 'adverbial', rm >= 0 ? rm : ms, i + 1);
      return;
    }
  }
  // Complement: 落实的不到位，进展的比较顺利，讲的清清楚楚。
  const glued = degreeGlued(r.value);
  const degree = DEGREES.has(r.value) || (glued !== undefined && !DEGREES.has(r.value));
  const verbalNoun = posIs(l, 'vn') || (posIs(l, 'l', 'n') && l.value.length >= 4 && /^v/u.test(lookup(l.value.slice(-2))?.pos ?? ''));
  const speech = SPEECH.has(l.value) && r.value.length === 4 && reduplicated(r.value);
  // After a disposal 把 and its object, the verb takes a complement whatever it is (把政策讲的很透彻, 把账目公开/ad 的一清二楚).
  const disposal = l.kind === 'word' && (isPlainVerb(l) || posIs(l, 'a', 'ad') || VERBS.has(l.value)) && !NOT_ACTED.has(l.value) && disposalBefore(tokens, i - 1);
  // After 对 and its object (对所驻村的户数、人口讲的清楚，), a plain verb + 的 + an adjective closing the clause is the verb
  // and its complement, as after 把: 对…讲的内容 (a noun follows) and 对…的满意度 stay nouns.
  const fronted =
    !disposal && isPlainVerb(l) && !NOT_ACTED.has(l.value) && (!NOT_COMPLEMENT_VERB.has(l.value) || /^[说讲写]$/u.test(l.value)) && (isAdjective(r) || ADJECTIVES.has(r.value)) &&
    closesAt(tokens[i + 2]) && namedPrepositionBefore(tokens, i - 1, "对");
  // After 提供了、进行了 the phrase is their object (提供了周到的上门服务): no complement.
  if (dummyObject(tokens, i)) return;
  const verbLike = l.kind === 'word' && (complementVerb(l) || posIs(l, 'vn', 'ad', 'd') || VERBS.has(l.value)) && !NOT_COMPLEMENT_VERB.has(l.value) && !NOT_ACTED.has(l.value);
  // A comparison of pace: 进行的比2025年快5天, 启动的比往年早 (the verb's progress, not the things done: 新建的比去年多).
  // So is one of size or quality after a noun subject and its verb (玉米长的比对照田高30厘米, 排水沟挖的比原来深40厘米), with no
  // second 的-phrase compared (村里修的比镇上修的宽).
  if (verbLike && r.value === '比') {
    // (A one-character verb: a two-character one names what was done as often, 标准规定的比国标高.)
    const subject = !!tokens[i - 2] && isNoun(tokens[i - 2]!) && [...l.value].length === 1 && !STATING.has(l.value);
    let other = false;
    for (let k = i + 2; k < tokens.length && k <= i + 7 && !closesAt(tokens[k]); k++) {
      if (tokens[k]!.value === '的') other = true;
      if (PACE.has(tokens[k]!.value) || (subject && !other && k > i + 2 && DIMENSION.has(tokens[k]!.value))) {
        let e = k;
        while (e + 1 < tokens.length && !closesAt(tokens[e + 1]) && (isNumber(tokens[e + 1]!) || posIs(tokens[e + 1]!, 'q'))) e++;
        if (closesAt(tokens[e + 1])) hit(i, '得', 'complement', i - 1, e);
        return;
      }
    }
  }
  // A reduplication closing the clause (都发放的清清楚楚, 账目公开的明明白白), or 不够/不太 + an adjective (记录的不够规范):
  // a complement even after an adverb.
  if (verbLike || (posIs(l, 'n') && l.value.length === 2 && isNoun(tokens[i - 2] ?? l) && tokens[i - 2] !== undefined)) {
    const aabb = [...r.value].length === 4 && reduplicated(r.value) && closesAt(tokens[i + 2]);
    const notEnough = /^不(?:够|太|很)$/u.test(r.value) && tokens[i + 2] !== undefined && !isPunct(tokens[i + 2]) && closesAt(tokens[i + 3]) && (isAdjective(tokens[i + 2]!) || ADJECTIVES.has(tokens[i + 2]!.value) || posIs(tokens[i + 2]!, 'c', 'n'));
    // A verb the tags call a noun (清运/n) before an AABB of an adjective closing the clause (干干净净: 干净/a) is a verb
    // and its complement all the same: a noun + 的 + such an AABB is no phrase (方方面面, 家家户户 are no adjectives).
    const c = [...r.value];
    const adjectiveAabb = aabb && /^a/u.test(lookup(c[0]! + c[2]!)?.pos ?? '');
    if ((aabb && (verbLike || adjectiveAabb)) || notEnough) {
      hit(i, '得', 'complement', i - 1, aabb ? i + 1 : i + 2);
      return;
    }
  }
  // 宣传发动的广泛。组织协调的严密。: a verbal noun before an adjective that is never a noun, closing the clause and no
  // verb's object, can only be a verb and its complement.
  const bare = posIs(l, 'vn') && BARE_COMPLEMENTS.has(r.value) && !FAIRNESS.has(r.value) && closesAt(tokens[i + 2]) && !governedBefore(tokens, i - 2);
  // A noun subject, 都 or 也, then the verb, 的 and a degree word (化粪池都清的很干净，内墙也刷的十分平整，根部都浇的很透): 都
  // and 也 stand before a predicate, so the verb is one and what follows its 的 the complement (群众都关心的道路 has a noun
  // after 的; 很多、十分有限 say an amount, see complementEnd). A one-character verb the tags miss (清/t, 刷/zg) counts here.
  const scopeWord = tokens[i - 2];
  const scoped =
    !!scopeWord && SCOPE.has(scopeWord.value) && !!tokens[i - 3] && (isNoun(tokens[i - 3]!) || posIs(tokens[i - 3]!, 'r') || tokens[i - 3]!.value.endsWith('们')) && degree && r.value !== '最' && l.kind === 'word' &&
    !NOT_COMPLEMENT_VERB.has(l.value) && !NOT_ACTED.has(l.value) && (complementVerb(l) || ([...l.value].length === 1 && !/^(?:r|m|q|p|c|u|d|f|n)/u.test(l.pos)));
  // A comparison before the verb (比水罐车跑的快，新型播种机比老式机器播的匀，): 比 and what is compared, then a verb, 的 and
  // an adjective closing the clause: the verb's complement, nothing a 的-phrase could head.
  let compared = false;
  if (complementVerb(l) && ACTION_MANNER.has(r.value) && closesAt(tokens[i + 2])) {
    for (let k = i - 2; k >= 0 && k >= i - 6 && !closesAt(tokens[k]) && tokens[k]!.value !== '的'; k--) {
      if (tokens[k]!.value === '比' && /^p/u.test(tokens[k]!.pos) && k < i - 2) {
        compared = true;
        break;
      }
    }
  }
  if (compared) {
    hit(i, '得', 'complement', i - 1, i + 1);
    return;
  }
  if (complementVerb(l) || (degree && verbalNoun) || speech || disposal || fronted || bare || scoped) {
    // After 把 and its object the verb is the predicate (把每一处险情都处置的及时稳妥): no relative clause; nor before a
    // feeling of the doer (老人们吃的放心).
    const feeling = FEELINGS.has(r.value) && closesAt(tokens[i + 2]) && [...l.value].length === 1;
    if (!disposal && !fronted && !feeling && !scoped && relativeBefore(tokens[i - 2])) return;
    const end = complementEnd(tokens, i + 1, lookup);
    // 公平、公正 after 保证了、维护、是 are the object's head (保证了认定处理的公正): a noun.
    // So are the other bare complements after a preposition or such a verb (对考勤管理的严格，…: a noun phrase).
    if (end === i + 1 && BARE_COMPLEMENTS.has(r.value) && !ADJECTIVES.has(r.value) && governedBefore(tokens, i - 2)) return;
    if (end >= 0) hit(i, '得', 'complement', i - 1, end);
  }
}

/** Whether the word at index i follows a plain verb of its clause (查处|严重, 排查出|重大: the object's modifier). */
function afterVerb(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  // Past a complement or an aspect particle or two (排查|出、查处|了), no further (a run of 了 is no clause).
  while (k >= 0 && k >= i - 3 && tokens[k]!.kind === 'word' && AFTER_VERB.has(tokens[k]!.value)) k--;
  const v = tokens[k];
  return !!v && v.kind === 'word' && (isPlainVerb(v) || posIs(v, 'vn')) && !MODALS.has(v.value) && !ASPECT_ADVERBS.has(v.value);
}

/** A common noun of land this frequent (林地 193, 耕地, 草地, 湿地) ends in 地: the word before lends it its first character. */
const LAND_NOUN_FREQ = 50;

/**
 * Whether the last character of a word and 地 make a common noun of land (被毁林|地 is 毁 + 林地, 复垦废弃草地): the
 * dictionary cut the noun, and 地 is no particle.
 */
function landNoun(word: string, lookup: Lookup): boolean {
  const w = lookup([...word].at(-1)! + '地');
  return !!w && /^n/u.test(w.pos) && w.freq >= LAND_NOUN_FREQ;
}

/** One character that makes a word of place or manner with 地 after it (就地、原地、异地、当地、本地、外地、实地、属地、遍地、随地、特地). */
const PLACE_DI = new Set([...'就原异当本外实属遍随特']);
/**
 * One-character verbs that take land as their object (供地、拿地、批地、交地、征地、租地): 地 after them is the land, one word
 * with the verb whether or not the dictionary has it (二期供地滞后, 项目拿地成本较高), never the particle.
 */
const LAND_VERBS = new Set([...'供征拿批划租卖买圈退还换腾让置囤储调分种耕整平翻犁占用交收垦扩']);

/**
 * A modifier + 地 + a verb closing the clause right after a verb of change (出现了|明显|地|下降，有了|较大|地|改善，
 * 出现了|不同|程度|地|下滑，呈现|持续|地|上涨): the verb has no object, so the phrase is the object of 出现了, a noun
 * phrase. The modifier is one adjective or adverb (not a verb: 有组织地撤离), or two words that make one in the
 * dictionary (不同程度) or a degree word and its adjective (更加明显); 有 needs its 了 (有计划地、有序地 are manners).
 * The start of the modifier, or -1.
 */
function changeObject(tokens: readonly Token[], i: number, lookup: Lookup): number {
  const r = tokens[i + 1]!;
  // The verb closes the clause (whatever its tag: 进步/d); a noun there is read by the noun rules below.
  if (r.kind !== 'word' || [...r.value].length < 2 || posIs(r, 'u', 'p', 'r', 'm', 'q', 'x', 'c') || !closesAt(tokens[i + 2])) return -1;
  const l = tokens[i - 1]!;
  const p = tokens[i - 2];
  // A word the tags call a noun serves too (小幅/n, 爆发式/n), unless it and 地 make a word, or its last character and 地
  // a noun of land (林地; 较大 is no noun, so 大地 does not count).
  const modifier = (t: Token) => t.kind === 'word' && [...t.value].length >= 2 && !posIs(t, 'p', 'r', 'm', 'q', 'u', 'x', 'f', 't', 's', 'nr', 'ns', 'nt') && !HEAD_NOUNS.has(t.value) && !lookup(t.value + '地') && !(posIs(t, 'n') && landNoun(t.value, lookup));
  let s = -1;
  // 较|快, 更加|明显: a degree word and its adjective; 不同|程度, 较大|幅度: an extent.
  if (p && p.kind === 'word' && (DEGREES.has(p.value) || (/^(?:程度|幅度|范围)$/u.test(l.value) && posIs(p, 'a', 'b', 'm')) || (lookup(p.value + l.value) && !isPlainVerb(p) && [...p.value + l.value].length === 4))) s = i - 2;
  else if (modifier(l)) s = i - 1;
  if (s < 1) return -1;
  let k = s - 1;
  const le = tokens[k]!.value === '了' || tokens[k]!.value === '出';
  if (le) k--;
  const taker = tokens[k];
  // After 有 the modifier is no verb (有了|组织|地 is rare; 有组织地撤离 has no 了).
  if (!taker || taker.kind !== 'word' || !CHANGE_TAKERS.has(taker.value) || (taker.value === '有' && (!le || isPlainVerb(tokens[s]!)))) return -1;
  return s;
}

/** Words of place after a verb (安置点、种植区、养殖场、避难所): the dictionary's evidence that the activity has a place. */
const PLACE_SUFFIXES = ['点', '区', '场', '所', '站', '场所', '地点', '基地'];

/** Verbs of giving and equipping, whose object is a thing (送去、发放、配备、储备、设置了…). */
const PROVIDE = set('送 送去 送来 送上 发放 发 分发 配备 配发 配送 配置 储备 设置 安装 购置 添置 置办 捐赠 赠送 提供 投放 准备 发送');

/** Verbs whose object may be a verb phrase with its own adverbial (实现了全天候地监测水位, 学会了熟练地操作): not a noun phrase. */
const VP_OBJECT_TAKERS = new Set([...VP_TAKERS, ...set('实现 做到 达到 确保 保证 力争 争取 学会 习惯 开始')]);

/**
 * A modifier + 地 + a noun phrase right after a completed verb and its 了 (and a count: 送去了|取暖|地|煤炭，曝光了|5|起|
 * 典型|地|价格违法案件，设置了|醒目|地|减速标识): a verb and 了 are followed by their object, so what stands there is a noun
 * phrase, never an adverbial, whatever the tag of the modifier (取暖/v, 典型/n, 崭新/b). The phrase after 地 holds content
 * words only and ends in a noun at the clause's end (a count after it is the verb's: 图书1.6万册). Not after a verb that
 * takes a verb phrase (开始了认真地学习文件), nor where 地 makes a word (宅基地, 地力) or a noun of land (林地). The end of the
 * phrase, or -1.
 */
/** At most this frequent, the first word after 地 is a cut of the dictionary's, not a word the writer wrote (源热泵 3). */
const RARE_FIRST = 5;

function completedObject(tokens: readonly Token[], i: number, lookup: Lookup): number {
  const l = tokens[i - 1]!;
  if (l.kind !== 'word' || [...l.value].length < 2 || posIs(l, 'p', 'r', 'm', 'q', 'u', 'x', 'f', 't', 'd', 'c', 'nr', 'ns', 'nt') || lookup(l.value + '地') || landNoun(l.value, lookup)) return -1;
  // A verb before 地 may make a noun of place with it (种植地、安置地、产卵地: 公布了安置地名单), so a verb as the modifier needs a
  // verb of giving or equipping before it, whose object is a thing (送去了取暖地煤炭, 储备了照明地发电机组), and no place the
  // dictionary knows for it (种植区、养殖场、避难所).
  const verbal = isVerbTag(l);
  if (verbal && PLACE_SUFFIXES.some((x) => lookup(l.value + x))) return -1;
  let k = i - 2;
  // A count between 了 and the modifier (了|5|起, 了|46|名): a number and one measure.
  if (tokens[k] && [...tokens[k]!.value].length === 1 && tokens[k - 1] && isNumber(tokens[k - 1]!)) k -= 2;
  else if (tokens[k] && isNumber(tokens[k]!) && tokens[k]!.kind === 'word' && /^\p{Script=Han}+$/u.test(tokens[k]!.value)) k -= 1;
  if (tokens[k]?.value !== '了') return -1;
  const v = tokens[k - 1];
  if (!v || v.kind !== 'word' || !posIs(v, 'v', 'vn', 'vd', 'vi', 'nz') || VP_OBJECT_TAKERS.has(v.value) || MODALS.has(v.value)) return -1;
  // (送|去|了: the verb and its direction cut in two.)
  const giving = PROVIDE.has(v.value) || (/^[去来上]$/u.test(v.value) && PROVIDE.has((tokens[k - 2]?.value ?? '') + v.value));
  if (verbal && !giving) return -1;
  // The phrase after 地: content words (and 和、及 between nouns) to the end of the clause, a dozen at most.
  let e = i + 1;
  const content = (x: Token) => x.kind === 'word' && /^(?:n|v|a|b|j|l|i|s)/u.test(x.pos) && !ASPECT.has(x.value) && !AFTER_VERB.has(x.value) && !/^[的地得]$/u.test(x.value);
  if (!content(tokens[e]!) || posIs(tokens[e]!, 'd')) return -1;
  // The phrase opens with a word the dictionary knows well, of two characters or more: a lone character or a rare cut
  // after 地 (新型|地|暖|系统, 新型|地|源热泵) is more likely the rest of a word that starts with 地 (地暖, 地源热泵) that the
  // dictionary lacks.
  if ([...tokens[e]!.value].length < 2 || (lookup(tokens[e]!.value)?.freq ?? 0) <= RARE_FIRST) return -1;
  // 实现了全天候地监测水位: a verb and its object after 地 is a verb phrase for such a taker; a verb tagged v first, then a noun
  // closing the clause, is read as a verb and its object whatever the taker, unless the verb is a noun's modifier (减速标识).
  while (e + 1 < tokens.length && !closesAt(tokens[e + 1]) && e - i < OBJECT_WORDS) {
    const x = tokens[e + 1]!;
    if (content(x) || (/^(?:和|及|与)$/u.test(x.value) && isNoun(tokens[e]!))) e++;
    else break;
  }
  // A count closing the clause is the verb's (配送了崭新地图书1.6万册).
  let end = e;
  let c = e + 1;
  while (c < tokens.length && !closesAt(tokens[c]) && (isNumber(tokens[c]!) || posIs(tokens[c]!, 'q'))) c++;
  if (!closesAt(tokens[c])) return -1;
  const last = tokens[end]!;
  if (!isNoun(last) || VERBS.has(last.value) || posIs(last, 'nr', 'ns', 'nt')) return -1;
  return end;
}

/** 地 written: a complement (推进地很顺利) or an attributive (全县地18个乡镇, 显著地效果). */
function writtenDi(tokens: readonly Token[], i: number, lookup: Lookup, hit: Hit): void {
  const l = tokens[i - 1]!;
  const r = tokens[i + 1]!;
  if (LAND_VERBS.has(l.value)) return;
  // 地 that makes a word with what follows is no particle (耕地地力: 地力; 地块, 地表).
  if (lookup('地' + r.value)) return;
  // Nor 地 that closes a word of place with the one character before it, split off by the segmenter (实行就地卸载、
  // 原地回填、异地安置、随地吐痰: 就地、原地、异地、当地、本地、外地、实地、属地、遍地、随地、特地 — blind set 30): no slot for
  // 的 or 地.
  if ([...l.value].length === 1 && PLACE_DI.has(l.value)) return;
  // 出现了明显地下降，有了较大地改善，呈现持续地上涨。: the object of a verb of change, a noun phrase (→ 的).
  const ms = changeObject(tokens, i, lookup);
  if (ms >= 0) {
    hit(i, '的', 'attributive', ms, i + 1);
    return;
  }
  // 送去了取暖地煤炭，曝光了5起典型地价格违法案件，设置了醒目地减速标识：the object of a completed verb, a noun phrase (→ 的).
  const co = completedObject(tokens, i, lookup);
  if (co >= 0) {
    hit(i, '的', 'attributive', i - 1, co);
    return;
  }
  // A one-character verb + 地 + a reduplication closing the clause (讲地清清楚楚、记地明明白白): the complement's 得.
  if ([...l.value].length === 1 && /^[vn]/u.test(l.pos) && !lookup(l.value + '地') && [...r.value].length === 4 && reduplicated(r.value) && closesAt(tokens[i + 2])) {
    hit(i, '得', 'complement', i - 1, i + 1);
    return;
  }
  // 必要地药品和饲草、必需地御寒物资: a modifier of nouns only before a noun phrase to the end of the clause.
  if (ATTRIBUTE_ONLY.has(l.value)) {
    let k = i + 1;
    while (k + 1 < tokens.length && !closesAt(tokens[k + 1]) && k < i + 7) k++;
    const phrase = tokens.slice(i + 1, k + 1);
    if (closesAt(tokens[k + 1]) && isNoun(tokens[k]!) && !phrase.some((x) => ASPECT.has(x.value) || x.value === '的' || x.value === '地' || x.value === '得' || /^[pr]/u.test(x.pos))) {
      hit(i, '的', 'attributive', i - 1, k);
      return;
    }
  }
  // 地 after a verb, before its complement: 开展地热火朝天，推进地很顺利。 V地 also names a place (承包地 in the
  // dictionary; 种植地十分集中, 安置地非常便利 not), so the complement must describe how the work went: an idiom, a
  // reduplication or an adjective of the complement list (顺利, 到位, 扎实), not any adjective.
  // After 提供了、给予了 (with the receiver between): the modifier of their object takes 的 (提供了周到地上门服务,
  // 给予了这项改革有力地政策支持).
  if (dummyObject(tokens, i)) {
    // The object after 地, to the end of the clause: plain words only (no particle, preposition or pronoun), and a few
    // of them (a longer run is no object phrase; and each 地 of a long clause would read it to its end).
    const plain = (x: Token) => x.kind === 'word' && !ASPECT.has(x.value) && x.value !== '的' && x.value !== '地' && x.value !== '得' && !/^[pr]/u.test(x.pos);
    let k = i + 1;
    if (!plain(tokens[k]!)) return;
    while (k + 1 < tokens.length && !closesAt(tokens[k + 1])) {
      k++;
      if (k - i > OBJECT_WORDS || !plain(tokens[k]!)) return;
    }
    while (k > i + 1 && (isNumber(tokens[k]!) || posIs(tokens[k]!, 'q'))) k--;
    const last = tokens[k]!;
    if (isNoun(last) || posIs(last, 'vn', 'v', 'l', 's')) hit(i, '的', 'attributive', i - 1, k);
    return;
  }
  // A verbal noun too (管网铺设/vn 地较快): 地 after it is no place word unless the dictionary has one (种植地, 承包地).
  if ((complementVerb(l) || (posIs(l, 'vn') && !landNoun(l.value, lookup))) && !adverbCapable(l) && !lookup(l.value + '地') && !relativeBefore(tokens[i - 2])) {
    const end = complementEnd(tokens, i + 1, lookup);
    const last = end >= 0 ? tokens[end]! : undefined;
    // 很快、较快、很好 in one token (恢复地很快): the adjective after the degree word decides.
    const glued = last ? degreeGlued(last.value) : undefined;
    if (last && (ADJECTIVES.has(last.value) || (glued !== undefined && ADJECTIVES.has(glued)) || reduplicated(last.value) || posIs(last, 'i', 'l', 'z'))) {
      hit(i, '得', 'complement', i - 1, end);
      return;
    }
  }
  // 地 between a noun and a noun or a number: 全县地18个乡镇, 困难群众地生活用房 (历史地看待, 科学地储存 are manner).
  // The noun phrase must stand in object place, after a preposition or a verb (为全县地…, 对辖区地…): in predicate place
  // a noun-tagged word before 地 is a manner (要满腔热情地关心…, 盲目地领导…).
  const objectOf = prepositionBefore(tokens, i - 1) || OBJECT_OPENERS.has(tokens[i - 2]?.value ?? '');
  // A locative after its noun (园区|内|地) and a measure with no number before it, which names the unit itself (脱贫|户|地),
  // end a noun as well.
  const before = tokens[i - 2];
  const nounEnd =
    nounish(l, lookup) ||
    (!!before && before.kind === 'word' && !isNumber(before) && !posIs(before, 'q', 'r', 'p', 'u', 'x') && ((posIs(l, 'f') && /^[内里外]$/u.test(l.value) && isNoun(before)) || (posIs(l, 'q') && [...l.value].length === 1)));
  // (内地 is a word, the interior; cut after a noun before a number or noun (see deDiDe), 内 is the locative.)
  const locative = posIs(l, 'f');
  // A one-character word right after a number is its measure, whatever its tag (为137|处/n|地灾点, 3|宗|地…): 地 opens the
  // counted noun (地灾点, the draft's short form of 地质灾害点), no particle after a noun.
  const countedBy = !!before && isNumber(before) && before.end === l.start && [...l.value].length === 1;
  const nounLeft = objectOf && nounEnd && !countedBy && !adverbCapable(l) && !ADJECTIVES.has(l.value) && (locative || (!lookup(l.value + '地') && !landNoun(l.value, lookup)));
  if (nounLeft) {
    const n = tokens[i + 2];
    // A modifier and its noun after 地 (签约老人地|健康|档案) are a noun phrase too.
    const nounRight =
      isNumber(r) || (isNoun(r) && !VERBS.has(r.value)) || (posIs(r, 'vn', 'a', 'an', 'b') && !!n && isNoun(n) && !VERBS.has(r.value));
    if (nounRight) hit(i, '的', 'attributive', i - 1, isNumber(r) && n && !isPunct(n) ? i + 2 : i + 1);
    return;
  }
  // 地 before an adverb of order (细致地逐项检查，严格地逐车登记): that adverb modifies only verbs, so what follows is a
  // verb phrase whatever the tags say (液化气站/v cut in two makes 细致 look like an object's modifier).
  if (orderAdverb(r)) return;
  // 地 as a word of its own after an adjective, before a noun phrase: 显著地效果.
  if (!isAdjective(l) && !MANNER.has(l.value) && !(posIs(l, 'i', 'l') && l.value.length === 4)) return;
  const n = tokens[i + 2];
  // A set phrase of four characters ending in a noun (违法行为/l、事故隐患/i) before a count or the end of the clause, in
  // object place after a verb (查处严重地违法行为4起), heads no object of its own: a noun phrase, its count after it.
  // A count after it (违法行为4起) says it is counted, a noun, whatever the tag of its last word (行为/v).
  const counted = !!n && isNumber(n) && !!tokens[i + 3] && !isPunct(tokens[i + 3]) && [...tokens[i + 3]!.value].length === 1;
  const phraseNoun =
    posIs(r, 'l', 'i') && [...r.value].length === 4 && afterVerb(tokens, i - 1) &&
    (counted || (isNoun({ ...r, pos: lookup(r.value.slice(-2))?.pos ?? 'x' }) && (closesAt(n) || (!!n && isNumber(n)))));
  // A one-character word tagged as a numeral after a noun, closing the clause, is the noun's suffix (风险|点，), no count.
  const suffix = !!n && isNoun(r) && n.kind === 'word' && posIs(n, 'm') && [...n.value].length === 1 && !/[一二两三四五六七八九十百千万亿几半零〇多余]/u.test(n.value) && closesAt(tokens[i + 3]);
  // A noun the tags call a noun only, counted after it (典型地做法6项, 有效地办法8条), is the head of a noun phrase: the
  // count is its own, not a verb's object.
  const countedNoun = counted && isNoun(r) && !isVerbTag(r) && !VERBS.has(r.value);
  const verbal = !phraseNoun && !!n && !isPunct(n) && (ASPECT.has(n.value) || AFTER_VERB.has(n.value) || (isNumber(n) && !suffix && !countedNoun) || DETERMINERS.has(n.value));
  if (verbal) return;
  // After a word that serves as an adverbial, a word the dictionary calls a noun but that takes an object is a verb:
  // 科学地储存玉米, 认认真真地清点救灾物资 (科学地方法 stays a fault: 方法 heads no object).
  // In object place (开展了细致地健康筛查) the phrase is a noun phrase all the same.
  if (!phraseNoun && adverbCapable(l) && predicatePosition(tokens, i - 1) && !HEAD_NOUNS.has(r.value) && n && !isPunct(n) && n.value !== '的') return;
  // A head noun the tags call an adjective (成效/a) is a noun all the same: 取得了明显地成效。 So is a set phrase of four
  // characters ending in a noun (违法行为/l、事故隐患/i) before a count or the end of the clause: 查处严重地违法行为4起。
  // A head noun the tags call a verb (作用/v) closing the clause after a plain verb is its object: 发挥积极地作用，
  const nounHead = (isNoun(r) || phraseNoun || (HEAD_NOUNS.has(r.value) && (!isVerbTag(r) || afterVerb(tokens, i - 1)) && closesAt(n))) && !VERBS.has(r.value);
  // The phrase after 地 runs to the end of the clause (or a 的).
  let k = i + 1;
  while (k + 1 < tokens.length && !isPunct(tokens[k + 1]) && tokens[k + 1]!.value !== '的' && tokens[k + 1]!.value !== '地') k++;
  const closed = closesAt(tokens[k + 1]);
  // A quantity after the noun phrase is the verb's (张贴了详细地施工公告36份): the phrase ends before it.
  while (k > i + 1 && (isNumber(tokens[k]!) || posIs(tokens[k]!, 'q'))) k--;
  const last = tokens[k]!;
  // In object place (提供了便捷地服务。一次成功地尝试。) a phrase that ends in a noun or verbal noun is a noun phrase.
  // An adjective only (充足) serves no verb: a verb before the last noun modifies it (储备了充足地防寒物资).
  // So is a verb right before the last noun after V了 (建立了详细地巡护台账。): 了 closed the predicate, and what follows is its object.
  const afterLe = tokens[i - 2]?.value === '了' && !!tokens[i - 3] && isPlainVerb(tokens[i - 3]!) && !VP_TAKERS.has(tokens[i - 3]!.value);
  // (After a subject and 对 + its object the manner stands before the predicate: 县住建局对…诉求认真地研究。)
  const objectPlace = !predicatePosition(tokens, i - 1) && !objectOfDuiBefore(tokens, i - 1) && closed && (isNoun(last) || posIs(last, 'vn')) && !tokens.slice(i + 1, k + 1).some((x, j, all) => ASPECT.has(x.value) || (isPlainVerb(x) && !(j === all.length - 2 && (afterLe || HEAD_NOUNS.has(all[j + 1]!.value) || !adverbCapable(l)))));
  // An adjective only (宽敞明亮, 良好) before nouns to the end of the clause: 改造成宽敞明亮地老年活动中心，
  const nounsOnly = !adverbCapable(l) && closed && tokens.slice(i + 1, k + 1).every((x) => nounish(x, lookup)) && nounish(last, lookup);
  if (nounHead || objectPlace || nounsOnly) {
    let e = i + 1;
    while (e < k && !isVerbTag(tokens[e + 1]!)) e++;
    hit(i, '的', 'attributive', i - 1, phraseNoun ? i + 1 : nounHead ? e : k);
  }
}

/**
 * Hits in the clause tokens `tokens` (one sentence's words; offsets absolute), read in `text`.
 */
export function deDiDe(words: readonly Token[], lookup: Lookup): DeHit[] {
  const hits: DeHit[] = [];
  // The dictionary has a few adverbs with their 地 (系统地/n): read them as the word and the particle.
  const tokens: Token[] = [];
  for (let w = 0; w < words.length; w++) {
    const t = words[w]!;
    // Punctuation, numbers and Latin are kept as they are (none of the readings below applies to them; 内地 and the
    // nouns after 有 are words): the common case, without the tests below.
    if (t.kind !== 'word' && t.value !== '内地' && !HAVE_MANNER.has(t.value)) {
      tokens.push(t);
      continue;
    }
    // (The stem is cut only from a word of three or more that ends in 地 or 的: most tokens need no copy.)
    const endsDi = t.kind === 'word' && t.value.length >= 3 && t.value.endsWith('地');
    const endsDe = !endsDi && t.kind === 'word' && t.value.length === 3 && t.value.endsWith('的');
    const stem = endsDi || endsDe ? t.value.slice(0, -1) : '';
    const info = endsDi ? lookup(stem) : undefined;
    if (info && MANNER.has(stem)) {
      tokens.push({ ...t, value: stem, end: t.end - 1, pos: info.pos });
      tokens.push({ ...t, value: '地', start: t.end - 1, pos: 'uv' });
      continue;
    }
    // 悄悄的/z, 默默的: a reduplicated adverb and its particle in one token; read them apart.
    const deStem = endsDe ? stem : '';
    const deInfo = deStem ? lookup(deStem) : undefined;
    if (deStem && reduplicated(deStem) && (MANNER.has(deStem) || (!!deInfo && /^(?:d|ad|z|a)/u.test(deInfo.pos)))) {
      tokens.push({ ...t, value: deStem, end: t.end - 1, pos: 'd' });
      tokens.push({ ...t, value: '的', start: t.end - 1, pos: 'uj' });
      continue;
    }
    // 跑的快/l: a verb, 的 and a one-character adjective the dictionary keeps as one word (比水罐车跑的快); read them apart.
    // (目的地, 有的是: neither a verb before 的 nor an adjective after it.)
    if (t.kind === 'word' && t.value.length === 3 && t.value[1] === '的') {
      const v = lookup(t.value[0]!);
      const a = lookup(t.value[2]!);
      if (v && /^v/u.test(v.pos) && (ADJECTIVES.has(t.value[2]!) || (!!a && /^a/u.test(a.pos)))) {
        tokens.push({ ...t, value: t.value[0]!, end: t.start + 1, pos: v.pos });
        tokens.push({ ...t, value: '的', start: t.start + 1, end: t.start + 2, pos: 'uj' });
        tokens.push({ ...t, value: t.value[2]!, start: t.start + 2, pos: a?.pos ?? 'a' });
        continue;
      }
    }
    // 采取有效/n 地: the dictionary glues a verb to the adjective before 地; read them apart (采取|有效|地|措施).
    const head = t.kind === 'word' && t.value.length === 4 && words[w + 1]?.value === '地' ? lookup(t.value.slice(0, 2)) : undefined;
    const tail = head ? t.value.slice(2) : '';
    if (head && /^v/u.test(head.pos) && (ADJECTIVES.has(tail) || MANNER.has(tail))) {
      tokens.push({ ...t, value: t.value.slice(0, 2), end: t.start + 2, pos: head.pos });
      tokens.push({ ...t, value: tail, start: t.start + 2, pos: lookup(tail)?.pos ?? 'a' });
      continue;
    }
    // After 的, a preposition the dictionary glued to the first character of the next word (耐心的|向前|来办事的群众 is
    // 向|前来): read them apart, when the character and the next word make a word (前来).
    const prev = tokens[tokens.length - 1];
    const next = words[w + 1];
    const rejoined = prev?.value === '的' && t.kind === 'word' && [...t.value].length === 2 && /^[向为对给与跟替同从]/u.test(t.value) && next?.kind === 'word' ? lookup(t.value.slice(1) + next.value) : undefined;
    if (rejoined && [...next!.value].length === 1) {
      tokens.push({ ...t, value: t.value.slice(0, 1), end: t.start + 1, pos: 'p' });
      tokens.push({ ...next!, value: t.value.slice(1) + next!.value, start: t.start + 1, pos: rejoined.pos });
      w++;
      continue;
    }
    // After 的, a word the dictionary cut into a preposition and one more character (仔细的|比|对，): one word when the two
    // make a word of the dictionary (比对), read as a verb.
    const joined = prev?.value === '的' && t.kind === 'word' && [...t.value].length === 1 && /^p/u.test(t.pos) && next?.kind === 'word' && [...next.value].length === 1 ? lookup(t.value + next.value) : undefined;
    if (joined && closesAt(words[w + 2])) {
      tokens.push({ ...t, value: t.value + next!.value, end: next!.end, pos: 'v' });
      w++;
      continue;
    }
    // A noun + 内地 + a number or a noun (园区内地38家企业): the locative 内 and the particle, not 内地 (the interior).
    // (A noun of one character after it may be the rest of a word with 地: 河道内地笼、园区内地块.)
    if (t.value === '内地' && prev && prev.kind === 'word' && isNoun(prev) && next && (next.kind === 'number' || isNumber(next) || (next.kind === 'word' && isNoun(next) && [...next.value].length >= 2))) {
      tokens.push({ ...t, value: '内', end: t.start + 1, pos: 'f' });
      tokens.push({ ...t, value: '地', start: t.start + 1, pos: 'uv' });
      continue;
    }
    // 所 after a noun and before a word of manner and its 的 (市场监管所|认真|的…, 派出所 cut in two): the unit's name, a
    // noun; the particle 所 stands before a verb (群众所需、为群众所熟知).
    if (t.value === '所' && posIs(t, 'c') && prev && isNoun(prev) && next && next.kind === 'word' && !isVerbTag(next) && words[w + 2]?.value === '的' && isManner(next)) {
      tokens.push({ ...t, pos: 'n' });
      continue;
    }
    // A word of manner, 的, then two single characters and an aspect particle (主动的|下|架|了): a verb the dictionary
    // lacks, cut in two; “manner 的 X了 …” reads no other way (see writtenDe).
    const two = prev?.value === '的' && !!tokens[tokens.length - 2] && isManner(tokens[tokens.length - 2]!) && t.kind === 'word' && [...t.value].length === 1 && next?.kind === 'word' && [...next.value].length === 1 && /^\p{Script=Han}$/u.test(next.value) && !/^[的地得了着过]$/u.test(next.value) && /^[了着]$/u.test(words[w + 2]?.value ?? '');
    if (two && !lookup(t.value + next!.value)) {
      tokens.push({ ...t, value: t.value + next!.value, end: next!.end, pos: 'v' });
      w++;
      continue;
    }
    // 有|针对性、有|计划 before a particle: one word of manner.
    if (prev && prev.value === '有' && HAVE_MANNER.has(t.value) && /^[的地得]$/u.test(words[w + 1]?.value ?? '')) {
      tokens[tokens.length - 1] = { ...prev, value: '有' + t.value, end: t.end, pos: 'd' };
      continue;
    }
    tokens.push(t);
  }
  const hit: Hit = (i, to, kind, start, end) =>
    hits.push({ at: tokens[i]!.start, to, kind, from: tokens[i]!.value as DeHit['from'], start: tokens[start]!.start, end: tokens[end]!.end });
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    if (t.value !== '的' && t.value !== '地' && t.value !== '得') continue;
    const l = tokens[i - 1]!;
    const r = tokens[i + 1]!;
    if (l.kind !== 'word' && l.kind !== 'han') continue;
    // 渐渐的，at the start of a clause: the adverb of the clause that follows.
    if (t.value === '的' && OPENING_ADVERBS.has(l.value) && (i === 1 || isPunct(tokens[i - 2])) && /^[，,]/u.test(r.value)) {
      hit(i, '地', 'adverbial', i - 1, i);
      continue;
    }
    // A number after 地 opens a noun phrase (全县地18个乡镇).
    if (r.kind !== 'word' && r.kind !== 'han' && !(t.value === '地' && r.kind === 'number')) continue;
    // A set phrase of four that ends in a noun (以上学历/l: 大专以上学历的占65%) heads a 的-phrase standing for people or
    // things, the subject of what follows: it is no manner, whatever its tag says.
    if (t.value !== '地' && nounTailed(l, lookup)) continue;
    // “V的 / A的 + 占 + a share” (认为出行更方便的占71%、反映价格上涨的约占六成): the 的-phrase stands for the people or
    // things counted, the subject of 占; 占 with a figure after it is no verb a manner word modifies.
    if (t.value === '的' && shareOfPhrase(tokens, i + 1)) continue;
    if (t.value === '得') writtenDei(tokens, i, lookup, hit);
    else if (t.value === '的') writtenDe(tokens, i, lookup, hit);
    else writtenDi(tokens, i, lookup, hit);
  }
  return hits;
}
