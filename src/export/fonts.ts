/**
 * The fonts of the Word export (GB/T 9704 names) and their override from the configuration. Kept apart from
 * `docx.ts` so that reading the configuration does not load the `docx` package.
 *
 *   export:
 *     docx:
 *       fonts: { 标题: 方正小标宋简体, 正文: 仿宋_GB2312, 一级标题: 黑体, 二级标题: 楷体_GB2312, 页码: 宋体, 数字: Times New Roman }
 */
export interface DocxFonts {
  /** 标题 */
  title: string;
  /** 正文 */
  body: string;
  /** 一级标题（一、） */
  heading1: string;
  /** 二级标题（（一）） */
  heading2: string;
  /** 页码 */
  pageNumber: string;
  /** 阿拉伯数字和外文字母（ascii / hAnsi）; empty: the Chinese font of the run */
  latin: string;
}

export const DEFAULT_FONTS: DocxFonts = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  pageNumber: '宋体',
  latin: 'Times New Roman',
};

/** `export.docx.fonts` (or `export.fonts`) from the configuration: 标题/正文/一级标题/二级标题/页码/数字 or English keys. */
export function docxFontsOf(exportConfig: Record<string, unknown> | undefined): Partial<DocxFonts> {
  const docx = exportConfig?.docx as Record<string, unknown> | undefined;
  const raw = (docx && typeof docx === 'object' ? docx.fonts ?? docx['字体'] : undefined) ?? exportConfig?.fonts ?? exportConfig?.['字体'];
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {};
  const keys: Record<keyof DocxFonts, string[]> = {
    title: ['标题', 'title'],
    body: ['正文', 'body'],
    heading1: ['一级标题', 'heading1'],
    heading2: ['二级标题', 'heading2'],
    pageNumber: ['页码', 'pageNumber'],
    latin: ['数字', '西文', 'latin'],
  };
  const out: Partial<DocxFonts> = {};
  for (const [field, names] of Object.entries(keys) as [keyof DocxFonts, string[]][]) {
    for (const name of names) {
      const v = (raw as Record<string, unknown>)[name];
      if (typeof v === 'string' && v.trim()) {
        out[field] = v.trim();
        break;
      }
    }
  }
  return out;
}

