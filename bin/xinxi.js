#!/usr/bin/env node
'use strict';
// The `xinxi` command: a thin launcher for the bundled CLI (built by `npm run build`, which `npm ci` runs).
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const cli = join(__dirname, '..', 'dist', 'cli.js');
if (!existsSync(cli)) {
  process.stderr.write('xinxi：找不到 dist/cli.js，请先运行 npm run build。\nxinxi: dist/cli.js is missing; run npm run build first.\n');
  process.exit(2);
}
// Through the V8 code cache in the user's cache folder (bin/code-cache.js; XINXI_CACHE_DIR= turns it off): a new
// cache is written when the command is done, only when there was none for this bundle and Node.
const { exports: bundle, save } = require('./code-cache.js').load(cli);
bundle.run().then(save);
