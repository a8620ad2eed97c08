import { describe, expect, it } from 'vitest';
import { messagesOf } from '../helpers.js';

const R = 'emergency-deadline';
const doc = (fm: string, kind = '紧急-首报') => `---\n类型: ${kind}\n${fm}---\n\n# 南岭县石门镇发生山体塌方\n\n正文。\n`;

describe('emergency-deadline', () => {
  it('fires when the first report comes later than the limit, pointing at 报送时间', () => {
    const text = doc('事发时间: 2026-11-19 15:20\n报送时间: 2026-11-20 09:40\n');
    const [m] = messagesOf(R, text);
    expect(text.slice(m!.start, m!.end)).toBe('报送时间');
    expect(m!.severity).toBe('warning');
    expect(m!.message).toBe('报送时间距事发时间18小时20分，超过4小时的报送时限，请核对时间；确属迟报的，应在正文中说明原因。');
  });

  it('reads the usual ways of writing a time', () => {
    for (const [a, b] of [
      ['2026-11-19 15:20', '2026-11-19 20:00'],
      ['2026-11-19T15:20', '2026-11-19T19:21'],
      ['2026年11月19日15时20分', '2026年11月19日19时40分'],
      ['2026/11/19 15:20', '2026年11月20日0时'],
    ]) {
      expect(messagesOf(R, doc(`事发时间: ${a}\n报送时间: ${b}\n`))).toHaveLength(1);
    }
  });

  it('does not fire within the limit, and follows the option', () => {
    expect(messagesOf(R, doc('事发时间: 2026-11-19 15:20\n报送时间: 2026-11-19 17:05\n'))).toEqual([]);
    expect(messagesOf(R, doc('事发时间: 2026-11-19 15:20\n报送时间: 2026-11-19 19:20\n'))).toEqual([]);
    const late = doc('事发时间: 2026-11-19 15:20\n报送时间: 2026-11-19 17:05\n');
    expect(messagesOf(R, late, { config: { rules: { [R]: { hours: 1 } } } })).toHaveLength(1);
  });

  it('says which key to fill when a time is missing or unreadable', () => {
    const missing = messagesOf(R, doc('事发时间: 2026-11-19 15:20\n'));
    expect(missing.map((m) => [m.severity, m.message.slice(0, 13)])).toEqual([['info', '前置信息缺少“报送时间”，']]);
    const bad = doc('事发时间: 昨天下午\n报送时间: 2026-11-19 17:05\n');
    const [m] = messagesOf(R, bad);
    expect(bad.slice(m!.start, m!.end)).toBe('事发时间');
    expect(m!.message).toContain('无法识别');
  });

  it('flags a report time before the event', () => {
    const [m] = messagesOf(R, doc('事发时间: 2026-11-19 15:20\n报送时间: 2026-11-19 14:05\n'));
    expect(m!.message).toContain('早于');
  });

  it('leaves a 续报 or 终报 alone unless the previous report time is given, then measures from it', () => {
    for (const kind of ['紧急-续报', '紧急-终报']) {
      // A follow-up the next morning is normal: no deadline, no request for times.
      expect(messagesOf(R, doc('事发时间: 2026-11-19 15:20\n报送时间: 2026-11-20 09:40\n', kind))).toEqual([]);
      expect(messagesOf(R, doc('', kind))).toEqual([]);
      // Measured from the previous report: 2 h 35 min is within the limit, 16 h 35 min is not.
      expect(messagesOf(R, doc('事发时间: 2026-11-19 15:20\n上次报送时间: 2026-11-20 07:05\n报送时间: 2026-11-20 09:40\n', kind))).toEqual([]);
      const late = doc('事发时间: 2026-11-19 15:20\n上次报送时间: 2026-11-19 17:05\n报送时间: 2026-11-20 09:40\n', kind);
      const [m] = messagesOf(R, late);
      expect(late.slice(m!.start, m!.end)).toBe('报送时间');
      expect(m!.message).toBe('报送时间距上次报送16小时35分，超过4小时的续报时限，请核对时间；确属迟报的，应在正文中说明原因。');
      expect(messagesOf(R, doc('previous: 2026-11-20 10:00\nreported: 2026-11-20 09:40\n', kind))[0]!.message).toContain('早于上次报送时间');
      expect(messagesOf(R, doc('上次报送时间: 2026-11-20 07:05\n', kind)).map((x) => x.message.slice(0, 13))).toEqual(['前置信息缺少“报送时间”，']);
    }
  });

  it('runs only for emergency kinds', () => {
    expect(messagesOf(R, doc('', '动态'))).toEqual([]);
  });
});

describe('emergency-deadline: a time without its year', () => {
  it('takes the year of the other time, else of 日期', () => {
    expect(messagesOf(R, doc('事发时间: 2026-11-19 16:10\n报送时间: 11月19日18时40分\n'))).toEqual([]);
    expect(messagesOf(R, doc('日期: 2026-11-19\n事发时间: 11月19日7时50分\n报送时间: 11月19日 10:30\n'))).toEqual([]);
    const late = doc('事发时间: 2026-11-19 07:50\n报送时间: 11月19日18时40分\n');
    const [m] = messagesOf(R, late);
    expect(m!.message).toContain('10小时50分');
  });

  it('reads 1月1日 after 12月31日 in the next year', () => {
    expect(messagesOf(R, doc('事发时间: 2026-12-31 22:40\n报送时间: 1月1日1时20分\n'))).toEqual([]);
  });

  it('still asks for a time it cannot read, or a year-less one with no year to borrow', () => {
    expect(messagesOf(R, doc('事发时间: 2026-11-19 07:50\n报送时间: 当天上午\n'))[0]!.message).toContain('无法识别');
    expect(messagesOf(R, doc('事发时间: 11月19日7时50分\n报送时间: 11月19日9时\n'))[0]!.message).toContain('无法识别');
  });
});
