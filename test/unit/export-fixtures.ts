/** Fixtures shared by the export tests: example drafts as export items, and a bulletin issue's masthead. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDraft } from '../../src/core/draft.js';
import { exportItemOf, type Bulletin, type ExportItem } from '../../src/export/index.js';

export const EXAMPLES_DIR = join(__dirname, '..', '..', 'examples');

/** An example draft (examples/<file>) as an export item. */
export function exampleItem(file: string): ExportItem {
  const path = join(EXAMPLES_DIR, file);
  return exportItemOf(parseDraft(readFileSync(path, 'utf8'), { path }));
}

/** The masthead and distribution of 《清河信息》第12期, with optional changes. */
export function bulletinInfo(distribution: Partial<Bulletin['info']['distribution']> = {}): Bulletin['info'] {
  return {
    name: '清河信息',
    issue: '12',
    total: '156',
    unit: '中共清河县委办公室',
    date: '2026年11月20日',
    mark: '内部资料　注意保存',
    distribution: { report: '市委办公室', send: '县委、县政府领导', distribute: '各乡镇党委，县直各单位', copies: '60', ...distribution },
  };
}
