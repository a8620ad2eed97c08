import { readFileSync } from 'node:fs';
import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { dictionary } from '../../src/core/lexicon/dictionary.js';
import { readingTable } from '../../src/core/lexicon/pinyin.js';
import {
  charsWithReading,
  confusionCodes,
  confusionSet,
  hasPrefix,
  idioms,
  isCommonChar,
  isIdiom,
  isWord,
  lexiconStatus,
  lookAlikes,
  lookAlikeTable,
  lookup,
  lookupRange,
  markTone,
  nameShare,
  parseLookAlikeGroups,
  parseSimilarSounds,
  readings,
  segment,
  similarSyllables,
  splitSyllable,
  wordFreq,
  wordsWithPrefix,
  wordVariants,
} from '../../src/core/lexicon/index.js';

// This block runs first (vitest keeps the order within a file, and each file has its own module instances).
describe('lexicon: lazy, single load', () => {
  it('importing decodes nothing; the first lookup decodes once; later calls reuse it', () => {
    expect(lexiconStatus()).toMatchObject({ loaded: false, loads: 0, words: 348982 });
    expect(isWord('安排')).toBe(true);
    const after = lexiconStatus();
    expect(after).toMatchObject({ loaded: true, loads: 1 });
    expect(after.loadMs).toBeGreaterThan(0);
    segment('截至目前，全县已完成秋粮收购。');
    lookup('截至');
    wordsWithPrefix('再接');
    idioms();
    expect(lexiconStatus().loads).toBe(1);
    expect(dictionary()).toBe(dictionary());
    expect(lexiconStatus().sources.join(' ')).toMatch(/nodejieba@3\.5\.8.*jieba\.dict\.utf8.*pinyin-pro@/);
  });
});

describe('lexicon: dictionary', () => {
  it('keeps the followers tables at their filled length, not the word count', () => {
    const f = dictionary().followers;
    expect(f.two.buffer.byteLength).toBe(f.two.length * 2);
    expect(f.twoWord.buffer.byteLength).toBe(f.twoWord.length * 4);
    expect(f.longer.buffer.byteLength).toBe(f.longer.length * 2);
    expect(f.twoWord.length).toBeLessThan(dictionary().size);
  });

  it('holds jieba\'s 348,982 words, each found again by lookup (sorted table, binary search)', () => {
    const d = dictionary();
    expect(d.size).toBe(348982);
    const seen = new Set<string>();
    const bad: string[] = [];
    let prev = '';
    for (let j = 0; j < d.size; j++) {
      const w = d.word(j);
      if (!(w > prev) || d.indexOf(w) !== j) bad.push(`${j}:${w}`);
      seen.add(w);
      prev = w;
    }
    expect(bad).toEqual([]);
    expect(seen.size).toBe(d.size);
  });

  it('gives frequency and part of speech: exact up to 40, within 3.6% above (raw counts from jieba.dict.utf8)', () => {
    const raw: [string, number, string][] = [
      ['的', 318825, 'uj'], ['安排', 7836, 'v'], ['截至', 1780, 'v'], ['截止', 2547, 'v'], ['必须', 21884, 'd'],
      ['必需', 1273, 'v'], ['共同', 10510, 'd'], ['提高', 16882, 'v'], ['再接再厉', 115, 'i'], ['再接再励', 3, 'l'],
      ['按排', 3, 'v'], ['迫不及待', 303, 'i'], ['一如既往', 209, 'i'], ['B超', 3, 'n'], ['C++', 3, 'nz'], ['T恤', 4, 'n'],
    ];
    for (const [word, freq, pos] of raw) {
      const info = lookup(word);
      expect(info?.pos, word).toBe(pos);
      if (freq <= 40) expect(info?.freq, word).toBe(freq);
      else expect(Math.abs(info!.freq - freq) / freq, word).toBeLessThanOrEqual(0.0365);
    }
    expect(wordFreq('按排')).toBe(3);
    expect(wordFreq('不是一个词语吧')).toBe(0);
  });

  it('answers lookups for non-words, empty strings and ranges', () => {
    expect(lookup('清河县农业农村局')).toBeUndefined();
    expect(isWord('')).toBe(false);
    expect(isWord('安')).toBe(true);
    expect(isWord('㐀㐀')).toBe(false);
    expect(isWord('A')).toBe(false);
    const text = '请按照计划安排工作';
    expect(lookupRange(text, 5, 7)).toMatchObject({ pos: 'v' });
    expect(lookupRange(text, 5, 6)).toMatchObject({ pos: 'v' }); // 安
    expect(lookupRange(text, 4, 6)).toBeUndefined(); // 划安
    expect(lookupRange(text, 7, 7)).toBeUndefined();
    expect(lookupRange(text, -1, 3)).toBeUndefined();
    expect(lookupRange(text, 8, 20)).toBeUndefined();
  });

  it('searches by prefix, in dictionary or frequency order', () => {
    expect(wordsWithPrefix('再接')).toEqual(['再接再励', '再接再历', '再接再厉']);
    expect(wordsWithPrefix('再接', { order: 'freq' })[0]).toBe('再接再厉');
    expect(wordsWithPrefix('安排', { limit: 3 })).toEqual(wordsWithPrefix('安排').slice(0, 3));
    expect(wordsWithPrefix('安排', { limit: 3 })).toHaveLength(3);
    expect(wordsWithPrefix('安排')[0]).toBe('安排');
    expect(wordsWithPrefix('安排').every((w) => w.startsWith('安排'))).toBe(true);
    expect(wordsWithPrefix('的地得之')).toEqual([]);
    expect(wordsWithPrefix('')).toEqual([]);
    expect(hasPrefix('再接再')).toBe(true);
    expect(hasPrefix('再接再X')).toBe(false);
    expect(hasPrefix('')).toBe(true);
  });

  it('counts the share of name words (persons, places) among the words holding a character', () => {
    // Against a count over the raw table: the words holding the character, and those tagged nr, nrt, nrfg or ns.
    const d = dictionary();
    const byCount = (ch: string) => {
      const names = new Set(['nr', 'nrt', 'nrfg', 'ns']);
      let all = 0;
      let named = 0;
      for (let j = 0; j < d.size; j++) {
        let has = false;
        for (let k = d.offs[j]!; k < d.offs[j + 1]!; k++) if (d.chars[k] === ch.charCodeAt(0)) has = true;
        if (!has) continue;
        all++;
        if (names.has(d.posOf(j))) named++;
      }
      return all ? named / all : 0;
    };
    for (const ch of ['凯', '星', '掉', '江']) expect(nameShare(ch), ch).toBeCloseTo(byCount(ch), 10);
    expect(nameShare('凯')).toBeGreaterThan(0.8);
    expect(nameShare('掉')).toBe(0);
    expect(nameShare('')).toBe(0);
    expect(nameShare('凯星')).toBe(0);
    expect(nameShare('\u{1F600}'.charAt(0))).toBe(0);
  });
});

interface Case {
  text: string;
  tokens: string[];
}
const cases = (JSON.parse(readFileSync(new URL('./lexicon-jieba-cases.json', import.meta.url), 'utf8')) as { cases: Case[] }).cases;
const isHan = (c: string | undefined) => c !== undefined && /\p{Script=Han}/u.test(c);

describe('lexicon: segmentation', () => {
  it(`matches jieba (cut, HMM=False) on ${cases.length} sentences: every boundary between Han characters and every part of speech`, () => {
    expect(cases.length).toBeGreaterThanOrEqual(100);
    for (const { text, tokens } of cases) {
      const ref = tokens.map((t) => {
        const at = t.lastIndexOf('/');
        return { value: t.slice(0, at), pos: t.slice(at + 1) };
      });
      const mine = segment(text);
      // Boundaries between two Han characters.
      const bounds = (list: { value: string }[]) => {
        const out: number[] = [];
        let o = 0;
        for (const t of list) {
          o += t.value.length;
          if (isHan(text[o - 1]) && isHan(text[o])) out.push(o);
        }
        return out;
      };
      expect(bounds(mine), text).toEqual(bounds(ref));
      // The same Han words get the same part of speech.
      const refPos = new Map<string, string>();
      let o = 0;
      for (const t of ref) {
        if (isHan(t.value[0])) refPos.set(`${o}:${t.value}`, t.pos);
        o += t.value.length;
      }
      for (const t of mine) {
        const p = refPos.get(`${t.start}:${t.value}`);
        if (p !== undefined) expect(`${t.value}/${t.pos}`, text).toBe(`${t.value}/${p}`);
      }
    }
  });

  it('resolves the classic ambiguities by probability', () => {
    const cut = (s: string) => segment(s).map((t) => t.value).join('/');
    expect(cut('结婚的和尚未结婚的')).toBe('结婚/的/和/尚未/结婚/的');
    expect(cut('南京市长江大桥')).toBe('南京市/长江大桥');
    expect(cut('研究生命起源')).toBe('研究/生命/起源');
    expect(cut('他说的确实在理')).toBe('他/说/的/确实/在/理');
  });

  it('covers the range exactly with offsets into the text; numbers, Latin, symbols and spaces are tokens of their own', () => {
    const text = '前言：收购2.3万吨，占85%，1,200人次。５Ｇ和２０２４年 GDP增长3.5%　AT&T、B超𠀀~';
    const tokens = segment(text);
    let at = 0;
    for (const t of tokens) {
      expect(t.start).toBe(at);
      expect(t.value).toBe(text.slice(t.start, t.end));
      expect(t.end).toBeGreaterThan(t.start);
      at = t.end;
    }
    expect(at).toBe(text.length);
    const show = tokens.map((t) => `${t.value}|${t.kind}|${t.pos}`);
    for (const expected of [
      '2.3|number|m', '万吨|word|m', '85%|number|m', '1,200|number|m', '人次|word|n', '５Ｇ|latin|eng', '２０２４|number|m',
      ' |space|x', 'GDP|latin|eng', '3.5%|number|m', '　|space|x', 'AT&T|word|nz', '、|punct|x', 'B超|word|n', '𠀀|han|x',
      '~|punct|x', '：|punct|x',
    ]) {
      expect(show).toContain(expected);
    }
    expect(tokens.find((t) => t.value === '万吨')!.freq).toBeGreaterThan(0);
    expect(tokens.find((t) => t.value === 'GDP')!.freq).toBe(0);
  });

  it('segments a part of the text with absolute offsets, and clamps bad ranges', () => {
    const text = '会议要求，各乡镇必须认真地开展排查。';
    const part = segment(text, 5, 17);
    expect(part[0]!.start).toBe(5);
    expect(part[part.length - 1]!.end).toBe(17);
    expect(part.map((t) => t.value).join('/')).toBe('各乡镇/必须/认真/地/开展/排查');
    expect(part.find((t) => t.value === '地')!.pos).toBe('uv');
    expect(segment(text, 10, 10)).toEqual([]);
    expect(segment(text, 12, 3)).toEqual([]);
    expect(segment(text, -5, 2).map((t) => t.value)).toEqual(['会议']);
    expect(segment(text, 16, 999).map((t) => t.value)).toEqual(['查', '。']);
    expect(segment('')).toEqual([]);
  });

  it('keeps a typo visible: a stretch that is no word falls apart into known pieces', () => {
    const t = segment('全面推进乡村振兴').map((x) => x.value);
    expect(t).toEqual(['全面', '推进', '乡村', '振兴']);
    const typo = segment('全面推近乡村振兴').map((x) => x.value);
    expect(typo).toContain('推');
    expect(typo).toContain('近');
  });

  it('handles a long text in time proportional to its length (no quadratic path)', () => {
    const line = '截至目前，全县已完成秋粮收购2.3万吨，占计划的85%。';
    const text = line.repeat(2000);
    const tokens = segment(text);
    expect(tokens.length).toBe(segment(line).length * 2000);
    expect(tokens[tokens.length - 1]!.end).toBe(text.length);
  });
});

describe('lexicon: readings', () => {
  it('lists every reading of a character with and without tone, the usual one first', () => {
    expect(readings('中').map((r) => r.numbered)).toEqual(['zhong1', 'zhong4']);
    expect(readings('中')[0]).toEqual({ syllable: 'zhong', tone: 1, numbered: 'zhong1', marked: 'zhōng', rare: false });
    expect(readings('绿').map((r) => r.marked)).toEqual(['lǜ', 'lù']);
    expect(readings('的').map((r) => r.numbered)).toEqual(['de5', 'di4', 'di2', 'di1']);
    expect(readings('地').map((r) => `${r.numbered}${r.rare ? '*' : ''}`)).toEqual(['di4', 'de5']);
    expect(readings('她').map((r) => `${r.numbered}${r.rare ? '*' : ''}`)).toEqual(['ta1', 'jie3*']);
    expect(readings('A')).toEqual([]);
    expect(readings('')).toEqual([]);
  });

  it('agrees with pinyin-pro (the source) on every reading, numbered and marked, of the 3,000 most common characters', () => {
    const sample = [...readingTable().chars()].slice(0, 3000);
    expect(sample).toHaveLength(3000);
    expect(sample.indexOf('的')).toBeLessThan(50);
    expect(readingTable().rank('国')).toBeLessThan(readingTable().rank('藉'));
    expect(readingTable().rank('藉')).toBeGreaterThan(0);
    for (const c of sample) {
      const num = pinyin(c, { multiple: true, type: 'array', toneType: 'num' });
      const sym = pinyin(c, { multiple: true, type: 'array' });
      const expected = new Map<string, string>();
      num.forEach((r, i) => {
        if (/^[a-zü]+[0-4]$/.test(r) && !expected.has(r.replace(/0$/, '5'))) expected.set(r.replace(/0$/, '5'), sym[i]!);
      });
      expect(readings(c).map((r) => `${r.numbered} ${r.marked}`), c).toEqual([...expected].map(([n, m]) => `${n} ${m}`));
    }
  });

  it('marks tones by the rules (a, e, ou, else the last vowel; ü; syllabic n and m) and splits syllables', () => {
    expect(markTone('hao', 3)).toBe('hǎo');
    expect(markTone('gei', 3)).toBe('gěi');
    expect(markTone('zhou', 1)).toBe('zhōu');
    expect(markTone('gui', 4)).toBe('guì');
    expect(markTone('liu', 2)).toBe('liú');
    expect(markTone('lüe', 4)).toBe('lüè');
    expect(markTone('nü', 3)).toBe('nǚ');
    expect(markTone('ng', 2)).toBe('ńg');
    expect(markTone('m', 2)).toBe('ḿ');
    expect(markTone('de', 5)).toBe('de');
    expect(splitSyllable('zhong')).toEqual(['zh', 'ong']);
    expect(splitSyllable('yan')).toEqual(['y', 'an']);
    expect(splitSyllable('ang')).toEqual(['', 'ang']);
    expect(splitSyllable('ng')).toEqual(['', 'ng']);
  });

  it('finds similar syllables by the documented table, only syllables that exist', () => {
    expect(similarSyllables('lan')).toEqual(expect.arrayContaining(['nan', 'ran', 'lang']));
    expect(similarSyllables('zhi')).toEqual(['zi']);
    expect(similarSyllables('shen')).toEqual(expect.arrayContaining(['sen', 'sheng']));
    expect(similarSyllables('jin')).toEqual(['jing']);
    expect(similarSyllables('xian2')).toEqual(['xiang']);
    expect(similarSyllables('fei')).toEqual(['hei']);
    expect(similarSyllables('zhuan')).toEqual(expect.arrayContaining(['zuan', 'zhuang']));
    expect(similarSyllables('bo')).toEqual([]);
    expect(charsWithReading('zhi4')).toContain('至');
    expect(charsWithReading('zhi4')).not.toContain('止');
    expect(charsWithReading('zhi')).toContain('止');
    expect(charsWithReading('jie3')).not.toContain('她');
    expect(charsWithReading('jie3', { rare: true })).toContain('她');
  });

  it('reads the similar-sounds table strictly, with Chinese messages', () => {
    expect(() => parseSimilarSounds({ initials: [['n', 'l']] })).toThrow(/近音表缺少 finals/);
    expect(() => parseSimilarSounds({ initials: [['n']], finals: [] })).toThrow(/第 1 行/);
    expect(parseSimilarSounds({ initials: [['n', 'l', 'r']], finals: [['an', 'ang']] }).initials.get('l')).toEqual(['n', 'r']);
  });
});

describe('lexicon: look-alikes and confusion sets', () => {
  it('has a substantial curated look-alike table that parses without error', () => {
    const { groups } = lookAlikeTable();
    expect(groups.length).toBeGreaterThanOrEqual(300);
    const { errors } = parseLookAlikeGroups(
      (JSON.parse(JSON.stringify(lookAlikeTable().groups.map((g) => g.join(''))))) as unknown,
    );
    expect(errors).toEqual([]);
    for (const g of groups) for (const c of g) expect(readings(c).length, c).toBeGreaterThan(0);
    for (const [a, b] of [['己', '已'], ['已', '巳'], ['戌', '戍'], ['戍', '戊'], ['拨', '拔'], ['候', '侯'], ['辩', '辨'], ['辨', '辫'], ['崇', '祟'], ['籍', '藉']]) {
      expect(lookAlikes(a!), a).toContain(b);
      expect(lookAlikes(b!), b).toContain(a);
    }
    expect(lookAlikes('的')).toEqual([]);
  });

  it('reports bad look-alike entries in Chinese and keeps the good ones', () => {
    const { table, errors } = parseLookAlikeGroups({ groups: ['己已', '己', 'ab', 42, '己己', '拨、拔'] }, '团队形近字');
    expect(table.groups.map((g) => g.join(''))).toEqual(['己已', '拨拔']);
    expect(errors).toHaveLength(4);
    expect(errors[0]).toMatch(/^团队形近字 第 2 项/);
    expect(errors[3]).toMatch(/有重复的字/);
    expect(parseLookAlikeGroups(null).errors[0]).toMatch(/应有 groups 列表/);
  });

  it('gives the union of the sound-and-shape and the similar-sound sets as ascending codes (confusionCodes)', () => {
    // The same set as building both lists and merging them, for the common characters, the look-alikes' and others.
    const union = (c: string) => {
      const set = new Set([...confusionSet(c, { sound: true, shape: true }), ...confusionSet(c, { sound: false, similarSound: true, shape: false })]);
      set.delete(c);
      return [...set].filter((x) => x.length === 1).map((x) => x.charCodeAt(0)).sort((a, b) => a - b);
    };
    const chars = [...'己已候侯至蓝机截她的地得会议一〇A，'];
    for (let code = 0x4e00; code < 0x9fa6; code += 7) chars.push(String.fromCharCode(code));
    for (const c of chars) expect([...confusionCodes(c)]).toEqual(union(c));
    expect(confusionCodes('机')).toBe(confusionCodes('机')); // cached
    expect([...confusionCodes('机器')]).toEqual([]);
  });

  it('builds confusion sets by sound, similar sound and shape, most common first, without the character itself', () => {
    expect(confusionSet('己', { sound: false })).toEqual(['已', '巳']);
    const ji = confusionSet('己');
    expect(ji).toEqual(expect.arrayContaining(['已', '巳', '几', '机', '记', '纪']));
    expect(ji).not.toContain('己');
    expect(ji.indexOf('机')).toBeLessThan(ji.indexOf('玑'));
    expect(confusionSet('候', { sound: false })).toEqual(['侯']);
    expect(confusionSet('侯', { sound: false })).toEqual(expect.arrayContaining(['候', '喉', '猴']));
    expect(confusionSet('至', { shape: false, sameTone: true })).toEqual(expect.arrayContaining(['致', '制', '志']));
    expect(confusionSet('至', { shape: false, sameTone: true })).not.toContain('止');
    expect(confusionSet('至', { shape: false })).toContain('止');
    expect(confusionSet('须', { shape: false })).toContain('需');
    expect(confusionSet('蓝', { sound: false, shape: false })).toEqual([]);
    const near = confusionSet('蓝', { sound: false, shape: false, similarSound: true });
    expect(near).toEqual(expect.arrayContaining(['南', '难', '浪', '然']));
    expect(near).not.toContain('兰'); // same sound, not asked for
    expect(confusionSet('截', { shape: false })).not.toContain('她'); // a rare reading (jiě)
    expect(confusionSet('截', { shape: false, rare: true })).toContain('她');
    expect(confusionSet('机').every((c) => isCommonChar(c))).toBe(true);
    expect(confusionSet('机', { common: false }).some((c) => !isCommonChar(c))).toBe(true);
    expect(confusionSet('机', { limit: 5 })).toHaveLength(5);
    expect(confusionSet('机', { limit: 5 })).toEqual(confusionSet('机').slice(0, 5));
    expect(Object.isFrozen(confusionSet('机'))).toBe(true);
    expect(confusionSet('机器')).toEqual([]);
    expect(confusionSet('')).toEqual([]);
    expect(confusionSet('A')).toEqual([]);
  });
});

describe('lexicon: one-character variants (for typo detection)', () => {
  it('finds the frequent word one confusable character away, most frequent first', () => {
    const best = (w: string, options = {}) => wordVariants(w, options)[0];
    expect(best('再接再励')).toMatchObject({ word: '再接再厉', at: 3, from: '励', to: '厉', pos: 'i' });
    expect(best('按排')).toMatchObject({ word: '安排', at: 0, from: '按', to: '安', pos: 'v' });
    expect(best('必需')).toMatchObject({ word: '必须', to: '须' });
    expect(best('截止')).toMatchObject({ word: '截至', to: '至' });
    expect(best('迫不急待')).toMatchObject({ word: '迫不及待', pos: 'i' });
    expect(best('推近')).toMatchObject({ word: '推进' });
    expect(best('布署')).toMatchObject({ word: '部署' });
    const v = wordVariants('截止');
    expect(v.map((x) => x.freq)).toEqual([...v.map((x) => x.freq)].sort((a, b) => b - a));
    expect(v.every((x) => x.word !== '截止')).toBe(true);
    expect(wordVariants('截止', { minFreq: 100 }).every((x) => x.freq >= 100)).toBe(true);
    expect(wordVariants('截止', { sound: false, shape: false })).toEqual([]);
    expect(wordVariants('')).toEqual([]);
    expect(wordVariants('这是一个很长很长很长很长很长的句子')).toEqual([]);
  });
});

describe('lexicon: idioms', () => {
  it('lists jieba\'s idioms (tag i) and, on request, its fixed expressions (tag l)', () => {
    const four = idioms({ length: 4 });
    expect(four.length).toBe(22192);
    expect(four).toContain('再接再厉');
    expect(four).not.toContain('再接再励'); // tagged l in jieba
    expect(four.every((w) => w.length === 4)).toBe(true);
    expect(idioms().length).toBe(25583);
    expect(idioms({ phrases: true }).length).toBe(25583 + 17721);
    expect(isIdiom('一如既往')).toBe(true);
    expect(isIdiom('一般来说')).toBe(false);
    expect(isIdiom('一般来说', { phrases: true })).toBe(true);
    expect(isIdiom('安排')).toBe(false);
    expect(isIdiom('一如既往', { length: 5 })).toBe(false);
    expect(idioms({ length: 4 })).toBe(idioms({ length: 4 }));
  });
});
