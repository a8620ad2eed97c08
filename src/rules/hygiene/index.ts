/** Rules of style guide §3.1 emergency rules and §3.2 text hygiene (issue 4). */
import type { RuleModule } from '../../core/types.js';
import { asRule } from '../util.js';
import { emergencyClock } from './emergency-clock.js';
import { emergencyDeadline } from './emergency-deadline.js';
import { emergencyElements } from './emergency-elements.js';
import { emergencySequence } from './emergency-sequence.js';
import { invisibleChars } from './invisible-chars.js';
import { pasteResidue } from './paste-residue.js';
import { repeatedChar } from './repeated-char.js';
import { scriptMix } from './script-mix.js';


export const hygieneRules: readonly RuleModule[] = [
  asRule(emergencyElements),
  asRule(emergencySequence),
  asRule(emergencyClock),
  asRule(emergencyDeadline),
  asRule(pasteResidue),
  asRule(scriptMix),
  asRule(repeatedChar),
  asRule(invisibleChars),
];
