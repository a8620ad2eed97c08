#!/usr/bin/env node
// Regenerates the rule table in README.md from the rule registry (run after `npm run build`).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { allRules, replaceRulesTable } = require('../dist/core.js');
const readme = readFileSync('README.md', 'utf8');
const next = replaceRulesTable(readme, allRules);
if (next !== readme) writeFileSync('README.md', next);
console.log(`README: ${allRules.length} rules in the table${next === readme ? ' (unchanged)' : ' (updated)'}`);
