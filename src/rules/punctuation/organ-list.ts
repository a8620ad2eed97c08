/**
 * organ-list: coordinated organs run together without 、 (市委市政府 → 市委、市政府). GB/T 15834: 并列词语之间用顿号.
 * Style guide §3.6.
 *
 * The rule reads a grammar, not a word list: an organ's name is a level of administration (省 市 县 区 镇 乡 街道 村
 * 社区…) followed by an organ (党委 委 政府 人大 政协 纪委…, or a department: any short name ending in 局 委 办 中心
 * 大队 院 站 所…); a run of two or more such names of the same level with nothing between them is a list written
 * without its 顿号 (县委县政府, 县公安局县交通运输局, 市人大市政协). Also the second organ written without its level,
 * for the pairs that always go together (乡党委政府 → 乡党委、乡政府; 县人大政协).
 *
 * Stays silent on one organ and its compounds (市委办公室, 县委组织部, 市委书记, 县纪委监委: 合署办公的一个机关;
 * 县委县直机关工委: the committee's own work committee),
 * on a run that goes on into an office's name (县委县政府督查室, 市委市政府办公厅: a joint office whose name has no
 * 顿号), on generic phrases without a level (各级党委政府, 基层党委政府, 乡镇党委政府: a plural, not two organs),
 * and inside quotations and 《》 titles (a document's title is quoted as it was issued). Traditional characters are
 * read as simplified (縣委縣政府 is the same fault, before script-mix converts it).
 */
import { defineRule } from '../../core/rule.js';
import { readingText } from '../lib/reading.js';
import { ADMIN_CHARS } from '../lib/slips.js';
import { matchProse, matchProseAt } from '../lib/scan.js';
import { zhouPlaceAt } from '../lib/place-names.js';

/** Levels of administration, longest first. */
const LEVEL = '自治区|自治州|自治县|街道|社区|省|市|州|县|区|旗|盟|镇|乡|村';
const LEVEL_CHAR = ADMIN_CHARS;
/**
 * Characters that never occur inside a department's name between its level and its suffix. Nor does the level
 * itself (\\1, the level the run captured): 县农业农村局 and 县住房和城乡建设局 are departments of 县.
 */
// 与 may stand inside a department's name (县海洋与渔业局、县自然资源与规划局): the level that starts the next organ
// (never inside a name) still ends the first.
const NOT_IN_NAME = '的及或、在是了对把将为从向由于并等共各全该本其这那个';
// Nor does a whole office word run on inside one name (checked at every character: the group takes the quantifier
// that follows NAME_CHAR; the level's look-ahead stands before it, so it is asked at the name's first character only):
// 县人民政府办公室|牵头督办 and 县委办公室|承办 are an organ and a verb, not one organ ending in the verb's 办.
const NAME_CHAR = `(?!\\1)(?:(?!办公室)[^${NOT_IN_NAME}\\P{Script=Han}])`;
/** The organs of party and state at every level (the longest first where one starts another). */
const CORE =
  '纪委监委|纪工委|纪委|监委|党工委|党委|党组|党支部|党总支|人大常委会|人大主席团|人大|政协|人民政府|政府|办事处|人民法院|法院|人民检察院|检察院|人武部|武装部|总工会|团委|妇联|科协|残联|工商联|居委会|居民委员会|委会|民委员会';
/** An organ's office (县委办, 县政府办公室); 办 not as a verb (办理, 办好, 办实事) nor 办公楼. */
const OFFICE = '(?:办公室|办(?![公理好结成实事法]))';
/** A department of the party committee: 县委组织部, 县委政法委, 县委网信办, 县委党校 (not 县委常委: a member). */
const PARTY_DEPARTMENT = `委(?!常委)${NAME_CHAR}{1,5}?(?:部|委|办|局|室|校)`;
/** A department of the government: 县公安局, 县发展改革委, 县消防救援大队, 镇农业服务中心, 县海事处, 县公路管理处. */
const DEPARTMENT = `${NAME_CHAR}{2,10}?(?:局|委员会|委|厅|办公室|办|中心|大队|支队|总队|院|站|所|署|(?<![多各几此彼住到去之难好长短用益坏深远])处)`;
/** One organ after its level (captured as \\1). */
const ORGAN = `(?:(?:${CORE}|委)${OFFICE}?|${PARTY_DEPARTMENT}|${DEPARTMENT})`;
/** One organ after `level`, the whole of a piece. */
const organOnly = (level: string) => new RegExp(`^(?:${ORGAN.replaceAll('\\1', level)})$`, 'u');
const ORGAN_ONLY = new Map<string, RegExp>();
/** organOnly, cached per level. */
function cachedOrganOnly(level: string): RegExp {
  let only = ORGAN_ONLY.get(level);
  if (!only) ORGAN_ONLY.set(level, (only = organOnly(level)));
  return only;
}

/** Two or more organs of the same level in a row (the level captured, and checked again for each organ). */
const RUN = new RegExp(`(${LEVEL})${ORGAN}(?:\\1${ORGAN})+`, 'gu');
/**
 * Two or more organs each written with the full name of the same place (柘浦区应急管理局柘浦区生态环境分局): the place's
 * name (1–4 characters, \\1) and level (\\2) before every organ. The name must be repeated, so a word before the place
 * (联合柘浦区…) never passes for part of it.
 */
const FULL_RUN = new RegExp(`(\\p{Script=Han}{1,4}?)(${LEVEL})${ORGAN.replaceAll('\\1', '\\2')}(?:\\1\\2${ORGAN.replaceAll('\\1', '\\2')})+`, 'gu');

/** The last characters of the levels (区 of 自治区 and 社区, 道 of 街道…). */
const LEVEL_END = new Set([...'区州县道省市旗盟镇乡村']);
/** LEVEL_END by code unit (1: a level's last character), for the scan of every character below. */
const LEVEL_END_CODE = new Uint8Array(0x10000);
for (const c of LEVEL_END) LEVEL_END_CODE[c.charCodeAt(0)] = 1;
/** How far after a level the same place's name and level may stand again in a FULL_RUN (the longest organ, 13, and 7). */
const FULL_GAP = 24;

/**
 * Whether some place's name and level (2–7 characters ending at a level's last character) is written again within
 * FULL_GAP characters: only then can FULL_RUN match, so the costly pattern (tried from every character) is asked only
 * then. A cheap, generous pre-check: the pattern alone decides.
 */
// A name of n characters written again holds its last two written again (the level's last character and the one before
// it), so two characters are enough to ask: the character before the level and the level's end, again within the
// window (compared as code units, no slices: the check runs at every level character of every draft).
function placeWrittenAgain(text: string): boolean {
  for (let i = 1; i < text.length; i++) {
    const end = text.charCodeAt(i);
    if (LEVEL_END_CODE[end] === 0) continue;
    const before = text.charCodeAt(i - 1);
    const last = Math.min(text.length, i + 1 + FULL_GAP) - 2;
    for (let p = i + 1; p <= last; p++) if (text.charCodeAt(p) === before && text.charCodeAt(p + 1) === end) return true;
  }
  return false;
}

/**
 * Where RUN and FULL_RUN may start (the patterns are tried only there, sticky: the same matches as a scan from every
 * character, for a fraction of the cost). An organ is at most 23 code units long (a department: ten name characters,
 * each perhaps a surrogate pair, and 办公室); a place's name and level at most 11 (four name characters, 自治区).
 */
const RUN_AT = new RegExp(RUN.source, 'uy');
const FULL_RUN_AT = new RegExp(FULL_RUN.source, 'uy');
const LONGEST_ORGAN = 23;
const LONGEST_PLACE = 11;
/** The levels of more than one character (自治区…, 街道, 社区). */
const LONG_LEVELS = LEVEL.split('|').filter((l) => l.length > 1);
const [ZI, JIE, SHE, DAO] = ['自', '街', '社', '道'].map((c) => c.charCodeAt(0));

/** The length of the level RUN would read at `i` of `s` (0 if none). Code units, no slices: asked at every character. */
function levelAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c === ZI || c === JIE || c === SHE) return LONG_LEVELS.find((l) => s.startsWith(l, i))?.length ?? 0;
  return LEVEL_END_CODE[c] === 1 && c !== DAO ? 1 : 0;
}

/** RUN's possible starts: a level written again right after one organ's length (县…县). */
function runStarts(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const n = levelAt(s, i);
    if (n === 0) continue;
    const last = Math.min(i + n + LONGEST_ORGAN, s.length - n);
    for (let p = i + n + 1; p <= last; p++) {
      if (s.charCodeAt(p) === s.charCodeAt(i) && (n === 1 || s.startsWith(s.slice(i, i + n), p))) {
        out.push(i);
        break;
      }
    }
  }
  return out;
}

/** FULL_RUN's possible starts: up to LONGEST_PLACE − 1 characters before a level's end whose last two characters come again. */
function fullRunStarts(s: string): number[] {
  const marked = new Uint8Array(s.length);
  for (let e = 1; e < s.length; e++) {
    if (LEVEL_END_CODE[s.charCodeAt(e)] === 0) continue;
    const before = s.charCodeAt(e - 1);
    const end = s.charCodeAt(e);
    const last = Math.min(s.length - 2, e + LONGEST_ORGAN + LONGEST_PLACE - 1);
    for (let p = e + 1; p <= last; p++) {
      if (s.charCodeAt(p) === before && s.charCodeAt(p + 1) === end) {
        marked.fill(1, Math.max(0, e - LONGEST_PLACE + 1), e);
        break;
      }
    }
  }
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) if (marked[i]) out.push(i);
  return out;
}

/**
 * The pairs whose second organ is often written without its level: 乡党委政府, 县人大政协, 街道党工委办事处; and a
 * community's party organ and its residents' committee (社区党委居委会、社区党总支居委会、社区党支部居民委员会, blind set
 * 20), the two organs every community has.
 */
const ELIDED = new RegExp(
  `(${LEVEL})(党委|党工委)(人民政府|政府|办事处|管委会)|(${LEVEL})(人大)(政协)|(社区)(党委|党总支|党支部)(居委会|居民委员会)`,
  'gu',
);

/**
 * What goes on after the run when it names one joint office, a joint meeting or a place (县委县政府督查室, 社区党委居委会
 * 联席会议, 市委市政府大院), or a
 * person's post in the last organ (县委常委县政府副县长: a member of one, a deputy head of the other).
 */
const GOES_ON =
  /^(?:联席|办公室|办公厅|办(?![理好结成实事法])|两办|督查|督察|信访|值班|接待|大院|大楼|机关|秘书|研究室|政研室|驻|副?(?:书记|常委|委员|省长|市长|州长|县长|区长|镇长|乡长|主任|主席|局长|部长|队长|院长|所长|站长))/u;

/**
 * Characters before a level that make it part of a common word, not the level of a place: 城市, 超市, 社区, 景区,
 * 乡镇, 县区… (a level after another level: a generic plural such as 乡镇党委政府 or 县区政府).
 */
const NOT_A_LEVEL: Record<string, string> = {
  市: `城都超上门夜早集股楼车菜花${LEVEL_CHAR}`,
  区: `社园景片辖城山灾校小街商牧老矿库军郊地专特林${LEVEL_CHAR}`,
  镇: `城重${LEVEL_CHAR}`,
  乡: `城家故下老他异同${LEVEL_CHAR}`,
  村: `农乡山渔${LEVEL_CHAR}`,
  省: `节反${LEVEL_CHAR}`,
  县: LEVEL_CHAR,
  州: LEVEL_CHAR,
  旗: `国红锦彩${LEVEL_CHAR}`,
  盟: `联同结${LEVEL_CHAR}`,
};

/**
 * Place nouns and services that begin with a level character: 县城 (the county seat), 市区, 镇区, 市民… A unit named
 * with one after an organ is that organ's own unit (县公安局县城派出所, 市政府市民服务中心), not a second organ. Not
 * before the characters that make the level + a department instead (县城管局 = 县 + 城管局, 县城乡建设局, 县城投公司).
 */
const PLACE_NOUN_AFTER_LEVEL: Record<string, RegExp> = {
  县: /^城(?![管投建乡市])/u,
  市: /^(?:区(?![委政人])|民)/u,
  镇: /^区(?![委政人])/u,
};

/** Whether a piece of a run (level + name) is a place noun's unit (县城派出所), not an organ of that level. */
function placeNounUnit(piece: string, level: string): boolean {
  return PLACE_NOUN_AFTER_LEVEL[level]?.test(piece.slice(level.length)) ?? false;
}

/**
 * Whether the level at `at` is the level of an organ (not the end of 城市, 社区, 乡镇…). The same level written again
 * after a place's name that ends with it (滨江新区|区委区政府、青峰县|县委县政府、石桥镇|镇党委镇政府) is the level of
 * that place's organs, not a plural of two levels (乡镇党委政府、县区政府).
 */
function isLevelAt(text: string, at: number, level: string, zhouPlace: (at: number) => boolean): boolean {
  const before = text[at - 1] ?? '';
  const not = NOT_A_LEVEL[level];
  if (level.length === 1 && before === level && /\p{Script=Han}/u.test(text[at - 2] ?? '') && text[at - 2] !== level) return true;
  // 岚州市委市政府, 通州区委区政府: 州 ends the place's own name (only on positive evidence: zhouPlaceAt).
  if (level.length === 1 && before === '州' && zhouPlace(at)) return true;
  return not === undefined || !not.includes(before);
}

/** The organs of a run: `run` cut into level + organ pieces (each piece starts with `level`), or undefined. */
export function splitOrgans(run: string, level: string): string[] | undefined {
  if (run === '') return [];
  if (!run.startsWith(level)) return undefined;
  for (let end = level.length + 1; end <= run.length; end++) {
    if (!cachedOrganOnly(level).test(run.slice(level.length, end))) continue;
    const rest = splitOrgans(run.slice(end), level);
    if (rest) return [run.slice(0, end), ...rest];
  }
  return undefined;
}

/** A list found: where, its organs as written, and what goes between them (、, or 、 and the level left out). */
interface OrganRun {
  start: number;
  end: number;
  organs: string[];
  joins: string[];
  /** A second fix's joins (the 顿号 alone, where the first writes the elided level too). */
  bare?: string[];
}

/** The party committee of a level (委, 党委, 党工委), whose work committees' names open with its own. */
const PARTY_COMMITTEE = /^(?:委|党委|党工委)$/u;
const HAS_OFFICE = /(?:办公室|办)$/u;
/** The office of a party or state organ (政府办公室, 委办), not a department whose name ends in 办 (文明办). */
const ORGAN_OFFICE = /^(?:委|党委|党工委|政府|人民政府|人大|人大常委会|政协)(?:办公室|办)$/u;

/**
 * Organs named by their place and their system, with no level of their own (江渚海关, 长江江渚海事局, 麦湾出入境边防检查站,
 * 云溪县税务局): the vertically managed organs, each a whole organ name after any place. The inventory of those systems,
 * each suffix with its system (a run of two organs of one system may be an organ and its own branch: 海事局石桥海事处,
 * 税务局城关税务分局, so only organs of different systems are read as a list).
 */
const NAMED_SYSTEM: Record<string, string> = {
  海关: 'customs',
  海事局: 'maritime',
  海事处: 'maritime',
  出入境边防检查站: 'border',
  边防检查站: 'border',
  海警局: 'coastguard',
  税务局: 'tax',
  公安局: 'police',
  气象局: 'weather',
  水文局: 'hydrology',
  水文水资源局: 'hydrology',
  邮政管理局: 'post',
  烟草专卖局: 'tobacco',
  地震局: 'earthquake',
};
/** The named organs' suffixes, longest first; not where the suffix goes on into a longer word (海关缉私 stays one organ: the gap rules decide). */
const NAMED_SUFFIX = new RegExp(
  Object.keys(NAMED_SYSTEM)
    .sort((a, b) => b.length - a.length)
    .join('|'),
  'gu',
);
/** The seven river basins whose agencies put the river's name before a place's (长江江渚海事局, 黄河岚州水文局). */
const BASIN = '(?:长江|黄河|珠江|淮河|海河|松辽|太湖)';
/** Levels that end a place's name before a named organ (云溪县税务局, 岚州市气象局). */
const NAMED_LEVELS = [...'省市县区州旗盟'];
const BASIN_AT_START = new RegExp(`^${BASIN}`, 'u');
const BASIN_AT_END = new RegExp(`${BASIN}$`, 'u');
const LEVEL_AT_END = new RegExp(`[${NAMED_LEVELS.join('')}]$`, 'u');
/** A place of two characters and its level (云溪县). */
const TWO_AND_LEVEL = new RegExp(`^\\p{Script=Han}{2}[${NAMED_LEVELS.join('')}]$`, 'u');
/**
 * Characters that open a verb or a joining word, not a place (会同, 联合, 配合, 与, 隶属, 驻, 协同, 和, 及, 对, 向, 由,
 * 在, 所属, 下属, 指导): a gap starting with one is a clause, not the next organ's place.
 */
const NOT_PLACE_START = new Set([...'会联配与隶驻协和及对向由在所下指同并共为从把将给等']);

/**
 * The next organ's place, the whole gap between two named organs, on evidence that it is a place: the first organ's
 * own place written again (江渚海关|长江江渚|海事局, 麦湾海事局|麦湾|海关), perhaps with a basin before it and a level
 * after it, or a place of two characters and its level (白沙海关|云溪县|税务局). Returns the first organ's start (its
 * place), or -1.
 */
function namedPairStart(text: string, suffixStart: number, gap: string): number {
  if (gap.length < 2 || gap.length > 8 || NOT_PLACE_START.has(gap[0]!) || !/^\p{Script=Han}+$/u.test(gap)) return -1;
  if ([...NOT_IN_NAME].some((c) => gap.includes(c))) return -1;
  // The core: the gap without its basin, and without its level if it ends in one (黄河岚州: 岚州, the 州 of its name).
  const bare = gap.replace(BASIN_AT_START, '');
  for (const core of [bare, bare.replace(LEVEL_AT_END, '')]) {
    if (core.length < 2 || core.length > 4) continue;
    for (const form of [core, ...NAMED_LEVELS.map((l) => core + l)]) {
      const at = suffixStart - form.length;
      if (at >= 0 && text.startsWith(form, at)) {
        const basin = BASIN_AT_END.exec(text.slice(Math.max(0, at - 2), at));
        return basin ? at - 2 : at;
      }
    }
  }
  // A place of two characters and its level, the first organ's place read as its two characters (and level) before it.
  if (TWO_AND_LEVEL.test(gap)) {
    const level = LEVEL_AT_END.test(text.slice(suffixStart - 1, suffixStart)) ? 1 : 0;
    const at = suffixStart - 2 - level;
    const place = text.slice(Math.max(0, at), suffixStart - level);
    if (at >= 0 && /^\p{Script=Han}{2}$/u.test(place) && ![...place].some((c) => NOT_IN_NAME.includes(c) || NOT_PLACE_START.has(c))) return at;
  }
  return -1;
}

/** Named organs of different systems, each with its own place, run together (江渚海关长江江渚海事局). */
function* namedRuns(text: string, segments: Parameters<typeof matchProse>[1]): Generator<OrganRun> {
  const found = [...matchProse(text, segments, NAMED_SUFFIX)];
  let k = 0;
  while (k < found.length - 1) {
    let start = -1;
    const cuts: number[] = [];
    let j = k;
    for (; j < found.length - 1; j++) {
      const a = found[j]!;
      const b = found[j + 1]!;
      if (NAMED_SYSTEM[a.match[0]] === NAMED_SYSTEM[b.match[0]]) break;
      const gapStart = a.end;
      const at = namedPairStart(text, a.start, text.slice(gapStart, b.start));
      if (at < 0) break;
      if (start < 0) start = at;
      cuts.push(gapStart);
    }
    if (cuts.length > 0) {
      const end = found[j]!.end;
      const bounds = [start, ...cuts, end];
      const organs = bounds.slice(0, -1).map((s, n) => text.slice(s, bounds[n + 1]));
      yield { start, end, organs, joins: cuts.map(() => '、') };
      k = j + 1;
    } else k++;
  }
}

/** The lists of organs written without 顿号 in `text` (title and body prose). */
function* organRuns(text: string, segments: Parameters<typeof matchProse>[1], zhouPlace: (at: number) => boolean): Generator<OrganRun> {
  // The characters the runs of one level cover (a mark per character: linear, however many runs).
  let covered: Uint8Array | undefined;
  for (const run of levelRuns(text, segments, zhouPlace)) {
    (covered ??= new Uint8Array(text.length)).fill(1, run.start, run.end);
    yield run;
  }
  // Named organs (江渚海关长江江渚海事局), unless a run of one level's organs already covers them (清河县税务局清河县公安局).
  for (const run of namedRuns(text, segments)) if (!covered || !covered.subarray(run.start, run.end).includes(1)) yield run;
}

/** The lists of organs of one level, or of one place written again, or a pair with its second level left out. */
function* levelRuns(text: string, segments: Parameters<typeof matchProse>[1], zhouPlace: (at: number) => boolean): Generator<OrganRun> {
  for (const { start, end, match } of matchProseAt(text, segments, RUN_AT, runStarts)) {
    const level = match[1]!;
    const organs = isLevelAt(text, start, level, zhouPlace) ? splitOrgans(match[0], level) : undefined;
    if (!organs) continue;
    // 县公安局县城派出所: the organ and its own unit, named by the county seat (one name, no 顿号).
    if (organs.slice(1).some((o) => placeNounUnit(o, level))) continue;
    // 县委县直机关工委、市委市直机关工作委员会: the party committee's own work committee for the organs directly under its
    // level (县直、市直), one organ whose name opens with the committee's; not two organs.
    if (organs.slice(1).some((o, n) => o.startsWith(`${level}直`) && PARTY_COMMITTEE.test(organs[n]!.slice(level.length)))) continue;
    // 县委县政府办公室: one joint office (the office is of both), not 县委 and 县政府办公室.
    const last = organs[organs.length - 1]!.slice(level.length);
    if (ORGAN_OFFICE.test(last) && organs.some((o) => !HAS_OFFICE.test(o))) continue;
    yield { start, end, organs, joins: organs.slice(1).map(() => '、') };
  }
  for (const { start, end, match } of placeWrittenAgain(text) ? matchProseAt(text, segments, FULL_RUN_AT, fullRunStarts) : []) {
    const place = match[1]!;
    const level = match[2]!;
    // Cut at each repetition of the place's full name, then read each piece as level + organ.
    const pieces = match[0].split(place + level).slice(1);
    if (pieces.some((p) => !cachedOrganOnly(level).test(p))) continue;
    const organs = pieces.map((p) => place + level + p);
    // 云溪县公安局云溪县城派出所: the organ and its own unit in the county seat.
    if (pieces.slice(1).some((p) => placeNounUnit(level + p, level))) continue;
    const last = pieces[pieces.length - 1]!;
    if (ORGAN_OFFICE.test(last) && pieces.some((p) => !HAS_OFFICE.test(p))) continue;
    yield { start, end, organs, joins: organs.slice(1).map(() => '、') };
  }
  for (const { start, end, match } of matchProse(text, segments, ELIDED)) {
    const level = (match[1] ?? match[4] ?? match[7])!;
    // 党工委管委会 only ever names a zone's two organs, so any 区 before it is the zone's (工业园区、景区党工委管委会).
    const zone = match[2] === '党工委' && match[3] === '管委会';
    if (!zone && !isLevelAt(text, start, level, zhouPlace)) continue;
    const first = level + (match[2] ?? match[5] ?? match[8])!;
    // The fix writes the second organ's level (乡党委政府 → 乡党委、乡政府), or only the 顿号 (乡党委、政府): both are in
    // use. A zone's 党工委管委会 takes the 顿号 alone (高新区党工委、管委会: 区管委会 is no name); so, first, does a
    // community's 居委会 (社区党委、居委会, the usual form; 社区党委、社区居委会 second).
    const second = (match[3] ?? match[6] ?? match[9])!;
    if (second === '管委会') yield { start, end, organs: [first, second], joins: ['、'] };
    else if (match[7]) yield { start, end, organs: [first, second], joins: ['、'], bare: [`、${level}`] };
    else yield { start, end, organs: [first, second], joins: [`、${level}`], bare: ['、'] };
  }
}

export const organList = defineRule({
  id: 'organ-list',
  name: { zh: '机关连写', en: 'Organs run together' },
  category: 'punctuation',
  severity: 'warning',
  fixable: 'confirm',
  description: {
    zh: '并列的机关名称之间要用顿号：“市委市政府”→“市委、市政府”，“县公安局县交通运输局”→“县公安局、县交通运输局”，“乡党委政府”→“乡党委、乡政府”。',
    en: 'Coordinated organs are separated by 、: 市委市政府 → 市委、市政府, 县公安局县交通运输局 → 县公安局、县交通运输局, 乡党委政府 → 乡党委、乡政府.',
  },
  messages: {
    runTogether: {
      zh: '“{run}”是并列的机关名称，中间应加顿号，写作“{fixed}”。',
      en: '“{run}” runs coordinated organs together; separate them with 、: “{fixed}”.',
    },
    fixList: { zh: '改为“{fixed}”', en: 'Change to “{fixed}”' },
  },
  check(ctx) {
    const { draft } = ctx;
    const { text } = draft;
    // Matched on the reading (traditional read as simplified, same offsets); the message shows the text as written.
    const reading = readingText(draft, ctx.config);
    const segments = [...draft.titleSegments, ...draft.paragraphSegments.flat()];
    const unit = draft.meta.unit ?? ctx.config.unit ?? '';
    const zhouPlace = (at: number) => zhouPlaceAt(ctx.lexicon, reading, at, unit);
    for (const { start, end, organs, joins, bare } of organRuns(reading, segments, zhouPlace)) {
      if (ctx.isExcluded(start, end) || ctx.isQuoted(start, end) || GOES_ON.test(reading.slice(end, end + 4))) continue;
      const written = (k: number) => text.substr(organStart(k), organs[k]!.length);
      const organStart = (k: number) => start + organs.slice(0, k).reduce((n, o) => n + o.length, 0);
      const fixOf = (js: readonly string[]) => {
        let fixed = written(0);
        const edits = [];
        for (const [k, join] of js.entries()) {
          // 、 and, for an organ written without its level, the level (in the draft's script: 乡, not 鄉).
          const at = organStart(k + 1);
          edits.push({ start: at, end: at, text: join });
          fixed += join + written(k + 1);
        }
        return { messageId: 'fixList' as const, data: { fixed }, safe: false, edits };
      };
      const first = fixOf(joins);
      const run = text.slice(start, end);
      ctx.report({ start, end, messageId: 'runTogether', data: { run, fixed: first.data.fixed }, fixes: [first, ...(bare ? [fixOf(bare)] : [])] });
    }
  },
});
