import type { Nodes } from 'mdast';
import { walkTree } from '../../core/tree.js';
import { defineRule } from '../../core/rule.js';
import { matchProse } from '../lib/scan.js';

const FILE_LINK = /\.(?:docx?|xlsx?|pptx?|pdf|wps|et|dps|zip|rar|7z|ofd|csv)(?:[?#].*)?$/i;

/**
 * Saying that something is attached: 附件：, 详见附表, 附：; the verb 附 with where it goes (附后、附在文后、后附、另附、随文附上、
 * 一并附送、附上) or with what is attached (附现场照片3张、附验收清单). 附近、附属、附加、附着、依附 are other words.
 */
const ATTACHED = new RegExp(
  [
    '(?:详见|参见|见)附(?:件|表|图)\\d*',
    '附件\\s*\\d*\\s*[：:]',
    '附件[一二三四五六七八九十\\d]+',
    '附(?:表|图)\\s*[\\d一二三四五六七八九十]*\\s*[：:]',
    '(?<![依攀吸归贴黏粘])附\\s*[：:]',
    '(?<![依攀吸归贴黏粘])附(?:后(?!续)|于(?:文|稿|信息)?(?:后|末)|在(?:文|稿|信息)?(?:后|末)|上|送)',
    '(?:后|另|随(?:文|稿|件|信)?|一并)附(?!加|近|属|着|和|带|设|赠|议|录)',
    '附(?:现场|相关|有关|详细|具体|验收|活动|工作)?(?:照片|图片|图表|表格|清单|名单|明细|材料|截图|视频|影像|统计表)',
  ].join('|'),
  'gu',
);

/** The parenthesis around [start, end) when it is short and closes near by, else [start, end). */
function aside(text: string, start: number, end: number): { start: number; end: number; whole: boolean } {
  const open = Math.max(text.lastIndexOf('（', start), text.lastIndexOf('(', start));
  if (open < 0 || start - open > 16 || /[）)\n，,。；;]/u.test(text.slice(open + 1, start))) return { start, end, whole: false };
  const rest = text.slice(end, end + 16);
  const close = rest.search(/[）)]/u);
  if (close < 0 || /[（(\n，,。；;]/u.test(rest.slice(0, close))) return { start, end, whole: false };
  return { start: open, end: end + close + 1, whole: true };
}

/** no-attachment: an item carries no attachments; fold their content into the text (seed 002). */
export const noAttachment = defineRule({
  id: 'no-attachment',
  category: 'form',
  severity: 'error',
  fixable: 'confirm',
  name: { zh: '带附件', en: 'Attachment' },
  description: {
    zh: '信息稿不带附件：“附件：”“详见附件”“附表”以及指向文件或图片的链接都不应出现，需要的内容应写进正文。',
    en: 'Items carry no attachments: no “附件：”, “详见附件”, “附表”, nor links to files or images; fold what is needed into the text.',
  },
  messages: {
    attachment: { zh: '信息稿不带附件，请把附件中需要的内容提炼后写进正文。', en: 'Items carry no attachments; fold what the attachment says into the text.' },
    fixDropAside: { zh: '删去这段括注（需要的内容已写进正文时）', en: 'Delete the aside (once what it points at is in the text)' },
    image: { zh: '信息稿不插图片，请用文字写明图片要说明的情况。', en: 'Items carry no pictures; say in words what the picture shows.' },
    fileLink: {
      zh: '信息稿不带附件，不要链接文件，请把需要的内容写进正文。',
      en: 'Items carry no attachments; do not link files, put what is needed into the text.',
    },
    fileAddress: {
      zh: '信息稿不带附件，不要给出文件地址，请把需要的内容写进正文。',
      en: 'Items carry no attachments; do not give the address of a file, put what is needed into the text.',
    },
  },
  check({ draft, report, isExcluded }) {
    const { text } = draft;
    for (const found of matchProse(text, draft.proseSegments, ATTACHED)) {
      if (draft.title && found.start >= draft.title.start && found.end <= draft.title.end) continue;
      if (isExcluded(found.start, found.end)) continue;
      // A short parenthesis that only says what is attached is marked whole: （名单附后）, （附现场照片3张）.
      const { start, end, whole } = aside(text, found.start, found.end);
      // Offered for confirmation: what the aside points at has to be folded into the text first.
      const fixes = whole ? [{ messageId: 'fixDropAside' as const, safe: false, edits: [{ start, end, text: '' }] }] : [];
      report({ start, end, messageId: 'attachment', fixes });
    }
    // A bare address of a file (no Markdown link around it) is an attachment too.
    const bareFile = /(?:https?:\/\/|ftp:\/\/|www\.)[^\s\u3000-\u303f\uff00-\uffef<>"'）)]+?\.(?:docx?|xlsx?|pptx?|pdf|wps|et|dps|zip|rar|7z|ofd|csv)(?=$|[\s\u3000-\u303f\uff00-\uffef<>"'）)?#,.;:])/giu;
    const linked = new Set<number>();
    walkTree(draft.mdast, (node) => {
      if ((node.type === 'link' && FILE_LINK.test(node.url)) || node.type === 'image') {
        const s = node.position?.start.offset;
        const e = node.position?.end.offset;
        if (s !== undefined && e !== undefined) {
          linked.add(s);
          report({ start: s, end: e, messageId: node.type === 'image' ? 'image' : 'fileLink' });
        }
        return false;
      }
    });
    // Every bare address starts with http://, https://, ftp:// or www. (a draft without one is not scanned: speed).
    for (const { start, end } of /(?:https?|ftp):\/\/|www\./iu.test(text) ? matchProse(text, draft.proseSegments, bareFile) : []) {
      if ([...linked].some((s) => s <= start && start - s < 4)) continue;
      report({ start, end, messageId: 'fileAddress' });
    }
  },
});
