/**
 * Bad input never crashes and never loses text; nothing in the product talks to the network.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode, FileProblem } from '../../src/cli/io.js';
import { fixAll, lint } from '../../src/core/engine.js';
import { allRules } from '../../src/index.js';
import { skipBecause } from './skip';

const root = join(__dirname, '..', '..');
const lintAll = (text: string, path = 'a.md') => lint(text, { path, rules: allRules });

describe('bad input gets messages, not crashes', () => {
  it('a document of only emoji, and emoji with surrogate pairs among Chinese', () => {
    const emoji = '😀👍🏽👨‍👩‍👧‍👦🇨🇳'.repeat(50);
    expect(() => lintAll(emoji)).not.toThrow();
    expect(() => lintAll(`# 标题\n\n${emoji}清河县,完成收购。\n`)).not.toThrow();
    const fixed = fixAll(`# 标题\n\n😀清河县,完成收购。\n`, { path: 'a.md', rules: allRules }).text;
    expect(fixed).toContain('😀清河县，完成收购。');
  });

  it('empty, whitespace-only, and front-matter-only drafts', () => {
    for (const text of ['', ' ', '\n\n\n', '\uFEFF', '---\n---\n', '---\n类型: 问题\n---', '# ']) {
      expect(() => lintAll(text)).not.toThrow();
      expect(() => lintAll(text, 'a.txt')).not.toThrow();
    }
  });

  it('malformed front matter is a message and the body is still checked', () => {
    const { messages } = lintAll('---\n类型: [问题\n单位: "清河县\n---\n\n# 标题\n\n甲,乙。\n');
    expect(messages.map((m) => m.ruleId)).toEqual(expect.arrayContaining(['front-matter', 'fullwidth-punctuation']));
  });

  it('a 200,000-line file lints to the end (its timing is in bench/)', () => {
    const text = `# 标题\n\n${'甲,乙。\n\n'.repeat(100_000)}`;
    expect(text.split('\n').length).toBeGreaterThan(200_000);
    const { messages } = lintAll(text, 'big.md');
    const last = messages.filter((m) => m.ruleId === 'fullwidth-punctuation').pop()!;
    expect(last.line).toBeGreaterThan(199_990);
  }, 240_000);

  it('binary content, invalid UTF-8 and GBK read as UTF-8 are reported, not read as garbage', () => {
    expect(() => decode(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x10]))).toThrow(FileProblem);
    const gbk = iconv.encode('# 标题\n\n清河县完成收购。\n', 'gbk');
    expect(() => decode(gbk, 'utf8')).toThrow(/UTF-8/);
    expect(decode(gbk, 'auto')).toEqual({ text: '# 标题\n\n清河县完成收购。\n', encoding: 'gbk' });
    const neither = Buffer.from([0xff, 0xfe, 0xfd, 0x81, 0x30, 0xc0, 0xc1, 0xf5, 0xff, 0x80]);
    expect(() => decode(neither, 'auto')).toThrow(FileProblem);
  });

  it('CRLF, lone CR and BOM keep every character through fix-all, with the same findings at the same lines', () => {
    const draftWith = (eol: string) => `\uFEFF---${eol}类型: 动态${eol}---${eol}${eol}# 清河县完成收购${eol}${eol}全县完成收购,进度良好${eol}${eol}附件：名单${eol}`;
    const found = (eol: string) => lintAll(draftWith(eol)).messages.map((m) => `${m.ruleId} ${m.line}:${m.column}-${m.endLine}:${m.endColumn}`).sort();
    const lf = found('\n');
    expect(lf).toEqual(expect.arrayContaining(['fullwidth-punctuation 7:7-7:8', 'single-paragraph 9:1-9:6']));
    for (const eol of ['\r\n', '\r']) {
      const text = draftWith(eol);
      if (eol === '\r') expect(text).toMatch(/\r(?!\n)/);
      expect(found(eol), JSON.stringify(eol)).toEqual(lf);
      const fixed = fixAll(text, { path: 'a.md', rules: allRules }).text;
      expect(fixed.startsWith('\uFEFF')).toBe(true);
      expect(fixed).toBe(text.replace('收购,进度良好', '收购，进度良好。'));
    }
    // The rules that read the front matter's lines see a lone CR as a line end too (the deadline of a follow-up).
    const late = (eol: string) =>
      lintAll(['---', '类型: 紧急续报', '事发时间: 2026-11-19 15:20', '报送时间: 2026-11-20 09:40', '上次报送时间: 2026-11-19 17:05', '---', '', '# 清河县石桥镇山体滑坡处置情况（续报二）', '', '11月19日20时，搜救结束。', ''].join(eol)).messages
        .filter((m) => m.ruleId === 'emergency-deadline')
        .map((m) => `${m.line}:${m.column}`);
    expect(late('\n')).toEqual(['4:1']);
    expect(late('\r')).toEqual(late('\n'));
    expect(late('\r\n')).toEqual(late('\n'));
  });
});

describe('offline: no network use anywhere in the product', () => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.ts$/.test(name)) files.push(path);
    }
  };
  walk(join(root, 'src'));

  it('no source file imports http, https, net, tls, dns, http2, undici, nor calls fetch, XMLHttpRequest or WebSocket', () => {
    const offenders = files.filter((f) =>
      /from ['"](?:node:)?(?:http|https|net|tls|dns|dgram|http2|undici)['"]|require\(['"](?:node:)?(?:http|https|net|tls|dns|http2)['"]\)|\bfetch\(|XMLHttpRequest|new WebSocket/.test(
        readFileSync(f, 'utf8'),
      ),
    );
    expect(offenders).toEqual([]);
  });

  it('the bundles (with their dependencies) load no network module and call no fetch', (ctx) => {
    if (!existsSync(join(root, 'dist', 'cli.js'))) skipBecause(ctx, '还没有构建（npm run build）/ not built yet (npm run build)');
    for (const bundle of ['dist/cli.js', 'dist/extension.js', 'dist/web/extension.js', 'dist/core.js']) {
      const path = join(root, bundle);
      if (!existsSync(path)) continue;
      const code = readFileSync(path, 'utf8');
      expect({ bundle, network: /require\("(?:node:)?(?:http|https|net|tls|dns|http2|undici)"\)|\bfetch\(|XMLHttpRequest|new WebSocket\(/.test(code) }).toEqual({
        bundle,
        network: false,
      });
    }
  });
});

void mkdtempSync;
void tmpdir;
void writeFileSync;
