import { defineRule } from '../../core/rule.js';
import { cueMatches } from '../lib/cues.js';

/**
 * 据悉、据了解、据说、据传、网传、听说. Not the 据 of 根据、依据、数据、证据 (根据传统、数据说明), not 据传统、
 * 据传染病…、据传达, not 听说读写.
 */
const HEARSAY = /(?<![根依数证占凭单票收考论盘割字])据(?:悉|了解|说|传(?![统承授输真递染达播唤导送阅]))|网传|听说(?![读写])/gu;

/** vague-source: hearsay instead of a named source (有根有据, seed 001/002). */
export const vagueSource = defineRule({
  id: 'vague-source',
  name: { zh: '来源不明', en: 'Vague source' },
  category: 'content',
  severity: 'warning',
  description: {
    zh: '“据悉”“据了解”“据说”“据传”“网传”“听说”来源不明，信息应写明消息来源。',
    en: 'Hearsay (据悉, 据了解, 据说, 据传, 网传, 听说): name the source.',
  },
  messages: {
    hearsay: {
      zh: '“{word}”来源不明，信息要有根有据，请写明消息来源（如“据县应急管理局统计”“经实地核查”）。',
      en: '“{word}” gives no source; say where the information comes from.',
    },
  },
  check(ctx) {
    for (const { start, end, match } of cueMatches(ctx, HEARSAY)) {
      ctx.report({ start, end, messageId: 'hearsay', data: { word: match[0] } });
    }
  },
});
