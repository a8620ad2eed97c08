/** 紧急信息 emergency: the reports of an emergency (style guide §3.1), in the order of the README table. */
import type { RuleModule } from '../../core/types.js';
import { emergencyClock } from './emergency-clock.js';
import { emergencyDeadline } from './emergency-deadline.js';
import { emergencyElements } from './emergency-elements.js';
import { emergencySequence } from './emergency-sequence.js';
import { asRule } from '../lib/legacy.js';

export const emergencyRules: readonly RuleModule[] = [
  asRule(emergencyElements),
  asRule(emergencySequence),
  asRule(emergencyClock),
  asRule(emergencyDeadline),
];
