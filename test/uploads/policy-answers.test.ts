/** Harness's policy answers over several uploads, combined into one verdict for summaries, outputs and the gate. */
import { describe, expect, it } from 'vitest';
import { combinePolicyAnswers, policyLevel } from '../../src/reporter/upload-outcome.js';

describe('combinePolicyAnswers', () => {
  it('is undefined when no upload brought a policy answer', () => {
    expect(combinePolicyAnswers([])).toBeUndefined();
    expect(combinePolicyAnswers([{ policy_evaluation: null }, {}])).toBeUndefined();
  });

  it('takes the worst answer, lists each distinct policy once, worst first', () => {
    const outcome = combinePolicyAnswers([
      {
        policy_evaluation: [{ policy_name: 'Tags', policy_set_name: 'Hygiene', policy_status: 'pass' }],
        policy_evaluation_status: 'pass',
      },
      {
        policy_evaluation: [
          { policy_name: 'Tags', policy_set_name: 'Hygiene', policy_status: 'pass' },
          {
            policy_name: 'No public',
            policy_set_name: 'Security',
            policy_status: 'error',
            message: 'bucket x',
          },
        ],
        policy_evaluation_status: 'error',
        policy_evaluation_message: '1 failed',
      },
    ]);
    expect(outcome?.level).toBe('error');
    expect(outcome?.messages).toEqual(['1 failed']);
    expect(outcome?.policies.map((p) => [p.setName, p.name, p.level])).toEqual([
      ['Security', 'No public', 'error'],
      ['Hygiene', 'Tags', 'pass'],
    ]);
  });

  it('reads a status word it does not know as a warning, never as a pass', () => {
    expect(policyLevel('pass')).toBe('pass');
    expect(policyLevel('deny')).toBe('error');
    expect(policyLevel('something-new')).toBe('warning');
    expect(policyLevel('')).toBeUndefined();
    expect(combinePolicyAnswers([{ policy_evaluation_status: 'odd' }])?.level).toBe('warning');
  });
});
