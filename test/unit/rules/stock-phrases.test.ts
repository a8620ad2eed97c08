import { describe, expect, it } from 'vitest';
import { draft, flagged, messagesOf } from '../helpers.js';

const id = 'stock-phrases';

describe('stock-phrases', () => {
  it('gives a hint per stock phrase at info, without a fix', () => {
    const text = draft('县委高度重视秋粮收购，精心组织12个工作组下乡。');
    const messages = messagesOf(id, text);
    expect(messages.map((m) => text.slice(m.start, m.end))).toEqual(['高度重视', '精心组织']);
    expect(messages.every((m) => m.severity === 'info' && m.fixes.length === 0)).toBe(true);
    expect(messages[0]!.message).toContain('套话');
  });

  it('warns once when more than 3 fall within 500 characters', () => {
    const text = draft('县委高度重视，精心组织，周密部署，狠抓落实，取得显著成效，力争再上新台阶。');
    const messages = messagesOf(id, text);
    const warnings = messages.filter((m) => m.severity === 'warning');
    expect(messages.filter((m) => m.severity === 'info')).toHaveLength(6);
    expect(warnings).toHaveLength(1);
    expect(text.slice(warnings[0]!.start, warnings[0]!.end)).toBe('高度重视，精心组织，周密部署，狠抓落实，取得显著成效，力争再上新台阶');
    expect(warnings[0]!.message).toContain('6处');
  });

  it('does not warn when the phrases are spread out', () => {
    const filler = '全县收购粮食12万吨，其中小麦5万吨、玉米7万吨。'.repeat(12);
    const text = draft(`县委高度重视。${filler}精心组织。${filler}周密部署。${filler}狠抓落实。`);
    expect(messagesOf(id, text).filter((m) => m.severity === 'warning')).toEqual([]);
  });

  it('takes density, per and extra phrases from options', () => {
    const config = { rules: { [id]: { density: 1, per: 100, extra: ['全力以赴'] } } };
    const text = draft('县委全力以赴，高度重视。');
    const messages = messagesOf(id, text, { config });
    expect(messages.filter((m) => m.severity === 'info').map((m) => text.slice(m.start, m.end))).toEqual(['全力以赴', '高度重视']);
    expect(messages.filter((m) => m.severity === 'warning')).toHaveLength(1);
  });

  it('does not fire in quotations, titles of documents or accepted terms', () => {
    expect(flagged(id, draft('会议强调“高度重视”四个字，学习《关于狠抓落实的意见》。'))).toEqual([]);
    expect(flagged(id, draft('县委高度重视。'), { config: { terms: { accepted: ['高度重视'] } } })).toEqual([]);
    expect(flagged(id, draft('重视程度高，组织精心。'))).toEqual([]);
  });
});
