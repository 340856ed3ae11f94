/**
 * The policy answer to a state upload, without its free text (issue 23, "a server that quotes
 * uploaded state puts it into warnings and the comment"). The state holds secrets (sensitive
 * outputs, passwords in attributes) and the answer's messages are written by the server: an OPA
 * rule's `sprintf("... %v", [input...])` or a server echoing the upload quotes it back, and every
 * summary, the comment and the log would then carry it. The verdicts and the policies' names stay
 * (the gate and the reader need them); the messages are left out, and one line says where to read
 * them.
 */
import type { PolicyAnswer } from './upload-outcome.js';

export const STATE_MESSAGES_LEFT_OUT =
  'policy messages about the uploaded state are not shown (they may quote it): read them in Harness';

export function stateAnswerWithoutText(answer: PolicyAnswer): PolicyAnswer {
  const items = answer.policy_evaluation ?? [];
  const hadText =
    (answer.policy_evaluation_message ?? '').trim() !== '' ||
    items.some((item) => (item.message ?? '').trim() !== '');
  return {
    policy_evaluation: items.map((item) => ({
      policy_name: item.policy_name,
      policy_set_name: item.policy_set_name,
      policy_status: item.policy_status,
    })),
    policy_evaluation_message: hadText ? STATE_MESSAGES_LEFT_OUT : undefined,
    policy_evaluation_status: answer.policy_evaluation_status,
  };
}
