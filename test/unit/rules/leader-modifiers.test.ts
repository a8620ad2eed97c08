import { describe, expect, it } from 'vitest';
import { draft, fixedBy, flagged, messagesOf } from '../helpers.js';

const id = 'leader-modifiers';

describe('leader-modifiers', () => {
  it('fires on 亲自 before routine activities and on 隆重召开', () => {
    const text = draft('县长亲自主持会议，分管副县长亲自部署秋粮收购。全县秋粮收购推进会隆重召开。');
    expect(flagged(id, text)).toEqual(['亲自主持', '亲自部署', '隆重召开']);
    const [m] = messagesOf(id, text);
    expect(m!.severity).toBe('info');
    expect(m!.fixes[0]!.safe).toBe(false);
  });

  it('removes the modifier on confirmation', () => {
    const text = draft('县长亲自主持会议。推进会隆重召开。');
    expect(fixedBy(id, text)).toBe(text);
    expect(fixedBy(id, text, { unsafe: true })).toBe(draft('县长主持会议。推进会召开。'));
  });

  it('leaves requirements, fixed formulas and solemn occasions alone', () => {
    const ok = [
      '主要负责同志要亲自部署、亲自过问。',
      '习近平总书记亲自谋划、亲自部署、亲自推动。',
      '各乡镇党委书记必须亲自抓。',
      '县第十五次党代会隆重召开。',
      '庆祝建党105周年大会隆重举行。',
      '他亲自下田查看墒情。',
      '会议在县委礼堂召开。',
    ];
    for (const body of ok) expect(flagged(id, draft(body)), body).toEqual([]);
  });

  it('skips quotations', () => {
    expect(flagged(id, draft('报道称“县长亲自主持会议”。'))).toEqual([]);
  });
});
