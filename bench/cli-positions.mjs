#!/usr/bin/env node
// The CLI's offset → line/column conversion (issue 15 §5): one paragraph dense with half-width marks, a message at
// every mark, 50,000 to 800,000 characters. Doubling the size should about double the time (it was quadratic: 16 s
// for `xinxi check` on 400,000 characters). Usage: node bench/cli-positions.mjs (after npm run build).
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);
const { toJsonMessages } = require('../dist/cli.js');

const unit = '全县完成收购,进度良好.';
const rows = [];
let previous;
for (const size of [50_000, 100_000, 200_000, 400_000, 800_000]) {
  const text = `# 标题\n\n${unit.repeat(Math.ceil(size / unit.length)).slice(0, size)}\n`;
  const messages = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === ',' || text[i] === '.') messages.push({ ruleId: 'x', severity: 'error', message: '', messageEn: '', start: i, end: i + 1, fixes: [] });
  }
  toJsonMessages(text, messages); // warm-up
  const times = [];
  for (let r = 0; r < 5; r++) {
    const t0 = performance.now();
    toJsonMessages(text, messages);
    times.push(performance.now() - t0);
  }
  const ms = times.sort((a, b) => a - b)[2];
  rows.push(`| ${size.toLocaleString('en-US')} | ${messages.length.toLocaleString('en-US')} | ${ms.toFixed(1)} | ${previous ? (ms / previous).toFixed(2) : '—'} |`);
  previous = ms;
}
console.log('| 字符数 | 消息数 | 换算用时（毫秒，中位数） | 比上一行 |\n|---|---|---|---|');
console.log(rows.join('\n'));
