import { describe, expect, it } from 'vitest';
import { draft, fixedBy, flagged, messagesOf } from '../helpers.js';

const id = 'colloquial';

describe('colloquial', () => {
  it('fires on spoken and dialect words', () => {
    expect(flagged(id, draft('咱们把这事儿搞定，效果挺好，参与的人蛮多，有啥困难咋办。'))).toEqual([
      '咱们',
      '这事儿',
      '搞定',
      '挺好',
      '蛮多',
      '啥',
      '咋',
    ]);
  });

  it('offers the written form as a fix to confirm', () => {
    const text = draft('咱们把这事儿搞定，效果挺好，有啥困难。');
    const [m] = messagesOf(id, text);
    expect(m!.severity).toBe('warning');
    expect(m!.fixes[0]!.safe).toBe(false);
    expect(fixedBy(id, text)).toBe(text);
    expect(fixedBy(id, text, { unsafe: true })).toBe(draft('我们把这件事完成，效果很好，有什么困难。'));
  });

  it('leaves 咱们镇、咱们县… to self-reference: no fix ever turns 咱们镇 into the self-reference 我们镇', async () => {
    const { fixedAll } = await import('../helpers.js');
    const text = draft('咱们镇共收购秋粮，咱们乡亲都满意，俺们县也已完成。');
    expect(flagged(id, text)).toEqual(['咱们']);
    expect(flagged('self-reference', text)).toEqual(['咱们镇', '俺们县']);
    const fixed = fixedAll(text, { unsafe: true });
    expect(fixed).not.toMatch(/我们镇|我们县/);
    expect(fixed).toBe(draft('咱们镇共收购秋粮，我们乡亲都满意，清河县也已完成。'));
  });

  it('leaves 挺 and 蛮 in ordinary words alone', () => {
    const ok = '部队挺进山区，松柏挺拔，他挺身而出，价格坚挺好于预期，制止野蛮施工和蛮横行为，令人咋舌，老百姓满意。';
    expect(flagged(id, draft(ok))).toEqual([]);
  });

  it('skips quotations and can ignore words', () => {
    expect(flagged(id, draft('群众说“咱们村变了样”。'))).toEqual([]);
    expect(flagged(id, draft('他晓得，咱们也晓得。'), { config: { rules: { [id]: { ignore: ['晓得'] } } } })).toEqual(['咱们']);
  });
});
