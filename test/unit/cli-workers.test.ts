import { describe, expect, it } from 'vitest';
import { PARALLEL_THRESHOLD, workersFor } from '../../src/cli/worker.js';

describe('workersFor (how many worker threads a check uses)', () => {
  it('--jobs N asks for N threads, the main one included, never more than there are batches', () => {
    expect(workersFor(1000, 1, 0, 2)).toBe(0);
    expect(workersFor(1000, 3, 9, 2)).toBe(2);
    expect(workersFor(30, 8, 0, 8)).toBe(1);
  });

  it('auto stays serial up to the threshold, and above it uses only the cores the load leaves idle', () => {
    expect(workersFor(PARALLEL_THRESHOLD, undefined, 0, 8)).toBe(0);
    const many = PARALLEL_THRESHOLD + 1;
    expect(workersFor(many, undefined, 0, 2)).toBe(1);
    expect(workersFor(many, undefined, 0.3, 2)).toBe(1);
    expect(workersFor(many, undefined, 1.2, 2)).toBe(0);
    expect(workersFor(many, undefined, 7.5, 2)).toBe(0);
    expect(workersFor(many, undefined, 2, 8)).toBe(5);
    // No load average (Windows reports 0): every core.
    expect(workersFor(many, undefined, 0, 4)).toBe(3);
    expect(workersFor(many, undefined, Number.NaN, 4)).toBe(3);
  });
});
