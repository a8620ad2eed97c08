/**
 * Issue 20 §6: `extends` is read once per file and per run, merged once per file, and capped in depth and count
 * with a message naming the file that broke the cap. Issue 20 §9: network (UNC) paths are never opened.
 */
import { describe, expect, it } from 'vitest';
import { ConfigResolver, MAX_EXTENDS_DEPTH, MAX_EXTENDS_FILES, type ConfigHost } from '../../src/core/config-load.js';
import { allRules } from '../../src/index.js';

/** An in-memory host that counts reads per path. */
function host(files: Record<string, string>) {
  const reads = new Map<string, number>();
  const h: ConfigHost = {
    async read(path) {
      reads.set(path, (reads.get(path) ?? 0) + 1);
      return files[path];
    },
    dirname: (p) => p.replace(/\/[^/]*$/, '') || '/',
    join: (d, n) => `${d === '/' ? '' : d}/${n}`,
    resolve: (d, t) => (t.startsWith('/') ? t : `${d}/${t}`.replace(/\/\.\//g, '/')),
  };
  return { host: h, reads };
}

describe('extends: each file once (issue 20 §6)', () => {
  it('six files that each extend the next eight times: each read once, its terms merged once', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 6; i++) {
      const next = i < 5 ? `extends: [${Array(8).fill(`./c${i + 1}.yaml`).join(', ')}]\n` : '';
      files[`/cfg/c${i}.yaml`] = `${next}terms:\n  forbidden:\n    - { wrong: 错${i}, right: 对${i} }\n`;
    }
    files['/w/.xinxirc.yaml'] = 'extends: /cfg/c0.yaml\n';
    const { host: h, reads } = host(files);
    const resolver = new ConfigResolver(allRules, h);
    const config = await resolver.forFile('/w/a.md');
    expect(config.terms.forbidden.map((t) => t.wrong).sort()).toEqual(['错0', '错1', '错2', '错3', '错4', '错5']);
    expect(config.problems).toEqual([]);
    expect(config.files).toHaveLength(7);
    for (let i = 0; i < 6; i++) expect(reads.get(`/cfg/c${i}.yaml`)).toBe(1);
    // Found by the upward search and then loaded: read once.
    expect(reads.get('/w/.xinxirc.yaml')).toBe(1);
    // Another draft in another folder with the same shared chain: nothing is read again.
    files['/v/.xinxirc.yaml'] = 'extends: [/cfg/c2.yaml, /cfg/c0.yaml]\n';
    const other = await resolver.forFile('/v/b.md');
    expect(other.terms.forbidden).toHaveLength(6);
    for (let i = 0; i < 6; i++) expect(reads.get(`/cfg/c${i}.yaml`)).toBe(1);
  });

  it('a chain deeper than the cap stops with a message naming the file that broke it', async () => {
    const files: Record<string, string> = {};
    const n = MAX_EXTENDS_DEPTH + 5;
    for (let i = 0; i < n; i++) files[`/c/d${i}.yaml`] = `${i + 1 < n ? `extends: d${i + 1}.yaml\n` : ''}unit: 单位${i}\n`;
    files['/w/.xinxirc.yaml'] = 'extends: /c/d0.yaml\n';
    const { host: h, reads } = host(files);
    const config = await new ConfigResolver(allRules, h).forFile('/w/a.md');
    const p = config.problems.filter((x) => x.key === 'extends');
    expect(p).toHaveLength(1);
    // .xinxirc.yaml, d0 … d8 make ten: d8 may not extend d9.
    expect(p[0]!.file).toBe(`/c/d${MAX_EXTENDS_DEPTH - 2}.yaml`);
    expect(p[0]!.message).toContain(`嵌套超过 ${MAX_EXTENDS_DEPTH} 层`);
    expect(p[0]!.message).toContain(`d${MAX_EXTENDS_DEPTH - 1}.yaml`);
    expect(reads.has(`/c/d${MAX_EXTENDS_DEPTH}.yaml`)).toBe(false);
    expect(config.unit).toBe(`单位0`);
  });

  it('more files than the cap: the rest are not read, with a message', async () => {
    const files: Record<string, string> = {};
    const n = MAX_EXTENDS_FILES + 10;
    files['/w/.xinxirc.yaml'] = `extends: [${Array.from({ length: n }, (_, i) => `/c/f${i}.yaml`).join(', ')}]\n`;
    for (let i = 0; i < n; i++) files[`/c/f${i}.yaml`] = `unit: 单位${i}\n`;
    const { host: h, reads } = host(files);
    const config = await new ConfigResolver(allRules, h).forFile('/w/a.md');
    const p = config.problems.filter((x) => x.key === 'extends');
    expect(p).toHaveLength(11);
    expect(p[0]!.file).toBe('/w/.xinxirc.yaml');
    expect(p[0]!.message).toContain(`超过 ${MAX_EXTENDS_FILES} 个`);
    expect(p[0]!.message).toContain(`f${MAX_EXTENDS_FILES - 1}.yaml`);
    expect(reads.has(`/c/f${MAX_EXTENDS_FILES - 1}.yaml`)).toBe(false);
    expect(config.files).toHaveLength(MAX_EXTENDS_FILES);
  });

  it('loops and diamonds: a loop is reported once, a shared base merged once', async () => {
    const { host: h } = host({
      '/w/.xinxirc.yaml': 'extends: [a.yaml, b.yaml]\n',
      '/w/a.yaml': 'extends: base.yaml\nterms: { accepted: [甲] }\n',
      '/w/b.yaml': 'extends: [base.yaml, .xinxirc.yaml]\nterms: { accepted: [乙] }\n',
      '/w/base.yaml': 'terms: { accepted: [基] }\n',
    });
    const config = await new ConfigResolver(allRules, h).forFile('/w/a.md');
    expect(config.terms.accepted).toEqual(['基', '甲', '乙']);
    expect(config.problems.map((p) => p.message)).toEqual(['“extends”形成循环引用：.xinxirc.yaml，已跳过。']);
  });

  it('UNC paths are never opened (issue 20 §9)', async () => {
    const { host: h, reads } = host({
      '/w/.xinxirc.yaml': 'extends: ["//host/share/x.yaml", "\\\\\\\\host\\\\share\\\\x.yaml", "file://host/share/x.yaml"]\n',
      '//host/share/x.yaml': 'unit: 远程\n',
    });
    const config = await new ConfigResolver(allRules, h).forFile('/w/a.md');
    expect(config.unit).toBeUndefined();
    expect(config.problems.filter((p) => p.message.includes('网络路径'))).toHaveLength(3);
    expect([...reads.keys()].some((k) => k.includes('host'))).toBe(false);
  });

  it('a config file that exists but cannot be read is still the nearest one, and says why', async () => {
    const h: ConfigHost = {
      async read(path) {
        if (path === '/w/.xinxirc.yaml') throw Object.assign(new Error('x'), { code: 'EACCES' });
        if (path === '/.xinxirc.yaml') return 'unit: 上级\n';
        return undefined;
      },
      dirname: (p) => p.replace(/\/[^/]*$/, '') || '/',
      join: (d, n) => `${d === '/' ? '' : d}/${n}`,
      resolve: (d, t) => `${d}/${t}`,
    };
    const config = await new ConfigResolver(allRules, h).forFile('/w/a.md');
    expect(config.unit).toBeUndefined();
    expect(config.problems[0]!.message).toBe('无法读取配置文件：没有读取权限；已按默认设置检查。');
  });
});
