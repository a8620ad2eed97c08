/**
 * Every output names a kind by its one name (src/core/kinds.ts; gap 15-20 §11): a draft that writes 类型: 紧急-首报
 * (or 首报, 紧急信息首报) is reported as 紧急首报 in the CLI's stylish and JSON output, in SARIF and in the review
 * report (HTML and CSV), never in the writer's spelling.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folder, run } from './cli-helpers';

const draft = (kind: string) =>
  `---\n类型: ${kind}\n单位: 南岭县应急管理局\n事发时间: 2026-11-19 15:20\n报送时间: 2026-11-19 17:05\n---\n\n# 南岭县石门镇发生山体塌方\n\n2026年11月19日15时20分，南岭县石门镇柳坪村发生山体塌方，暂无人员伤亡，原因正在调查。\n`;

describe('kinds by their one name in every output', () => {
  it.each(['紧急-首报', '首报', '紧急信息首报', '紧急 首报'])('类型: %s → 紧急首报', async (written) => {
    const dir = folder({ '.xinxirc.yaml': '', 'a.md': draft(written) });
    const stylish = await run(['check', 'a.md'], dir);
    expect(stylish.out).toContain('类型：紧急首报（前置信息）');
    const json = JSON.parse((await run(['check', 'a.md', '--format', 'json'], dir)).out) as { kind: string }[];
    expect(json.map((f) => f.kind)).toEqual(['紧急首报']);
    const sarif = (await run(['check', 'a.md', '--format', 'sarif'], dir)).out;
    await run(['check', 'a.md', '--report', 'r.html'], dir);
    await run(['check', 'a.md', '--report', 'r.csv'], dir);
    const html = readFileSync(join(dir, 'r.html'), 'utf8');
    const csv = readFileSync(join(dir, 'r.csv'), 'utf8');
    expect(html).toContain('紧急首报');
    expect(csv).toContain('紧急首报');
    for (const out of [stylish.out, JSON.stringify(json), sarif, html, csv]) {
      expect(out).not.toContain('紧急-首报');
      expect(out).not.toContain('紧急 首报');
    }
  });
});
