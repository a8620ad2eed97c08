/** 紧急信息 emergency: the reports of an emergency (style guide §3.1), in the order of the README table. */
import type { Rule } from '../../core/rule.js';
import { emergencyClock } from './emergency-clock.js';
import { emergencyDeadline } from './emergency-deadline.js';
import { emergencyElements } from './emergency-elements.js';
import { emergencySequence } from './emergency-sequence.js';

export const emergencyRules: readonly Rule[] = [
  emergencyElements,
  emergencySequence,
  emergencyClock,
  emergencyDeadline,
];
