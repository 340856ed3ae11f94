/**
 * A send followed by its confirmation (issue 26): once Harness accepted the event, the activity it
 * became is looked up and its counts compared (confirm-activity.ts), within the send's own time
 * budget. What it finds goes on the model (the `activity-id` output, a line in every summary);
 * a lookup that finds nothing, fails or disagrees is a warning, never a failed run.
 */
import { DEFAULT_HTTP_OPTIONS, type HttpOptions } from '../api/http-client.js';
import type { ApiConnection } from '../api/connection.js';
import type { ReportModel } from '../reporter/report-model.js';
import { confirmActivity, confirmationLine, findActivity, type ConfirmTarget } from './confirm-activity.js';

export { confirmTarget } from './confirm-activity.js';

export interface ConfirmSettings {
  readonly connection: ApiConnection;
  readonly noConfirm: boolean;
  readonly harnessUiUrl?: string | undefined;
}

export async function sendAndConfirm<D extends { readonly kind: string }>(
  config: ConfirmSettings,
  sent: ConfirmTarget,
  model: ReportModel,
  http: HttpOptions | undefined,
  send: (landed: () => Promise<boolean | undefined>) => Promise<D>,
): Promise<D> {
  const since = Date.now();
  const deadline = since + (http?.totalBudgetMs ?? DEFAULT_HTTP_OPTIONS.totalBudgetMs);
  // Asked only when a send's outcome is unknown: did the event become an activity after all?
  // (Even with --no-confirm: a lookup beats a second activity.)
  const landed = async (): Promise<boolean | undefined> => {
    try {
      const found = await findActivity(config.connection, sent, since, {
        ...(http === undefined ? {} : { http }),
        deadline: Math.max(deadline, Date.now() + 5_000),
      });
      return found !== undefined;
    } catch {
      return undefined;
    }
  };
  const delivery = await send(landed);
  if (delivery.kind !== 'sent' || config.noConfirm) return delivery;
  const confirmation = await confirmActivity(config.connection, sent, since, {
    ...(http === undefined ? {} : { http }),
    deadline,
    uiBase: config.harnessUiUrl,
  });
  const line = confirmationLine(confirmation);
  if (confirmation.kind === 'confirmed') {
    model.activity = { id: confirmation.activityId, link: confirmation.link, line };
    if (confirmation.differences.length > 0) model.warnings.push(line.replace(/^warning: /, ''));
  } else {
    model.warnings.push(confirmation.warning);
  }
  return delivery;
}
