import type { Nodes } from 'mdast';
import { walkTree } from '../../core/tree.js';
import { defineRule } from '../../core/rule.js';
import { matchProse } from '../lib/scan.js';

const FILE_LINK = /\.(?:docx?|xlsx?|pptx?|pdf|wps|et|dps|zip|rar|7z|ofd|csv)(?:[?#].*)?$/i;

/** no-attachment: an item carries no attachments; fold their content into the text (seed 002). */
export const noAttachment = defineRule({
  id: 'no-attachment',
  category: 'form',
  severity: 'error',
  name: { zh: '带附件', en: 'Attachment' },
  description: {
    zh: '信息稿不带附件：“附件：”“详见附件”“附表”以及指向文件或图片的链接都不应出现，需要的内容应写进正文。',
    en: 'Items carry no attachments: no “附件：”, “详见附件”, “附表”, nor links to files or images; fold what is needed into the text.',
  },
  messages: {
    attachment: { zh: '信息稿不带附件，请把附件中需要的内容提炼后写进正文。', en: 'Items carry no attachments; fold what the attachment says into the text.' },
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
    const pattern = /(?:详见|参见|见)附(?:件|表|图)\d*|附件\s*\d*\s*[：:]|附件[一二三四五六七八九十\d]+|附(?:表|图)\s*[\d一二三四五六七八九十]*\s*[：:]|^附\s*[：:]/gmu;
    for (const { start, end } of matchProse(text, draft.proseSegments, pattern)) {
      if (draft.title && start >= draft.title.start && end <= draft.title.end) continue;
      if (isExcluded(start, end)) continue;
      report({ start, end, messageId: 'attachment' });
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
    for (const { start, end } of matchProse(text, draft.proseSegments, bareFile)) {
      if ([...linked].some((s) => s <= start && start - s < 4)) continue;
      report({ start, end, messageId: 'fileAddress' });
    }
  },
});
