import assert from 'node:assert/strict';
import { type ComputeDeadlineInput, computeDeadline, type Deadline, type DeadlineRefusal } from './deadlines.ts';

/** Test helper: the deadline, failing the test when it is refused. */
export const expectDeadline = (input: ComputeDeadlineInput): Deadline => {
  const result = computeDeadline(input);
  assert.ok(result.ok, JSON.stringify(result));
  return result;
};

/** Test helper: the refusal, failing the test when a deadline is computed. */
export const expectRefusal = (input: ComputeDeadlineInput): DeadlineRefusal => {
  const result = computeDeadline(input);
  assert.equal(result.ok, false, JSON.stringify(result));
  return result as DeadlineRefusal;
};

/** Test helper: all explanation steps as one string, to match against. */
export const stepsText = (d: Deadline): string => d.steps.map((s) => `${s.vi}\n${s.en}`).join('\n');
