/**
 * No path of the checking machine in any report (issue 20 §12, issue 15 §6): the SARIF log (helpUri, file URIs,
 * %SRCROOT%, notifications) and the HTML and CSV review reports, for drafts inside and outside the working folder
 * and a configuration file above it.
 */
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileUri } from '../../src/cli/formats.js';
import { main } from '../../src/cli/main.js';
import { checkedFolders, portablePaths } from '../../src/review/index.js';

const root = join(__dirname, '..', '..');
const schema = JSON.parse(readFileSync(join(root, 'test', 'fixtures', 'sarif-schema-2.1.0.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validateSarif = ajv.compile(schema);

async function run(args: string[], cwd: string) {
  let out = '';
  let err = '';
  const code = await main(args, { out: (s) => (out += s), err: (s) => (err += s), color: false, cwd, progress: false });
  return { code, out, err };
}

const DRAFT = '---\n类型: 动态\n---\n\n# 清河县完成秋粮收购\n\n2026年11月，清河县完成秋粮收购12.6万吨,仓容充足。\n';

describe('reports carry no path of the checking machine', () => {
  // base/.xinxirc.yaml (a problem in it), base/work/ (the working folder) with drafts/a.md, base/外部/收稿/b.md.
  let base: string;
  let work: string;
  beforeAll(() => {
    base = realpathSync(mkdtempSync(join(tmpdir(), 'xinxi-paths-')));
    work = join(base, 'work');
    mkdirSync(join(work, 'drafts'), { recursive: true });
    mkdirSync(join(base, '外部', '收稿'), { recursive: true });
    writeFileSync(join(base, '.xinxirc.yaml'), 'rules:\n  no-such-rule: error\n');
    writeFileSync(join(work, 'drafts', 'a.md'), DRAFT);
    writeFileSync(join(base, '外部', '收稿', 'b.md'), DRAFT);
    writeFileSync(join(base, '外部', '收稿', 'bin.md'), Buffer.from([0x23, 0x20, 0x00, 0x01]));
  });

  const machinePaths = () => [base, work, homedir(), root].filter((p) => p.length > 1);

  it('SARIF: no file: URI, no helpUri to the install, no absolute path; files outside %SRCROOT% are relative to their own base', async () => {
    const r = await run(['check', '--format', 'sarif', 'drafts', join(base, '外部', '收稿')], work);
    const text = r.out;
    const log = JSON.parse(text);
    expect(validateSarif(log), JSON.stringify(validateSarif.errors)).toBe(true);
    expect(text).not.toMatch(/file:/);
    for (const p of machinePaths()) expect(text).not.toContain(p);
    const run0 = log.runs[0];
    for (const rule of run0.tool.driver.rules) expect(rule.helpUri === undefined || /^https:\/\//.test(rule.helpUri)).toBe(true);
    const locations = run0.results.map((x: any) => { const { uri, uriBaseId } = x.locations[0].physicalLocation.artifactLocation; return { uri, uriBaseId }; });
    expect(locations).toContainEqual({ uri: 'drafts/a.md', uriBaseId: '%SRCROOT%' });
    expect(locations).toContainEqual({ uri: `${encodeURIComponent('收稿')}/b.md`, uriBaseId: 'OUTSIDE_SRCROOT' });
    expect(Object.keys(run0.originalUriBaseIds).sort()).toEqual(['%SRCROOT%', 'OUTSIDE_SRCROOT']);
    for (const b of Object.values(run0.originalUriBaseIds) as any[]) expect(b.uri).toBeUndefined();
    // The unreadable file and the configuration problem are named without the machine's folders.
    const inv = run0.invocations[0];
    expect(inv.toolExecutionNotifications[0].message.text).toMatch(/^收稿\/bin\.md：/);
    expect(inv.toolConfigurationNotifications.length).toBeGreaterThan(0);
    expect(inv.toolConfigurationNotifications[0].message.text).toMatch(/^\.\.\/\.xinxirc\.yaml（rules\.no-such-rule）：/);
  });

  it('HTML and CSV review reports name the checked folders, not the working folder, and no absolute path', async () => {
    await run(['check', '--report', 'out/report.html', 'drafts', join(base, '外部', '收稿')], work);
    await run(['check', '--report', 'out/report.csv', 'drafts', join(base, '外部', '收稿')], work);
    const html = readFileSync(join(work, 'out', 'report.html'), 'utf8');
    const csv = readFileSync(join(work, 'out', 'report.csv'), 'utf8');
    expect(html).toContain('检查的文件夹：drafts/、收稿/');
    for (const text of [html, csv]) {
      expect(text).not.toMatch(/file:/);
      for (const p of machinePaths()) expect(text).not.toContain(p);
    }
    // Inside the working folder the row links to the draft, relative to the report.
    expect(html).toContain('<a href="../drafts/a.md" data-file="drafts/a.md"');
  });

  it('files outside that share only the root: each group from its own last folder (audit 15-20 §7)', async () => {
    // One folder under the system's temporary folder, one under a folder whose first component differs from it (the
    // project's artifacts/, or /var/tmp, /dev/shm, the home folder when the clone itself lives in the temporary
    // folder): they share only `/`, wherever the clone is.
    const top = (p: string) => p.split('/')[1];
    const place = [join(root, 'artifacts'), '/var/tmp', '/dev/shm', homedir()].find((d) => {
      try {
        mkdirSync(d, { recursive: true });
        return top(realpathSync(d)) !== top(base);
      } catch {
        return false;
      }
    });
    if (!place) return; // no folder outside the temporary folder's tree can be written on this machine
    const other = realpathSync(mkdtempSync(join(place, 'xinxi-paths-')));
    try {
      mkdirSync(join(other, '报送'), { recursive: true });
      writeFileSync(join(other, '报送', 'c.md'), DRAFT);
      const named = [join(base, '外部', '收稿'), join(other, '报送')];
      const sarifLog = (await run(['check', '--format', 'sarif', ...named], work)).out;
      // Not even without the leading slash (the audit saw `tmp/xinxi-paths-…/外部/收稿/b.md`).
      const leaks = [...machinePaths(), ...[base, other].map((p) => p.replace(/^\//, ''))];
      for (const p of leaks) expect(sarifLog).not.toContain(p);
      const uris = JSON.parse(sarifLog).runs[0].results.map((x: any) => decodeURIComponent(x.locations[0].physicalLocation.artifactLocation.uri));
      expect(new Set(uris)).toEqual(new Set(['收稿/b.md', '报送/c.md']));
      await run(['check', '--report', 'out/spread.html', ...named], work);
      const html = readFileSync(join(work, 'out', 'spread.html'), 'utf8');
      expect(html).toContain('检查的文件夹：报送/、收稿/');
      for (const p of leaks) expect(html).not.toContain(p);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
    const p = portablePaths(['/tmp/aa-rep/drafts/a.md', '/tmp/aa-rep/drafts/sub/b.md', '/home/zhang/收稿/c.md', '/x.md']);
    expect(['/tmp/aa-rep/drafts/a.md', '/tmp/aa-rep/drafts/sub/b.md', '/home/zhang/收稿/c.md', '/x.md'].map(p.shown)).toEqual(['drafts/a.md', 'drafts/sub/b.md', '收稿/c.md', 'x.md']);
    // Two files that would read the same show one more folder each.
    const same = portablePaths(['/srv/a/drafts/x.md', '/home/b/drafts/x.md']);
    expect([same.shown('/srv/a/drafts/x.md'), same.shown('/home/b/drafts/x.md')]).toEqual(['a/drafts/x.md', 'b/drafts/x.md']);
    const win = portablePaths(['C:\\Users\\zhang\\收稿\\a.md', 'C:\\Data\\报送\\b.md', 'D:\\来稿\\c.md']);
    expect(['C:\\Users\\zhang\\收稿\\a.md', 'C:\\Data\\报送\\b.md', 'D:\\来稿\\c.md'].map(win.shown)).toEqual(['收稿/a.md', '报送/b.md', '来稿/c.md']);
  });

  it('portablePaths keeps the last common folder of outside files; fileUri never gives an absolute URI', () => {
    const p = portablePaths(['/home/zhang/收稿/乡镇/a.md', '/home/zhang/收稿/部门/b.md', 'in/c.md']);
    expect(p.shown('/home/zhang/收稿/乡镇/a.md')).toBe('收稿/乡镇/a.md');
    expect(p.shown('in/c.md')).toBe('in/c.md');
    expect(portablePaths(['/only/one/x.md']).shown('/only/one/x.md')).toBe('one/x.md');
    expect(fileUri('/home/zhang/秘密/x.md')).toEqual({ uri: `${encodeURIComponent('秘密')}/x.md`, uriBaseId: 'OUTSIDE_SRCROOT' });
    expect(fileUri('a b/x.md')).toEqual({ uri: 'a%20b/x.md', uriBaseId: '%SRCROOT%' });
    expect(checkedFolders(['x.md', 'sub/y.md', 'other/z/w.md'])).toEqual(['./']);
    expect(checkedFolders(['drafts/a/x.md', 'drafts/a/b/y.md', 'more/z.md'])).toEqual(['drafts/a/', 'more/']);
  });
});
