export const id = 245;
export const ids = [245];
export const modules = {
  /***/
  5626: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        driftSourcesOf: () => (
          /* binding */
          driftSourcesOf
        ),
        sendDriftPerResource: () => (
          /* binding */
          sendDriftPerResource
        )
      });
      var redact = __webpack_require__(5299);
      var http_client = __webpack_require__(773);
      var zod_mini = __webpack_require__(1164);
      var api_errors = __webpack_require__(6050);
      var api_call = __webpack_require__(1021);
      var api_url = __webpack_require__(5404);
      ;
      const update_resources_text = zod_mini.FsL(zod_mini.cl6(zod_mini.YjP()), zod_mini.pdi((v) => v ?? ""));
      const updateResourcesResponseSchema = zod_mini._H3({
        results: zod_mini.FsL(zod_mini.cl6(zod_mini.YOg(zod_mini._H3({
          error: update_resources_text,
          mode: update_resources_text,
          module: update_resources_text,
          name: update_resources_text,
          provider: update_resources_text,
          status: update_resources_text,
          type: update_resources_text
        }))), zod_mini.pdi((v) => v ?? [])),
        summary: zod_mini._H3({
          failed: zod_mini.aig().check(zod_mini.Whr(), zod_mini.ZnW()),
          skipped: zod_mini.aig().check(zod_mini.Whr(), zod_mini.ZnW()),
          total: zod_mini.aig().check(zod_mini.Whr(), zod_mini.ZnW()),
          updated: zod_mini.aig().check(zod_mini.Whr(), zod_mini.ZnW())
        })
      });
      async function updateResources(conn, request, options = {}) {
        return (0, api_call.SV)(conn, { ...options, answerStatuses: [400] }, async (client, resolved) => {
          const url = (0, api_url.fO)(resolved, "resources");
          const action = "update the workspace resources with drift";
          const ctx = (0, api_call._O)(resolved, url, action);
          const response = await client.call("PATCH", url, action, JSON.stringify(request));
          if (response.status === 400) {
            const answer = updateResourcesResponseSchema.safeParse(jsonOrUndefined(response.body));
            if (answer.success)
              return answer.data;
            throw (0, api_errors.$C)(400, response.body, ctx, 1);
          }
          return (0, api_call.xp)(response, updateResourcesResponseSchema, ctx);
        });
      }
      function jsonOrUndefined(text) {
        try {
          return JSON.parse(text);
        } catch {
          return void 0;
        }
      }
      var errors = __webpack_require__(3916);
      var body_secrets = __webpack_require__(21);
      var resource_address = __webpack_require__(6938);
      ;
      const DRIFT_BATCH_SIZE = 500;
      const REDACTED_VALUE = "(redacted)";
      const NAMED_FAILURES = 3;
      function toUpdate(resource, pathId) {
        const split = (0, resource_address.lS)(resource.address);
        if (split === void 0)
          return void 0;
        return {
          provider: resource.provider,
          type: split.type,
          name: split.name,
          module: split.module,
          mode: resource.mode === "data" ? "datasource" : "managed",
          attributes: {},
          ...pathId === void 0 ? {} : { path_id: pathId },
          drift_status: resource.status,
          drift_attributes: Object.fromEntries(resource.attributes.map((name) => [name, REDACTED_VALUE]))
        };
      }
      function driftResourcesOf(sources) {
        const resources = [];
        const warnings = [];
        for (const { plan, pathId } of sources) {
          const list = plan.driftResources;
          if (list === void 0)
            continue;
          const unnamed = [];
          for (const resource of list.items) {
            const update = toUpdate(resource, pathId);
            if (update === void 0)
              unnamed.push(resource.address);
            else
              resources.push(update);
          }
          if (unnamed.length > 0) {
            warnings.push(`${plan.file}: ${unnamed.length} drifted ${unnamed.length === 1 ? "entry has" : "entries have"} no resource address (${unnamed.slice(0, NAMED_FAILURES).join(", ")}); not sent per resource`);
          }
          const left = list.total - list.items.length;
          if (left > 0) {
            warnings.push(`${plan.file}: ${list.total} drifted resources; the first ${list.items.length} were sent per resource, ${left} left out`);
          }
        }
        return { resources, warnings };
      }
      function batches(items, size = DRIFT_BATCH_SIZE) {
        const out = [];
        for (let i = 0; i < items.length; i += size)
          out.push(items.slice(i, i + size));
        return out;
      }
      function emptyTotals() {
        return { updated: 0, skipped: 0, failed: 0, total: 0, failures: [] };
      }
      function addAnswer(totals, answer, sent) {
        totals.updated += answer.summary.updated;
        totals.skipped += answer.summary.skipped;
        totals.failed += answer.summary.failed;
        totals.total += answer.summary.total;
        for (const result of answer.results) {
          if (result.status !== "failed" || totals.failures.length >= NAMED_FAILURES)
            continue;
          const match = sent.find((r) => r.type === result.type && r.name === result.name && r.module === result.module);
          const address = `${result.module === "" ? "" : `${result.module}.`}${result.type}.${result.name}`;
          const unit = match?.path_id === void 0 ? "" : ` (unit ${match.path_id})`;
          totals.failures.push(`${address}${unit}${result.error === "" ? "" : `: ${result.error}`}`);
        }
      }
      function totalsLine(totals) {
        const parts = [`${totals.updated} updated`];
        if (totals.failed > 0) {
          const more = totals.failed - totals.failures.length;
          const named = totals.failures.join("; ");
          parts.push(`${totals.failed} failed${named === "" ? "" : `: ${named}`}${more > 0 ? `; ${more} more` : ""}`);
        }
        if (totals.skipped > 0)
          parts.push(`${totals.skipped} skipped`);
        return `drift per resource: ${parts.join(", ")}`;
      }
      ;
      const send_drift_resources_crypto = () => process.getBuiltinModule("node:crypto");
      function driftSourcesOf(input) {
        if (input.drifts.length > 0)
          return input.drifts.map((plan) => ({ plan }));
        return [
          ...input.plans.map((plan) => ({ plan })),
          ...[...input.terragrunt?.plans ?? []].map(([pathId, plan]) => ({ plan, pathId }))
        ];
      }
      async function sendDriftResources(sources, options) {
        const { resources, warnings } = driftResourcesOf(sources);
        if (resources.length === 0)
          return { line: void 0, warnings };
        const now = options.now ?? Date.now;
        const budget = options.http?.totalBudgetMs ?? http_client.AU.totalBudgetMs;
        const deadline = now() + budget;
        const sessionId = send_drift_resources_crypto().randomUUID();
        const totals = emptyTotals();
        const parts = batches(resources, options.batchSize);
        let sent = 0;
        for (const part of parts) {
          const remaining = deadline - now();
          if (remaining <= 0) {
            warnings.push(`drift per resource: the time budget ran out after ${sent} of ${resources.length} resources; the rest were not sent`);
            break;
          }
          const request = (0, redact.Zg)({ resources: part, session_id: sessionId, update_mode: "drift" }, options.secrets);
          try {
            const answer = await updateResources(options.connection, request, {
              ...options.http,
              totalBudgetMs: Math.min(remaining, budget)
            });
            addAnswer(totals, answer, part);
            sent += part.length;
          } catch (error) {
            warnings.push(`drift per resource: ${sent} of ${resources.length} resources sent, then the call failed: ${(0, errors.Uc)(error)}`);
            break;
          }
        }
        const line = totalsLine(totals);
        if (totals.failed > 0)
          warnings.push(line);
        return { line: sent === 0 ? void 0 : line, warnings };
      }
      async function sendDriftPerResource(config, sources, model, io) {
        const outcome = await sendDriftResources(sources, {
          connection: config.connection,
          secrets: (0, body_secrets.mj)(config),
          http: { env: io.env, log: io.log, ...io.http }
        });
        if (outcome.line !== void 0)
          io.log(`Harness ${outcome.line}`);
        for (const warning of outcome.warnings)
          model.warnings.push(warning);
      }
    })
  )
};
