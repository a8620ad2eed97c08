import { defineRule } from '../../core/rule.js';
import { excerpt } from '../lib/excerpt.js';
import { hasData } from '../lib/quantities.js';
import { readingText } from '../lib/reading.js';

interface Closing {
  re: RegExp;
  /** What to mark: the whole last sentence, only the clause (or phrase) that wraps up, or (tail) from the comma to the end. */
  scope: 'sentence' | 'clause' | 'match' | 'tail';
  /**
   * The opener only introduces a result (通过此次培训，此次活动的开展): a sentence that goes on to state it in figures
   * (通过此次培训，126名护林员取得合格证) is a fact, not a wrap-up.
   */
  factsExempt?: boolean;
}

/** Within one clause: no comma, full stop or semicolon. */
const C = '[^，,。；;！？]';
/**
 * The verbs of weaving or raising a net and the nets they make, shared by the image of a result (织密了……安全网) and the
 * line of defence claimed as built (织牢了……防护网): one list for both entries.
 */
const WEAVE = '织密|织牢|筑起';
const NET = '安全网|防护网';

/** Praise of a foundation (坚实、扎实、良好、牢固…; 更加坚实). */
const SOLID = '(?:更加|更为|更)?(?:坚实|扎实|良好|牢固|稳固|坚强|雄厚|厚实|重要|有力|可靠|深厚)';

/** Wrap-ups an item ends with instead of stopping after the facts (没有结尾, seed 002). */
const CLOSINGS: Closing[] = [
  { re: /^(?:总之|總之|综上所述|綜上所述|综上|綜上|总而言之|總而言之|总的来看|总的来说)/u, scope: 'sentence' },
  { re: /^通[过過](?:此次|这次|這次|本次|此项|这项|此項)/u, scope: 'sentence', factsExempt: true },
  // The event as the subject of its own effect on people's minds or skills, closing the item (此次培训进一步提升了直播从业人员的
  // 依法经营意识；这次演练增强了园区企业的应急处置能力；本次宣传有效提高了群众的防骗意识): the effect claimed, not shown. The
  // whole sentence wraps up (what follows, 为……打下了坚实基础, goes with it).
  {
    re: /^(?:此次|这次|這次|本次|该次)[^，,。；的]{0,10}?(?:进一步|有效|明显|切实|大大|全面|极大地?)?(?:提升|提高|增强|强化|增进|加深)了[^，,。；]{0,24}?(?:意识|能力|水平|素质|素养|本领|认识|观念|技能|信心)/u,
    scope: 'sentence',
    factsExempt: true,
  },
  // An inference drawn from the facts just told (由此可见，全县养老服务体系基本成形; 不难看出、可以看出、这充分说明…): a verdict,
  // not a fact (followed by figures, 可以看出，12个村中已有9个…, it states one). 由此产生的费用、可见度 are no inference.
  {
    re: /^(?:由此可见|由此看来|由此看出|由此可知|从中可以看出|从中不难看出|不难看出|不难发现|可以看出|可见[，,]|这(?:充分|有力|再次|进一步)?(?:说明|表明|证明)(?!书)了?)/u,
    scope: 'sentence',
    factsExempt: true,
  },
  // The same openers after a comma inside the last sentence (……现场达成就业意向1130人，通过此次招聘会，进一步搭建了供需对接平台):
  // the wrap-up runs from there to the end.
  {
    re: /[，,](?:通[过過](?:此次|这次|這次|本次|此项|这项|此項)|由此可见|由此看来|由此看出|由此可知|不难看出|可以看出)/u,
    scope: 'tail',
    factsExempt: true,
  },
  // A verdict drawn from the work instead of its result: 实践证明，……方便了群众办事；事实充分表明，……是有效途径；实践告诉我们…
  // (a last sentence that goes on to figures, 实践证明，订单户亩均多收入380元, states a fact).
  {
    re: /^(?:[这此]些|多年的?|几年来的?|长期的?)?(?:实践|事实|经验|實踐|事實|經驗)(?:充分|再次|一再|反复|有力|已经|已)?(?:证明|表明|说明|告诉我们|證明|說明)/u,
    scope: 'sentence',
    factsExempt: true,
  },
  // 此次活动的开展，……: the event as the subject of its own effect, with or without a word of praise for how it went
  // (此次活动的成功举办、本次丰收节的圆满举办、这次招聘会的顺利召开): any event named before 的 (a nominalised verb of holding
  // it follows, then the comma); 此次展览的举办时间为… is no such subject.
  {
    re: /^(?:此次|这次|本次|该次?)(?:[^，,。]{0,8}?(?:活动|培训|行动|宣传|演练|检查|会议|举措|工作)的?|[^，,。的]{1,12}的)(?:成功|顺利|圆满|胜利|如期|扎实|深入)?(?:开展|举办|举行|实施|召开|推进|启动)[，,]/u,
    scope: 'sentence',
    factsExempt: true,
  },
  {
    re: /再上(?:一个|一個)?新台[阶階]|再[创創](?:佳[绩績]|新高|[辉輝][煌]|新[业業][绩績])|更上一[层層][楼樓]|新的更大[贡貢][献獻]|新的更大成[绩績]|[谱譜][写寫]新[篇][章]|[开開][创創]新局面/u,
    scope: 'sentence',
  },
  { re: /(?:取得|收到)了?(?:良好|[显顯]著|明[显顯]|[较較]好|很好)的?(?:社[会會])?(?:效果|成效|效益|反[响響])$/u, scope: 'clause' },
  // 为……奠定（打下、夯实）了坚实基础；为……提供了有力保障；为……注入了新的活力；为……作出了积极贡献.
  // 奠定、打下 alone say what the work is for (为2027年春播打下基础): the claim is in 了 (it is done) or in the praise of the
  // foundation (坚实、扎实、良好…); 夯实、筑牢 praise it themselves.
  {
    re: new RegExp(`为${C}{1,30}?(?:(?:夯实|筑牢|筑实)了?${C}{0,4}?|(?:奠定|打下)(?:了${C}{0,4}?|${SOLID}的?))(?:基础|根基|基石)`, 'u'),
    scope: 'clause',
  },
  { re: new RegExp(`为${C}{1,30}?(?:提供|给予)了?(?:有力|坚实|强有力|重要|可靠|坚强|良好|有效)的?(?:保障|支撑|支持|保证|条件)`, 'u'), scope: 'clause' },
  // 为全县…提供了可复制、可推广的经验；为…积累了宝贵经验；为…树立了典型示范: a model claimed, not shown.
  {
    re: new RegExp(`为${C}{1,30}?(?:提供|积累|探索|贡献|树立|打造)(?:了|出)?(?:可复制|可推广|可借鉴|宝贵|有益|成功|鲜活|典型|良好)${C}{0,12}?(?:经验|样板|范例|样本|借鉴|示范|标杆|模板)`, 'u'),
    scope: 'clause',
  },
  // …，让群众夜间出行更加安心；使群众办事越来越便捷；让农民种地更有底气: a feeling claimed for the people served, as the
  // last words of the item.
  {
    re: new RegExp(`(?<=^|[，,])(?:让|使)${C}{1,20}?(?:更加|更为|更|越来越|倍感|备感)(?:安心|舒心|放心|暖心|温馨|美好|幸福|便捷|方便|踏实|安全|有保障|有底气|有奔头|甜美|红火|舒适|便利)(?:的${C}{1,4})?$`, 'u'),
    scope: 'clause',
  },
  { re: new RegExp(`为${C}{1,30}?(?:注入|增添|激发|带来)了?(?:新的|强劲|强大)?(?:活力|动能|动力|生机|新动能)`, 'u'), scope: 'clause' },
  // …, with whose it is in the slot (blind set 20): 为全市工业经济稳增长贡献了开发区力量、作出了柳溪贡献、贡献了青峰智慧（方案）.
  // A figure in the clause (贡献了2.1个百分点) makes it a fact: the clause check below.
  { re: new RegExp(`为${C}{1,30}?(?:作出|做出|贡献)了?(?:积极|重要|应有|突出|巨大)?的?${C}{0,8}?(?:贡献|力量|智慧|方案)`, 'u'), scope: 'clause' },
  // 得到（受到、赢得）了……的一致好评（充分肯定、高度认可、广泛赞誉）.
  {
    re: new RegExp(
      `(?:得到|受到|赢得|获得|深受)了?${C}{0,20}?(?:(?:一致|广泛|充分|高度|普遍|热烈|强烈|交口)(?:的)?(?:好评|肯定|认可|赞誉|称赞|赞扬|欢迎|点赞|赞许|支持|拥护|关注)|好评|赞誉|称赞|赞扬|点赞|赞许)`,
      'u',
    ),
    scope: 'clause',
  },
  // 迈上（再上、跃上）新台阶；实现了……双丰收；获得感、幸福感进一步增强；走出了一条……新路子；交出了……答卷.
  { re: /(?:迈上|跨上|跃上|登上|踏上)了?(?:一个)?新(?:的)?台[阶階]/u, scope: 'clause' },
  { re: new RegExp(`实现了?${C}{0,16}?(?:双丰收|双赢|多赢|共赢|双提升|双促进)`, 'u'), scope: 'clause' },
  { re: new RegExp(`(?:获得感|幸福感|安全感|满意度|认同感|归属感)${C}{0,12}?(?:增强|提升|提高|攀升)`, 'u'), scope: 'clause' },
  { re: new RegExp(`走出了?一条${C}{0,24}?(?:路子|新路|之路|道路)`, 'u'), scope: 'clause' },
  { re: new RegExp(`交出了?一份${C}{0,12}?答卷`, 'u'), scope: 'clause' },
  // An image of the result instead of the result: 跑出了项目建设的加速度、擦亮了乡村振兴的生态底色、为文化铸魂写下了生动注脚、
  // 绘就了……画卷、奏响了……强音、织密了……安全网 (a verb of making an image, then the image).
  {
    re: new RegExp(`(?:跑出|按下|擦亮|擦靓|绘就|绘出|写下|书写|谱写|奏响|唱响|${WEAVE}|跑好)了?${C}{0,16}?(?:加速度|快进键|加速键|底色|成色|亮色|注脚|画卷|篇章|新篇|强音|${NET}|幸福路)`, 'u'),
    scope: 'clause',
  },
  // A line of defence claimed as built (切实筑牢了海上安全防线、有效守牢了食品安全底线、进一步织密了森林防火屏障、牢牢守住了耕地
  // 保护红线) as the item's last clause: a verb of making firm (筑牢、夯实、织密、守牢、守住…) with 了, then the line, barrier
  // or bottom line it names. A clause that carries figures (筑起了一道长42公里的防火屏障) is a fact; one without 了 says a
  // purpose (以守住冬季森林防火底线) and is left alone.
  {
    re: new RegExp(`(?<=^|[，,])${C}{0,8}?(?:${WEAVE}|筑牢|筑实|筑就|构筑|夯实|守牢|守住|兜牢|兜住|扎牢|扎紧|扎密|拧紧|绷紧)了${C}{0,16}?(?:${NET}|防线|屏障|底线|红线|防火墙|篱笆|安全阀|防护墙)$`, 'u'),
    scope: 'clause',
  },
  // The work carried to the heart: 把民生实事办到了群众的心坎上、把服务送进群众心里.
  { re: new RegExp(`(?:办到|办进|做到|送到|送进|暖到|落到)了?${C}{0,12}?(?:心坎上|心坎里|心里|心上)`, 'u'), scope: 'clause' },
  // The good the people got, said in place of it: 真正让群众得到了实惠、让老人感受到了温暖、使农户尝到了甜头.
  { re: new RegExp(`(?<=^|[，,])(?:真正|切实)?(?:让|使)${C}{1,12}?(?:得到了?|享受到了?|感受到了?|尝到了?|得)(?:实实在在的)?(?:实惠|温暖|便利|甜头|好处)`, 'u'), scope: 'clause' },
  // 有力促进（推动、保障）了……；进一步提升了……意识: an effect claimed, not shown.
  { re: /(?:有力|有效|极大|大大)地?(?:促进|推动|提升|提高|保障|助推|带动|激发)了/u, scope: 'clause' },
  { re: new RegExp(`营造了${C}{0,16}?(?:氛围|环境|局面)`, 'u'), scope: 'clause' },
  { re: /特此(?:报告|汇报|報告|匯報)/u, scope: 'match' },
  // The event judged instead of told: 活动取得了圆满成功、演练圆满成功、培训达到了预期目的、活动圆满结束.
  {
    re: new RegExp(`(?:(?:取得|获得)了?(?:圆满|完满|巨大|很大|极大)的?成功|圆满(?:成功|结束|落幕|收官|闭幕)|(?:达到|实现)了?(?:预期|预定)的?(?:目的|目标|效果)|取得了?预期的?(?:效果|成效))(?=${C}{0,4}$)`, 'u'),
    scope: 'clause',
  },
  // The pledge to go on (下一步，…将继续做好…；今后，…将一如既往地…; …将一如既往地… with or without the opener): a next step
  // a news item does not need. 今后几天、未来3年 are a time span (a forecast, a plan with its term), not the opener of a
  // pledge; 持续到12月底 is how long, not how resolved; a pledge with figures is a plan.
  {
    re: /^(?:今后|下一步|下步|接下来|下阶段|下一阶段|未来)(?![几数一二两三四五六七八九十0-9]|一段)[，,]?[^，,。；]{0,24}?(?:将|要|会)(?:继续|一如既往地?|持续(?![到至了])|始终|进一步|不断|坚持)|^[^，,。；]{0,24}?(?:将|要|会)一如既往地?/u,
    scope: 'sentence',
    factsExempt: true,
  },
];

/** no-closing-boilerplate: an item has no closing (没有结尾, seed 002); it stops when the facts are told. */
export const noClosingBoilerplate = defineRule({
  id: 'no-closing-boilerplate',
  category: 'form',
  severity: 'warning',
  name: { zh: '结尾总结语', en: 'Closing wrap-up' },
  description: {
    zh: '正文写完事实即止，不以“总之”“综上所述”“通过此次……”“下一步将继续……再上新台阶”“取得了良好的效果”等总结语收尾（问题类和紧急信息需要写下一步措施，不检查）。',
    en: 'The body stops after the facts, without a wrap-up such as 总之, 综上所述, 通过此次…, 下一步将继续…再上新台阶 or 取得了良好的效果 (not checked for problem and emergency items, which need next steps).',
  },
  messages: {
    wrapUp: {
      zh: '正文以总结语“{phrase}”收尾，信息稿不要结尾，写完事实即止，请删去或改写。',
      en: 'The body ends with a wrap-up (“{phrase}”); an item has no closing, stop after the facts.',
    },
  },
  kinds: {
    问题: { severity: 'off' },
    '紧急首报': { severity: 'off' },
    '紧急续报': { severity: 'off' },
    '紧急终报': { severity: 'off' },
  },
  check({ draft, config, report, isExcluded, isQuoted }) {
    const { sentences } = draft;
    // Read through traditional characters (再上新臺階 is the phrase it is).
    const text = readingText(draft, config);
    const sentence = sentences[sentences.length - 1];
    const lastBlock = draft.blocks[draft.blocks.length - 1];
    const lastParagraph = draft.paragraphs[draft.paragraphs.length - 1];
    if (!sentence || !lastBlock || lastBlock !== lastParagraph) return;
    // The sentence without its final mark (and closing quotes) for the patterns anchored at its end.
    let bodyEnd = sentence.end;
    while (bodyEnd > sentence.start && /[。！？；…!?;”’）)\s]/u.test(text[bodyEnd - 1]!)) bodyEnd--;
    const slice = text.slice(sentence.start, bodyEnd);
    for (const { re, scope, factsExempt } of CLOSINGS) {
      const m = re.exec(slice);
      if (!m) continue;
      if (factsExempt && hasData(slice.slice(m.index + m[0].length))) continue;
      const at = sentence.start + m.index;
      if (isExcluded(at, at + m[0].length) || isQuoted(at, at + m[0].length)) continue;
      let start = sentence.start;
      let end = sentence.end;
      if (scope === 'tail') start = at + 1;
      else if (scope === 'match') {
        start = at;
        end = at + m[0].length;
      } else if (scope === 'clause') {
        // The clauses the phrase spans (获得感、幸福感进一步增强 runs over a 、).
        const last = at + m[0].length - 1;
        const first = sentence.clauses.find((c) => c.start <= at && at < c.end);
        const final = sentence.clauses.find((c) => c.start <= last && last < c.end) ?? first;
        if (first && final) {
          // The sentence goes on to give figures (……打下了扎实的基础，每个卫生院配备CT机1台): it does not close on the phrase.
          // So does the phrase itself when it carries them (满意度由91.2%提高到96.8%): a fact, not a wrap-up.
          if (hasData(text.slice(final.end, bodyEnd)) || hasData(text.slice(first.start, final.end))) continue;
          start = first.start;
          end = final.end;
        }
      }
      const phrase = text.slice(start, end);
      report({ start, end, messageId: 'wrapUp', data: { phrase: excerpt(phrase, 16) } });
      return;
    }
  },
});
