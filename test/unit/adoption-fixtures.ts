/**
 * The example office folder (examples/ledger/) read as the CLI and the editor read it: its configuration through
 * the config loader (extends: xinxi:preset/采用计分), its drafts, and the ledger its configuration names.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ledgerFilesOf, type DraftSource, type LedgerSource } from '../../src/adoption/index.js';
import { ConfigLoader } from '../../src/core/config-node.js';
import type { ResolvedConfig } from '../../src/core/types.js';
import { allRules } from '../../src/index.js';

export const LEDGER_DIR = join(__dirname, '..', '..', 'examples', 'ledger');

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...walk(path));
    else if (/\.(md|txt)$/.test(name) && name !== 'README.md') out.push(path);
  }
  return out;
}

export async function exampleOffice(dir = LEDGER_DIR): Promise<{ config: ResolvedConfig; drafts: DraftSource[]; ledgers: LedgerSource[] }> {
  const config = await new ConfigLoader(allRules).forFile(join(dir, '收稿', 'x.md'));
  const drafts = walk(dir).map((path) => ({ file: relative(dir, path).split('\\').join('/'), text: readFileSync(path, 'utf8') }));
  const { files } = ledgerFilesOf(config);
  const ledgers = files.filter((f) => existsSync(join(dir, f))).map((f) => ({ file: f, text: readFileSync(join(dir, f), 'utf8') }));
  return { config, drafts, ledgers };
}
