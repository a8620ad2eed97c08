/**
 * Nothing is lost (issue 8): for random drafts, every Chinese character, digit, Latin letter (and emoji) of the
 * title, body and sign-off reaches the plain-text export, in order, and nothing else of that kind appears —
 * only Markdown syntax, front-matter keys and whitespace change. The generator knows what each piece of Markdown
 * should contribute, so the expectation does not come from the code under test.
 */
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { encodeText, exportText } from '../../src/export/index.js';

/** Han characters without the ones that start a sign-off line (签发、执笔、电话…). */
const HAN = [...'清河县农业村局秋粮收购进度偏慢需加快资金调度截至年月日共计其中完成全市区乡镇群众反映问题原因建议措施水利工程'];
const LATIN = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'];
const DIGITS = [...'0123456789'];
const PUNCT = [...'，。、；：“”‘’（）《》！？…—,.;:?!()'];
const EMOJI = ['😀', '👍', '🚗'];

/** A generated piece: its Markdown source and the text content it stands for. */
interface Piece {
  md: string;
  content: string;
}

const str = (chars: string[], min: number, max: number) => fc.array(fc.constantFrom(...chars), { minLength: min, maxLength: max }).map((a) => a.join(''));
const han = str(HAN, 1, 6);
const latinWords = fc.array(str(LATIN, 1, 6), { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));
const number = fc.tuple(str(DIGITS, 1, 4), fc.option(str(DIGITS, 1, 2))).map(([a, b]) => (b ? `${a}.${b}` : a));
const plain = (a: fc.Arbitrary<string>) => a.map((s): Piece => ({ md: s, content: s }));

const piece: fc.Arbitrary<Piece> = fc.oneof(
  plain(han),
  plain(han),
  plain(latinWords),
  plain(number),
  plain(fc.constantFrom(...PUNCT)),
  plain(fc.constantFrom(...EMOJI)),
  han.map((s) => ({ md: `*${s}*`, content: s })),
  han.map((s) => ({ md: `**${s}**`, content: s })),
  fc.oneof(han, latinWords, number).map((s) => ({ md: `\`${s}\``, content: s })),
  fc.tuple(han, str([...LATIN.slice(0, 26), ...DIGITS], 1, 6)).map(([label, path]) => {
    const url = `https://example.gov.cn/${path}`;
    return { md: `[${label}](${url})`, content: label + url };
  }),
);

/** One line of prose: starts with Han (so no line reads as a list marker or a sign-off). */
const line: fc.Arbitrary<Piece> = fc.tuple(han, fc.array(piece, { maxLength: 8 })).map(([first, rest]) => ({
  md: first + rest.map((p) => p.md).join(''),
  content: first + rest.map((p) => p.content).join(''),
}));

const join = (pieces: Piece[], sep: string): Piece => ({ md: pieces.map((p) => p.md).join(sep), content: pieces.map((p) => p.content).join('') });

const block: fc.Arbitrary<Piece> = fc.oneof(
  { weight: 4, arbitrary: fc.array(line, { minLength: 1, maxLength: 3 }).map((lines) => join(lines, '\n')) },
  { weight: 1, arbitrary: line.map((l) => ({ md: `## ${l.md}`, content: l.content })) },
  {
    weight: 1,
    arbitrary: fc.array(line, { minLength: 1, maxLength: 3 }).map((items) => ({
      md: items.map((l, i) => `${i + 1}. ${l.md}`).join('\n'),
      content: items.map((l, i) => `${i + 1}${l.content}`).join(''),
    })),
  },
  { weight: 1, arbitrary: fc.array(line, { minLength: 1, maxLength: 3 }).map((items) => ({ md: items.map((l) => `- ${l.md}`).join('\n'), content: items.map((l) => l.content).join('') })) },
  { weight: 1, arbitrary: line.map((l) => ({ md: `> ${l.md}`, content: l.content })) },
);

const name = str(HAN, 2, 3);
const phone = fc.tuple(str(DIGITS, 4, 4), str(DIGITS, 7, 8)).map(([a, b]) => `${a}-${b}`);

interface Generated {
  text: string;
  expected: string;
}

const markdownDraft: fc.Arbitrary<Generated> = fc
  .record({
    fm: fc.option(fc.record({ kind: fc.constantFrom('动态', '问题', '建议', '社情民意', '紧急-首报', '随便'), signer: fc.option(name), writer: fc.option(name), phone: fc.option(phone) })),
    title: fc.option(line),
    blocks: fc.array(block, { maxLength: 5 }),
    signoff: fc.option(fc.tuple(name, name)),
    crlf: fc.boolean(),
  })
  .map(({ fm, title, blocks, signoff, crlf }) => {
    const parts: string[] = [];
    if (fm) {
      const lines = [`类型: ${fm.kind}`, '单位: 清河县农业农村局'];
      if (fm.signer) lines.push(`签发: ${fm.signer}`);
      if (fm.writer) lines.push(`执笔: ${fm.writer}`);
      if (fm.phone) lines.push(`电话: ${fm.phone}`);
      parts.push(`---\n${lines.join('\n')}\n---`);
    }
    let expected = '';
    if (title) {
      parts.push(`# ${title.md}`);
      expected += title.content;
    }
    blocks.forEach((b, i) => {
      // Two lists in a row would be one list (and numbered on): a comment keeps them apart, and goes itself.
      if (i > 0 && /^(- |\d+\. )/.test(b.md) && /^(- |\d+\. )/.test(blocks[i - 1]!.md)) parts.push('<!-- -->');
      parts.push(b.md);
      expected += b.content;
    });
    if (signoff) {
      parts.push(`（签发：${signoff[0]}　执笔：${signoff[1]}）`);
      expected += `签发${signoff[0]}执笔${signoff[1]}`;
    } else if (fm && (fm.signer || fm.writer || fm.phone)) {
      // No sign-off line: the export builds it from front matter.
      expected += (fm.signer ? `签发${fm.signer}` : '') + (fm.writer ? `执笔${fm.writer}` : '') + (fm.phone ? `电话${fm.phone}` : '');
    }
    const text = `${parts.join('\n\n')}\n`;
    return { text: crlf ? text.replace(/\n/g, '\r\n') : text, expected };
  });

/** Plain-text drafts: every line is literal text (Markdown characters included). */
const plainDraft: fc.Arbitrary<Generated> = fc
  .array(
    fc.tuple(fc.constantFrom('', '　　', '  ', '\t'), line, fc.constantFrom('', '*', '#', '[ ]', '`', '1. ')),
    { minLength: 1, maxLength: 5 },
  )
  .map((lines) => ({
    text: `${lines.map(([indent, l, mark]) => `${indent}${mark}${l.content}${mark}`).join('\n\n')}\n`,
    expected: lines.map(([, l, mark]) => `${mark}${l.content}${mark}`).join(''),
  }));

/** What the lossless property compares: Han, ASCII letters and digits, emoji. */
const kept = (s: string) => [...s].filter((c) => /[\p{Script=Han}A-Za-z0-9\p{Extended_Pictographic}]/u.test(c)).join('');

describe('export loses nothing', () => {
  it('Markdown drafts', () => {
    fc.assert(
      fc.property(markdownDraft, ({ text, expected }) => {
        const out = exportText(text, { path: 'draft.md' });
        expect(kept(out)).toBe(kept(expected));
        // The export's own layout: no Markdown markers left at line starts, every body line indented.
        expect(out).not.toMatch(/^(#|>|- |\d+\. )/m);
        expect(out.endsWith('\n')).toBe(true);
      }),
      { numRuns: 250 },
    );
  });

  it('plain-text drafts keep their characters literally', () => {
    fc.assert(
      fc.property(plainDraft, ({ text, expected }) => {
        const out = exportText(text, { path: 'draft.txt' });
        expect(kept(out)).toBe(kept(expected));
        expect(out).not.toMatch(/^\s*$\n^\s*$/m);
      }),
      { numRuns: 200 },
    );
  });

  it('GB18030 round-trips every export, GBK every export without emoji', () => {
    fc.assert(
      fc.property(markdownDraft, ({ text }) => {
        const out = exportText(text, { path: 'draft.md' });
        expect(iconv.decode(encodeText(out, 'gb18030'), 'gb18030')).toBe(out);
        const noEmoji = out.replace(/\p{Extended_Pictographic}/gu, '');
        expect(iconv.decode(encodeText(noEmoji, 'gbk'), 'gbk')).toBe(noEmoji);
      }),
      { numRuns: 100 },
    );
  });
});
