/**
 * Old Word files and LibreOffice (issue 15 audit, gap 2): a repository's .doc/.wps must not make xinxi reach the
 * network or run a program from the repository. Only a real Word/WPS binary file is converted (an HTML or RTF file
 * named .doc is refused before anything runs); LibreOffice is found in absolute PATH folders only; on Linux it runs in
 * a new network namespace; folder walks convert .doc/.wps only with --convert.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { createServer as createHttpServer } from 'node:http';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { absolutePathDirs, convertToDocx, findSoffice, needsConversion, networkIsolation, nodeOf } from '../../src/word/convert.js';
import { checkWord, isWordError } from '../../src/word/index.js';
import { folder, run } from './cli-helpers.js';
import { skipBecause } from './skip.js';
import { fixture, FIXTURES } from './word-helpers.js';

const node = nodeOf()!;
const HTML_DOC = '<html><body><p>清河县测试</p><img src="http://127.0.0.1:9/t.png"></body></html>';
const RTF_DOC = '{\\rtf1\\ansi {\\field{\\*\\fldinst INCLUDEPICTURE "http://127.0.0.1:9/t.png"}}}';

/** A fake LibreOffice: records its arguments, tries to connect to `port` on 127.0.0.1, then writes a .docx. */
function fakeSoffice(dir: string, port: number): { path: string; log: string } {
  const log = join(dir, 'soffice.log');
  const script = join(dir, 'fake-soffice.js');
  writeFileSync(
    script,
    `const fs = require('fs'), path = require('path'), net = require('net');
const args = process.argv.slice(2);
fs.appendFileSync(${JSON.stringify(log)}, JSON.stringify(args) + '\\n');
const outdir = args[args.indexOf('--outdir') + 1];
const input = args[args.length - 1];
const finish = () => fs.copyFileSync(${JSON.stringify(join(FIXTURES, 'lo-html.docx'))}, path.join(outdir, path.basename(input).replace(/\\.[^.]+$/, '.docx')));
const socket = net.connect(${port}, '127.0.0.1');
socket.on('connect', () => { socket.end('GET /fake HTTP/1.0\\r\\n\\r\\n'); finish(); });
socket.on('error', finish);
`,
  );
  const path = join(dir, 'soffice');
  writeFileSync(path, `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(script)} "$@"\n`);
  chmodSync(path, 0o755);
  return { path, log };
}

function ranTimes(log: string): number {
  return existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n').filter(Boolean).length : 0;
}

let server: Server;
let port = 0;
let connections = 0;

beforeAll(async () => {
  server = createServer((socket) => {
    connections++;
    socket.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as { port: number }).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('which files start LibreOffice', () => {
  it('a Word binary file does; an HTML or RTF file named .doc, or random bytes, does not', () => {
    const legacy = fixture('legacy.doc');
    expect(needsConversion('a.doc', legacy)).toBe(true);
    expect(needsConversion('a.wps', legacy)).toBe(true);
    expect(needsConversion('a.doc', new TextEncoder().encode(HTML_DOC))).toBe(false);
    expect(needsConversion('a.doc', new TextEncoder().encode(RTF_DOC))).toBe(false);
    expect(needsConversion('a.doc', new TextEncoder().encode('纯文本，只是扩展名是 .doc'))).toBe(false);
    expect(needsConversion('a.docx', fixture('lo-html.docx'))).toBe(false);
  });

  it('an HTML file named .doc gets a Chinese message and no program is started', async () => {
    const dir = folder({ 'h.doc': HTML_DOC });
    const fake = fakeSoffice(dir, port);
    const error = await convertToDocx(join(dir, 'h.doc'), { soffice: fake.path }).catch((e: unknown) => e);
    expect(isWordError(error) && error.code).toBe('disguised');
    expect((error as Error).message).toMatch(/h\.doc 实际是网页（HTML）文件，不是 Word 文档，不自动转换.*另存为/);
    expect(ranTimes(fake.log)).toBe(0);
    expect(() => checkWord(new TextEncoder().encode(RTF_DOC), { name: 'r.doc' })).toThrow(/r\.doc 实际是 RTF 文件/);
  });

  it('soffice is looked up only in the absolute folders of PATH, never in a relative one', () => {
    const dir = folder();
    mkdirSync(join(dir, 'bin'));
    writeFileSync(join(dir, 'bin', 'soffice'), '#!/bin/sh\nexit 0\n');
    chmodSync(join(dir, 'bin', 'soffice'), 0o755);
    // A relative entry that does lead to the repository's bin/ from the working folder.
    const relativeBin = relative(process.cwd(), join(dir, 'bin'));
    expect(absolutePathDirs(node, `${relativeBin}:.::/usr/bin`)).toEqual(['/usr/bin']);
    const saved = { PATH: process.env.PATH, XINXI_SOFFICE: process.env.XINXI_SOFFICE };
    try {
      delete process.env.XINXI_SOFFICE;
      process.env.PATH = relativeBin;
      expect(findSoffice(node)).toBeUndefined();
      process.env.PATH = join(dir, 'bin');
      expect(findSoffice(node)).toBe(join(dir, 'bin', 'soffice'));
      // XINXI_SOFFICE must be an absolute path too.
      process.env.XINXI_SOFFICE = relativeBin + '/soffice';
      expect(findSoffice(node)).toBeUndefined();
    } finally {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
  });
});

describe('LibreOffice runs without network', () => {
  it('on Linux the converter cannot connect anywhere, and the conversion still works', async (ctx) => {
    if (!networkIsolation(node)) skipBecause(ctx, '本机不能创建网络命名空间（unshare），跳过断网转换测试 / no network namespaces here: the offline conversion test is skipped');
    const dir = folder({ '旧稿.doc': Buffer.from(fixture('legacy.doc')) });
    const fake = fakeSoffice(dir, port);
    const before = connections;
    const bytes = await convertToDocx(join(dir, '旧稿.doc'), { soffice: fake.path });
    expect(ranTimes(fake.log)).toBe(1);
    expect(Buffer.from(bytes).equals(Buffer.from(fixture('lo-html.docx')))).toBe(true);
    // The fake converter is started with the user's network; it must not reach the listener.
    expect(connections - before).toBe(0);
    // The profile is a private one in the temporary folder, with macros disabled.
    const args = JSON.parse(readFileSync(fake.log, 'utf8').trim()) as string[];
    expect(args[0]).toMatch(/^-env:UserInstallation=file:\/\/.*xinxi-convert-[^/]+\/profile$/);
  });

  it('a real .doc with a linked picture is converted by LibreOffice without fetching it', async (ctx) => {
    const soffice = findSoffice(node);
    if (!soffice) skipBecause(ctx, '未安装 LibreOffice，跳过断网转换测试 / LibreOffice is not installed: the offline conversion test is skipped');
    if (!networkIsolation(node)) skipBecause(ctx, '本机不能创建网络命名空间（unshare），跳过断网转换测试 / no network namespaces here: the offline conversion test is skipped');
    let gets = 0;
    const http = createHttpServer((_req, res) => {
      gets++;
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    try {
      const httpPort = (http.address() as { port: number }).port;
      const dir = folder({ 'linked.html': `<html><body><h1>清河县秋粮收购进度偏慢</h1><p>全县完成收购,进度良好。</p><img src="http://127.0.0.1:${httpPort}/t.png"></body></html>` });
      // The fixture: LibreOffice itself writes the linked picture into a Word 97 file (an INCLUDEPICTURE field).
      // Asynchronously: the listener in this process must answer LibreOffice's request for the picture meanwhile.
      await promisify(execFile)(soffice!, [`-env:UserInstallation=file://${dir}/make-profile`, '--headless', '--convert-to', 'doc:MS Word 97', '--outdir', join(dir, 'out'), join(dir, 'linked.html')], { timeout: 120_000 });
      expect(gets).toBeGreaterThan(0); // the listener does see a converter that has the network
      const doc = readFileSync(join(dir, 'out', 'linked.doc'));
      expect(doc.toString('latin1')).toContain(`127.0.0.1:${httpPort}/t.png`);
      writeFileSync(join(dir, 'linked.doc'), doc);
      gets = 0;
      const r = await run(['check', '--format', 'json', 'linked.doc'], dir);
      const [file] = JSON.parse(r.out);
      expect(file.error).toBeUndefined();
      expect(file.messages.some((m: { ruleId: string }) => m.ruleId === 'fullwidth-punctuation')).toBe(true);
      expect(gets).toBe(0);
    } finally {
      await new Promise<void>((resolve) => http.close(() => resolve()));
    }
  }, 240_000);
});

describe('folder walks and --convert', () => {
  it('without .xinxirc, every .docx in a folder is checked; .doc/.wps are skipped and counted, nothing is started', async () => {
    const dir = folder({
      '来稿/a.docx': Buffer.from(fixture('lo-html.docx')),
      '来稿/b.docx': Buffer.from(fixture('word-rsid.docx')),
      '来稿/~$a.docx': Buffer.from('owner file'),
      '来稿/c.doc': Buffer.from(fixture('legacy.doc')),
      '来稿/d.wps': Buffer.from(fixture('legacy.doc')),
      '来稿/h.doc': HTML_DOC,
      '来稿/说明.md': '# 说明\n\n不是信息稿。\n',
    });
    const fake = fakeSoffice(dir, port);
    const saved = process.env.XINXI_SOFFICE;
    process.env.XINXI_SOFFICE = fake.path;
    try {
      for (const args of [['来稿/'], ['来稿/*.docx'], []]) {
        const r = await run(['check', '--format', 'json', ...args], dir);
        expect(JSON.parse(r.out).map((f: { file: string }) => f.file)).toEqual(['来稿/a.docx', '来稿/b.docx']);
        if (args[0] !== '来稿/*.docx') {
          expect(r.err).toContain('跳过了 3 个 .doc/.wps 文件：遍历文件夹和通配符时不自动转换旧格式（转换要运行 LibreOffice）；加 --convert');
          expect(r.err).toContain('跳过了 1 个不是信息稿的 .md/.txt 文件');
        }
        expect(r.code).toBe(1);
      }
      expect(ranTimes(fake.log)).toBe(0);
      const converted = await run(['check', '--format', 'json', '--convert', '来稿/'], dir);
      const files = JSON.parse(converted.out) as { file: string; error?: string }[];
      expect(files.map((f) => f.file)).toEqual(['来稿/a.docx', '来稿/b.docx', '来稿/c.doc', '来稿/d.wps', '来稿/h.doc']);
      expect(files[4]!.error).toMatch(/实际是网页（HTML）文件/);
      // Only the two real Word binaries started the converter.
      expect(ranTimes(fake.log)).toBe(2);
      // A file named explicitly is converted without --convert.
      await run(['check', '来稿/c.doc'], dir);
      expect(ranTimes(fake.log)).toBe(3);
    } finally {
      if (saved === undefined) delete process.env.XINXI_SOFFICE;
      else process.env.XINXI_SOFFICE = saved;
    }
  });
});
