export const id = 102;
export const ids = [102];
export const modules = {
  /***/
  5102: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.r(__webpack_exports__);
      __webpack_require__.d(__webpack_exports__, {
        run: () => (
          /* binding */
          run
        )
      });
      var core = __webpack_require__(6421);
      var zod_mini = __webpack_require__(1164);
      var src_errors = __webpack_require__(3916);
      ;
      const TEXT = zod_mini.YjP().check(zod_mini.BpQ(1));
      const OPTIONAL_TEXT = zod_mini.lqM(TEXT);
      const TEXT_LIST = zod_mini.Rvf(zod_mini.YOg(TEXT), []);
      const OFF = zod_mini.Rvf(zod_mini.zMY(), false);
      const OPTIONAL_URL = zod_mini.lqM(zod_mini.OZ5());
      ;
      const COMMENT_MODES = ["off", "on-change", "always"];
      const FORGES = ["github", "gitlab"];
      const MARKDOWN_BUDGETS = ["summary", "comment"];
      const reviewSchema = zod_mini.Ikc({
        comment: zod_mini.Rvf(zod_mini.k5n(COMMENT_MODES), "off"),
        /** Any text; the forge layer turns it into a safe marker. */
        commentKey: zod_mini.lqM(zod_mini.YjP().check(zod_mini.Ru6(200))),
        /** GitHub or GitLab token; else GITHUB_TOKEN / GITLAB_TOKEN (review.ts). */
        token: zod_mini.lqM(zod_mini.YjP()),
        /** Detected from the CI when unset (review.ts). */
        forge: zod_mini.lqM(zod_mini.k5n(FORGES)),
        /** The forge's API root (GitHub Enterprise `https://HOST/api/v3`, GitLab `https://HOST/api/v4`). */
        forgeUrl: OPTIONAL_URL,
        /** One deadline for every forge call of a run, in seconds. */
        forgeTimeout: zod_mini.Rvf(zod_mini.auy.number().check(zod_mini.yjt("a number of seconds above 0"), zod_mini.wJL(600, "at most 600 seconds")), 60),
        checkRun: OFF,
        /** After a drift check, one issue per drifted workspace (drift-issue.ts); `true`: the CI's forge. */
        driftIssue: zod_mini.Rvf(zod_mini.k5n(["false", "true", "github", "gitlab"], "true, false, github or gitlab"), "false"),
        driftIssueScope: zod_mini.Rvf(zod_mini.k5n(["workspace", "unit"], "workspace or unit"), "workspace"),
        driftIssueLabel: zod_mini.Rvf(zod_mini.YjP().check(zod_mini.Bqr(), zod_mini.BpQ(1), zod_mini.Ru6(50), zod_mini.yGV(/^[^,]+$/, "one label, without commas")), "drift"),
        markdownFile: OPTIONAL_TEXT,
        markdownBudget: zod_mini.Rvf(zod_mini.k5n(MARKDOWN_BUDGETS), "summary")
      });
      var plan_summary = __webpack_require__(7007);
      var statuses = __webpack_require__(9819);
      ;
      const POLICY_GATE_LEVELS = ["error", "warning"];
      const id2 = zod_mini.YjP().check(zod_mini.BpQ(1), zod_mini.Ru6(1024));
      const pipelineIdsSchema = zod_mini.Ikc({
        pipelineId: zod_mini.lqM(id2),
        stageId: zod_mini.lqM(id2),
        pipelineExecutionId: zod_mini.lqM(id2),
        pipelineStageId: zod_mini.lqM(id2)
      });
      const uploadsSchema = zod_mini.Ikc({
        /** `terraform show -no-color tfplan` output for the whole run -> plan_human -> plan_uuid. */
        planText: OPTIONAL_TEXT,
        /** File name of the plan text beside each Terragrunt unit's plan -> plan_human per unit. */
        planTextName: zod_mini.lqM(zod_mini.YjP().check(zod_mini.BpQ(1), zod_mini.YPB((name) => !/^([\\/]|[A-Za-z]:)/.test(name) && !name.split(/[\\/]/).some((p) => p === ".." || p === ""), "a file name inside the unit folder, such as tfplan.txt"))),
        /** Upload the --infracost file (cost_breakdown or cost_diff by what it is), per unit too. */
        infracost: OFF,
        /** A state file -> state_raw -> state_uuid + state_checksum. Read for nothing else. */
        state: OPTIONAL_TEXT,
        pipeline: zod_mini.SdS(pipelineIdsSchema, {}),
        /**
         * One deadline, in seconds, for all of a run's uploads together: a slow `/data` endpoint must
         * not hold the run a minute per few units. Uploads not done by then are reported as not done.
         */
        timeout: zod_mini.Rvf(zod_mini.auy.number().check(zod_mini.yjt("a number of seconds above 0"), zod_mini.wJL(3600, "at most 3600 seconds")), 300)
      });
      const PIPELINE_ID_KEYS = [
        "pipelineId",
        "stageId",
        "pipelineExecutionId",
        "pipelineStageId"
      ];
      function wantsUploads(uploads) {
        return uploads.planText !== void 0 || uploads.planTextName !== void 0 || uploads.infracost || uploads.state !== void 0;
      }
      function missingPipelineIds(uploads) {
        if (!wantsUploads(uploads))
          return [];
        return PIPELINE_ID_KEYS.filter((key) => uploads.pipeline[key] === void 0);
      }
      ;
      const DEFAULT_BASE_URL = "https://app.harness.io";
      const ORG_OR_PROJECT = zod_mini.lqM(zod_mini.YjP().check(zod_mini.BpQ(1), zod_mini.Ru6(128)));
      const connectionSchema = zod_mini.Ikc({
        /** Goes into the Harness-Account header and the query: the same rule as the key (issue 23). */
        accountId: zod_mini.lqM(zod_mini.YjP().check(zod_mini.BpQ(1), zod_mini.Ru6(128), zod_mini.yGV(/^[\x21-\x7e]+$/, "the account id holds a space, line break, control or non-ASCII character, which an HTTP header cannot carry; copy it again from the Harness URL"))),
        org: ORG_OR_PROJECT,
        project: ORG_OR_PROJECT,
        workspace: zod_mini.lqM(zod_mini.YjP().check(zod_mini.BpQ(1), zod_mini.Ru6(1024))),
        /**
         * Printable ASCII only: a line break or control character cannot go into an HTTP header (undici
         * throws, which looked like a network failure and spooled the body). The message never quotes
         * the value.
         */
        apiKey: zod_mini.lqM(zod_mini.YjP().check(zod_mini.BpQ(1), zod_mini.yGV(/^[\x21-\x7e]+$/, "the key holds a space, line break, control or non-ASCII character, which an HTTP header cannot carry; copy the key again"))),
        /** Harness host, path prefix included (`https://app.harness.io/gateway`); IaCM paths go under `/iacm/api`. */
        baseUrl: zod_mini.Rvf(zod_mini.OZ5(), DEFAULT_BASE_URL),
        /** In-stage IaCM service URL (PLUGIN_ENDPOINT_VARIABLES.base_url); paths go under `/api`. Wins over baseUrl. */
        serviceUrl: OPTIONAL_URL
      });
      const gatesSchema = zod_mini.Ikc({
        failOnDrift: OFF,
        failOnDestroy: OFF,
        /** Fail after the event is sent when the report does not cover everything (coverage.ts). */
        failOnIncomplete: OFF,
        /** An amount in the Infracost currency, as decimal text. */
        maxMonthlyCostIncrease: zod_mini.lqM(zod_mini.YjP().check(zod_mini.yGV(/^\d+(\.\d+)?$/, "a non-negative amount such as 100 or 12.50"))),
        /** Fail after the event is sent when a policy answered this or worse (issue 14). */
        failOnPolicy: zod_mini.lqM(zod_mini.k5n(POLICY_GATE_LEVELS))
      });
      const reportConfigBase = zod_mini.Ikc({
        plans: TEXT_LIST,
        drifts: TEXT_LIST,
        terragruntDir: OPTIONAL_TEXT,
        terragruntReport: OPTIONAL_TEXT,
        /** File name (glob allowed) of the plan JSON inside each Terragrunt unit folder. */
        planFileName: zod_mini.Rvf(TEXT, "tfplan.json"),
        /** Threads reading a Terragrunt tree's unit plans (terragrunt/unit-reader-pool.ts); 1: one thread. */
        readerThreads: zod_mini.FsL(zod_mini.Rvf(zod_mini.YjP().check(zod_mini.yGV(/^(auto|[1-9]\d{0,2})$/, "auto, or a number of threads from 1 (one thread) to 999")), "auto"), zod_mini.pdi((v) => v === "auto" ? "auto" : Number(v))),
        infracost: OPTIONAL_TEXT,
        /** Show `before -> after` of changed attributes that pass value-policy.ts (off by default). */
        showValues: OFF,
        /** Globs of attribute paths (`input.internal_*`, `aws_db_instance.*.endpoint`) whose values stay hidden. */
        hideValuesOf: TEXT_LIST,
        eventType: zod_mini.lqM(zod_mini.k5n(statuses.Ru)),
        activityType: zod_mini.lqM(zod_mini.k5n(statuses.gI)),
        activityStatus: zod_mini.lqM(zod_mini.k5n(statuses.FB)),
        provisioner: zod_mini.lqM(zod_mini.k5n(plan_summary.oP)),
        dryRun: OFF,
        /** Where a body that could not be delivered is written; default RUNNER_TEMP, else the OS temp folder. */
        spoolDir: OPTIONAL_TEXT,
        /** Skip the activity lookup after a send (issue 26). */
        noConfirm: OFF,
        /** Harness UI base for activity links (https only). */
        harnessUiUrl: OPTIONAL_TEXT,
        /** After a report with drift was accepted, PATCH each drifted resource (issue 26, part 2). */
        sendDriftResources: OFF,
        connection: zod_mini.SdS(connectionSchema, {}),
        gates: zod_mini.SdS(gatesSchema, {}),
        /** Workspace data uploads and their pipeline ids (upload-settings.ts). */
        uploads: zod_mini.SdS(uploadsSchema, {}),
        /** The pull/merge request comment, check run and Markdown file (review-settings.ts). */
        review: zod_mini.SdS(reviewSchema, {}),
        // --- Partial reports (map side of `merge`) ---
        /** Write this run's partial report to this file; nothing is sent unless `send` is also set. */
        savePartial: OPTIONAL_TEXT,
        /** The leg's name in the partial (default: from the CI and the file name). */
        leg: zod_mini.lqM(zod_mini.YjP().check(zod_mini.BpQ(1), zod_mini.Ru6(300))),
        /** With savePartial: send this leg's own event as well (one workspace per leg). */
        send: OFF
      });
      const reportConfigSchema = reportConfigBase.check(zod_mini.zni(crossFieldRules));
      const SEND_FIELDS = ["accountId", "org", "project", "workspace", "apiKey"];
      function rule(ctx, code, path, message) {
        ctx.addIssue({ code: "custom", path, message, params: { code } });
      }
      function connectionRule(config, ctx, what) {
        const missing = SEND_FIELDS.filter((field) => config.connection[field] === void 0);
        if (missing.length > 0) {
          rule(ctx, "CONFIG_MISSING", ["connection"], `missing ${missing.map((field) => (0, src_errors.yE)(`connection.${field}`)).join(", ")} to send ${what} to Harness (or set ${(0, src_errors.yE)("dryRun")} to send nothing)`);
        }
      }
      function crossFieldRules(config, ctx) {
        if (config.plans.length === 0 && config.drifts.length === 0 && config.terragruntDir === void 0) {
          rule(ctx, "NOTHING_TO_REPORT", [], `nothing to report: set ${(0, src_errors.yE)("plans")}, ${(0, src_errors.yE)("drifts")} or ${(0, src_errors.yE)("terragruntDir")}`);
          return;
        }
        if (config.terragruntReport !== void 0 && config.terragruntDir === void 0) {
          rule(ctx, "CONFIG_INVALID", ["terragruntReport"], `${(0, src_errors.yE)("terragruntReport")} needs ${(0, src_errors.yE)("terragruntDir")}, the tree whose units it describes`);
          return;
        }
        if (uploadRules(config, ctx))
          return;
        for (const field of ["leg", "send"]) {
          if (config[field] !== void 0 && config[field] !== false && config.savePartial === void 0) {
            rule(ctx, "CONFIG_INVALID", [field], `${(0, src_errors.yE)(field)} goes with ${(0, src_errors.yE)("savePartial")} (the partial report of one CI leg)`);
            return;
          }
        }
        if (config.dryRun || config.savePartial !== void 0 && !config.send)
          return;
        connectionRule(config, ctx, "the report");
      }
      function uploadRules(config, ctx) {
        const { uploads } = config;
        if (uploads.infracost && config.infracost === void 0) {
          rule(ctx, "CONFIG_INVALID", ["uploads", "infracost"], `${(0, src_errors.yE)("uploads.infracost")} uploads the ${(0, src_errors.yE)("infracost")} file: set that too`);
          return true;
        }
        if (uploads.planTextName !== void 0 && config.terragruntDir === void 0) {
          rule(ctx, "CONFIG_INVALID", ["uploads", "planTextName"], `${(0, src_errors.yE)("uploads.planTextName")} names the plan text inside each Terragrunt unit and needs ${(0, src_errors.yE)("terragruntDir")}; for one plan use ${(0, src_errors.yE)("uploads.planText")}`);
          return true;
        }
        const missing = missingPipelineIds(uploads);
        if (missing.length > 0) {
          rule(ctx, "CONFIG_MISSING", ["uploads", "pipeline"], `uploads to the workspace need the pipeline ids: missing ${missing.map((key) => (0, src_errors.yE)(`uploads.pipeline.${key}`)).join(", ")}`);
          return true;
        }
        return false;
      }
      function ruleCode(issue) {
        if (issue.code !== "custom")
          return void 0;
        const code = issue.params?.code;
        return code;
      }
      ;
      const WORLDS = ["cli", "action", "plugin"];
      const SETTINGS = [
        // \u2500\u2500 Inputs \u2500\u2500
        {
          name: "plan",
          path: "plans",
          kind: "list",
          value: "file|glob",
          section: "inputs",
          description: "Plan JSON files (`terraform show -json` / `tofu show -json` output) to report, one per line or comma-separated; globs allowed.",
          help: "plan JSON files or globs (`terraform show -json` / `tofu show -json`); several add up"
        },
        {
          name: "drift",
          path: "drifts",
          kind: "list",
          value: "file|glob",
          section: "inputs",
          description: "Drift files (refresh-only plan JSON with `resource_drift`), one per line or comma-separated; globs allowed.",
          help: "refresh-only plan JSON; its drift is the event's drift"
        },
        {
          name: "terragrunt-dir",
          path: "terragruntDir",
          kind: "text",
          value: "dir",
          section: "inputs",
          description: "Root of a Terragrunt `--json-out-dir` tree: one plan JSON per unit, under the unit's relative path.",
          help: "tree from `terragrunt run --all --json-out-dir <dir> -- plan`"
        },
        {
          name: "terragrunt-report",
          path: "terragruntReport",
          kind: "text",
          value: "file",
          section: "inputs",
          description: "Terragrunt run report JSON (`--report-file`), for unit status and errors.",
          help: "Terragrunt run report (`--report-file`, JSON)"
        },
        {
          name: "plan-file-name",
          path: "planFileName",
          kind: "text",
          value: "glob",
          section: "inputs",
          default: "tfplan.json",
          description: "File name (glob allowed) of the plan JSON inside each Terragrunt unit folder.",
          help: "plan file name (glob) inside each unit folder"
        },
        {
          name: "reader-threads",
          path: "readerThreads",
          kind: "text",
          value: "auto|n",
          section: "inputs",
          default: "auto",
          description: "Threads that read a Terragrunt tree's unit plans: `auto` (one per two cores, within memory; small trees and 1-3 cores on one thread) or a number; `1` reads on one thread.",
          help: "threads reading Terragrunt unit plans: `auto` or a number, `1` for one thread"
        },
        {
          name: "infracost",
          path: "infracost",
          kind: "text",
          value: "file",
          section: "inputs",
          description: "Infracost JSON (`infracost breakdown` or `infracost diff --format json`) with the costs.",
          help: "`infracost breakdown` / `infracost diff --format json` output"
        },
        {
          name: "show-values",
          path: "showValues",
          kind: "boolean",
          section: "inputs",
          default: "false",
          description: "true to show `before -> after` of changed attributes in the summaries, except sensitive values, values under secret-like names, values matched by `hide-values-of` and long ones (docs/what-changes.md).",
          help: "show `before -> after` of changed attributes, never sensitive or secret-like ones (docs/what-changes.md)"
        },
        {
          name: "hide-values-of",
          path: "hideValuesOf",
          kind: "list",
          value: "glob",
          section: "inputs",
          description: "With `show-values`: attribute paths (globs, over `path` or `address.path`, e.g. `input.internal_*`) whose values are never shown, one per line or comma-separated.",
          help: "with show-values: globs of attribute paths whose values stay hidden"
        },
        // \u2500\u2500 Event \u2500\u2500
        {
          name: "event-type",
          path: "eventType",
          kind: "text",
          value: "type",
          section: "event",
          description: "IaCM event type: plan, drifted, provisioning, destroying, active, inactive, apply_needed, failed or stage-complete. Default: plan; for drift-only runs drifted (active when nothing drifted).",
          help: "override (plan, drifted, active, failed, ...)"
        },
        {
          name: "activity-type",
          path: "activityType",
          kind: "text",
          value: "type",
          section: "event",
          description: "Activity type: apply, destroy, plan, drifted, import, bootstrap, synth, deploy, diff, drift or rollback. Default: plan; drift for drift-only runs.",
          help: "override (plan, drift, apply, ...)"
        },
        {
          name: "activity-status",
          path: "activityStatus",
          kind: "text",
          value: "status",
          section: "event",
          description: "Activity status: success, failure or incomplete. Default: failure when a plan errored or a unit failed, incomplete when a unit was skipped, else success.",
          help: "override (success, failure, incomplete)"
        },
        {
          name: "provisioner",
          path: "provisioner",
          kind: "text",
          value: "name",
          section: "event",
          description: "terraform, opentofu or terragrunt. Default: terragrunt for a Terragrunt tree, else what the plans show.",
          help: "terraform, opentofu or terragrunt (default: inferred)"
        },
        // \u2500\u2500 Connection (the CLI's send / ttl / pipelines commands share these) \u2500\u2500
        {
          name: "account-id",
          path: "connection.accountId",
          kind: "text",
          value: "id",
          section: "connection",
          env: { cli: ["HARNESS_ACCOUNT_ID"], plugin: ["HARNESS_ACCOUNT_ID"] },
          endpoint: "account_id",
          description: "Harness account id. Required unless dry-run is true.",
          help: "Harness account id (`Harness-Account` header)"
        },
        {
          name: "org",
          path: "connection.org",
          kind: "text",
          value: "id",
          section: "connection",
          env: { cli: ["HARNESS_ORG_ID"], plugin: ["HARNESS_ORG_ID"] },
          endpoint: "org_id",
          description: "Harness organization id. Required unless dry-run is true.",
          help: "organisation id"
        },
        {
          name: "project",
          path: "connection.project",
          kind: "text",
          value: "id",
          section: "connection",
          env: { cli: ["HARNESS_PROJECT_ID"], plugin: ["HARNESS_PROJECT_ID"] },
          endpoint: "project_id",
          description: "Harness project id. Required unless dry-run is true.",
          help: "project id"
        },
        {
          name: "workspace",
          path: "connection.workspace",
          kind: "text",
          value: "id",
          section: "connection",
          // In a Harness stage HARNESS_WORKSPACE is the checkout folder (`/harness`), never an id.
          env: { cli: ["HARNESS_WORKSPACE_ID"], plugin: ["IACM_WORKSPACE_ID"] },
          endpoint: "workspace_id",
          description: "IaCM workspace id. Required unless dry-run is true.",
          help: "IaCM workspace id"
        },
        {
          name: "api-key",
          path: "connection.apiKey",
          kind: "text",
          value: "key",
          section: "connection",
          secret: true,
          env: { cli: ["HARNESS_API_KEY"] },
          endpoint: "token",
          description: "Harness API key (`pat.*` or `sat.*`); pass it from a secret. Masked in the log and sent only in the `x-api-key` header. Required unless dry-run is true.",
          help: "a `pat.*` / `sat.*` key, from a secret (never on a command line: it shows in process lists)"
        },
        {
          name: "base-url",
          path: "connection.baseUrl",
          kind: "text",
          value: "url",
          section: "connection",
          env: { cli: ["HARNESS_BASE_URL"] },
          default: "https://app.harness.io",
          description: "Harness host, path prefix included (for example `https://app.harness.io/gateway`).",
          help: "Harness host, path prefix included (`https://acme.harness.io/gateway`)"
        },
        // \u2500\u2500 Delivery \u2500\u2500
        {
          name: "dry-run",
          path: "dryRun",
          kind: "boolean",
          section: "delivery",
          default: "false",
          description: "true to skip only the send to Harness: the summary, outputs, payload file and comment are still produced.",
          help: "build and show the request body; send nothing, need no credentials"
        },
        {
          name: "spool-dir",
          path: "spoolDir",
          kind: "text",
          value: "dir",
          section: "delivery",
          description: "Where the request body is saved when sending fails for good, for a later `iacm-report send`. Default: RUNNER_TEMP.",
          help: "where an undeliverable body is saved (default: RUNNER_TEMP, else the OS temp folder)"
        },
        {
          name: "no-confirm",
          path: "noConfirm",
          kind: "boolean",
          section: "delivery",
          default: "false",
          description: "true to skip the check after sending: by default the run looks up the Harness activity the event became (its id is the `activity-id` output) and compares Harness's counts with the report's, warning on a difference.",
          help: "skip looking up the activity the event became and comparing Harness's counts"
        },
        {
          name: "harness-ui-url",
          path: "harnessUiUrl",
          kind: "text",
          value: "url",
          section: "delivery",
          env: { cli: ["HARNESS_UI_URL"], plugin: ["HARNESS_UI_URL"] },
          description: "Harness UI address (for example `https://app.harness.io`) for a link to the recorded activity in every summary; no link without it (the UI path is our inference).",
          help: "Harness UI address for a link to the recorded activity (none without it)"
        },
        {
          name: "send-drift-resources",
          path: "sendDriftResources",
          kind: "boolean",
          section: "delivery",
          default: "false",
          description: "true to fill the Harness workspace's Resources view with drift per resource after a report with drift was accepted: each drifted resource with its status (changed or deleted) and the NAMES of its drifted attributes, every value replaced by `(redacted)` (docs/harness.md).",
          help: "after a report with drift was sent, send each drifted resource (attribute names only) to Harness"
        },
        // \u2500\u2500 Review: the pull/merge request comment, the check run, the Markdown file (docs/pull-requests.md) \u2500\u2500
        {
          name: "comment",
          path: "review.comment",
          kind: "text",
          value: "mode",
          section: "review",
          default: "off",
          description: "Sticky pull-request comment: off, on-change (only when the plan has changes or drift, but an existing comment is always refreshed) or always. Needs `pull-requests: write`.",
          help: "sticky pull/merge request comment: off, on-change or always"
        },
        {
          name: "comment-key",
          path: "review.commentKey",
          kind: "text",
          value: "key",
          section: "review",
          description: "Tells this step's comment apart from others on the same PR (set one per matrix leg). Default: the workflow and job names.",
          help: "tells this step's comment apart from others on the same request (one per matrix leg)"
        },
        {
          name: "github-token",
          path: "review.token",
          kind: "text",
          value: "token",
          section: "review",
          worlds: ["action"],
          secret: true,
          default: "${{ github.token }}",
          description: "Token used to write the PR comment and the check run.",
          help: "token used to write the PR comment and the check run"
        },
        {
          name: "forge-token",
          path: "review.token",
          kind: "text",
          value: "token",
          section: "review",
          worlds: ["cli", "plugin"],
          secret: true,
          description: "GitHub or GitLab token for the comment and check run. Default: GITHUB_TOKEN or GITLAB_TOKEN.",
          help: "GitHub or GitLab token for the comment (default: `GITHUB_TOKEN` / `GITLAB_TOKEN`)"
        },
        {
          name: "forge",
          path: "review.forge",
          kind: "text",
          value: "github|gitlab",
          section: "review",
          worlds: ["cli", "plugin"],
          description: "Where the pull or merge request lives. Default: detected from the CI (GitHub Actions, GitLab CI, Harness CI / Drone).",
          help: "github or gitlab (default: detected from the CI)"
        },
        {
          name: "forge-url",
          path: "review.forgeUrl",
          kind: "text",
          value: "url",
          section: "review",
          worlds: ["cli", "plugin"],
          description: "The forge's API root: `https://HOST/api/v3` for GitHub Enterprise Server, `https://HOST/api/v4` for GitLab. Default: from the CI.",
          help: "API root: `https://HOST/api/v3` (GitHub Enterprise), `https://HOST/api/v4` (GitLab)"
        },
        {
          name: "forge-timeout",
          path: "review.forgeTimeout",
          kind: "text",
          value: "seconds",
          section: "review",
          default: "60",
          description: "One deadline, in seconds, for every GitHub or GitLab call of the step (comment, check run).",
          help: "seconds for all comment and check run calls together"
        },
        {
          name: "check-run",
          path: "review.checkRun",
          kind: "boolean",
          section: "review",
          default: "false",
          description: "true to write a check run `iacm-reporter / <workspace>` on the pull request head (GitHub; needs `checks: write`).",
          help: "write a GitHub check run `iacm-reporter / <workspace>` (needs `checks: write`)"
        },
        {
          name: "drift-issue",
          path: "review.driftIssue",
          kind: "text",
          value: "true|github|gitlab",
          section: "review",
          default: "false",
          description: "After a drift check: keep one issue per drifted workspace, edited in place, commented on when the drifted set changes, closed when a complete check finds no drift. `true` (the forge the CI says), `github` or `gitlab`. Needs `issues: write` (docs/drift-issues.md).",
          help: "after a drift check, one issue per drifted workspace (true, github or gitlab; needs `issues: write`)"
        },
        {
          name: "drift-issue-scope",
          path: "review.driftIssueScope",
          kind: "text",
          value: "workspace|unit",
          section: "review",
          default: "workspace",
          description: "One drift issue per workspace, or per Terragrunt unit.",
          help: "one drift issue per workspace or per Terragrunt unit"
        },
        {
          name: "drift-issue-label",
          path: "review.driftIssueLabel",
          kind: "text",
          value: "label",
          section: "review",
          default: "drift",
          description: "The label drift issues carry (and are found by).",
          help: "the label drift issues carry (default `drift`)"
        },
        {
          name: "markdown",
          path: "review.markdownFile",
          kind: "text",
          value: "file",
          section: "review",
          worlds: ["cli"],
          description: "Write the Markdown summary (as the Action's job summary) to this file.",
          help: "write the Markdown summary to this file"
        },
        {
          name: "markdown-file",
          path: "review.markdownFile",
          kind: "text",
          value: "file",
          section: "review",
          worlds: ["plugin"],
          description: "Write the Markdown summary (as the Action's job summary) to this file.",
          help: "write the Markdown summary to this file"
        },
        {
          name: "markdown-budget",
          path: "review.markdownBudget",
          kind: "text",
          value: "summary|comment",
          section: "review",
          worlds: ["cli", "plugin"],
          default: "summary",
          description: "Size of the Markdown file: summary (1 MiB, a job summary) or comment (65,536 characters).",
          help: "Markdown size: summary (1 MiB) or comment (65,536 characters)"
        },
        // \u2500\u2500 Gates \u2500\u2500
        {
          name: "fail-on-drift",
          path: "gates.failOnDrift",
          kind: "boolean",
          section: "gates",
          default: "false",
          description: "true to fail the step when any resource drifted (after the report is sent).",
          help: "fail when any resource drifted (after the report is sent)"
        },
        {
          name: "fail-on-destroy",
          path: "gates.failOnDestroy",
          kind: "boolean",
          section: "gates",
          default: "false",
          description: "true to fail the step when the plan destroys any resource, replacements included (after the report is sent).",
          help: "fail when the plan destroys any resource, replacements included"
        },
        {
          name: "fail-on-incomplete",
          path: "gates.failOnIncomplete",
          kind: "boolean",
          section: "gates",
          default: "false",
          description: "true to fail the step (after the report is sent) when the report does not cover everything: an errored plan, failed, skipped or unplanned Terragrunt units, failed or missing matrix legs.",
          help: "fail when the report is incomplete (failed plans, units or legs; missing legs)"
        },
        {
          name: "max-monthly-cost-increase",
          path: "gates.maxMonthlyCostIncrease",
          kind: "text",
          value: "amount",
          section: "gates",
          description: "Fail the step when the monthly cost rises by more than this amount (in the Infracost currency, for example 100 or 12.50). Needs an Infracost diff.",
          help: "fail when the Infracost monthly diff exceeds this amount"
        },
        {
          name: "fail-on-policy",
          path: "gates.failOnPolicy",
          kind: "text",
          value: "error|warning",
          section: "gates",
          description: "error or warning: fail the step (after the report is sent) when Harness's policy evaluation of the uploaded data answers that or worse.",
          help: "error or warning: fail when Harness's policy answer to the uploads is that or worse"
        },
        // \u2500\u2500 Workspace data uploads (issue 14; upload-settings.ts) \u2500\u2500
        {
          name: "plan-text",
          path: "uploads.planText",
          kind: "text",
          value: "file",
          section: "uploads",
          description: "Upload this human-readable plan (`terraform show -no-color tfplan` output) to the workspace as plan_human; its id becomes the event's plan_uuid. Needs the four pipeline ids.",
          help: "terraform/tofu show -no-color output -> plan_human -> plan_uuid"
        },
        {
          name: "plan-text-name",
          path: "uploads.planTextName",
          kind: "text",
          value: "name",
          section: "uploads",
          description: "File name of the plan text beside each Terragrunt unit's plan; each is uploaded with the unit's path as stack_path. Needs terragrunt-dir and the four pipeline ids.",
          help: "plan text file beside each Terragrunt unit's plan (stack_path = unit)"
        },
        {
          name: "upload-infracost",
          path: "uploads.infracost",
          kind: "boolean",
          section: "uploads",
          default: "false",
          description: "true to upload the infracost file as cost_breakdown or cost_diff (by what it is), and each unit's project for a Terragrunt tree; ids go to cost_breakdown_uuid / cost_diff_uuid.",
          help: "upload the --infracost file as cost_breakdown / cost_diff (and per unit)"
        },
        {
          name: "upload-state",
          path: "uploads.state",
          kind: "text",
          value: "file",
          section: "uploads",
          description: "Upload this state file as state_raw (state_uuid, state_checksum). State holds secrets: it is only streamed to Harness, never read otherwise or printed.",
          help: "state file -> state_raw -> state_uuid, state_checksum (never printed)"
        },
        {
          name: "upload-timeout",
          path: "uploads.timeout",
          kind: "text",
          value: "seconds",
          section: "uploads",
          default: "300",
          description: "One deadline, in seconds, for all workspace data uploads of the run together; uploads not done by then are reported as not done (and `fail-on-policy` trips).",
          help: "seconds for all workspace data uploads together"
        },
        {
          name: "pipeline-id",
          path: "uploads.pipeline.pipelineId",
          kind: "text",
          value: "id",
          section: "uploads",
          env: { cli: ["HARNESS_PIPELINE_ID"], plugin: ["HARNESS_PIPELINE_ID"] },
          description: "Harness pipeline id for the uploads (required by the data endpoint).",
          help: "Harness pipeline id, required by any upload"
        },
        {
          name: "stage-id",
          path: "uploads.pipeline.stageId",
          kind: "text",
          value: "id",
          section: "uploads",
          env: { cli: ["HARNESS_STAGE_ID"], plugin: ["HARNESS_STAGE_ID"] },
          description: "Harness stage id for the uploads.",
          help: "Harness stage id, required by any upload"
        },
        {
          name: "pipeline-execution-id",
          path: "uploads.pipeline.pipelineExecutionId",
          kind: "text",
          value: "id",
          section: "uploads",
          env: { cli: ["HARNESS_EXECUTION_ID"], plugin: ["HARNESS_EXECUTION_ID"] },
          endpoint: "pipeline_execution_id",
          description: "Harness pipeline execution id for the uploads.",
          help: "pipeline execution id, required by any upload"
        },
        {
          name: "pipeline-stage-id",
          path: "uploads.pipeline.pipelineStageId",
          kind: "text",
          value: "id",
          section: "uploads",
          endpoint: "pipeline_stage_execution_id",
          description: "Harness stage execution id for the uploads.",
          help: "the stage execution id, required by any upload"
        },
        // \u2500\u2500 Partial reports: one CI leg of many (issue 13) \u2500\u2500
        {
          name: "save-partial",
          path: "savePartial",
          kind: "text",
          value: "file",
          section: "partial",
          description: "Write this leg's partial report to this file (for a final job with `merge`) instead of sending; no Harness input is needed then. Upload it under a unique name per leg.",
          help: "write this leg's partial report; nothing is sent (unless --send)"
        },
        {
          name: "leg",
          path: "leg",
          kind: "text",
          value: "name",
          section: "partial",
          description: "The leg's name in its partial report, for the merged summary (for example the matrix value). Default: the job id and the partial's file name.",
          help: "the leg's name in the partial (default: CI job/step and file name)"
        },
        {
          name: "send",
          path: "send",
          kind: "boolean",
          section: "partial",
          default: "false",
          description: "true to also send this leg's own event with `save-partial` (one workspace per leg, merged with `comment-only`).",
          help: "with --save-partial, also send this leg's own event"
        },
        // \u2500\u2500 Merge: the final job of a matrix (the CLI's `merge` command takes the partials as arguments) \u2500\u2500
        {
          name: "merge",
          path: "merge.partials",
          kind: "list",
          value: "file|glob",
          section: "merge",
          worlds: ["action", "plugin"],
          description: "Partial report files or globs (one per line or comma-separated) to merge into one event, one job summary and one comment. Set it in the final job that downloads the legs' partials.",
          help: "partial report files or globs to merge into one event"
        },
        {
          name: "comment-only",
          path: "merge.commentOnly",
          kind: "boolean",
          section: "merge",
          default: "false",
          description: "With `merge`: the legs already sent to their own workspaces; write one comment and job summary over all of them, one section per workspace, and send nothing.",
          help: "with merge: one summary over many workspaces' legs; nothing sent"
        },
        {
          name: "expect-legs",
          path: "merge.expectLegs",
          kind: "text",
          value: "count",
          section: "merge",
          description: "With `merge`: how many legs the matrix has. Fewer partials make the event incomplete, and the summary says how many are missing.",
          help: "with merge: legs expected; fewer make the event incomplete"
        },
        {
          name: "allow-mixed",
          path: "merge.allowMixed",
          kind: "boolean",
          section: "merge",
          default: "false",
          description: "With `merge`, true to accept partials of different workspaces or commits.",
          help: "with merge: accept partials of different workspaces or commits"
        }
      ];
      function settingsOf(world) {
        return SETTINGS.filter((setting) => (setting.worlds ?? WORLDS).includes(world));
      }
      function pluginKey(setting) {
        return setting.name.replace(/-/g, "_");
      }
      function pluginVariable(setting) {
        return `PLUGIN_${pluginKey(setting).toUpperCase()}`;
      }
      function settingAt(path, world) {
        const rows = world === void 0 ? SETTINGS : settingsOf(world);
        return rows.find((setting) => path === setting.path || path.startsWith(`${setting.path}.`));
      }
      function parseBooleanText(value) {
        const lower = value.toLowerCase();
        if (lower === "true")
          return true;
        if (lower === "false")
          return false;
        return void 0;
      }
      function splitList(value) {
        return value.split(/[\n,]/).map((item) => item.trim()).filter((item) => item !== "");
      }
      function setPath(into, dotted, value) {
        const keys = dotted.split(".");
        let node = into;
        for (const key of keys.slice(0, -1)) {
          node[key] ??= {};
          node = node[key];
        }
        node[keys[keys.length - 1]] = value;
      }
      function getPath(from, dotted) {
        let node = from;
        for (const key of dotted.split(".")) {
          if (typeof node !== "object" || node === null || !Object.hasOwn(node, key))
            return void 0;
          node = node[key];
        }
        return node;
      }
      const SETTING_NAMES = {
        cli: (path) => {
          const setting = settingAt(path, "cli");
          if (setting === void 0)
            return void 0;
          const env = setting.env?.cli ?? [];
          return [`--${setting.name}`, ...env].join(" / ");
        },
        action: (path) => {
          const setting = settingAt(path, "action");
          return setting === void 0 ? void 0 : `input "${setting.name}"`;
        },
        plugin: (path) => {
          if (path === "connection.serviceUrl")
            return "PLUGIN_ENDPOINT_VARIABLES.base_url";
          const setting = settingAt(path, "plugin");
          if (setting === void 0)
            return void 0;
          const sources = [pluginVariable(setting), ...setting.env?.plugin ?? []];
          return `settings.${pluginKey(setting)} (${sources.join(", ")})`;
        }
      };
      ;
      function issuePath(issue, prefix = "") {
        return prefix + issue.path.filter((part) => typeof part === "string").join(".");
      }
      function ruleError(issue, world) {
        const code = ruleCode(issue);
        if (code === void 0)
          return void 0;
        return new src_errors.eb((0, src_errors.mM)(issue.message, SETTING_NAMES[world]), code);
      }
      ;
      const mergeOptionsSchema = zod_mini.Ikc({
        /** Partial report files or globs. */
        partials: zod_mini.YOg(zod_mini.YjP().check(zod_mini.BpQ(1))).check(zod_mini.BpQ(1, "give at least one partial report file or glob")),
        /** Legs the run has: fewer partials mark the event incomplete and name the gap. */
        expectLegs: zod_mini.lqM(zod_mini.auy.number().check(zod_mini.Whr("a whole number"), zod_mini.yjt("a number of legs, 1 or more"))),
        /** Accept partials of different workspaces or commits in one event. */
        allowMixed: zod_mini.Rvf(zod_mini.zMY(), false),
        /** One comment and summary over many workspaces' legs; send nothing. */
        commentOnly: zod_mini.Rvf(zod_mini.zMY(), false)
      });
      const mergeConfigSchema = zod_mini.rej({
        ...zod_mini.UpN(reportConfigBase, {
          eventType: true,
          activityType: true,
          activityStatus: true,
          provisioner: true,
          dryRun: true,
          spoolDir: true,
          noConfirm: true,
          harnessUiUrl: true,
          connection: true,
          review: true
        }).shape,
        // The policy gate reads the answers to uploads, which a merge does not make.
        gates: zod_mini.SdS(zod_mini.rej(zod_mini.cJW(gatesSchema, { failOnPolicy: true }).shape), {}),
        merge: zod_mini.rej(mergeOptionsSchema.shape)
      }).check(zod_mini.zni((config, ctx) => {
        if (config.dryRun || config.merge.commentOnly)
          return;
        connectionRule(config, ctx, "the merged report");
      }));
      const MERGE_IGNORES = /* @__PURE__ */ new Set(["gates.failOnPolicy", "sendDriftResources"]);
      function actsOnMerge(row) {
        if (row.section === "inputs" || row.section === "partial" || row.section === "uploads")
          return false;
        return !MERGE_IGNORES.has(row.path);
      }
      function mergeInput(input, given, world) {
        const refused = SETTINGS.filter((row) => !actsOnMerge(row) && given(row));
        if (refused.length > 0) {
          const template = `${refused.map((row) => (0, src_errors.yE)(row.path)).join(", ")} cannot act on a merge: the merge reads only the partial reports the legs saved; set it on the legs that report`;
          throw new src_errors.eb((0, src_errors.mM)(template, SETTING_NAMES[world]), "CONFIG_INVALID");
        }
        const kept = structuredClone(input);
        for (const row of SETTINGS)
          if (!actsOnMerge(row))
            deletePath(kept, row.path);
        delete kept["uploads"];
        return kept;
      }
      function deletePath(into, dotted) {
        const keys = dotted.split(".");
        let node = into;
        for (const key of keys.slice(0, -1)) {
          if (typeof node !== "object" || node === null)
            return;
          node = node[key];
        }
        if (typeof node === "object" && node !== null)
          delete node[keys.at(-1) ?? ""];
      }
      ;
      const ACTION_INPUTS = Object.fromEntries(settingsOf("action").map((row) => [row.name, row]));
      const SECRET_INPUTS = settingsOf("action").filter((row) => row.secret === true).map((row) => row.name);
      const actionOptionsSchema = zod_mini.Ikc({});
      function inputVariable(name) {
        return `INPUT_${name.replace(/ /g, "_").toUpperCase()}`;
      }
      function readInput(env, name) {
        const value = env[inputVariable(name)]?.trim();
        return value === void 0 || value === "" ? void 0 : value;
      }
      function describeIssues(issues, raw, prefix = "") {
        return issues.map((issue) => {
          const rule2 = ruleError(issue, "action");
          if (rule2)
            return rule2.message;
          const setting = settingAt(issuePath(issue, prefix), "action");
          const name = setting?.name ?? issuePath(issue, prefix);
          const value = setting?.secret ? void 0 : raw[name];
          const shown2 = typeof value === "string" ? ` (got ${JSON.stringify(value)})` : "";
          return `input "${name}": ${issue.message}${shown2}`;
        }).join("; ");
      }
      function collectInputs(env) {
        const configInput = {};
        const optionsInput = {};
        const mergeInput2 = {};
        const raw = {};
        const problems = [];
        for (const row of settingsOf("action")) {
          const value = readInput(env, row.name);
          if (value === void 0)
            continue;
          raw[row.name] = value;
          let parsed = value;
          if (row.kind === "list")
            parsed = splitList(value);
          if (row.kind === "boolean") {
            parsed = parseBooleanText(value);
            if (parsed === void 0) {
              problems.push(`input "${row.name}": must be true or false (got ${JSON.stringify(value)})`);
              continue;
            }
          }
          if (row.path.startsWith("action."))
            setPath(optionsInput, row.path.slice("action.".length), parsed);
          else if (row.path.startsWith("merge."))
            setPath(mergeInput2, row.path, parsed);
          else
            setPath(configInput, row.path, parsed);
        }
        return { configInput, optionsInput, mergeInput: mergeInput2, raw, problems };
      }
      function isMergeStep(env) {
        return readInput(env, "merge") !== void 0;
      }
      function readActionInputs(env) {
        const { configInput, optionsInput, mergeInput: mergeInput2, raw, problems } = collectInputs(env);
        for (const [name, value] of Object.entries(mergeInput2["merge"] ?? {})) {
          if (value === false)
            continue;
          const input = settingAt(`merge.${name}`, "action")?.name ?? name;
          problems.push(`input "${input}" goes with the "merge" input (the final job of a matrix)`);
        }
        const config = reportConfigSchema.safeParse(configInput);
        if (!config.success)
          problems.push(describeIssues(config.error.issues, raw));
        const options = actionOptionsSchema.safeParse(optionsInput);
        if (!options.success)
          problems.push(describeIssues(options.error.issues, raw, "action."));
        if (problems.length > 0 || !config.success || !options.success) {
          const only = !config.success && problems.length === 1 ? config.error.issues[0] : void 0;
          const code = (only && ruleError(only, "action")?.code) ?? "CONFIG_INVALID";
          throw new src_errors.eb(problems.join("; "), code);
        }
        return { config: config.data, options: options.data };
      }
      function readActionMergeInputs(env) {
        const { configInput, optionsInput, mergeInput: merging, raw, problems } = collectInputs(env);
        const given = (row) => (row.worlds ?? WORLDS).includes("action") && raw[row.name] !== void 0 && raw[row.name] !== row.default;
        const merge = mergeConfigSchema.safeParse(mergeInput({ ...configInput, ...merging }, given, "action"));
        if (!merge.success)
          problems.push(describeIssues(merge.error.issues, raw));
        const options = actionOptionsSchema.safeParse(optionsInput);
        if (!options.success)
          problems.push(describeIssues(options.error.issues, raw, "action."));
        if (problems.length > 0 || !merge.success || !options.success) {
          const only = !merge.success && problems.length === 1 ? merge.error.issues[0] : void 0;
          const code = (only && ruleError(only, "action")?.code) ?? "CONFIG_INVALID";
          throw new src_errors.eb(problems.join("; "), code);
        }
        return { merge: merge.data, options: options.data };
      }
      var plain_text = __webpack_require__(8763);
      var bounded_list = __webpack_require__(8485);
      ;
      const ACTIONS = [
        { key: "deleted", verb: "to destroy", heading: "To destroy", needsEyes: true },
        { key: "replaced", verb: "to replace", heading: "To replace", needsEyes: true },
        { key: "drifted", verb: "drifted", heading: "Drifted", needsEyes: true },
        { key: "updated", verb: "to change", heading: "To change", needsEyes: false },
        { key: "created", verb: "to add", heading: "To add", needsEyes: false },
        { key: "imported", verb: "to import", heading: "To import", needsEyes: false },
        // Actions no Terraform or OpenTofu writes (counted as changes): a reviewer must look.
        { key: "unknown", verb: "with unknown actions", heading: "Unknown actions", needsEyes: true },
        {
          key: "forgotten",
          verb: "to forget",
          heading: "To forget (removed from state, kept in the cloud)",
          needsEyes: false
        },
        { key: "moved", verb: "moved", heading: "Moved", needsEyes: false },
        { key: "outputsChanged", verb: "outputs to change", heading: "Outputs to change", needsEyes: false },
        { key: "outputsAdded", verb: "outputs to add", heading: "Outputs to add", needsEyes: false },
        { key: "outputsRemoved", verb: "outputs to remove", heading: "Outputs to remove", needsEyes: false }
      ];
      const TEXT_LISTED = /* @__PURE__ */ new Set([
        "updated",
        "imported",
        "moved",
        "outputsChanged",
        "outputsAdded",
        "outputsRemoved"
      ]);
      const COUNT_COLUMNS = [
        { key: "added", word: "add" },
        { key: "changed", word: "change" },
        { key: "deleted", word: "destroy" },
        { key: "imported", word: "import" },
        { key: "removed", word: "forget" },
        { key: "unchanged", word: "unchanged" }
      ];
      function toolName(model) {
        const tool = model.engine ?? (model.provisioner === "terragrunt" ? void 0 : model.provisioner);
        if (tool === "opentofu")
          return "OpenTofu";
        if (tool === "terraform")
          return "Terraform";
        return "Terraform/OpenTofu";
      }
      function changedOutside(model) {
        return `changed outside ${toolName(model)}`;
      }
      function driftWords(model) {
        const d = model.driftCounts;
        const kinds = [
          d.deleted > 0 ? `${d.deleted} deleted` : "",
          d.changed > 0 ? `${d.changed} changed` : "",
          d.added > 0 ? `${d.added} created` : ""
        ].filter((s) => s !== "");
        if (kinds.length === 0)
          return changedOutside(model);
        const words = kinds.length === 1 ? kinds.map((k) => k.replace(/^\d+ /, "")) : kinds;
        return `${words.join(", ")} outside ${toolName(model)}`;
      }
      const DRIFT_COLUMNS = [
        { key: "deleted", word: "deleted outside" },
        { key: "changed", word: "changed outside" },
        { key: "added", word: "created outside" },
        { key: "unchanged", word: "unchanged" }
      ];
      function driftLine(model) {
        return DRIFT_COLUMNS.map(({ key, word }) => `${model.driftCounts[key]} ${word}`).join(", ");
      }
      function noDriftWords(model) {
        return `no drift: ${plural(model.driftCounts.unchanged, "resource")} checked`;
      }
      const UNIT_STATUS = {
        success: "ok",
        failure: "failed",
        skipped: "skipped"
      };
      function unitStatus(unit) {
        return unit.noPlan === true ? "no plan" : UNIT_STATUS[unit.status];
      }
      function plural(count2, one, many = `${one}s`) {
        return `${count2} ${count2 === 1 ? one : many}`;
      }
      function andMore(count2) {
        return `and ${count2} more`;
      }
      const NOTHING_TO_DO = "No changes: the infrastructure matches the configuration.";
      ;
      const COVERAGE_NAMES = 5;
      function coverageOf(model) {
        const units = model.units;
        const tally = model.unitTally;
        const failedUnits = tally?.failed ?? (0, bounded_list.Y4)(units.filter((u) => u.status === "failure").map((u) => u.pathId || "."));
        const unplanned = tally?.unplanned ?? (0, bounded_list.Y4)(units.filter((u) => u.status === "skipped" && u.noPlan === true).map((u) => u.pathId || "."));
        const skipped = tally?.skipped ?? (0, bounded_list.Y4)(units.filter((u) => u.status === "skipped" && u.noPlan !== true).map((u) => u.pathId || "."));
        const unitTotal = tally?.total ?? units.length;
        const legs = model.legs;
        const arrived = legs === void 0 ? 0 : legs.planned.length + legs.failed.length;
        const missingLegs = legs?.expected === void 0 ? 0 : Math.max(0, legs.expected - arrived);
        const failedLegs = legs?.failed ?? [];
        const erroredPlans = unitTotal > 0 ? [] : model.erroredPlans;
        const failed = failedUnits.total > 0 || failedLegs.length > 0 || erroredPlans.length > 0 || model.activityStatus === "failure" && unitTotal === 0 && legs === void 0;
        const complete = !failed && skipped.total === 0 && unplanned.total === 0 && missingLegs === 0;
        return {
          erroredPlans: (0, bounded_list.Y4)(erroredPlans),
          failedUnits,
          skippedUnits: skipped,
          unplannedUnits: unplanned,
          failedLegs: (0, bounded_list.Y4)(failedLegs),
          missingLegs,
          expectedLegs: legs?.expected,
          plannedLegs: legs?.planned.length ?? 0,
          failed,
          complete
        };
      }
      function coverageGaps(model, coverage = coverageOf(model)) {
        const gaps = [];
        const c = coverage;
        const legsTotal = c.expectedLegs ?? c.plannedLegs + c.failedLegs.total;
        const cover = `counts cover ${c.plannedLegs}`;
        if (c.failedLegs.total > 0) {
          gaps.push({
            kind: "failed-legs",
            severity: "caution",
            text: `${c.failedLegs.total} of ${legsTotal} legs failed: ${cover}`,
            label: "Failed legs",
            names: named(c.failedLegs)
          });
        }
        if (c.failedUnits.total > 0) {
          gaps.push({
            kind: "failed-units",
            severity: "caution",
            text: `${plural(c.failedUnits.total, "unit")} failed: their changes are unknown`,
            label: "Failed units",
            names: named(c.failedUnits)
          });
        }
        if (c.erroredPlans.total > 0) {
          const which = c.erroredPlans.total === 1 ? "the plan failed" : `${c.erroredPlans.total} plans failed`;
          gaps.push({
            kind: "errored",
            severity: "caution",
            text: `${which}: counts cover only what was planned before the error`,
            label: "Failed plans",
            names: c.erroredPlans.total > 1 || (model.filesTotal ?? model.files.length) > 1 ? named(c.erroredPlans) : void 0
          });
        } else if (c.failed && c.failedUnits.total === 0 && c.failedLegs.total === 0) {
          gaps.push({
            kind: "errored",
            severity: "caution",
            text: "the plan failed: counts may be incomplete",
            label: "Failed"
          });
        }
        if (c.missingLegs > 0) {
          gaps.push({
            kind: "missing-legs",
            severity: "warning",
            text: `${c.missingLegs} of ${legsTotal} legs missing: ${cover}`,
            label: "Missing legs"
          });
        }
        if (c.unplannedUnits.total > 0) {
          gaps.push({
            kind: "unplanned",
            severity: "warning",
            text: `${plural(c.unplannedUnits.total, "unit")} without a plan`,
            label: "No plan",
            names: named(c.unplannedUnits)
          });
        }
        if (c.skippedUnits.total > 0) {
          gaps.push({
            kind: "skipped",
            severity: "warning",
            text: `${plural(c.skippedUnits.total, "unit")} skipped`,
            label: "Skipped units",
            names: named(c.skippedUnits)
          });
        }
        return gaps;
      }
      function named(list) {
        return { items: list.items.slice(0, COVERAGE_NAMES), total: list.total };
      }
      function coverageLine(model) {
        const gaps = coverageGaps(model);
        if (gaps.length === 0)
          return void 0;
        const parts = gaps.map((gap) => {
          const names = gap.names === void 0 ? "" : namesText(gap.names);
          return names === "" ? gap.text : `${gap.text} (${names})`;
        });
        return `The report is incomplete: ${parts.join("; ")}`;
      }
      function namesText(list) {
        const rest = list.total - list.items.length;
        return `${list.items.join(", ")}${rest > 0 ? ` ${andMore(rest)}` : ""}`;
      }
      const NOTE_NAMES = 20;
      function missingLegsNote(legs) {
        const arrived = legs.planned.length + legs.failed.length;
        if (legs.expected === void 0 || arrived >= legs.expected)
          return void 0;
        const planned = legs.planned;
        const names = planned.slice(0, NOTE_NAMES).join(", ");
        const more = planned.length > NOTE_NAMES ? `, and ${planned.length - NOTE_NAMES} more` : "";
        return `${legs.expected - arrived} of ${legs.expected} expected legs missing: counts cover ${planned.length}` + (planned.length > 0 ? ` (${names}${more})` : "") + (legs.failed.length > 0 ? `, ${legs.failed.length} failed` : "");
      }
      function warningsBesideCoverage(model) {
        const restated = model.legs === void 0 ? void 0 : missingLegsNote(model.legs);
        return restated === void 0 ? model.warnings : model.warnings.filter((line2) => line2 !== restated);
      }
      ;
      const ENTITIES = {
        "&": "&amp;",
        "<": "&lt;",
        ">": "&gt;",
        "`": "&#96;",
        "|": "&#124;"
      };
      const MARKDOWN_PUNCTUATION = /[\\*_[\]~#!]/g;
      function escapeMarkdown(text, maxLength = Number.POSITIVE_INFINITY) {
        let plain2 = (0, plain_text.wh)(text).trim();
        if (plain2.length > maxLength)
          plain2 = (0, plain_text.e9)(plain2, maxLength);
        return plain2.replace(MARKDOWN_PUNCTUATION, (c) => `\\${c}`).replace(/^([-+])(?=\s|$)/, "\\$1").replace(/^(\d+)([.)])(?=\s|$)/, "$1\\$2").replace(/[&<>`|]/g, (c) => ENTITIES[c] ?? c).replace(/@/g, "@&#8203;").replace(/:\/\//g, ":&#8203;//").replace(/\b(www)\./gi, "$1&#8203;.");
      }
      function codeSpan(text, maxLength = Number.POSITIVE_INFINITY) {
        return `<code>${escapeMarkdown(text, maxLength)}</code>`;
      }
      ;
      const SHOWN_ATTRIBUTES = 8;
      const SHOWN_UNKNOWN = 3;
      const FORCES_REPLACEMENT = "forces replacement";
      function rolesSuffix(changed, name) {
        if (changed === void 0)
          return "";
        const replacing = new Set(changed.replacing ?? []);
        const parts = [];
        if (changed.names.length > 0) {
          const shown2 = changed.names.slice(0, SHOWN_ATTRIBUTES).map((p) => replacing.has(p) ? `${name(p)} (${FORCES_REPLACEMENT})` : name(p));
          const more = changed.total - Math.min(changed.names.length, SHOWN_ATTRIBUTES);
          parts.push(`${shown2.join(", ")}${more > 0 ? ` ${andMore(more)}` : ""}`);
        }
        const unknown = changed.unknown ?? [];
        if (unknown.length > 0) {
          const shown2 = unknown.slice(0, SHOWN_UNKNOWN).map(name);
          const more = (changed.unknownTotal ?? unknown.length) - shown2.length;
          parts.push(`known after apply: ${shown2.join(", ")}${more > 0 ? ` ${andMore(more)}` : ""}`);
        }
        return parts.length === 0 ? "" : ` \u2014 ${parts.join("; ")}`;
      }
      function valueLines(values) {
        return (values ?? []).map((v) => v.note !== void 0 ? `${v.path}: ${v.note}` : `${v.path}: ${v.before ?? "(absent)"} -> ${v.after ?? "(absent)"}`);
      }
      function valuesBlock(values, indent) {
        if (values === void 0 || values.length === 0)
          return "";
        const lines = [];
        for (const v of values) {
          if (v.note !== void 0)
            lines.push(`! ${v.path}: ${v.note}`);
          else {
            if (v.before !== void 0)
              lines.push(`- ${v.path} = ${v.before}`);
            if (v.after !== void 0)
              lines.push(`+ ${v.path} = ${v.after}`);
          }
        }
        const longest = Math.max(0, ...lines.map((l) => Math.max(0, ...(l.match(/`+/g) ?? []).map((r) => r.length))));
        const fence = "`".repeat(Math.max(3, longest + 1));
        const body = [`${fence}diff`, ...lines, fence].map((l) => `${indent}${l}`).join("\n");
        return `
${indent}<details><summary>values</summary>

${body}

${indent}</details>

`;
      }
      ;
      function moreLine(count2) {
        return `- \u2026 ${count2} more not shown
`;
      }
      function groupsOf(model) {
        return model.addressGroups ?? [{ source: "", kind: "plan", addresses: model.addresses }];
      }
      function attributesSuffix(changed) {
        return rolesSuffix(changed, (p) => codeSpan(p));
      }
      function makeSection(summary, groups, meter, options) {
        const detail = options.detail ?? "values";
        const lost = [];
        const total = groups.reduce((n, g) => n + (g.total ?? g.names.length), 0);
        const open = `<details${options.open ? " open" : ""}><summary>${summary} (${total})</summary>

`;
        const close = "\n</details>\n\n";
        const nested = groups.length > 1 || groups.length === 1 && (groups[0]?.kind === "unit" || groups[0]?.named === true);
        const items = [];
        for (const group of groups) {
          const indent = nested ? "  " : "";
          group.names.forEach((name, i) => {
            const shown2 = options.code ? codeSpan(name, options.maxName) : escapeMarkdown(name, options.maxName);
            const attributes = group.attributes?.get(name);
            const roles = detail === "none" ? void 0 : attributes;
            const values = detail === "values" ? attributes?.values : void 0;
            lost.push({
              roles: roles === void 0 && attributesSuffix(attributes) !== "",
              values: values === void 0 && (attributes?.values?.length ?? 0) > 0
            });
            const item = `${indent}- ${shown2}${attributesSuffix(roles)}
${valuesBlock(values, `${indent}  `)}`;
            if (i === 0 && nested) {
              const noun = group.kind === "unit" ? "unit" : group.kind === "drift" ? "drift file" : "plan";
              items.push(`- ${noun} ${codeSpan(group.source, options.maxName)}
${item}`);
            } else {
              items.push(item);
            }
          });
        }
        const frame = meter.cost(open + close);
        const notKept = total - items.length;
        const full = items.reduce((sum, item) => sum + meter.cost(item), frame + (notKept > 0 ? meter.cost(moreLine(notKept)) : 0));
        return { open, close, items, total, minimum: frame + meter.cost(moreLine(total)), full, lost };
      }
      function shareOut(sections, allowance) {
        const given = sections.map((section) => Math.min(section.minimum, section.full));
        let spare = allowance - given.reduce((a, b) => a + b, 0);
        const wanting = sections.map((section, index) => ({ index, want: section.full - (given[index] ?? 0) })).filter((entry) => entry.want > 0).sort((a, b) => a.want - b.want);
        for (let i = 0; i < wanting.length && spare > 0; i++) {
          const entry = wanting[i];
          if (entry === void 0)
            break;
          const share = Math.floor(spare / (wanting.length - i));
          const extra = Math.min(entry.want, share);
          given[entry.index] = (given[entry.index] ?? 0) + extra;
          spare -= extra;
        }
        return given;
      }
      function renderSection(section, allowance, meter) {
        if (section.full <= allowance) {
          const notKept = section.total - section.items.length;
          return {
            text: section.open + section.items.join("") + (notKept > 0 ? moreLine(notKept) : "") + section.close,
            shown: section.items.length
          };
        }
        let spent = section.minimum;
        let shown2 = 0;
        for (const item of section.items) {
          const cost = meter.cost(item);
          if (spent + cost > allowance)
            break;
          spent += cost;
          shown2++;
        }
        return {
          text: section.open + section.items.slice(0, shown2).join("") + moreLine(section.total - shown2) + section.close,
          shown: shown2
        };
      }
      function renderSections(sections, meter, allowance) {
        return renderSectionsShown(sections, meter, allowance).text;
      }
      function renderSectionsShown(sections, meter, allowance) {
        if (allowance <= 0 || sections.length === 0)
          return { text: "", shown: [] };
        let kept = sections.length;
        const minimumOf = (n) => sections.slice(0, n).reduce((sum, s) => sum + Math.min(s.minimum, s.full), 0);
        while (kept > 0 && minimumOf(kept) > allowance)
          kept--;
        const chosen = sections.slice(0, kept);
        const allowances = shareOut(chosen, allowance);
        const rendered = chosen.map((section, index) => renderSection(section, allowances[index] ?? 0, meter));
        return {
          text: rendered.map((r) => r.text).join(""),
          shown: rendered.map((r, index) => ({ section: chosen[index], shown: r.shown }))
        };
      }
      function sectionsFull(sections) {
        return sections.reduce((sum, s) => sum + s.full, 0);
      }
      function summaryOf(action, model) {
        const label = action.needsEyes ? `<strong>${action.heading}</strong>` : action.heading;
        return action.key === "drifted" ? `${label}, ${driftWords(model)}` : label;
      }
      function addressSections(model, meter, needsEyes, maxName, detail = "values") {
        const groups = groupsOf(model);
        const plans = groups.filter((g) => g.kind === "plan").length;
        return ACTIONS.filter((action) => action.needsEyes === needsEyes).map((action) => ({
          action,
          groups: groups.map((g) => {
            const list = g.addresses[action.key];
            return {
              source: g.source,
              kind: g.kind,
              names: list.items,
              total: list.total,
              named: g.kind === "plan" && plans > 1,
              attributes: action.key === "updated" || action.key === "replaced" ? g.changedAttributes : void 0
            };
          }).filter((g) => g.total > 0)
        })).filter(({ groups: named2 }) => named2.length > 0).map(({ action, groups: named2 }) => makeSection(summaryOf(action, model), named2, meter, { open: needsEyes, maxName, code: true, detail }));
      }
      function filesSection(files, meter, maxName, total = files.length) {
        if (files.length === 0)
          return [];
        return [
          makeSection("Files read", [{ source: "", kind: "plan", names: files, total }], meter, {
            open: false,
            maxName,
            code: true
          })
        ];
      }
      var thousands = __webpack_require__(5580);
      ;
      const DETAILS = ["values", "roles", "none"];
      function lostCounts(sections) {
        let roles = 0;
        let values = 0;
        for (const { section, shown: shown2 } of sections) {
          for (const lost of (section.lost ?? []).slice(0, shown2)) {
            if (lost.roles)
              roles++;
            if (lost.values)
              values++;
          }
        }
        return { roles, values };
      }
      const JOB_SUMMARY_CHARS = 1e6;
      function leftOutNote(roles, values, budget) {
        if (roles === 0 && values === 0)
          return "";
        const what = roles > 0 ? `the attribute roles (what changes) of ${(0, thousands.o)(roles)} ${roles === 1 ? "update or replacement" : "updates and replacements"} listed above` + (values > 0 ? `, and the values of ${(0, thousands.o)(values)}` : "") : `the values of ${(0, thousands.o)(values)} ${values === 1 ? "update or replacement" : "updates and replacements"} listed above`;
        const where = budget.maxChars !== void 0 && budget.maxChars < JOB_SUMMARY_CHARS ? " The job summary and a `--markdown` file hold up to 1 MiB." : "";
        return `_Not shown, to fit this summary\u2019s size limit: ${what}.${where}_

`;
      }
      function fittedAddressLists(model, meter, budget, needsEyes, maxName, room) {
        const variants = /* @__PURE__ */ new Map();
        let sections = [];
        for (const detail of DETAILS) {
          sections = addressSections(model, meter, needsEyes, maxName, detail);
          variants.set(detail, sections);
          if (detail === "none" || sectionsFull(sections) + meter.cost(noteFor(sections, budget)) <= room)
            break;
        }
        const reserve = meter.cost(noteFor(sections, budget));
        const spare = room - reserve - sectionsFull(sections);
        if (variants.size === DETAILS.length && spare > 0) {
          sections = upgraded(sections, [variants.get("roles") ?? [], variants.get("values") ?? []], meter, spare);
        }
        const rendered = renderSectionsShown(sections, meter, Math.min(sectionsFull(sections), room - reserve));
        const lost = lostCounts(rendered.shown);
        const note = rendered.text === "" ? "" : leftOutNote(lost.roles, lost.values, budget);
        return rendered.text + note;
      }
      function upgraded(bare, richer, meter, spare) {
        const out = bare.map((section) => ({
          ...section,
          items: [...section.items],
          lost: [...section.lost ?? []]
        }));
        let left = spare;
        for (const variant of richer) {
          pass: for (const [i, section] of variant.entries()) {
            const into = out[i];
            if (into === void 0)
              break;
            for (const [j, item] of section.items.entries()) {
              const extra = meter.cost(item) - meter.cost(into.items[j] ?? "");
              if (extra <= 0)
                continue;
              if (extra > left)
                break pass;
              into.items[j] = item;
              into.lost[j] = section.lost?.[j] ?? { roles: false, values: false };
              into.full += extra;
              left -= extra;
            }
          }
        }
        return out;
      }
      function noteFor(sections, budget) {
        const all = lostCounts(sections.map((section) => ({ section, shown: section.items.length })));
        return leftOutNote(all.roles, all.values, budget);
      }
      var decimal = __webpack_require__(2078);
      ;
      const styles = /* @__PURE__ */ new Map();
      function styleOf(currency) {
        const code = (currency ?? "").trim().toUpperCase();
        const cached = styles.get(code);
        if (cached !== void 0)
          return cached;
        let style = { prefix: "", suffix: code === "" ? "" : ` ${code}`, digits: 2 };
        if (/^[A-Z]{3}$/.test(code)) {
          try {
            const format = new Intl.NumberFormat("en-US", { style: "currency", currency: code });
            const symbol = format.formatToParts(0).find((part) => part.type === "currency")?.value ?? code;
            const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
            style = symbol === code ? { prefix: "", suffix: ` ${code}`, digits } : { prefix: symbol, suffix: "", digits };
          } catch {
          }
        }
        styles.set(code, style);
        return style;
      }
      function rounded(text, digits) {
        const match = /^(-)?(\d+)(?:\.(\d+))?$/.exec(text);
        if (!match)
          return { negative: false, body: text };
        const fraction = (match[3] ?? "").padEnd(digits + 1, "0");
        let units = BigInt(`${match[2]}${fraction.slice(0, digits + 1)}`);
        units = (units + 5n) / 10n;
        const digitsText = units.toString().padStart(digits + 1, "0");
        const whole = digitsText.slice(0, digitsText.length - digits).replace(/\B(?=(\d{3})+$)/g, ",");
        const body = digits > 0 ? `${whole}.${digitsText.slice(digitsText.length - digits)}` : whole;
        return { negative: match[1] !== void 0 && units !== 0n, body };
      }
      function formatMoney(amount2, currency, signed = false) {
        if (!(0, decimal.aM)(amount2))
          return amount2;
        const style = styleOf(currency);
        const { negative, body } = rounded(amount2, style.digits);
        const zero = /^[0.,]+$/.test(body);
        const sign = negative ? "-" : signed && !zero ? "+" : "";
        return `${sign}${style.prefix}${body}${style.suffix}`;
      }
      function formatPercent(percent) {
        if (!(0, decimal.aM)(percent))
          return `${percent}%`;
        const { negative, body } = rounded(percent, 2);
        const zero = /^[0.]+$/.test(body);
        return `${negative ? "-" : zero ? "" : "+"}${body}%`;
      }
      ;
      function alignColumns(rows, left = [0]) {
        const widths = [];
        for (const row of rows)
          row.forEach((cell, i) => widths[i] = Math.max(widths[i] ?? 0, cell.length));
        return rows.map((row) => row.map((cell, i) => left.includes(i) ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)).join("  ").trimEnd());
      }
      ;
      const MARKDOWN_PROJECTS = 20;
      const MARKDOWN_RESOURCES = 10;
      const TEXT_PROJECTS = 10;
      const TEXT_RESOURCES = 5;
      const MAX_NAME = 120;
      const EMPTY = "\u2014";
      function hasCost(cost) {
        return cost !== void 0 && [cost.totalMonthly, cost.pastTotalMonthly, cost.diffTotalMonthly].some((value) => value !== void 0);
      }
      function costChangeWords(cost, details) {
        const diff = cost?.diffTotalMonthly;
        if (diff === void 0 || !(0, decimal.aM)(diff))
          return void 0;
        if ((0, decimal.KF)(diff))
          return `monthly cost unchanged${unknownPart(details)}`;
        const falling = diff.startsWith("-");
        const size = formatMoney(falling ? diff.slice(1) : diff, cost?.currency);
        const pct = cost?.percentageChange === void 0 ? "" : ` (${formatPercent(cost.percentageChange)})`;
        return `monthly cost will ${falling ? "decrease" : "increase"} by ${size}${pct}${unknownPart(details)}`;
      }
      function unknownPart(details) {
        if (details === void 0)
          return "";
        const unknown = details.projects.items.filter((p) => p.diff === void 0).length;
        if (unknown === 0)
          return "";
        const all = details.projects.total + details.unchangedProjects;
        return ` (difference unknown for ${unknown} of ${all} project${all === 1 ? "" : "s"})`;
      }
      function capitalised(text) {
        return text.charAt(0).toUpperCase() + text.slice(1);
      }
      function costSentence(cost, arrow, details) {
        const money = (value) => formatMoney(value, cost.currency);
        const span = cost.pastTotalMonthly !== void 0 && cost.totalMonthly !== void 0 ? `${money(cost.pastTotalMonthly)} ${arrow} ${money(cost.totalMonthly)}` : cost.totalMonthly !== void 0 ? `${money(cost.totalMonthly)} after the change, before unknown` : cost.pastTotalMonthly !== void 0 ? `${money(cost.pastTotalMonthly)} before the change, after unknown` : "";
        const words = costChangeWords(cost, details);
        if (words === void 0)
          return `Monthly cost: ${span}; the difference is unknown.`;
        return `${capitalised(words)}${span === "" ? "" : `: ${span}`}.`;
      }
      function shown(value, currency, signed = false) {
        if (value === void 0)
          return EMPTY;
        return (0, decimal.aM)(value) ? formatMoney(value, currency, signed) : value;
      }
      function severalProjects(details) {
        return details.projects.total + details.unchangedProjects > 1;
      }
      function changedWord(details) {
        const all = details.projects.total + details.unchangedProjects;
        return `${details.projects.total} of ${all} project${all === 1 ? "" : "s"} change`;
      }
      function resourcesWord(details, shownCount) {
        const total = details.resources.total;
        return shownCount < total ? `top ${shownCount} of ${total}` : `${total}`;
      }
      function costMarkdown(model, meter, allowance) {
        const cost = model.cost;
        if (!hasCost(cost))
          return [];
        const currency = cost.currency;
        const code = currency === void 0 ? "" : ` (${escapeMarkdown(currency, 10)})`;
        const lines = [
          `#### Monthly cost${code}`,
          "",
          `**${escapeMarkdown(costSentence(cost, "\u2192", model.costDetails))}**`
        ];
        const details = model.costDetails;
        if (details === void 0)
          return lines;
        let left = allowance - meter.cost(`${lines.join("\n")}
`);
        const money = (value, signed = false) => escapeMarkdown(shown(value, currency, signed));
        const several = severalProjects(details);
        if (several && details.projects.items.length > 0) {
          const rows = details.projects.items.slice(0, MARKDOWN_PROJECTS).map((p) => `| ${codeSpan(p.name, MAX_NAME)} | ${money(p.past)} | ${money(p.total)} | ${p.diff === void 0 ? "unknown" : money(p.diff, true)} |`);
          const table2 = folded(`Cost by project (${changedWord(details)})`, ["| Project | Before | After | Difference |", "| --- | ---: | ---: | ---: |"], rows, details.projects.total, "project", meter, left);
          left -= meter.cost(`${table2.join("\n")}
`);
          lines.push(...table2);
        }
        if (details.resources.items.length > 0) {
          const items = details.resources.items.slice(0, MARKDOWN_RESOURCES);
          const rows = items.map((r) => resourceRow(r, several, money));
          const table2 = folded(`Resources behind the change (${resourcesWord(details, items.length)}, by monthly difference)`, several ? ["| Resource | Project | Before | After | Difference |", "| --- | --- | ---: | ---: | ---: |"] : ["| Resource | Before | After | Difference |", "| --- | ---: | ---: | ---: |"], rows, details.resources.total, "resource", meter, left);
          lines.push(...table2);
        }
        return lines;
      }
      function resourceRow(r, several, money) {
        const cells = [codeSpan(r.address, MAX_NAME)];
        if (several)
          cells.push(codeSpan(r.project, MAX_NAME));
        cells.push(money(r.before), money(r.after), money(r.diff, true));
        return `| ${cells.join(" | ")} |`;
      }
      function folded(summary, head, rows, total, noun, meter, allowance) {
        const open = ["", `<details><summary>${summary}</summary>`, "", ...head];
        const more = (n) => `
_${n} more ${noun}${n === 1 ? "" : "s"} not shown._`;
        const close = ["", "</details>"];
        let spent = meter.cost(`${[...open, more(total), ...close].join("\n")}
`);
        if (spent > allowance)
          return [];
        const kept = [];
        for (const row of rows) {
          const cost = meter.cost(`${row}
`);
          if (spent + cost > allowance)
            break;
          spent += cost;
          kept.push(row);
        }
        const rest = total - kept.length;
        return [...open, ...kept, ...rest > 0 ? [more(rest)] : [], ...close];
      }
      function costTextLine(cost, details) {
        if (!hasCost(cost))
          return void 0;
        const code = cost.currency === void 0 ? "" : ` (${(0, plain_text.e9)((0, plain_text.wh)(cost.currency), 10)})`;
        return (0, plain_text.wh)(`${costSentence(cost, "->", details).replace(/\.$/, "")}`).replace(/^Monthly cost/, `Monthly cost${code}`);
      }
      function costTextBlocks(model) {
        const details = model.costDetails;
        if (!hasCost(model.cost) || details === void 0)
          return [];
        const currency = model.cost.currency;
        const text = (value) => (0, plain_text.e9)((0, plain_text.wh)(value), MAX_NAME);
        const blocks = [];
        const several = severalProjects(details);
        if (several && details.projects.items.length > 0) {
          const projects = details.projects.items.slice(0, TEXT_PROJECTS);
          const rows = alignColumns([
            ["PROJECT", "BEFORE", "AFTER", "DIFFERENCE"],
            ...projects.map((p) => [
              text(p.name),
              shown(p.past ?? "unknown", currency),
              shown(p.total ?? "unknown", currency),
              shown(p.diff ?? "unknown", currency, true)
            ])
          ]);
          blocks.push({
            title: `Cost by project (${changedWord(details)}):`,
            rows,
            total: details.projects.total,
            noun: "projects"
          });
        }
        if (details.resources.items.length > 0) {
          const items = details.resources.items.slice(0, TEXT_RESOURCES);
          const rows = alignColumns([
            ["RESOURCE", ...several ? ["PROJECT"] : [], "BEFORE", "AFTER", "DIFFERENCE"],
            ...items.map((r) => [
              text(r.address),
              ...several ? [text(r.project)] : [],
              shown(r.before, currency),
              shown(r.after, currency),
              shown(r.diff, currency, true)
            ])
          ], several ? [0, 1] : [0]);
          blocks.push({
            title: `Resources behind the change (${resourcesWord(details, items.length)}, by monthly difference):`,
            rows,
            total: details.resources.total,
            noun: "resources"
          });
        }
        return blocks;
      }
      ;
      const NO_FACTS = { gates: [] };
      function gateMessage(gate) {
        return `${gate.name}: ${gate.reason}`;
      }
      ;
      const MAX_POLICIES_LISTED = 20;
      const MAX_MESSAGES = 3;
      function bounded(items, max, more) {
        const shown2 = items.slice(0, max);
        return items.length > max ? [...shown2, more(items.length - max)] : shown2;
      }
      function morePolicies(n) {
        return `\u2026 and ${n} more ${n === 1 ? "policy" : "policies"} (see the evaluation in Harness)`;
      }
      const MAX_TEXT = 300;
      const MAX_LISTED = 20;
      function plain(text, max = MAX_TEXT) {
        const one = (0, plain_text.wh)(text).replace(/ {2,}/g, " ").trim();
        return one.length > max ? `${one.slice(0, max - 1)}\u2026` : one;
      }
      function policyName(policy) {
        const parts = [policy.setName, policy.name].filter((p) => p !== void 0);
        return parts.length === 0 ? "unnamed policy" : parts.join(" / ");
      }
      function verdictLine(policy) {
        const bad = policy.policies.filter((p) => p.level === policy.level).length;
        const what = policy.level === "error" ? "failed" : "warned";
        const count2 = bad > 0 ? `: ${bad} ${bad === 1 ? "policy" : "policies"} ${what}` : "";
        return `Policy ${policy.level.toUpperCase()}${count2} (Harness OPA evaluation of the uploaded data)`;
      }
      function uploadWhere(upload) {
        return upload.stackPath === void 0 ? "" : ` (unit ${plain(upload.stackPath, 120)})`;
      }
      function sizeText(bytes) {
        return `${(0, thousands.o)(bytes)} bytes`;
      }
      function workspaceDataText(model) {
        const data = model.workspaceData;
        if (data === void 0)
          return { lead: [], details: [], tail: [] };
        const lead = [];
        const details = [];
        const tail = [""];
        const policy = data.policy;
        if (policy !== void 0) {
          if (policy.level === "pass")
            tail.push(`Policy pass: ${policy.policies.length} evaluated`);
          else {
            lead.push(verdictLine(policy));
            details.push("", "Policies:", ...policy.messages.slice(0, MAX_MESSAGES).map((m) => `  ${plain(m)}`), ...bounded(policy.policies.map((p) => `  ${p.level.padEnd(7)} ${plain(policyName(p), 160)}${p.message ? `: ${plain(p.message)}` : ""}`), MAX_POLICIES_LISTED, (n) => `  ${morePolicies(n)}`));
          }
        }
        const planned = data.uploads.filter((u) => u.outcome === "planned");
        const uploaded = data.uploads.filter((u) => u.outcome === "uploaded");
        const failed = data.uploads.filter((u) => u.outcome === "failed");
        if (planned.length > 0) {
          tail.push(`Workspace data: ${planned.length} upload(s) planned, none made (dry run)`);
          for (const u of planned.slice(0, MAX_LISTED)) {
            tail.push(`  ${u.dataType} ${plain(u.label, 160)}, ${sizeText(u.size)}${uploadWhere(u)}`);
          }
        } else if (uploaded.length + failed.length > 0) {
          const failures = failed.length > 0 ? `, ${failed.length} FAILED (see the warnings)` : "";
          tail.push(`Workspace data: ${uploaded.length} uploaded${failures}`);
        }
        if (planned.length > MAX_LISTED)
          tail.push("  \u2026 more not listed");
        return { lead, details, tail: tail.length > 1 ? tail : [] };
      }
      function workspaceDataMarkdown(model) {
        const data = model.workspaceData;
        if (data === void 0)
          return { lead: [], details: [], tail: [] };
        const lead = [];
        const details = [];
        const tail = [];
        const policy = data.policy;
        if (policy !== void 0) {
          const items = bounded(policy.policies.map((p) => `- **${p.level}** ${escapeMarkdown(policyName(p), 160)}${p.message ? `: ${escapeMarkdown(p.message, MAX_TEXT)}` : ""}`), MAX_POLICIES_LISTED, (n) => `- ${escapeMarkdown(morePolicies(n))}`);
          const messages = policy.messages.slice(0, MAX_MESSAGES).map((m) => `- ${escapeMarkdown(m, MAX_TEXT)}`);
          if (policy.level === "pass") {
            tail.push(`**Policy pass**: ${policy.policies.length} evaluated`, "");
          } else {
            lead.push(`**${escapeMarkdown(verdictLine(policy))}**`);
            details.push("#### Policies", "", ...messages, ...items);
          }
        }
        const planned = data.uploads.filter((u) => u.outcome === "planned");
        const failed = data.uploads.filter((u) => u.outcome === "failed");
        const uploaded = data.uploads.filter((u) => u.outcome === "uploaded");
        if (planned.length > 0) {
          tail.push(`**Workspace data**: ${planned.length} upload(s) planned, none made (dry run)`, "");
        } else if (uploaded.length + failed.length > 0) {
          const failures = failed.length > 0 ? `, ${failed.length} failed (see the warnings)` : "";
          tail.push(`**Workspace data**: ${uploaded.length} uploaded${failures}`);
        }
        return { lead: trimBlank(lead), details, tail: trimBlank(tail) };
      }
      function trimBlank(lines) {
        while (lines.length > 0 && lines[lines.length - 1] === "")
          lines.pop();
        return lines;
      }
      ;
      const text_budget_JOB_SUMMARY_BUDGET = { maxBytes: 1024 * 1024 };
      const text_budget_COMMENT_BUDGET = { maxChars: 65536, maxBytes: 262144 };
      function utf8Length(text) {
        return Buffer.byteLength(text, "utf8");
      }
      class TextMeter {
        budget;
        capacity;
        constructor(budget) {
          this.budget = budget;
          const { maxChars, maxBytes } = budget;
          if (maxChars === void 0 && maxBytes === void 0) {
            throw new RangeError("a text budget needs maxChars or maxBytes");
          }
          this.capacity = (maxChars ?? 1) * (maxBytes ?? 1);
        }
        cost(text) {
          const { maxChars, maxBytes } = this.budget;
          const byChars = maxChars === void 0 ? 0 : text.length * (maxBytes ?? 1);
          const byBytes = maxBytes === void 0 ? 0 : utf8Length(text) * (maxChars ?? 1);
          return Math.max(byChars, byBytes);
        }
        fits(text) {
          const { maxChars, maxBytes } = this.budget;
          return (maxChars === void 0 || text.length <= maxChars) && (maxBytes === void 0 || utf8Length(text) <= maxBytes);
        }
      }
      function text_budget_shrinkBudget(budget, text) {
        return {
          maxChars: budget.maxChars === void 0 ? void 0 : Math.max(0, budget.maxChars - text.length),
          maxBytes: budget.maxBytes === void 0 ? void 0 : Math.max(0, budget.maxBytes - utf8Length(text))
        };
      }
      function truncateToBudget(text, budget, note) {
        const meter = new TextMeter(budget);
        if (meter.fits(text))
          return text;
        let low = 0;
        let high = text.length;
        while (low < high) {
          const mid = Math.ceil((low + high) / 2);
          if (meter.fits(text.slice(0, mid) + note))
            low = mid;
          else
            high = mid - 1;
        }
        let cut = text.slice(0, low);
        const lineEnd = cut.lastIndexOf("\n");
        if (lineEnd > 0)
          cut = cut.slice(0, lineEnd + 1);
        if (/[\ud800-\udbff]$/.test(cut))
          cut = cut.slice(0, -1);
        return meter.fits(cut + note) ? cut + note : "";
      }
      ;
      function driftOf(unit) {
        const d = unit.driftCounts;
        return d === void 0 ? 0 : d.added + d.changed + d.deleted;
      }
      function changesOf(c) {
        return c === void 0 ? 0 : c.added + c.changed + c.deleted + c.imported + c.removed;
      }
      function outputChangesOf(unit) {
        const c = unit.outputCounts;
        return c === void 0 ? 0 : c.added + c.changed + c.deleted;
      }
      function movesOf(unit) {
        return unit.movedCount ?? 0;
      }
      function unitRank(unit) {
        if (unit.status === "failure")
          return 0;
        if ((unit.resourceCounts?.deleted ?? 0) > 0)
          return 1;
        if (driftOf(unit) > 0)
          return 2;
        if (changesOf(unit.resourceCounts) > 0 || movesOf(unit) > 0 || outputChangesOf(unit) > 0)
          return 3;
        if (unit.status === "skipped")
          return 4;
        return 5;
      }
      function orderUnits(units) {
        const ranked = units.map((unit, index) => ({ unit, index, rank: unitRank(unit) }));
        const shown2 = ranked.filter((entry) => entry.rank < 5).sort((a, b) => a.rank - b.rank || a.index - b.index).map((entry) => entry.unit);
        return { shown: shown2, unchanged: units.length - shown2.length };
      }
      function diffstat(c) {
        if (c === void 0)
          return "";
        const parts = [`+${c.added}`, `~${c.changed}`, `-${c.deleted}`];
        if (c.imported > 0)
          parts.push(`\u2193${c.imported}`);
        if (c.removed > 0)
          parts.push(`forget ${c.removed}`);
        return parts.join(" ");
      }
      function unitDiffstat(unit) {
        const c = unit.resourceCounts;
        if (c === void 0)
          return void 0;
        const parts = [diffstat(c)];
        if (changesOf(c) === 0) {
          const moved = movesOf(unit);
          const outputs = outputChangesOf(unit);
          if (moved > 0)
            parts.push(`${(0, thousands.o)(moved)} moved`);
          if (outputs > 0)
            parts.push(`${(0, thousands.o)(outputs)} output${outputs === 1 ? "" : "s"}`);
        }
        const stat = parts.join(", ");
        return unit.status === "failure" ? `${stat} (incomplete)` : stat;
      }
      const BAR_WIDTH = 20;
      function barScale(units) {
        let max = 0;
        for (const unit of units) {
          const c = unit.resourceCounts;
          if (c !== void 0)
            max = Math.max(max, c.added + c.changed + c.deleted);
        }
        return max;
      }
      function bar(c, scale) {
        if (c === void 0)
          return "";
        const total = c.added + c.changed + c.deleted;
        if (total === 0)
          return "";
        const width = scale <= BAR_WIDTH ? total : Math.max(1, Math.round(total / scale * BAR_WIDTH));
        const share = (n) => n === 0 ? 0 : Math.max(1, Math.round(n / total * width));
        return "+".repeat(share(c.added)) + "~".repeat(share(c.changed)) + "-".repeat(share(c.deleted));
      }
      ;
      const UNITS_KEPT_PER_RANK = 5e3;
      class UnitKeeper {
        kept = [];
        ranks = [0, 0, 0, 0, 0, 0];
        scale = 0;
        withCost = false;
        failed = { items: [], total: 0 };
        skipped = { items: [], total: 0 };
        unplanned = { items: [], total: 0 };
        add(unit) {
          const rank = unitRank(unit);
          this.ranks[rank] = (this.ranks[rank] ?? 0) + 1;
          if ((this.ranks[rank] ?? 0) <= UNITS_KEPT_PER_RANK) {
            this.kept.push({ ...unit, outputs: void 0 });
          }
          if (rank < 5)
            this.scale = Math.max(this.scale, barScale([unit]));
          if (unit.cost !== void 0)
            this.withCost = true;
          const name = unit.pathId || ".";
          if (unit.status === "failure")
            (0, bounded_list.kA)(this.failed, name);
          else if (unit.status === "skipped")
            (0, bounded_list.kA)(unit.noPlan === true ? this.unplanned : this.skipped, name);
        }
        tally() {
          const unchanged = this.ranks[5] ?? 0;
          const total = this.ranks.reduce((a, b) => a + b, 0);
          return {
            total,
            shown: total - unchanged,
            unchanged,
            scale: this.scale,
            withCost: this.withCost,
            failed: this.failed,
            skipped: this.skipped,
            unplanned: this.unplanned
          };
        }
        /** As activityStatusOfUnits says of every unit. */
        status() {
          if (this.failed.total > 0)
            return "failure";
          if (this.skipped.total + this.unplanned.total > 0)
            return "incomplete";
          return "success";
        }
      }
      function unitsView(model) {
        const tally = model.unitTally;
        const { shown: shown2, unchanged } = orderUnits(model.units);
        if (tally === void 0) {
          return {
            total: model.units.length,
            shown: shown2,
            shownTotal: shown2.length,
            unchanged,
            scale: barScale(shown2),
            withCost: model.units.some((u) => u.cost !== void 0)
          };
        }
        return {
          total: tally.total,
          shown: shown2.slice(0, UNITS_KEPT_PER_RANK),
          shownTotal: tally.shown,
          unchanged: tally.unchanged,
          scale: tally.scale,
          withCost: tally.withCost
        };
      }
      function unitCount(model) {
        return model.unitTally?.total ?? model.units.length;
      }
      ;
      function boundedList(list, max) {
        const items = "items" in list ? list.items : list;
        const total = "items" in list ? list.total : list.length;
        return { items: items.slice(0, Math.max(0, max)), total };
      }
      ;
      const VERDICT_NAMES = 3;
      function costPart(model) {
        const text = costChangeWords(model.cost, model.costDetails);
        return text === void 0 ? void 0 : { kind: "cost", severity: "ok", text };
      }
      function policyPart(model) {
        const policy = model.workspaceData?.policy;
        if (policy === void 0 || policy.level === "pass")
          return void 0;
        const count2 = policy.policies.filter((p) => p.level === policy.level).length;
        const what = policy.level === "error" ? "failed" : "warned";
        return {
          kind: "policy",
          severity: policy.level === "error" ? "caution" : "warning",
          text: count2 > 0 ? `${plural(count2, "policy", "policies")} ${what}` : `policy ${policy.level}`
        };
      }
      function seenOnlyChanges(model) {
        const a = model.addresses;
        const outputs = a.outputsAdded.total + a.outputsChanged.total + a.outputsRemoved.total;
        return [
          a.moved.total > 0 ? `${a.moved.total} moved` : "",
          outputs > 0 ? outputs === 1 ? "1 output changes" : `${outputs} outputs change` : ""
        ];
      }
      function verdictOf(model, facts) {
        const parts = coverageGaps(model).map((gap) => ({
          kind: "coverage",
          severity: gap.severity,
          text: gap.text,
          label: gap.label,
          names: gap.names
        }));
        const a = model.addresses;
        const destroys = Math.max(a.deleted.total, model.resourceCounts.deleted - a.replaced.total);
        if (destroys > 0) {
          parts.push({
            kind: "destroy",
            severity: "caution",
            text: `${destroys} to destroy`,
            addresses: boundedList(a.deleted, VERDICT_NAMES)
          });
        }
        if (a.replaced.total > 0) {
          parts.push({
            kind: "replace",
            severity: "caution",
            text: `${a.replaced.total} to replace`,
            addresses: boundedList(a.replaced, VERDICT_NAMES)
          });
        }
        if (model.hasDrift) {
          parts.push({
            kind: "drift",
            severity: "warning",
            text: `${model.driftedCount} drifted (${driftWords(model)})`,
            addresses: boundedList(a.drifted, VERDICT_NAMES)
          });
        }
        for (const gate of facts.gates) {
          parts.push({ kind: "gate", severity: "caution", text: `gate failed: ${gate.name}` });
        }
        const policy = policyPart(model);
        if (policy)
          parts.push(policy);
        if (destroys === 0 && a.replaced.total === 0) {
          const c = model.resourceCounts;
          const changes = [
            c.added > 0 ? `${c.added} to add` : "",
            c.changed > 0 ? `${c.changed} to change` : "",
            c.imported > 0 ? `${c.imported} to import` : "",
            c.removed > 0 ? `${c.removed} to forget` : "",
            ...seenOnlyChanges(model)
          ].filter((s) => s !== "");
          if (changes.length === 1 && a.moved.total > 0 && changes[0] === `${a.moved.total} moved`)
            changes[0] = `${a.moved.total} moved, nothing else changes`;
          if (changes.length > 0)
            parts.push({ kind: "changes", severity: "ok", text: changes.join(", ") });
          else if (parts.length === 0) {
            const driftCheck = model.activityType === "drift" && !model.hasChanges;
            parts.push({ kind: "changes", severity: "ok", text: driftCheck ? noDriftWords(model) : "no changes" });
          }
        }
        const cost = costPart(model);
        if (cost)
          parts.push(cost);
        const severity = parts.some((p) => p.severity === "caution") ? "caution" : parts.some((p) => p.severity === "warning") ? "warning" : "ok";
        return { severity, parts };
      }
      ;
      function markdown_summary_capitalised(text) {
        return text.charAt(0).toUpperCase() + text.slice(1);
      }
      const markdown_summary_MAX_NAME = 300;
      const VERDICT_NAME = 80;
      const MAX_WARNINGS = 20;
      const markdown_summary_EMPTY = "\u2014";
      const MARK = { caution: "\u{1F6D1}", warning: "\u26A0\uFE0F", ok: "\u2705" };
      const ALERT = { caution: "CAUTION", warning: "WARNING", ok: "NOTE" };
      function verdictLines(model, verdict, facts, title2) {
        const words = verdict.parts.map((part) => escapeMarkdown(part.text)).join(" \xB7 ");
        const lines = [`### ${MARK[verdict.severity]} ${title2}: ${words}`];
        const named2 = [];
        for (const part of verdict.parts) {
          if (part.kind === "coverage") {
            const list = part.names;
            const names2 = list === void 0 || list.total === 0 ? escapeMarkdown(part.text) : list.items.map((name) => codeSpan(name, VERDICT_NAME)).join(", ") + (list.total > list.items.length ? ` ${andMore(list.total - list.items.length)}` : "");
            named2.push(`**${part.label ?? "Not covered"}:** ${names2}`);
            continue;
          }
          if (part.addresses === void 0 || part.addresses.total === 0)
            continue;
          const label = part.kind === "destroy" ? "To destroy" : part.kind === "replace" ? "To replace" : "Drifted";
          const names = part.addresses.items.map((name) => codeSpan(name, VERDICT_NAME)).join(", ");
          const rest = part.addresses.total - part.addresses.items.length;
          named2.push(`**${label}:** ${names}${rest > 0 ? ` ${andMore(rest)}` : ""}`);
        }
        for (const gate of facts.gates) {
          named2.push(`**Gate failed:** ${codeSpan(gate.name)}: ${escapeMarkdown(gate.reason, 300)}`);
        }
        if (named2.length > 0 && verdict.severity !== "ok") {
          lines.push("", `> [!${ALERT[verdict.severity]}]`, ...named2.map((line2, i) => `> ${line2}${i < named2.length - 1 ? "<br>" : ""}`));
        }
        return lines;
      }
      function safeLink(url) {
        return /^https?:\/\/[^\s<>()[\]`]+$/.test(url) ? url : void 0;
      }
      function activityMarkdown(activity) {
        const id3 = codeSpan(activity.id, 100);
        const link = activity.link === void 0 ? void 0 : safeLink(activity.link);
        const shown2 = link === void 0 ? id3 : `[${id3}](${link})`;
        return escapeMarkdown(activity.line).replace(escapeMarkdown(activity.id), shown2);
      }
      function whereLine(model, facts) {
        const parts = [];
        const path = [facts.org, facts.project, facts.workspace].filter((p) => p !== void 0).join("/");
        const workspace = path === "" ? "" : codeSpan(path, 200);
        switch (facts.delivery?.kind) {
          case "sent":
            parts.push(`Sent to Harness IaCM${workspace === "" ? "" : ` workspace ${workspace}`}`);
            if (model.activity !== void 0)
              parts.push(activityMarkdown(model.activity));
            break;
          case "dry-run":
            parts.push(`Dry run, not sent${workspace === "" ? "" : ` (workspace ${workspace})`}`);
            break;
          case "saved":
            parts.push(`Partial report saved for a final merge, not sent${workspace === "" ? "" : ` (workspace ${workspace})`}`);
            break;
          case "spooled":
            parts.push(`**Not sent:** saved to ${codeSpan(facts.delivery.file, 300)} (send it with <code>iacm-report send --payload</code>)`);
            break;
          default:
            if (path !== "")
              parts.push(`Workspace ${codeSpan(path, 200)}`);
        }
        if (facts.commit !== void 0)
          parts.push(`commit ${codeSpan(facts.commit.slice(0, 12))}`);
        const link = facts.runUrl === void 0 ? void 0 : safeLink(facts.runUrl);
        if (link !== void 0)
          parts.push(`[CI run](${link})`);
        const tool = [
          `${model.activityType} (${model.activityStatus})`,
          model.provisioner === void 0 ? void 0 : `${model.provisioner}${model.provisionerVersion === void 0 ? "" : ` ${escapeMarkdown(model.provisionerVersion, 40)}`}`
        ].filter((p) => p !== void 0);
        parts.push(tool.join(", "));
        return [parts.join(" \xB7 ")];
      }
      function countsRow(label, counts) {
        return `| ${label} | ${COUNT_COLUMNS.map(({ key }) => String(counts[key])).join(" | ")} |`;
      }
      function anyChange(counts) {
        return COUNT_COLUMNS.some(({ key }) => key !== "unchanged" && counts[key] > 0);
      }
      function countsTable(model) {
        if (!model.hasChanges && !model.hasDrift && unitCount(model) === 0 && model.activityStatus !== "failure" && coverageOf(model).complete) {
          return [model.activityType === "drift" ? `${markdown_summary_capitalised(noDriftWords(model))}.` : NOTHING_TO_DO];
        }
        const lines = [
          `| | ${COUNT_COLUMNS.map(({ word }) => word).join(" | ")} |`,
          `| --- |${" ---: |".repeat(COUNT_COLUMNS.length)}`,
          countsRow("Resources", model.resourceCounts)
        ];
        if (anyChange(model.outputCounts))
          lines.push(countsRow("Outputs", model.outputCounts));
        if (model.hasDrift || anyChange(model.driftCounts))
          lines.push("", `**Drift:** ${driftLine(model)}`);
        return lines;
      }
      function driftTotal(counts) {
        return counts === void 0 ? markdown_summary_EMPTY : String(counts.added + counts.changed + counts.deleted);
      }
      function unitRow(unit, scale, withCost, currency) {
        const status = unit.errorMessage === void 0 ? unitStatus(unit) : `${unitStatus(unit)}: ${escapeMarkdown(unit.errorMessage, 200)}`;
        const stat = unitDiffstat(unit) ?? markdown_summary_EMPTY;
        const graph = bar(unit.resourceCounts, scale);
        const cells = [
          codeSpan(unit.pathId === "" ? "." : unit.pathId, markdown_summary_MAX_NAME),
          status,
          stat,
          graph === "" ? "" : `\`${graph}\``,
          driftTotal(unit.driftCounts)
        ];
        if (withCost) {
          const diff = unit.cost?.diffTotalMonthly;
          cells.push(diff === void 0 ? markdown_summary_EMPTY : escapeMarkdown(formatMoney(diff, currency, true)));
        }
        return `| ${cells.join(" | ")} |`;
      }
      function unitsSection(model, meter, allowance) {
        const view = unitsView(model);
        if (view.total === 0)
          return [];
        const { shown: shown2, unchanged, scale, shownTotal } = view;
        const withCost = view.withCost || hasCost(model.cost);
        const head = [`#### Terragrunt units (${view.total})`, ""];
        const folded2 = unchanged > 0 ? [`_${plural(unchanged, "unit")} without changes._`] : [];
        if (shown2.length > 0) {
          head.push(`| Unit | Status | Resources | | Drift |${withCost ? " Monthly cost |" : ""}`, `| --- | --- | --- | --- | ---: |${withCost ? " ---: |" : ""}`);
        }
        const more = (n) => `
_${n} more unit${n === 1 ? "" : "s"} not shown._`;
        let spent = meter.cost(`${head.join("\n")}
${more(view.total)}
${folded2.join("\n")}
`);
        const rows = [];
        for (const unit of shown2) {
          const row = unitRow(unit, scale, withCost, model.cost?.currency);
          const cost = meter.cost(`${row}
`);
          if (spent + cost > allowance)
            break;
          spent += cost;
          rows.push(row);
        }
        const lines = [...head, ...rows];
        if (rows.length < shownTotal)
          lines.push(more(shownTotal - rows.length));
        if (folded2.length > 0)
          lines.push(...shown2.length > 0 ? [""] : [], ...folded2);
        return lines;
      }
      function warningsSection(warnings) {
        if (warnings.length === 0)
          return [];
        const shown2 = warnings.slice(0, MAX_WARNINGS).map((w) => `- ${escapeMarkdown(w, 500)}`);
        const rest = warnings.length - shown2.length;
        return ["#### Warnings", "", ...shown2, ...rest > 0 ? [`- \u2026 ${rest} more not shown`] : []];
      }
      function fitLines(lines, meter, allowance) {
        const kept = [];
        for (const line2 of lines) {
          const next = block([...kept, line2]);
          if (meter.cost(next) > allowance)
            break;
          kept.push(line2);
        }
        return kept.length > 2 ? block(kept) : "";
      }
      function block(lines) {
        return lines.length === 0 ? "" : `${lines.join("\n")}

`;
      }
      function markdown_summary_renderMarkdownSummary(model, options = {}) {
        const budget = options.budget ?? text_budget_JOB_SUMMARY_BUDGET;
        const facts = options.facts ?? NO_FACTS;
        const meter = new TextMeter(budget);
        const title2 = escapeMarkdown(options.title ?? `Harness IaCM ${model.activityType}`, markdown_summary_MAX_NAME);
        const data = workspaceDataMarkdown(model);
        const top = block(verdictLines(model, verdictOf(model, facts), facts, title2)) + block(data.lead) + block(whereLine(model, facts)) + block(countsTable(model));
        const cost = block(costMarkdown(model, meter, Math.floor((meter.capacity - meter.cost(top)) / 4)));
        const head = top + cost + block(data.tail);
        let left = meter.capacity - meter.cost(head);
        const eyesText = fittedAddressLists(model, meter, budget, true, markdown_summary_MAX_NAME, Math.floor(left * 2 / 3));
        left -= meter.cost(eyesText);
        const policies = fitLines(data.details, meter, Math.floor(left / 2));
        left -= meter.cost(policies);
        const warnings = block(warningsSection(model.warnings));
        const units = block(unitsSection(model, meter, Math.floor((left - meter.cost(warnings)) * 0.6)));
        left -= meter.cost(units + warnings);
        const restText = fittedAddressLists(model, meter, budget, false, markdown_summary_MAX_NAME, left);
        left -= meter.cost(restText);
        const files = renderSections(filesSection(model.files, meter, markdown_summary_MAX_NAME, model.filesTotal), meter, left);
        return truncateToBudget(`${(head + eyesText + policies + units + warnings + restText + files).trimEnd()}
`, budget, "\n_The summary was cut to fit the size limit._\n");
      }
      ;
      const linesBytes = (lines) => lines.reduce((n, line2) => n + utf8Length(line2) + 1, 0);
      const text_blocks_moreLine = (count2, noun) => `\u2026 ${count2} more ${noun} not shown`;
      function fit(block2, budget) {
        const tail = block2.tail ?? [];
        const omitted = block2.omitted ?? 0;
        if (block2.items.length === 0 && tail.length === 0)
          return [];
        const full = [...block2.title, ...block2.items.flat(), ...tail];
        if (omitted === 0 && linesBytes(full) <= budget)
          return full;
        const reserve = utf8Length(text_blocks_moreLine(block2.items.length + omitted, block2.noun)) + 1 + linesBytes(tail);
        const out = [...block2.title];
        let used = linesBytes(out);
        if (used + reserve > budget)
          return [];
        let shown2 = 0;
        for (const item of block2.items) {
          const size = linesBytes(item);
          if (used + size + reserve > budget)
            break;
          out.push(...item);
          used += size;
          shown2 += 1;
        }
        out.push(text_blocks_moreLine(block2.items.length - shown2 + omitted, block2.noun), ...tail);
        return out;
      }
      function cutBytes(text, max) {
        const mark = "\u2026";
        if (max < utf8Length(mark))
          return "";
        let out = "";
        let size = 0;
        for (const char of text) {
          const n = utf8Length(char);
          if (size + n + utf8Length(mark) > max)
            break;
          out += char;
          size += n;
        }
        return out + mark;
      }
      ;
      const MAX_PATH = 80;
      const MAX_ADDRESS = 200;
      const MAX_LINE = 500;
      const DEFAULT_LIST_MAX = 10;
      const VERDICT_WORD = { caution: "CAUTION", warning: "WARNING", ok: "OK" };
      function plainText(text) {
        return (0, plain_text.wh)(text).replace(/ {2,}/g, " ").trim();
      }
      function clip(text, max) {
        return (0, plain_text.e9)(text, max);
      }
      function clipPath(text) {
        return text.length > MAX_PATH ? `\u2026${text.slice(text.length - MAX_PATH + 1)}` : text;
      }
      const table = alignColumns;
      function text_summary_countsTable(model) {
        const cells = (c) => COUNT_COLUMNS.map(({ key }) => String(c[key]));
        return [
          ...table([
            ["", ...COUNT_COLUMNS.map(({ word }) => word)],
            ["Resources", ...cells(model.resourceCounts)],
            ["Outputs", ...cells(model.outputCounts)]
          ]),
          // Drift in its own words: a resource deleted outside is not a planned destroy.
          `Drift: ${driftLine(model)}`
        ];
      }
      function text_summary_verdictLines(model, facts) {
        const verdict = verdictOf(model, facts);
        const lines = [
          `${VERDICT_WORD[verdict.severity]}: ${verdict.parts.map((p) => plainText(p.text)).join("; ")}`
        ];
        for (const part of verdict.parts) {
          const list = part.names;
          if (part.kind !== "coverage" || list === void 0 || list.total === 0)
            continue;
          const names = list.items.map((name) => (0, plain_text.e9)(plainText(name), MAX_PATH)).join(", ");
          const rest = list.total - list.items.length;
          lines.push(`${part.label ?? "Not covered"}: ${names}${rest > 0 ? ` ${andMore(rest)}` : ""}`);
        }
        return lines;
      }
      function whereLines(model, facts) {
        const path = [facts.org, facts.project, facts.workspace].filter((p) => p !== void 0).join("/");
        const target = path === "" ? "" : ` (workspace ${clip(plainText(path), 200)})`;
        const parts = [];
        switch (facts.delivery?.kind) {
          case "sent":
            parts.push(`Sent to Harness IaCM${target}`);
            if (model.activity !== void 0) {
              const link = model.activity.link === void 0 ? "" : ` (${model.activity.link})`;
              parts.push(`${plainText(model.activity.line)}${link}`);
            }
            break;
          case "dry-run":
            parts.push(`Dry run, not sent${target}`);
            break;
          case "saved":
            parts.push(`Partial report saved for a final merge, not sent${target}`);
            break;
          case "spooled":
            parts.push(`Not sent: saved to ${plainText(facts.delivery.file)}${target}`);
            break;
          default:
            if (path !== "")
              parts.push(`Workspace ${clip(plainText(path), 200)}`);
        }
        if (facts.commit !== void 0)
          parts.push(`commit ${plainText(facts.commit).slice(0, 12)}`);
        if (facts.runUrl !== void 0)
          parts.push(`run ${clip(plainText(facts.runUrl), 300)}`);
        const version2 = model.provisionerVersion === void 0 ? "" : ` ${clip(plainText(model.provisionerVersion), 40)}`;
        const tool = model.provisioner === void 0 ? version2.trim() : `${model.provisioner}${version2}`;
        const about = `${model.eventType} event, ${model.activityType} (${model.activityStatus})${tool === "" ? "" : `, ${tool}`}`;
        const lines = parts.length > 0 ? [parts.join("; ")] : [];
        return [...lines, `Report: ${about}; ${plural(model.filesTotal ?? model.files.length, "file")} read`];
      }
      function attributesLines(model, key, address) {
        if (key !== "replaced" && key !== "updated")
          return ["", []];
        const changed = model.changedAttributes?.get(address);
        const suffix = rolesSuffix(changed, (p) => plainText(p));
        return [suffix, valueLines(changed?.values).map((line2) => `      ${clip(plainText(line2), MAX_LINE)}`)];
      }
      function eyesBlocks(model, listMax) {
        const blocks = [];
        for (const action of ACTIONS.filter((a) => a.needsEyes || TEXT_LISTED.has(a.key))) {
          const all = model.addresses[action.key];
          if (all.total === 0)
            continue;
          const list = boundedList(all, listMax);
          const heading = action.key === "drifted" ? `${action.heading}, ${driftWords(model)}` : action.heading;
          const rest = list.total - list.items.length;
          blocks.push({
            title: [`${heading} (${list.total}):`],
            items: list.items.map((address) => {
              const [suffix, values] = attributesLines(model, action.key, address);
              return [`  ${clip(plainText(address), MAX_ADDRESS)}${suffix}`, ...values];
            }),
            noun: "addresses",
            tail: rest > 0 ? [`  ${andMore(rest)}`] : []
          });
        }
        return blocks;
      }
      function unitCells(unit, scale, cost) {
        const d = unit.driftCounts;
        const drift = d === void 0 ? "-" : String(d.added + d.changed + d.deleted);
        const diff = unit.cost?.diffTotalMonthly;
        return [
          clipPath(plainText(unit.pathId)) || ".",
          unitStatus(unit),
          drift,
          // The unit's monthly cost difference, as the Markdown table has it.
          ...cost === void 0 ? [] : [diff === void 0 ? "-" : plainText(formatMoney(diff, cost.currency, true))],
          unitDiffstat(unit) ?? "-",
          bar(unit.resourceCounts, scale)
        ];
      }
      function unitsBlock(model) {
        const view = unitsView(model);
        const { shown: shown2, unchanged, scale } = view;
        const withCost = view.withCost || hasCost(model.cost);
        const cost = withCost ? { currency: model.cost?.currency } : void 0;
        const rows = table([
          ["UNIT", "STATUS", "DRIFT", ...withCost ? ["MONTHLY COST"] : [], "RESOURCES", ""],
          ...shown2.map((u) => unitCells(u, scale, cost))
        ], withCost ? [0, 1, 4, 5] : [0, 1, 3, 4]);
        const items = shown2.map((unit, i) => {
          const item = [rows[i + 1]];
          if (unit.errorMessage) {
            const label = unit.status === "failure" ? "error" : "reason";
            item.push(`  ${label}: ${clip(plainText(unit.errorMessage), MAX_LINE)}`);
          }
          return item;
        });
        const title2 = ["", `Units: ${view.total}`];
        if (shown2.length > 0)
          title2.push(rows[0]);
        return {
          title: title2,
          items,
          noun: "units",
          // A merge keeps the first of each kind (unit-tally.ts): the others are counted as not shown.
          omitted: view.shownTotal - shown2.length,
          tail: unchanged > 0 ? [`${plural(unchanged, "unit")} without changes`] : []
        };
      }
      function warningsBlock(warnings) {
        const items = warnings.map((w) => [`- ${clip(plainText(w), MAX_LINE)}`]);
        return { title: ["", `Warnings: ${warnings.length}`], items, noun: "warnings" };
      }
      function renderTextSummary(model, options = {}) {
        const max = options.maxBytes ?? Number.POSITIVE_INFINITY;
        const facts = options.facts ?? NO_FACTS;
        const data = workspaceDataText(model);
        const verdict = [...text_summary_verdictLines(model, facts), ...data.lead];
        const cost = costTextLine(model.cost, model.costDetails);
        const head = [
          ...whereLines(model, facts),
          "",
          ...text_summary_countsTable(model),
          ...cost === void 0 ? [] : [cost],
          ...data.tail
        ];
        const must = linesBytes([...verdict, ...head]);
        if (must > max)
          return cutBytes([...verdict, ...head].join("\n"), max);
        let room = max - must;
        const eyes = [];
        let eyesRoom = Math.floor(room * 2 / 3);
        for (const block2 of eyesBlocks(model, options.listMax ?? DEFAULT_LIST_MAX)) {
          const lines = fit(block2, eyesRoom);
          eyes.push(...lines);
          eyesRoom -= linesBytes(lines);
          room -= linesBytes(lines);
        }
        const policyLines = fit({ title: [], items: data.details.map((line2) => [line2]), noun: "policy lines" }, Math.floor(room / 2));
        room -= linesBytes(policyLines);
        const costLines = [];
        let costRoom = Math.floor(room / 2);
        for (const cost2 of costTextBlocks(model)) {
          const [header = "", ...rows] = cost2.rows;
          const rest = cost2.total - rows.length;
          const lines = fit({
            title: ["", cost2.title, `  ${header}`],
            items: rows.map((row) => [`  ${row}`]),
            noun: cost2.noun,
            tail: rest > 0 ? [`  ${andMore(rest)}`] : []
          }, costRoom);
          costLines.push(...lines);
          costRoom -= linesBytes(lines);
          room -= linesBytes(lines);
        }
        const units = unitsBlock(model);
        const warnings = warningsBlock(model.warnings);
        const warningsShare = linesBytes(fit(warnings, Math.floor(room / 2)));
        const unitLines2 = unitCount(model) === 0 ? [] : fit(units, room - warningsShare);
        const warningLines = fit(warnings, room - linesBytes(unitLines2));
        return [...verdict, ...eyes, ...head, ...costLines, ...policyLines, ...unitLines2, ...warningLines].join("\n");
      }
      ;
      const MAX_GROUPS = 2e4;
      const FILES_KEPT = 1e4;
      const FILE_WARNINGS_KEPT = 1e3;
      const WARNING_FILES_NAMED = 3;
      const REST = "\0";
      function appendAddresses(into, from, prefix) {
        for (const key of plan_summary.r$)
          (0, bounded_list.gw)(into[key], from[key], (address) => prefix + address);
      }
      function mapOrUndefined(value) {
        return value instanceof Map ? value : void 0;
      }
      class ModelFold {
        input;
        terragrunt;
        bounded;
        groups = [];
        rest;
        changedAttributes = /* @__PURE__ */ new Map();
        addresses = (0, plan_summary.XC)();
        counts = { resources: (0, plan_summary.Nd)(), drift: (0, plan_summary.Nd)(), outputs: (0, plan_summary.Nd)() };
        plannedChanges = 0;
        drifted = 0;
        /** Plans (files and units, not drift files): all drift checks, and how many. */
        allDriftChecks = true;
        plansAndDrifts = 0;
        engines = { opentofu: false, terraform: false };
        versions = /* @__PURE__ */ new Set();
        anyErrored = false;
        planFiles = [];
        erroredPlanFiles = [];
        filesTotal = 0;
        warned = /* @__PURE__ */ new Map();
        warningsLeft = 0;
        keeper = new UnitKeeper();
        all = [];
        constructor(input, terragrunt, bounded2 = false) {
          this.input = input;
          this.terragrunt = terragrunt;
          this.bounded = bounded2;
          for (const plan of input.plans) {
            this.addPlan(plan, plan.file, "plan", input.plans.length > 1 ? `${plan.file}: ` : "");
          }
          for (const drift of input.drifts)
            this.warn(drift);
        }
        /** A unit's plan (in the order of the plans; units in path_id order). */
        addUnitPlan(pathId, plan) {
          this.addPlan(plan, pathId, "unit", `${pathId}: `);
        }
        addUnit(unit) {
          if (this.bounded)
            this.keeper.add(unit);
          else
            this.all.push(unit);
        }
        addPlan(plan, source, kind, prefix) {
          this.warn(plan);
          const lists = this.input.drifts.length > 0 ? {
            ...plan.addresses,
            drifted: (0, bounded_list.Y4)(),
            driftDeleted: (0, bounded_list.Y4)(),
            driftCreated: (0, bounded_list.Y4)()
          } : plan.addresses;
          const changed = mapOrUndefined(plan.changedAttributes);
          if (this.addGroup(source, kind, lists, changed)) {
            for (const [address, names] of changed ?? [])
              this.changedAttributes.set(prefix + address, names);
          }
          appendAddresses(this.addresses, lists, prefix);
          (0, plan_summary.c5)(this.counts.resources, plan.resourceCounts);
          (0, plan_summary.c5)(this.counts.outputs, plan.outputCounts);
          this.plannedChanges += plan.plannedChangesCount;
          if (this.input.drifts.length === 0) {
            (0, plan_summary.c5)(this.counts.drift, plan.driftCounts);
            this.drifted += plan.driftedCount;
          }
          if (!plan.isDriftCheck)
            this.allDriftChecks = false;
          this.seen(plan);
        }
        /** Every plan and drift file: engine, version, errors, the file's name. */
        seen(plan) {
          this.plansAndDrifts += 1;
          if (plan.provisioner === "opentofu")
            this.engines.opentofu = true;
          if (plan.provisioner === "terraform")
            this.engines.terraform = true;
          if (plan.terraformVersion !== void 0 && this.versions.size < 2)
            this.versions.add(plan.terraformVersion);
          this.filesTotal += 1;
          if (!this.bounded || this.planFiles.length < FILES_KEPT)
            this.planFiles.push(plan.file);
          if (plan.errored) {
            this.anyErrored = true;
            if (!this.bounded || this.erroredPlanFiles.length < FILES_KEPT)
              this.erroredPlanFiles.push(plan.file);
          }
        }
        /** A group with a change; false when its names were not kept (a merge's groups past the bound). */
        addGroup(source, kind, lists, changedAttributes) {
          if (!plan_summary.r$.some((key) => lists[key].total > 0))
            return true;
          const named2 = plan_summary.r$.some((key) => lists[key].items.length > 0);
          if (!this.bounded || kind !== "unit" || named2 && this.groups.length < MAX_GROUPS) {
            this.groups.push({ source, kind, addresses: lists, changedAttributes });
            return true;
          }
          if (this.rest === void 0) {
            this.rest = { source: REST, kind: "unit", addresses: (0, plan_summary.XC)() };
          }
          for (const key of plan_summary.r$)
            this.rest.addresses[key].total += lists[key].total;
          return false;
        }
        /** The same warning of many files is said once, naming the first few (fileWarnings below). */
        warn(plan) {
          const prefix = `${plan.file}: `;
          for (const warning2 of plan.warnings) {
            const key = warning2.startsWith(prefix) ? warning2.slice(prefix.length) : `\0${warning2}`;
            const seen = this.warned.get(key);
            if (seen !== void 0) {
              seen.count += 1;
              if (seen.named.length < WARNING_FILES_NAMED)
                seen.named.push(plan.file);
            } else if (!this.bounded || this.warned.size < FILE_WARNINGS_KEPT) {
              this.warned.set(key, { named: [plan.file], count: 1 });
            } else {
              this.warningsLeft += 1;
            }
          }
        }
        fileWarnings() {
          const out = [...this.warned].map(([key, { named: named2, count: count2 }]) => {
            if (key.startsWith("\0"))
              return key.slice(1);
            if (count2 === 1)
              return `${named2[0]}: ${key}`;
            const more = count2 - WARNING_FILES_NAMED;
            const list = `${named2.join(", ")}${more > 0 ? ` and ${more} more` : ""}`;
            return `in each of ${count2} files (${list}): ${key}`;
          });
          if (this.warningsLeft > 0)
            out.push(`${this.warningsLeft} more warnings of the plan files not kept`);
          return out;
        }
        finish() {
          const input = this.input;
          for (const drift of input.drifts) {
            const { drifted, driftDeleted, driftCreated } = drift.addresses;
            this.addGroup(drift.file, "drift", { ...(0, plan_summary.XC)(), drifted, driftDeleted, driftCreated }, void 0);
            const prefix = input.drifts.length > 1 ? `${drift.file}: ` : "";
            (0, bounded_list.gw)(this.addresses.drifted, drifted, (address) => prefix + address);
            (0, bounded_list.gw)(this.addresses.driftDeleted, driftDeleted, (address) => prefix + address);
            (0, bounded_list.gw)(this.addresses.driftCreated, driftCreated, (address) => prefix + address);
            (0, plan_summary.c5)(this.counts.drift, drift.driftCounts);
            this.drifted += drift.driftedCount;
            this.seen(drift);
          }
          if (this.rest !== void 0)
            this.groups.push(this.rest);
          const planned = this.plannedChanges;
          const driftOnly = this.allDriftChecks && this.plansAndDrifts > 0;
          const hasDrift = this.drifted > 0;
          const overrides = input.overrides ?? {};
          const engine = this.engines.opentofu ? "opentofu" : this.engines.terraform ? "terraform" : void 0;
          const provisioner = overrides.provisioner ?? (this.terragrunt ? "terragrunt" : engine);
          const units = this.bounded ? this.keeper.kept : this.all;
          const unitsStatus = this.bounded ? this.keeper.status() : (0, statuses.Mi)(units);
          const model = {
            eventType: overrides.eventType ?? (driftOnly ? hasDrift ? "drifted" : "active" : "plan"),
            activityType: overrides.activityType ?? (driftOnly ? "drift" : "plan"),
            activityStatus: overrides.activityStatus ?? (this.anyErrored ? "failure" : unitsStatus),
            provisioner,
            // One version for the run when the plans agree; Terragrunt's own version is not in its plans.
            provisionerVersion: provisioner !== "terragrunt" && this.versions.size === 1 ? [...this.versions][0] : void 0,
            engine: provisioner === "terraform" || provisioner === "opentofu" ? provisioner : engine,
            resourceCounts: this.counts.resources,
            driftCounts: this.counts.drift,
            outputCounts: this.counts.outputs,
            plannedChangesCount: planned,
            driftedCount: this.drifted,
            // As `plan -detailed-exitcode` says: outputs that change and moves are changes too.
            hasChanges: planned > 0 || seenChanges(this.addresses),
            hasDrift,
            addresses: this.addresses,
            addressGroups: this.groups,
            changedAttributes: this.changedAttributes,
            units,
            cost: input.cost,
            costDetails: input.costDetails,
            files: this.planFiles,
            erroredPlans: this.erroredPlanFiles,
            warnings: [...input.warnings ?? [], ...this.fileWarnings()]
          };
          if (this.bounded) {
            model.unitTally = this.keeper.tally();
            if (this.filesTotal > this.planFiles.length)
              model.filesTotal = this.filesTotal;
          }
          return model;
        }
      }
      function seenChanges(a) {
        return a.moved.total + a.outputsAdded.total + a.outputsChanged.total + a.outputsRemoved.total > 0;
      }
      ;
      function sumCounts(items, pick2) {
        const total = (0, plan_summary.Nd)();
        for (const item of items)
          (0, plan_summary.c5)(total, pick2(item));
        return total;
      }
      function buildModel(input) {
        const { terragrunt, streamedUnits, ...rest } = input;
        const streamed = streamedUnits !== void 0;
        const fold = new ModelFold(rest, terragrunt !== void 0 || streamed, streamed);
        streamedUnits?.each((unit, plan) => {
          if (plan !== void 0)
            fold.addUnitPlan(unit.pathId, plan);
          fold.addUnit(unit);
        });
        if (terragrunt !== void 0) {
          for (const [pathId, plan] of terragrunt.plans)
            fold.addUnitPlan(pathId, plan);
          for (const unit of terragrunt.units)
            fold.addUnit(unit);
        }
        return fold.finish();
      }
      ;
      const SEVERITY = { success: 0, incomplete: 1, failure: 2 };
      function combinedModel(sections, notes) {
        const models = sections.map((s) => s.model);
        const worst = models.reduce((status, m) => SEVERITY[m.activityStatus] > SEVERITY[status] ? m.activityStatus : status, "success");
        const types = new Set(models.map((m) => m.eventType));
        const activities = new Set(models.map((m) => m.activityType));
        const provisioners = new Set(models.map((m) => m.provisioner));
        const plannedChangesCount = models.reduce((n, m) => n + m.plannedChangesCount, 0);
        const driftedCount = models.reduce((n, m) => n + m.driftedCount, 0);
        return {
          eventType: types.size === 1 ? models[0]?.eventType ?? "plan" : "plan",
          activityType: activities.size === 1 ? models[0]?.activityType ?? "plan" : "plan",
          activityStatus: notes.length > 0 && worst === "success" ? "incomplete" : worst,
          provisioner: provisioners.size === 1 ? models[0]?.provisioner : void 0,
          provisionerVersion: void 0,
          resourceCounts: sumCounts(models, (m) => m.resourceCounts),
          driftCounts: sumCounts(models, (m) => m.driftCounts),
          outputCounts: sumCounts(models, (m) => m.outputCounts),
          plannedChangesCount,
          driftedCount,
          hasChanges: plannedChangesCount > 0,
          hasDrift: driftedCount > 0,
          addresses: combinedAddresses(sections),
          units: [],
          cost: void 0,
          files: [],
          erroredPlans: sections.flatMap(({ workspace, model }) => model.erroredPlans.map((f) => `${workspace}: ${f}`)),
          warnings: [...notes]
        };
      }
      function combinedAddresses(sections) {
        const lists = (0, plan_summary.XC)();
        for (const { workspace, model } of sections)
          appendAddresses(lists, model.addresses, `${workspace}: `);
        return lists;
      }
      function title(sections) {
        return `Harness IaCM: ${sections.length} workspace${sections.length === 1 ? "" : "s"}`;
      }
      function renderWorkspacesMarkdown(combined, sections, budget) {
        const parts = sections.length + 1;
        const share = {
          maxChars: budget.maxChars === void 0 ? void 0 : Math.floor(budget.maxChars / parts) - 2,
          maxBytes: budget.maxBytes === void 0 ? void 0 : Math.floor(budget.maxBytes / parts) - 2
        };
        const texts = [markdown_summary_renderMarkdownSummary(combined, { budget: share, title: title(sections) })];
        for (const { workspace, model } of sections) {
          texts.push(markdown_summary_renderMarkdownSummary(model, { budget: share, title: `Workspace ${workspace}` }));
        }
        return truncateToBudget(texts.join("\n"), budget, "\n_The summary was cut to fit the size limit._\n");
      }
      function renderWorkspacesText(combined, sections, maxBytes) {
        const share = maxBytes === void 0 ? void 0 : Math.max(0, Math.floor(maxBytes / (sections.length + 1)) - 128);
        const name = (workspace) => {
          const plain2 = (0, plain_text.wh)(workspace);
          return plain2.length > 80 ? `${plain2.slice(0, 79)}\u2026` : plain2;
        };
        const parts = [
          `${title(sections)}
${renderTextSummary(combined, { maxBytes: share })}`,
          ...sections.map(({ workspace, model }) => `== Workspace ${name(workspace)} ==
${renderTextSummary(model, { maxBytes: share })}`)
        ];
        const text = parts.join("\n\n");
        if (maxBytes === void 0 || Buffer.byteLength(text, "utf8") <= maxBytes)
          return text;
        const note = "\n\u2026 cut to fit the size limit";
        const kept = [];
        let size = Buffer.byteLength(note, "utf8");
        for (const line2 of text.split("\n")) {
          const cost = Buffer.byteLength(line2, "utf8") + 1;
          if (size + cost > maxBytes)
            break;
          kept.push(line2);
          size += cost;
        }
        return kept.join("\n") + note;
      }
      ;
      function reportEnding(outcome, workspace) {
        const { model, facts } = outcome;
        return {
          kind: "report",
          model,
          facts,
          gates: outcome.gates,
          delivery: outcome.delivery,
          event: outcome.event,
          body: outcome.body,
          partialFile: outcome.partialFile,
          legs: [],
          workspace,
          text: (maxBytes) => renderTextSummary(model, { maxBytes, facts }),
          markdown: (budget) => markdown_summary_renderMarkdownSummary(model, { budget, facts })
        };
      }
      function mergeEnding(outcome, workspace) {
        const { model, facts, legs, gates } = outcome;
        if (outcome.kind === "comment-only") {
          const { sections } = outcome;
          return {
            kind: "comment-only",
            model,
            facts,
            gates,
            body: "",
            legs,
            workspace,
            sections,
            // The combined model the merge built: it holds the legs, so a missing one leads every output.
            text: (maxBytes) => renderWorkspacesText(model, sections, maxBytes),
            markdown: (budget) => renderWorkspacesMarkdown(model, sections, budget)
          };
        }
        return {
          kind: "merge",
          model,
          facts,
          gates,
          delivery: outcome.delivery,
          event: outcome.event,
          body: outcome.body,
          legs,
          workspace,
          text: (maxBytes) => renderTextSummary(model, { maxBytes, facts }),
          markdown: (budget) => markdown_summary_renderMarkdownSummary(model, { budget, facts })
        };
      }
      function deliveryNote(ending) {
        const what = ending.kind === "merge" ? "merged event" : "event";
        if (ending.kind === "comment-only") {
          const workspaces = new Set(ending.legs.map((leg) => leg.workspace)).size;
          return `Comment only: ${workspaces} workspace(s), ${ending.legs.length} leg(s); nothing sent.`;
        }
        switch (ending.delivery?.kind) {
          case "sent": {
            const legs = ending.kind === "merge" ? ` of ${ending.legs.length} leg(s)` : "";
            const type = ending.event?.event_type ?? "";
            return `Sent the ${ending.kind === "merge" ? "merged " : ""}${type} event${legs} to IaCM workspace "${(0, plain_text.wh)(ending.workspace ?? "")}".`;
          }
          case "dry-run":
            return `Dry run: the ${what} was not sent to Harness.`;
          case "saved":
            return `Partial report saved to ${(0, plain_text.wh)(ending.partialFile ?? "its file")}; nothing sent (the merge step sends).`;
          default:
            return void 0;
        }
      }
      function failuresOf(ending) {
        const failures = [];
        const { delivery } = ending;
        if (delivery?.kind === "spooled") {
          failures.push({ code: "DELIVERY_FAILED", error: delivery.error, file: delivery.file });
        }
        for (const gate of ending.gates)
          failures.push({ code: "GATE_FAILED", gate });
        return failures;
      }
      function failureLine(failure, world) {
        const nameOf = SETTING_NAMES[world];
        switch (failure.code) {
          case "DELIVERY_FAILED":
            return `${(0, src_errors.Uc)(failure.error, nameOf)}; the request body was saved to ${failure.file}; send it later with: iacm-report send --payload ${failure.file}`;
          case "GATE_FAILED":
            return `gate failed: ${gateMessage(failure.gate)}`;
          case "OUTPUT_FAILED":
            return `could not write ${failure.what}: ${(0, src_errors.Uc)(failure.error, nameOf)}`;
        }
      }
      async function present(ending, writer) {
        const failures = [...await writer.write(ending), ...failuresOf(ending)];
        if (failures.length === 0)
          return src_errors.Ij;
        await writer.fail(failures);
        return src_errors.w5;
      }
      async function endWith(writer, produce) {
        let ending;
        try {
          ending = await produce();
        } catch (error) {
          await writer.refuse(error);
          return (0, src_errors.FO)(error);
        }
        return present(ending, writer);
      }
      var lazy_fs = __webpack_require__(6025);
      var external_node_path_ = __webpack_require__(6760);
      var api_spool = __webpack_require__(3487);
      var external_node_util_ = __webpack_require__(7975);
      var external_node_fs_ = __webpack_require__(3024);
      ;
      const MAX_BITS = 15;
      const LENGTH_BASE = [
        3,
        4,
        5,
        6,
        7,
        8,
        9,
        10,
        11,
        13,
        15,
        17,
        19,
        23,
        27,
        31,
        35,
        43,
        51,
        59,
        67,
        83,
        99,
        115,
        131,
        163,
        195,
        227,
        258
      ];
      const LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
      const DIST_BASE = [
        1,
        2,
        3,
        4,
        5,
        7,
        9,
        13,
        17,
        25,
        33,
        49,
        65,
        97,
        129,
        193,
        257,
        385,
        513,
        769,
        1025,
        1537,
        2049,
        3073,
        4097,
        6145,
        8193,
        12289,
        16385,
        24577
      ];
      const DIST_EXTRA = [
        0,
        0,
        0,
        0,
        1,
        1,
        2,
        2,
        3,
        3,
        4,
        4,
        5,
        5,
        6,
        6,
        7,
        7,
        8,
        8,
        9,
        9,
        10,
        10,
        11,
        11,
        12,
        12,
        13,
        13
      ];
      const CODE_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];
      class InflateError extends Error {
      }
      function huffman(lengths) {
        const count2 = new Uint16Array(MAX_BITS + 1);
        const symbol = new Uint16Array(lengths.length);
        for (let s = 0; s < lengths.length; s++)
          count2[lengths[s]]++;
        if (count2[0] === lengths.length)
          return { code: { count: count2, symbol }, left: 0 };
        let left = 1;
        for (let len = 1; len <= MAX_BITS; len++) {
          left = left * 2 - count2[len];
          if (left < 0)
            return { code: { count: count2, symbol }, left };
        }
        const offsets = new Uint16Array(MAX_BITS + 1);
        for (let len = 1; len < MAX_BITS; len++)
          offsets[len + 1] = offsets[len] + count2[len];
        for (let s = 0; s < lengths.length; s++) {
          if (lengths[s] !== 0)
            symbol[offsets[lengths[s]]++] = s;
        }
        return { code: { count: count2, symbol }, left };
      }
      let fixedCodes;
      function fixed() {
        if (fixedCodes === void 0) {
          const lengths = new Uint8Array(288);
          lengths.fill(8, 0, 144).fill(9, 144, 256).fill(7, 256, 280).fill(8, 280, 288);
          fixedCodes = { lengths: huffman(lengths).code, distances: huffman(new Uint8Array(30).fill(5)).code };
        }
        return fixedCodes;
      }
      class Inflater {
        input;
        at = 0;
        bitBuffer = 0;
        bitCount = 0;
        out;
        written = 0;
        constructor(input, start, sizeHint) {
          this.input = input;
          this.at = start;
          this.out = new Uint8Array(Math.max(sizeHint, 256));
        }
        bits(need) {
          let value = this.bitBuffer;
          while (this.bitCount < need) {
            if (this.at >= this.input.length)
              throw new InflateError("the stream ends early");
            value |= this.input[this.at++] << this.bitCount;
            this.bitCount += 8;
          }
          this.bitBuffer = value >>> need;
          this.bitCount -= need;
          return value & (1 << need) - 1;
        }
        room(more) {
          if (this.written + more <= this.out.length)
            return;
          const grown = new Uint8Array(Math.max(this.out.length * 2, this.written + more));
          grown.set(this.out.subarray(0, this.written));
          this.out = grown;
        }
        decode(code) {
          let bits = 0;
          let first = 0;
          let index = 0;
          for (let len = 1; len <= MAX_BITS; len++) {
            bits |= this.bits(1);
            const count2 = code.count[len];
            if (bits - count2 < first)
              return code.symbol[index + (bits - first)];
            index += count2;
            first = (first + count2) * 2;
            bits *= 2;
          }
          throw new InflateError("no such code");
        }
        stored() {
          this.bitBuffer = 0;
          this.bitCount = 0;
          if (this.at + 4 > this.input.length)
            throw new InflateError("the stream ends early");
          const input = this.input;
          const length = input[this.at] | input[this.at + 1] << 8;
          const check = input[this.at + 2] | input[this.at + 3] << 8;
          if (length !== (~check & 65535))
            throw new InflateError("a stored block with a bad length");
          this.at += 4;
          if (this.at + length > input.length)
            throw new InflateError("the stream ends early");
          this.room(length);
          this.out.set(input.subarray(this.at, this.at + length), this.written);
          this.written += length;
          this.at += length;
        }
        codes(lengths, distances) {
          for (; ; ) {
            let symbol = this.decode(lengths);
            if (symbol < 256) {
              this.room(1);
              this.out[this.written++] = symbol;
              continue;
            }
            if (symbol === 256)
              return;
            symbol -= 257;
            if (symbol >= 29)
              throw new InflateError("a bad length code");
            const length = LENGTH_BASE[symbol] + this.bits(LENGTH_EXTRA[symbol]);
            const code = this.decode(distances);
            if (code >= 30)
              throw new InflateError("a bad distance code");
            const distance = DIST_BASE[code] + this.bits(DIST_EXTRA[code]);
            if (distance > this.written)
              throw new InflateError("a distance too far back");
            this.room(length);
            const out = this.out;
            for (let i = 0; i < length; i++, this.written++)
              out[this.written] = out[this.written - distance];
          }
        }
        dynamic() {
          const lengthCount = this.bits(5) + 257;
          const distCount = this.bits(5) + 1;
          const codeCount = this.bits(4) + 4;
          if (lengthCount > 286 || distCount > 30)
            throw new InflateError("too many codes");
          const lengths = new Uint8Array(19);
          for (let i = 0; i < codeCount; i++)
            lengths[CODE_ORDER[i]] = this.bits(3);
          const codeCode = huffman(lengths);
          if (codeCode.left !== 0)
            throw new InflateError("an incomplete code length code");
          const all = new Uint8Array(lengthCount + distCount);
          for (let index = 0; index < all.length; ) {
            const symbol = this.decode(codeCode.code);
            if (symbol < 16) {
              all[index++] = symbol;
              continue;
            }
            let value = 0;
            let repeat;
            if (symbol === 16) {
              if (index === 0)
                throw new InflateError("a repeat with nothing before it");
              value = all[index - 1];
              repeat = 3 + this.bits(2);
            } else if (symbol === 17)
              repeat = 3 + this.bits(3);
            else
              repeat = 11 + this.bits(7);
            if (index + repeat > all.length)
              throw new InflateError("too many lengths");
            all.fill(value, index, index + repeat);
            index += repeat;
          }
          if (all[256] === 0)
            throw new InflateError("no end-of-block code");
          const lengthCode = huffman(all.subarray(0, lengthCount));
          if (lengthCode.left < 0 || lengthCode.left > 0 && lengthCount - lengthCode.code.count[0] !== 1) {
            throw new InflateError("a bad literal/length code");
          }
          const distCode = huffman(all.subarray(lengthCount));
          if (distCode.left < 0 || distCode.left > 0 && distCount - distCode.code.count[0] !== 1) {
            throw new InflateError("a bad distance code set");
          }
          this.codes(lengthCode.code, distCode.code);
        }
        /** Decodes every block; returns the output and the offset of the first byte after the stream. */
        run() {
          let last;
          do {
            last = this.bits(1);
            const type = this.bits(2);
            if (type === 0)
              this.stored();
            else if (type === 1)
              this.codes(fixed().lengths, fixed().distances);
            else if (type === 2)
              this.dynamic();
            else
              throw new InflateError("a bad block type");
          } while (!last);
          return { output: this.out.subarray(0, this.written), end: this.at };
        }
      }
      function adler32(bytes) {
        let a = 1;
        let b = 0;
        for (let i = 0; i < bytes.length; ) {
          const stop = Math.min(i + 5552, bytes.length);
          for (; i < stop; i++) {
            a += bytes[i];
            b += a;
          }
          a %= 65521;
          b %= 65521;
        }
        return b * 65536 + a >>> 0;
      }
      function inflateZlib(input, options) {
        if (input.length < 2)
          throw new InflateError("no zlib header");
        const method = input[0];
        const flags = input[1];
        if ((method & 15) !== 8 || method >> 4 > 7 || (method * 256 + flags) % 31 !== 0 || (flags & 32) !== 0) {
          throw new InflateError("not a zlib stream git writes");
        }
        const { output, end } = new Inflater(input, 2, options.sizeHint ?? input.length * 4).run();
        if (options.trailer) {
          if (end + 4 > input.length)
            throw new InflateError("no checksum");
          const expected = (input[end] << 24 | input[end + 1] << 16 | input[end + 2] << 8 | input[end + 3]) >>> 0;
          if (adler32(output) !== expected)
            throw new InflateError("the checksum does not match");
        }
        return output;
      }
      ;
      const COMMIT_TYPE = 1;
      function readCommit(commonDir, sha) {
        const body = looseCommit(commonDir, sha) ?? packedCommit(commonDir, sha);
        if (body === void 0)
          return void 0;
        const headerEnd = body.indexOf("\n\n");
        const header = headerEnd < 0 ? body : body.slice(0, headerEnd);
        if (/^encoding (?!utf-?8$)/im.test(header))
          return void 0;
        return { subject: headerEnd < 0 ? "" : subjectOf(body.slice(headerEnd + 2)) };
      }
      const BLANK = /^[ \t\n\v\f\r]*$/;
      const TRAILING = /[ \t\n\v\f\r]+$/;
      function subjectOf(message) {
        const lines = message.split("\n");
        let i = 0;
        while (i < lines.length && BLANK.test(lines[i]))
          i++;
        const paragraph = [];
        for (; i < lines.length && !BLANK.test(lines[i]); i++)
          paragraph.push(lines[i].replace(TRAILING, ""));
        return paragraph.join(" ");
      }
      function looseCommit(commonDir, sha) {
        let compressed;
        try {
          compressed = (0, external_node_fs_.readFileSync)((0, external_node_path_.join)(commonDir, "objects", sha.slice(0, 2), sha.slice(2)));
        } catch {
          return void 0;
        }
        let raw;
        try {
          const bytes = inflateZlib(compressed, { trailer: true });
          raw = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
        } catch {
          return void 0;
        }
        const nul = raw.indexOf(0);
        if (nul < 0 || !raw.subarray(0, nul).toString("latin1").startsWith("commit "))
          return void 0;
        return raw.subarray(nul + 1).toString("utf8");
      }
      function packedCommit(commonDir, sha) {
        const packDir = (0, external_node_path_.join)(commonDir, "objects", "pack");
        let names;
        try {
          names = (0, external_node_fs_.readdirSync)(packDir).filter((name) => name.endsWith(".idx"));
        } catch {
          return void 0;
        }
        const wanted = Buffer.from(sha, "hex");
        for (const name of names) {
          const offset = findInIndex((0, external_node_path_.join)(packDir, name), wanted);
          if (offset !== void 0)
            return readPackedObject((0, external_node_path_.join)(packDir, name.replace(/\.idx$/, ".pack")), offset);
        }
        return void 0;
      }
      function readAt(fd, position, length) {
        const buffer = Buffer.alloc(length);
        const read = (0, external_node_fs_.readSync)(fd, buffer, 0, length, position);
        return buffer.subarray(0, read);
      }
      function findInIndex(path, wanted) {
        const fd = (0, external_node_fs_.openSync)(path, "r");
        try {
          const head = readAt(fd, 0, 8 + 256 * 4);
          if (head.length < 8 + 256 * 4 || head.readUInt32BE(0) !== 4285812579 || head.readUInt32BE(4) !== 2) {
            return void 0;
          }
          const fanout = (i) => i < 0 ? 0 : head.readUInt32BE(8 + i * 4);
          const total = fanout(255);
          const first = fanout(wanted[0] - 1);
          const names = readAt(fd, 8 + 1024 + first * 20, (fanout(wanted[0]) - first) * 20);
          let low = 0;
          let high = names.length / 20;
          while (low < high) {
            const mid = low + high >>> 1;
            const order = names.compare(wanted, 0, 20, mid * 20, mid * 20 + 20);
            if (order === 0) {
              const offsets = 8 + 1024 + total * 24;
              const small = readAt(fd, offsets + (first + mid) * 4, 4).readUInt32BE(0);
              if ((small & 2147483648) === 0)
                return small;
              const large = readAt(fd, offsets + total * 4 + (small & 2147483647) * 8, 8);
              return Number(large.readBigUInt64BE(0));
            }
            if (order > 0)
              high = mid;
            else
              low = mid + 1;
          }
          return void 0;
        } finally {
          (0, external_node_fs_.closeSync)(fd);
        }
      }
      function readPackedObject(path, offset) {
        const fd = (0, external_node_fs_.openSync)(path, "r");
        try {
          const head = readAt(fd, offset, 16);
          let byte = head[0];
          const type = byte >> 4 & 7;
          let size = byte & 15;
          let shift = 4;
          let used = 1;
          while (byte & 128) {
            byte = head[used++];
            size += (byte & 127) * 2 ** shift;
            shift += 7;
          }
          if (type !== COMMIT_TYPE)
            return void 0;
          const available = (0, external_node_fs_.fstatSync)(fd).size - offset - used;
          const compressed = readAt(fd, offset + used, Math.min(available, size + 64 + (size >> 10) * 8));
          try {
            const raw = inflateZlib(compressed, { trailer: false, sizeHint: size });
            return raw.length === size ? Buffer.from(raw.buffer, raw.byteOffset, raw.length).toString("utf8") : void 0;
          } catch {
            return void 0;
          }
        } finally {
          (0, external_node_fs_.closeSync)(fd);
        }
      }
      ;
      function lastConfigValue(texts, section, subsection, key) {
        let found;
        for (const text of texts) {
          let inSection = false;
          for (const rawLine of text.split("\n")) {
            let line2 = rawLine.replace(/^\s+/, "");
            if (line2.startsWith("[")) {
              const header = /^\[\s*([A-Za-z0-9.-]+)(?:\s+"((?:[^"\\]|\\.)*)")?\s*\]/.exec(line2);
              if (!header)
                return null;
              const name = header[1].toLowerCase();
              let sub = header[2]?.replace(/\\(.)/g, "$1");
              let main = name;
              if (sub === void 0 && name.includes(".")) {
                main = name.slice(0, name.indexOf("."));
                sub = name.slice(name.indexOf(".") + 1);
              }
              inSection = main === section && sub === subsection;
              line2 = line2.slice(header[0].length).replace(/^\s+/, "");
            }
            if (line2 === "" || line2.startsWith("#") || line2.startsWith(";") || !inSection)
              continue;
            const entry = /^([A-Za-z][A-Za-z0-9-]*)\s*(=?)(.*)$/.exec(line2.replace(/\r$/, ""));
            if (!entry)
              return null;
            if (entry[1].toLowerCase() !== key)
              continue;
            if (entry[2] === "")
              return null;
            const value = parseValue(entry[3]);
            if (value === null)
              return null;
            found = value;
          }
        }
        return found === "" ? void 0 : found;
      }
      const ESCAPES = { n: "\n", t: "	", b: "\b", '"': '"', "\\": "\\" };
      function parseValue(text) {
        let out = "";
        let pendingSpaces = 0;
        let quoted = false;
        let i = 0;
        while (i < text.length && (text[i] === " " || text[i] === "	"))
          i++;
        for (; i < text.length; i++) {
          const c = text[i];
          if (!quoted && (c === " " || c === "	")) {
            pendingSpaces++;
            continue;
          }
          if (!quoted && (c === "#" || c === ";"))
            break;
          if (pendingSpaces > 0) {
            out += " ".repeat(pendingSpaces);
            pendingSpaces = 0;
          }
          if (c === '"') {
            quoted = !quoted;
            continue;
          }
          if (c === "\\") {
            const escaped = ESCAPES[text[i + 1] ?? ""];
            if (escaped === void 0)
              return null;
            out += escaped;
            i++;
            continue;
          }
          out += c;
        }
        return quoted ? null : out;
      }
      ;
      const NO_REPOSITORY = "none";
      const STEERING_ENV = /^GIT_(DIR|WORK_TREE|COMMON_DIR|OBJECT_DIRECTORY|ALTERNATE_OBJECT_DIRECTORIES|CEILING_DIRECTORIES|DISCOVERY_ACROSS_FILESYSTEM|CONFIG.*|NAMESPACE|REPLACE_REF_BASE|NO_REPLACE_OBJECTS|GRAFT_FILE|REF_FORMAT|DEFAULT_HASH)$/;
      const HEX40 = /^[0-9a-f]{40}$/;
      const readText = (path) => {
        try {
          return (0, external_node_fs_.readFileSync)(path, "utf8");
        } catch {
          return void 0;
        }
      };
      const isDir = (path) => (0, external_node_fs_.statSync)(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
      function discover(cwd) {
        const device = (0, external_node_fs_.statSync)(cwd).dev;
        let crossed = false;
        for (let dir = (0, external_node_path_.resolve)(cwd); ; dir = (0, external_node_path_.dirname)(dir)) {
          crossed ||= (0, external_node_fs_.statSync)(dir).dev !== device;
          const dotGit = (0, external_node_path_.join)(dir, ".git");
          const stat = (0, external_node_fs_.statSync)(dotGit, { throwIfNoEntry: false });
          let gitDir;
          if (stat?.isDirectory())
            gitDir = dotGit;
          else if (stat?.isFile()) {
            const pointer = /^gitdir: (.+?)\s*$/m.exec(readText(dotGit) ?? "");
            if (!pointer)
              return "unsure";
            gitDir = (0, external_node_path_.resolve)(dir, pointer[1]);
          } else if (isDir((0, external_node_path_.join)(dir, "objects")) && isDir((0, external_node_path_.join)(dir, "refs")) && readText((0, external_node_path_.join)(dir, "HEAD"))) {
            gitDir = dir;
          }
          if (gitDir !== void 0) {
            if (crossed)
              return "unsure";
            const common = readText((0, external_node_path_.join)(gitDir, "commondir"))?.trim();
            return { top: dir, gitDir, commonDir: common ? (0, external_node_path_.resolve)(gitDir, common) : gitDir };
          }
          if ((0, external_node_path_.dirname)(dir) === dir)
            return void 0;
        }
      }
      function ownedByUs(repo) {
        const uid = process.geteuid?.();
        if (uid === void 0)
          return false;
        const paths = [repo.top, (0, external_node_path_.join)(repo.top, ".git"), repo.gitDir];
        return paths.every((path) => ((0, external_node_fs_.statSync)(path, { throwIfNoEntry: false })?.uid ?? uid) === uid);
      }
      class Refs {
        repo;
        packed;
        constructor(repo) {
          this.repo = repo;
        }
        packedRefs() {
          if (this.packed === void 0) {
            this.packed = /* @__PURE__ */ new Map();
            for (const line2 of (readText((0, external_node_path_.join)(this.repo.commonDir, "packed-refs")) ?? "").split("\n")) {
              const m = /^([0-9a-f]{40}) (\S+)$/.exec(line2);
              if (m)
                this.packed.set(m[2], m[1]);
            }
          }
          return this.packed;
        }
        /** The raw content of a ref: a sha, `ref: <name>`, or undefined when there is none. */
        raw(name) {
          const perWorktree = name === "HEAD" || /^refs\/(bisect|worktree|rewritten)\//.test(name);
          const loose = readText((0, external_node_path_.join)(perWorktree ? this.repo.gitDir : this.repo.commonDir, name))?.trim();
          return loose ?? this.packedRefs().get(name);
        }
        exists(name) {
          return this.raw(name) !== void 0;
        }
        /** The commit a ref names, following symbolic refs; undefined when unborn or unreadable. */
        resolve(name) {
          let current = name;
          for (let depth = 0; depth < 5; depth++) {
            const value = this.raw(current);
            if (value === void 0)
              return void 0;
            if (HEX40.test(value))
              return { sha: value, via: current };
            const symbolic = /^ref: (\S+)$/.exec(value);
            if (!symbolic)
              return void 0;
            current = symbolic[1];
          }
          return void 0;
        }
        /** `refs/replace/*` present: git would show the replacement, not the commit. */
        hasReplacements() {
          if (isDir((0, external_node_path_.join)(this.repo.commonDir, "refs/replace"))) {
            if ((0, external_node_fs_.readdirSync)((0, external_node_path_.join)(this.repo.commonDir, "refs/replace")).length > 0)
              return true;
          }
          return [...this.packedRefs().keys()].some((ref) => ref.startsWith("refs/replace/"));
        }
      }
      function shortBranch(refs, full) {
        const short = full.slice("refs/heads/".length);
        const rivals = [
          short,
          `refs/${short}`,
          `refs/tags/${short}`,
          `refs/remotes/${short}`,
          `refs/remotes/${short}/HEAD`
        ];
        return rivals.some((ref) => refs.exists(ref)) ? void 0 : short;
      }
      function configFiles(repo, env) {
        const home = env["HOME"] ?? process.getBuiltinModule("node:os").homedir();
        const xdg = env["XDG_CONFIG_HOME"] || (0, external_node_path_.join)(home, ".config");
        return [
          "/etc/gitconfig",
          (0, external_node_path_.join)(xdg, "git/config"),
          (0, external_node_path_.join)(home, ".gitconfig"),
          (0, external_node_path_.join)(repo.commonDir, "config")
        ];
      }
      function readGitFiles(cwd, sha, env = process.env) {
        const repo = env["GIT_DIR"] ? "unsure" : discover(cwd);
        if (repo === void 0)
          return NO_REPOSITORY;
        if (Object.keys(env).some((name) => STEERING_ENV.test(name)))
          return void 0;
        if (sha !== void 0 && !HEX40.test(sha))
          return void 0;
        if (repo === "unsure" || !ownedByUs(repo))
          return void 0;
        const configs = configFiles(repo, env).map((file) => readText(file) ?? "");
        const local = configs.at(-1);
        if (configs.some((text) => /^\s*\[\s*include/im.test(text)))
          return void 0;
        if (/^\s*(worktreeconfig|refstorage|objectformat)\s*=/im.test(local))
          return void 0;
        const remote = lastConfigValue(configs, "remote", "origin", "url");
        if (remote === null)
          return void 0;
        const refs = new Refs(repo);
        if (refs.hasReplacements() || readText((0, external_node_path_.join)(repo.commonDir, "info/grafts")) !== void 0)
          return void 0;
        const head = readText((0, external_node_path_.join)(repo.gitDir, "HEAD"))?.trim();
        if (head === void 0)
          return void 0;
        let branch;
        if (!HEX40.test(head)) {
          const symbolic = /^ref: (refs\/heads\/\S+)$/.exec(head);
          if (!symbolic)
            return void 0;
          const short = shortBranch(refs, symbolic[1]);
          if (short === void 0)
            return void 0;
          branch = short;
        }
        const headCommit = refs.resolve("HEAD")?.sha;
        if (headCommit === void 0)
          return void 0;
        const commit = sha ?? headCommit;
        const read = readCommit(repo.commonDir, commit);
        if (read === void 0)
          return void 0;
        return { commit, branch, subject: read.subject, remote };
      }
      ;
      const childProcess = () => process.getBuiltinModule("node:child_process");
      async function git(cwd, args, env) {
        try {
          const { stdout } = await (0, external_node_util_.promisify)(childProcess().execFile)("git", args, {
            cwd,
            env,
            timeout: 3e3,
            windowsHide: true
          });
          const text = stdout.trim();
          return text === "" ? void 0 : text;
        } catch {
          return void 0;
        }
      }
      async function localGitContext(cwd, sha, env = process.env) {
        let facts;
        try {
          facts = readGitFiles(cwd, sha, env);
        } catch {
          facts = void 0;
        }
        if (facts === NO_REPOSITORY)
          return {};
        if (facts !== void 0) {
          const message = (sha === void 0 ? facts.subject.trimEnd() : facts.subject.trim()) || void 0;
          return {
            git_commit_sha: facts.commit,
            git_branch: facts.branch,
            git_commit_message: message,
            git_repo: facts.remote?.trim() || void 0
          };
        }
        return askGit(cwd, sha, env);
      }
      async function askGit(cwd, sha, env) {
        const [logged, branch, remote] = await Promise.all([
          sha === void 0 ? git(cwd, ["log", "-1", "--format=%H%x00%s", "HEAD"], env) : git(cwd, ["log", "-1", "--format=%s", sha], env),
          git(cwd, ["rev-parse", "--abbrev-ref", "HEAD"], env),
          git(cwd, ["config", "--get", "remote.origin.url"], env)
        ]);
        let commit = sha;
        let message = logged;
        if (sha === void 0) {
          if (logged === void 0)
            return {};
          const cut = logged.indexOf("\0");
          commit = cut < 0 ? logged : logged.slice(0, cut);
          message = cut < 0 ? void 0 : logged.slice(cut + 1) || void 0;
        }
        if (!commit)
          return {};
        return {
          git_commit_sha: commit,
          git_branch: branch === "HEAD" ? void 0 : branch,
          git_commit_message: message,
          git_repo: remote
        };
      }
      ;
      const MAX_MESSAGE = 1e3;
      async function readCiContext(env, cwd) {
        const ci = env["GITHUB_ACTIONS"] === "true" ? await githubContext(env) : harnessContext(env);
        if (!ci.git_commit_sha || !ci.git_branch || !ci.git_repo || !ci.git_commit_message) {
          const local = await localGitContext(cwd, ci.git_commit_sha);
          for (const key of ["git_branch", "git_commit_sha", "git_repo", "git_commit_message"]) {
            ci[key] ??= local[key];
          }
        }
        return clean(ci);
      }
      async function githubContext(env) {
        const server = env["GITHUB_SERVER_URL"] ?? "https://github.com";
        const repo = env["GITHUB_REPOSITORY"];
        const runId = env["GITHUB_RUN_ID"];
        const payload = await readEventPayload(env["GITHUB_EVENT_PATH"]);
        const pull = asRecord(payload["pull_request"]);
        const head = asRecord(pull["head"]);
        const headCommit = asRecord(payload["head_commit"]);
        const trigger = { source: "github-actions" };
        putDefined(trigger, "event", env["GITHUB_EVENT_NAME"]);
        putDefined(trigger, "actor", env["GITHUB_ACTOR"]);
        if (repo && runId)
          trigger["run_url"] = `${server}/${repo}/actions/runs/${runId}`;
        if (typeof pull["number"] === "number")
          trigger["pull_request"] = pull["number"];
        return {
          // On pull requests GITHUB_SHA is a merge commit nobody pushed: report the head commit.
          git_commit_sha: stringOr(head["sha"]) ?? env["GITHUB_SHA"],
          git_branch: env["GITHUB_HEAD_REF"] || env["GITHUB_REF_NAME"],
          git_repo: repo ? `${server}/${repo}` : void 0,
          git_commit_message: stringOr(headCommit["message"]),
          pipeline: env["GITHUB_WORKFLOW_REF"] ?? env["GITHUB_WORKFLOW"],
          pipeline_name: env["GITHUB_WORKFLOW"],
          pipeline_execution_id: runId,
          pipeline_execution_number: env["GITHUB_RUN_NUMBER"],
          pipeline_stage_id: env["GITHUB_JOB"],
          trigger
        };
      }
      function harnessContext(env) {
        const pick2 = (...names) => names.map((n) => env[n]).find((v) => !!v);
        const context = {
          git_commit_sha: pick2("DRONE_COMMIT_SHA", "CI_COMMIT_SHA", "DRONE_COMMIT"),
          git_branch: pick2("DRONE_SOURCE_BRANCH", "DRONE_COMMIT_BRANCH", "CI_COMMIT_BRANCH"),
          git_commit_message: pick2("DRONE_COMMIT_MESSAGE", "CI_COMMIT_MESSAGE"),
          git_repo: pick2("DRONE_REPO_LINK", "CI_REPO_LINK", "DRONE_REPO", "CI_REPO"),
          pipeline: pick2("HARNESS_PIPELINE_ID"),
          pipeline_name: pick2("HARNESS_PIPELINE_NAME", "HARNESS_PIPELINE_ID"),
          pipeline_execution_id: pick2("HARNESS_EXECUTION_ID"),
          pipeline_execution_number: pick2("HARNESS_BUILD_ID", "DRONE_BUILD_NUMBER", "CI_BUILD_NUMBER"),
          pipeline_stage_id: pick2("HARNESS_STAGE_ID", "DRONE_STAGE_NAME")
        };
        if (context.pipeline || context.pipeline_execution_id || env["DRONE_BUILD_LINK"]) {
          const trigger = { source: "harness" };
          putDefined(trigger, "event", pick2("DRONE_BUILD_EVENT", "CI_BUILD_EVENT"));
          putDefined(trigger, "build_link", pick2("DRONE_BUILD_LINK", "CI_BUILD_LINK"));
          context.trigger = trigger;
        }
        return context;
      }
      async function readEventPayload(path) {
        if (!path)
          return {};
        try {
          return asRecord(JSON.parse(await (0, lazy_fs.TA)(path, "utf8")));
        } catch {
          return {};
        }
      }
      function asRecord(value) {
        return typeof value === "object" && value !== null && !Array.isArray(value) ? value : {};
      }
      function stringOr(value) {
        return typeof value === "string" && value !== "" ? value : void 0;
      }
      function putDefined(into, key, value) {
        if (value)
          into[key] = value;
      }
      function clean(context) {
        const out = {};
        for (const [key, value] of Object.entries(context)) {
          if (value === void 0 || value === "")
            continue;
          out[key] = value;
        }
        if (out.git_commit_message && out.git_commit_message.length > MAX_MESSAGE) {
          out.git_commit_message = `${out.git_commit_message.slice(0, MAX_MESSAGE - 1)}\u2026`;
        }
        if (out.git_repo)
          out.git_repo = stripCredentials(out.git_repo);
        return out;
      }
      function stripCredentials(url) {
        return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^@/]*@/i, "$1");
      }
      ;
      const ROOT_PATH_ID = ".";
      function pathSegments(path) {
        return path.split(/[\\/]+/).filter((segment, i) => segment !== "" && segment !== "." && segment !== ".." && !(i === 0 && /^[A-Za-z]:$/.test(segment)));
      }
      function compareCodeUnits(a, b) {
        return a < b ? -1 : a > b ? 1 : 0;
      }
      function suffixScore(foreign, unit) {
        if (unit.length === 0 || foreign.length === 0)
          return unit.length === 0 && foreign.length === 0 ? 1 : 0;
        const shorter = Math.min(foreign.length, unit.length);
        for (let i = 1; i <= shorter; i++) {
          if (foreign[foreign.length - i] !== unit[unit.length - i])
            return 0;
        }
        return shorter + 1;
      }
      class UnitPathIndex {
        byLastSegment = /* @__PURE__ */ new Map();
        hasRoot;
        constructor(pathIds) {
          let hasRoot = false;
          for (const pathId of pathIds) {
            const segments = pathSegments(pathId);
            const last = segments[segments.length - 1];
            if (last === void 0) {
              hasRoot = true;
              continue;
            }
            const bucket = this.byLastSegment.get(last) ?? [];
            bucket.push({ pathId, segments });
            this.byLastSegment.set(last, bucket);
          }
          this.hasRoot = hasRoot;
        }
        match(foreignPath) {
          const foreign = pathSegments(foreignPath);
          const last = foreign[foreign.length - 1];
          if (last === void 0) {
            return this.hasRoot ? { kind: "matched", pathId: ROOT_PATH_ID, score: 1 } : { kind: "none" };
          }
          let best = 0;
          let winners = [];
          for (const unit of this.byLastSegment.get(last) ?? []) {
            const score = suffixScore(foreign, unit.segments);
            const candidate = { pathId: unit.pathId, exact: unit.segments.length === foreign.length };
            if (score > best) {
              best = score;
              winners = [candidate];
            } else if (score === best && score > 0) {
              winners.push(candidate);
            }
          }
          const exact = winners.filter((w) => w.exact);
          if (exact.length === 1)
            winners = exact;
          const [only, ...more] = winners;
          if (only === void 0)
            return { kind: "none" };
          if (more.length > 0)
            return { kind: "ambiguous", pathIds: winners.map((w) => w.pathId).sort(compareCodeUnits) };
          return { kind: "matched", pathId: only.pathId, score: best };
        }
      }
      var cost_details = __webpack_require__(903);
      var build_partial = __webpack_require__(7241);
      ;
      function compactPlan(plan) {
        const lists = plan.addresses;
        if (!Object.values(lists).some((list) => list.items.length > bounded_list.bh))
          return plan;
        const addresses = {};
        for (const [key, list] of Object.entries(lists)) {
          addresses[key] = { items: list.items.slice(0, bounded_list.bh), total: list.total };
        }
        return { ...plan, addresses };
      }
      const GROUP_ITEMS_LIMIT = 56e3;
      const NONE = Object.freeze({
        items: Object.freeze([]),
        total: 0
      });
      class PlanRestorer {
        kept = /* @__PURE__ */ new Map();
        /** `record` (read back from the merge's runs, unit-runs.ts) as the model reads it. */
        plan(record) {
          const { addresses: all, changedAttributes, ...rest } = record;
          const lists = { addresses: all, changedAttributes };
          const addresses = {};
          const names = /* @__PURE__ */ new Set();
          for (const key of plan_summary.r$) {
            const list = lists.addresses[key];
            if (list === void 0 || list.total === 0) {
              addresses[key] = NONE;
              continue;
            }
            const kept = this.kept.get(key) ?? 0;
            const items = list.items.length + kept <= GROUP_ITEMS_LIMIT ? list.items : list.items.slice(0, Math.max(0, GROUP_ITEMS_LIMIT - kept));
            this.kept.set(key, kept + items.length);
            for (const item of items)
              names.add(item);
            addresses[key] = items === list.items ? list : { items, total: list.total };
          }
          const changed = lists.changedAttributes?.filter(([address]) => names.has(address));
          return (0, build_partial.planOf)({
            ...rest,
            outputs: {},
            addresses,
            changedAttributes: changed
          });
        }
      }
      ;
      const JSON_NUMBER = /^(-?)(\d+)(?:\.(\d+))?[eE]([+-]?\d+)$/;
      const MAX_EXPONENT = 400;
      function normalizeDecimalText(text) {
        if ((0, decimal.aM)(text))
          return text;
        const match = JSON_NUMBER.exec(text);
        if (!match)
          return void 0;
        const [, sign = "", whole = "", fraction = "", exponentText = "0"] = match;
        const exponent = Number(exponentText);
        if (Math.abs(exponent) > MAX_EXPONENT)
          return void 0;
        let digits = whole + fraction;
        let pointAt = whole.length + exponent;
        if (pointAt <= 0) {
          digits = "0".repeat(1 - pointAt) + digits;
          pointAt = 1;
        } else if (pointAt > digits.length) {
          digits += "0".repeat(pointAt - digits.length);
        }
        const intPart = digits.slice(0, pointAt).replace(/^0+(?=\d)/, "");
        const fracPart = digits.slice(pointAt).replace(/0+$/, "");
        const body = fracPart === "" ? intPart : `${intPart}.${fracPart}`;
        return sign === "-" && /[1-9]/.test(body) ? `-${body}` : body;
      }
      function percentageChangeText(diff, past) {
        if (diff === void 0 || past === void 0)
          return void 0;
        if (!(0, decimal.aM)(diff) || !(0, decimal.aM)(past))
          return void 0;
        return (0, decimal.X1)(diff, past, 2);
      }
      function costFigures(currency, totalMonthly, pastTotalMonthly, diffTotalMonthly) {
        const figures = {};
        if (currency !== void 0)
          figures.currency = currency;
        if (totalMonthly !== void 0)
          figures.totalMonthly = totalMonthly;
        if (pastTotalMonthly !== void 0)
          figures.pastTotalMonthly = pastTotalMonthly;
        if (diffTotalMonthly !== void 0)
          figures.diffTotalMonthly = diffTotalMonthly;
        const change = percentageChangeText(diffTotalMonthly, pastTotalMonthly);
        if (change !== void 0)
          figures.percentageChange = change;
        return figures;
      }
      ;
      function legNotes(legs, expect) {
        const notes = [];
        const failed = legs.filter(({ partial }) => partial.leg.status === "failure");
        for (const { partial, file } of failed) {
          notes.push(`leg ${partial.leg.name} failed (${file}): ${partial.leg.error ?? "no reason recorded"}`);
        }
        const missingNote = missingLegsNote({
          expected: expect,
          planned: legs.filter(({ partial }) => partial.leg.status !== "failure").map(({ partial }) => partial.leg.name),
          failed: failed.map(({ partial }) => partial.leg.name)
        });
        if (missingNote !== void 0) {
          notes.unshift(missingNote);
        } else if (expect !== void 0 && legs.length > expect) {
          notes.push(`${legs.length} legs arrived, more than the ${expect} expected`);
        }
        const statusFloor = failed.length > 0 ? "failure" : missingNote !== void 0 ? "incomplete" : void 0;
        return { notes, statusFloor };
      }
      const TOTALS = ["totalMonthly", "pastTotalMonthly", "diffTotalMonthly"];
      function sumCosts(legs, warnings) {
        const reporting = legs.filter(({ partial }) => partial.leg.status === "success");
        const priced = reporting.filter(({ partial }) => partial.report.cost !== void 0);
        if (priced.length === 0)
          return void 0;
        const only = priced.length === 1 && reporting.length === 1 ? priced[0]?.partial.report.cost : void 0;
        if (only !== void 0)
          return { ...only };
        const unpriced = reporting.filter(({ partial }) => partial.report.cost === void 0);
        if (unpriced.length > 0) {
          warnings.push(`cost totals left out: legs without Infracost costs: ${unpriced.map(({ partial }) => partial.leg.name).join(", ")}`);
          return void 0;
        }
        const currencies = new Set(priced.map(({ partial }) => partial.report.cost?.currency));
        if (currencies.size > 1) {
          warnings.push(`cost totals left out: the legs report different currencies (${[...currencies].map(String).join(", ")})`);
          return void 0;
        }
        const figures = {};
        const currency = [...currencies][0];
        if (currency !== void 0)
          figures.currency = currency;
        for (const key of TOTALS) {
          const values = priced.map(({ partial }) => partial.report.cost?.[key]);
          if (values.every((v) => v !== void 0)) {
            figures[key] = values.reduce((a, b) => (0, decimal.Qr)(a, b));
          } else if (values.some((v) => v !== void 0)) {
            warnings.push(`cost total ${key} left out: not every leg's Infracost report has it`);
          }
        }
        const change = percentageChangeText(figures.diffTotalMonthly, figures.pastTotalMonthly);
        if (change !== void 0)
          figures.percentageChange = change;
        return figures;
      }
      function agreedOverrides(legs, warnings) {
        const out = {};
        for (const key of ["eventType", "activityType", "activityStatus", "provisioner"]) {
          const values = new Set(legs.map(({ partial }) => partial.report.overrides[key]).filter((v) => v !== void 0));
          if (values.size === 1)
            out[key] = [...values][0];
          if (values.size > 1) {
            warnings.push(`the legs set ${key} differently (${[...values].join(", ")}); left to the data`);
          }
        }
        return out;
      }
      var external_node_crypto_ = __webpack_require__(7598);
      ;
      const BATCH_UNITS = 1024;
      const READ_CHUNK = 64 * 1024;
      const [NEWLINE, TAB] = [10, 9];
      function memoryRunStore() {
        const chunks = [];
        let size = 0;
        let whole;
        return {
          keep(text) {
            const data = Buffer.from(text, "utf8");
            chunks.push(data);
            whole = void 0;
            const at = { offset: size, bytes: data.length };
            size += data.length;
            return at;
          },
          bytesAt(offset, length) {
            whole ??= Buffer.concat(chunks);
            return whole.subarray(offset, offset + length);
          }
        };
      }
      function unitDigest(entry) {
        return (0, external_node_crypto_.createHash)("sha256").update(JSON.stringify({ ...entry, plan: entry.plan && { ...entry.plan, file: "" } })).digest("base64");
      }
      class RunWriter {
        store;
        file;
        batch = [];
        runs = [];
        last;
        units = 0;
        constructor(store, file) {
          this.store = store;
          this.file = file;
        }
        hold(entry) {
          const pathId = entry.unit.pathId;
          const kept = entry.plan === void 0 ? entry : { ...entry, plan: compactPlan(entry.plan) };
          const line2 = `${JSON.stringify(pathId)}	${unitDigest(entry)}	${JSON.stringify(kept)}
`;
          this.batch.push({ pathId, line: line2 });
          this.units += 1;
          if (this.batch.length >= BATCH_UNITS)
            this.flush();
        }
        flush() {
          if (this.batch.length === 0)
            return;
          const sorted = this.batch.sort((a, b) => compareCodeUnits(a.pathId, b.pathId));
          this.batch = [];
          const first = sorted[0].pathId;
          const stretch = this.store.keep(sorted.map((item) => item.line).join(""));
          const run2 = this.runs.at(-1);
          if (run2 !== void 0 && this.last !== void 0 && compareCodeUnits(this.last, first) <= 0)
            run2.push(stretch);
          else
            this.runs.push([stretch]);
          this.last = sorted.at(-1).pathId;
        }
        end() {
          this.flush();
          return { file: this.file, runs: this.runs, units: this.units };
        }
      }
      class RunCursor {
        store;
        stretches;
        file;
        stretch = 0;
        at = 0;
        rest = Buffer.alloc(0);
        pathId = "";
        digest = "";
        entry = Buffer.alloc(0);
        constructor(store, stretches, file) {
          this.store = store;
          this.stretches = stretches;
          this.file = file;
        }
        /** Moves to the next line; false at the run's end. */
        next() {
          for (; ; ) {
            const end = this.rest.indexOf(NEWLINE);
            if (end !== -1) {
              const line2 = this.rest.subarray(0, end);
              this.rest = this.rest.subarray(end + 1);
              const tab = line2.indexOf(TAB);
              const second = line2.indexOf(TAB, tab + 1);
              this.pathId = JSON.parse(line2.toString("utf8", 0, tab));
              this.digest = line2.toString("latin1", tab + 1, second);
              this.entry = line2.subarray(second + 1);
              return true;
            }
            const stretch = this.stretches[this.stretch];
            if (stretch === void 0)
              return false;
            const length = Math.min(READ_CHUNK, stretch.bytes - this.at);
            const read = Buffer.from(this.store.bytesAt(stretch.offset + this.at, length));
            this.rest = this.rest.length === 0 ? read : Buffer.concat([this.rest, read]);
            this.at += length;
            if (this.at >= stretch.bytes) {
              this.stretch += 1;
              this.at = 0;
            }
          }
        }
      }
      const before = (a, b) => (compareCodeUnits(a.pathId, b.pathId) || compareCodeUnits(a.file, b.file)) < 0;
      class CursorHeap {
        items = [];
        push(cursor) {
          const items = this.items;
          items.push(cursor);
          for (let i = items.length - 1; i > 0; ) {
            const parent = i - 1 >> 1;
            if (!before(items[i], items[parent]))
              break;
            [items[i], items[parent]] = [items[parent], items[i]];
            i = parent;
          }
        }
        pop() {
          const items = this.items;
          const top = items[0];
          const last = items.pop();
          if (items.length > 0 && last !== void 0) {
            items[0] = last;
            for (let i = 0; ; ) {
              const [l, r] = [2 * i + 1, 2 * i + 2];
              let least = i;
              if (l < items.length && before(items[l], items[least]))
                least = l;
              if (r < items.length && before(items[r], items[least]))
                least = r;
              if (least === i)
                break;
              [items[i], items[least]] = [items[least], items[i]];
              i = least;
            }
          }
          return top;
        }
      }
      function* mergeRuns(store, files, on) {
        const heap = new CursorHeap();
        for (const { file, runs } of files) {
          for (const run2 of runs) {
            const cursor = new RunCursor(store, run2, file);
            if (cursor.next())
              heap.push(cursor);
          }
        }
        for (let first = heap.pop(); first !== void 0; first = heap.pop()) {
          const { pathId, digest, file, entry } = first;
          if (first.next())
            heap.push(first);
          for (let other = heap.items[0]; other !== void 0 && other.pathId === pathId; other = heap.items[0]) {
            heap.pop();
            const [a, b] = [file, other.file].sort(compareCodeUnits);
            if (other.digest !== digest)
              on.conflict(pathId, a, b);
            on.twin(pathId, a, b);
            if (other.next())
              heap.push(other);
          }
          yield { pathId, file, entry };
        }
      }
      class UnitList {
        store;
        lines = [];
        length = 0;
        stretches = [];
        constructor(store) {
          this.store = store;
        }
        append(unit) {
          const line2 = `${JSON.stringify(unit.pathId)}		${JSON.stringify(unit)}
`;
          this.lines.push(line2);
          this.length += line2.length;
          if (this.length >= READ_CHUNK * 16)
            this.flush();
        }
        flush() {
          if (this.lines.length > 0)
            this.stretches.push(this.store.keep(this.lines.join("")));
          this.lines = [];
          this.length = 0;
        }
        /** The units read back in order, one at a time (as often as asked). */
        *read() {
          this.flush();
          const cursor = new RunCursor(this.store, this.stretches, "");
          while (cursor.next())
            yield JSON.parse(cursor.entry.toString("utf8"));
        }
      }
      ;
      const merge_partials_MAX_WARNINGS = 1e3;
      function conflict(files, detail) {
        const [first = "", second = ""] = [...files].sort(compareCodeUnits);
        return new src_errors.dz("INPUT_CONFLICT", first, `${detail} (also in ${second})`);
      }
      class PartialMerger {
        rules;
        store;
        loaded = [];
        byHash = /* @__PURE__ */ new Map();
        /** Each counted partial's units, as runs in `store` (unit-runs.ts): nothing per unit in memory. */
        runs = [];
        warnings = [];
        /** Per leg and run (GitHub's run id without its attempt): the attempt counted, and its file. */
        attempts = /* @__PURE__ */ new Map();
        workspace;
        commit;
        constructor(rules = {}, store = memoryRunStore()) {
          this.rules = rules;
          this.store = store;
        }
        /** A writer of one file's units: for the reader to hand each unit to as it streams (partial-file.ts). */
        writer(file) {
          return new RunWriter(this.store, file);
        }
        add(item) {
          const twin = this.byHash.get(item.hash);
          if (twin !== void 0) {
            const [a, b] = [twin, item.file].sort(compareCodeUnits);
            this.warnings.push(`${a} and ${b} are identical (a retried leg?); counted once`);
            return;
          }
          const { partial, file } = item;
          if (!this.newestAttempt(item))
            return;
          if (!this.rules.allowMixed) {
            this.workspace = this.same("workspace", this.workspace, partial.workspace, file);
            this.commit = this.same("commit", this.commit, partial.commit, file);
          }
          const runs = item.runs ?? this.written(file, partial.report.units);
          if (runs !== void 0)
            this.runs.push(runs);
          this.byHash.set(item.hash, file);
          const report = partial.report;
          const slim = {
            ...partial,
            report: {
              ...report,
              plans: report.plans.map(compactPlan),
              drifts: report.drifts.map(compactPlan),
              // finish() keeps MAX_WARNINGS in all: more from one leg would only be dropped there.
              warnings: report.warnings.slice(0, merge_partials_MAX_WARNINGS),
              units: report.units === void 0 ? void 0 : []
            }
          };
          this.loaded.push({ file, hash: item.hash, partial: slim });
        }
        /** A partial read whole: its units written to the runs as a streamed one's are. */
        written(file, units) {
          if (units === void 0)
            return void 0;
          const writer = this.writer(file);
          for (const entry of units)
            writer.hold(entry);
          return writer.end();
        }
        /**
         * A retried leg (same leg, same run, another GITHUB_RUN_ATTEMPT) counts once, the latest attempt,
         * with a warning: whichever order the files come in. False when `item` is the older attempt.
         */
        newestAttempt(item) {
          const { leg } = item.partial;
          const run2 = /^(\d+)\.(\d+)$/.exec(leg.run ?? "");
          if (run2 === null)
            return true;
          const key = JSON.stringify([leg.name, leg.job, run2[1]]);
          const attempt = Number(run2[2]);
          const held = this.attempts.get(key);
          if (held !== void 0) {
            const [older, newer] = held.attempt < attempt ? [held, { attempt, file: item.file }] : [{ attempt, file: item.file }, held];
            this.warnings.push(`${older.file} and ${newer.file} are attempts ${older.attempt} and ${newer.attempt} of leg ${leg.name} (run ${run2[1]}); only attempt ${newer.attempt} is counted`);
            if (held.attempt >= attempt)
              return false;
            this.forget(held.file);
          }
          this.attempts.set(key, { attempt, file: item.file });
          return true;
        }
        /** Takes a file's partial back out (an older attempt of a leg). */
        forget(file) {
          const at = this.loaded.findIndex((loaded) => loaded.file === file);
          if (at !== -1)
            this.loaded.splice(at, 1);
          for (const [hash, held] of this.byHash)
            if (held === file)
              this.byHash.delete(hash);
          const runs = this.runs.findIndex((runs2) => runs2.file === file);
          if (runs !== -1)
            this.runs.splice(runs, 1);
        }
        same(what, held, value, file) {
          if (value === void 0)
            return held;
          if (held === void 0)
            return { value, file };
          if (held.value !== value) {
            throw conflict([held.file, file], `partial reports of different ${what}s (${held.value}, ${value}) cannot make one event; merge each ${what} on its own, or pass --allow-mixed`);
          }
          return held;
        }
        /** The units of every counted partial, in path_id order: twins noted, a conflict thrown. */
        merged() {
          return mergeRuns(this.store, this.runs, {
            twin: (pathId, a, b) => this.warnings.push(`Terragrunt unit ${pathId} is in both ${a} and ${b}, identical; counted once`),
            conflict: (pathId, a, b) => {
              throw conflict([a, b], `Terragrunt unit ${pathId} is in two partial reports with different results; each unit must be planned by one leg`);
            }
          });
        }
        /**
         * Every unit once, in path_id order, with its plan (each action's names kept up to
         * GROUP_ITEMS_LIMIT over all units: held-units.ts), read back from the runs a unit at a time.
         */
        units(list) {
          return {
            each: (visit) => {
              const restorer = new PlanRestorer();
              const twins = this.warnings.length;
              for (const { entry } of this.merged()) {
                const { unit, plan } = JSON.parse(entry.toString("utf8"));
                const moved = plan?.addresses.moved.total ?? 0;
                if (unit.movedCount === void 0 && moved > 0)
                  unit.movedCount = moved;
                list.append(unit);
                visit(unit, plan === void 0 ? void 0 : restorer.plan(plan));
              }
              this.warnings.length = twins;
            }
          };
        }
        finish() {
          for (const unit of this.merged())
            void unit;
          const legs = [...this.loaded].sort((a, b) => compareCodeUnits(a.partial.leg.name, b.partial.leg.name) || compareCodeUnits(a.hash, b.hash));
          const several = legs.length > 1;
          const plans = [];
          const drifts = [];
          const warnings = [];
          let dropped = 0;
          for (const { partial } of legs) {
            for (const plan of partial.report.plans)
              plans.push((0, build_partial.planOf)(plan));
            for (const drift of partial.report.drifts)
              drifts.push((0, build_partial.planOf)(drift));
            const prefix = several ? `leg ${partial.leg.name}: ` : "";
            const room = Math.max(0, merge_partials_MAX_WARNINGS - warnings.length);
            warnings.push(...partial.report.warnings.slice(0, room).map((w) => prefix + w));
            dropped += Math.max(0, partial.report.warnings.length - room);
          }
          warnings.push(...[...this.warnings].sort(compareCodeUnits).slice(0, merge_partials_MAX_WARNINGS));
          dropped += Math.max(0, this.warnings.length - merge_partials_MAX_WARNINGS);
          if (dropped > 0)
            warnings.push(`${dropped} more warnings from the partial reports not kept`);
          const list = new UnitList(this.store);
          const streamedUnits = legs.some(({ partial }) => partial.report.units !== void 0) ? this.units(list) : void 0;
          const cost = sumCosts(legs, warnings);
          const costDetails = cost === void 0 ? void 0 : (0, cost_details.pJ)(legs.filter(({ partial }) => partial.leg.status === "success").map(({ partial }) => partial.report.costDetails).filter((details) => details !== void 0));
          const overrides = agreedOverrides(legs, warnings);
          const { notes, statusFloor } = legNotes(legs, this.rules.expectLegs);
          const input = {
            plans,
            drifts,
            streamedUnits,
            cost,
            costDetails,
            warnings: [...notes, ...warnings],
            overrides
          };
          const summaries = legs.map(({ partial, file }) => ({
            name: partial.leg.name,
            file,
            status: partial.leg.status,
            error: partial.leg.error,
            workspace: partial.workspace,
            sent: partial.leg.sent
          }));
          return { input, legs: summaries, statusFloor, notes, units: () => list.read() };
        }
      }
      var external_node_v8_ = __webpack_require__(8877);
      ;
      const MERGE_HEAP_GROWING_PERCENT = 50;
      function growHeapInSmallSteps() {
        try {
          (0, external_node_v8_.setFlagsFromString)(`--heap-growing-percent=${MERGE_HEAP_GROWING_PERCENT}`);
        } catch {
        }
      }
      var partial_file = __webpack_require__(1821);
      var partial_limits = __webpack_require__(2889);
      var input_file = __webpack_require__(6572);
      var picomatch = __webpack_require__(4006);
      var picomatch_default = /* @__PURE__ */ __webpack_require__.n(picomatch);
      ;
      class FolderReadError extends Error {
        folder;
        code;
        isRoot;
        constructor(folder, code, isRoot, options) {
          super(`cannot read folder ${folder} (${code})`, options);
          this.folder = folder;
          this.code = code;
          this.isRoot = isRoot;
          this.name = "FolderReadError";
        }
      }
      function kindOf(entry) {
        if (entry.isSymbolicLink())
          return "link";
        if (entry.isDirectory())
          return "directory";
        if (entry.isFile())
          return "file";
        return "other";
      }
      function walkFolders(root, options = {}) {
        const maxDepth = options.maxDepth ?? Infinity;
        const entries = [];
        const pending = [{ abs: root, segments: [] }];
        for (let next = pending.pop(); next !== void 0; next = pending.pop()) {
          let listing;
          try {
            listing = (0, external_node_fs_.readdirSync)(next.abs, { withFileTypes: true });
          } catch (error) {
            const code = error.code ?? "error";
            throw new FolderReadError(next.abs, code, next.segments.length === 0, { cause: error });
          }
          for (const dirent of listing) {
            if (options.skipNames?.has(dirent.name))
              continue;
            const segments = [...next.segments, dirent.name];
            const entry = {
              segments,
              path: segments.join("/"),
              abs: (0, external_node_path_.join)(next.abs, dirent.name),
              kind: kindOf(dirent)
            };
            entries.push(entry);
            if (entry.kind === "directory" && segments.length < maxDepth) {
              pending.push({ abs: entry.abs, segments });
            }
          }
        }
        return entries.sort((a, b) => compareCodeUnits(a.path, b.path));
      }
      function globMatcher(pattern) {
        return picomatch_default()(pattern, { dot: true, nonegate: true, flags: "s" });
      }
      ;
      async function expandInputs(patterns, cwd, what, options = {}) {
        const files = [];
        const seen = /* @__PURE__ */ new Set();
        for (const pattern of patterns) {
          for (const file of await expandOne(pattern, cwd, what, options.links === true)) {
            if (!seen.has(file)) {
              seen.add(file);
              files.push(file);
            }
          }
        }
        return files;
      }
      async function dedupeByIdentity(files, cwd, what) {
        const kept = [];
        const warnings = [];
        const seen = /* @__PURE__ */ new Map();
        for (const file of files) {
          const info2 = (0, input_file.I0)(file) ? void 0 : await (0, lazy_fs.dJ)((0, external_node_path_.resolve)(cwd, file), { bigint: true }).catch(() => void 0);
          if (info2 === void 0) {
            kept.push(file);
            continue;
          }
          const id3 = `${info2.dev}:${info2.ino}`;
          const first = seen.get(id3);
          if (first !== void 0) {
            warnings.push(`${file}: the same file as ${first}; the ${what} is read and counted once`);
            continue;
          }
          seen.set(id3, file);
          kept.push(file);
        }
        return { files: kept, warnings };
      }
      function missingHint(what) {
        return what === "plan" || what === "drift" ? " (did the plan step fail? `terraform show -json <planfile>` writes it)" : "";
      }
      async function expandOne(pattern, cwd, what, links) {
        if ((0, input_file.I0)(pattern))
          return [pattern];
        const scan = picomatch_default().scan(pattern);
        let literal;
        try {
          literal = await (0, lazy_fs.dJ)((0, external_node_path_.resolve)(cwd, pattern));
        } catch (error) {
          const code = error.code;
          if (!scan.isGlob) {
            const cause = { cause: error };
            if (code === "ENOENT")
              throw new src_errors.dz("INPUT_NOT_FOUND", pattern, `no such ${what} file${missingHint(what)}`, void 0, cause);
            throw unreachable(pattern, code, what, cause);
          }
        }
        if (literal?.isDirectory()) {
          const hint = what === "plan" ? ` (use ${(0, src_errors.yE)("terragruntDir")} for a Terragrunt output tree)` : "";
          throw new src_errors.dz("INPUT_UNREADABLE", pattern, `is a directory, not a ${what} JSON file${hint}`);
        }
        if (literal !== void 0)
          return [pattern];
        const matches = expandGlob(pattern, scan, cwd, links);
        if (matches.length === 0) {
          throw new src_errors.dz("INPUT_NOT_FOUND", pattern, `the glob matches no ${what} file`);
        }
        return matches;
      }
      function unreachable(pattern, code, what, cause) {
        switch (code) {
          case "EACCES":
          case "EPERM":
            return new src_errors.dz("INPUT_UNREADABLE", pattern, `permission denied: a folder on the path cannot be entered by this user (${code})`, void 0, cause);
          case "ELOOP":
            return new src_errors.dz("INPUT_UNREADABLE", pattern, "a symbolic link loop is on the path", void 0, cause);
          case "ENOTDIR":
            return new src_errors.dz("INPUT_NOT_FOUND", pattern, `no such ${what} file: a part of the path before the last is a file, not a folder`, void 0, cause);
          case "ENAMETOOLONG":
            return new src_errors.dz("INPUT_NOT_FOUND", pattern, `no such ${what} file: the name is too long`, void 0, cause);
          default:
            return new src_errors.dz("INPUT_UNREADABLE", pattern, `cannot be read (${code ?? "error"})`, void 0, cause);
        }
      }
      function expandGlob(pattern, scan, cwd, links) {
        const head = scan.prefix + scan.base;
        const isMatch = globMatcher(scan.glob);
        const maxDepth = scan.glob.includes("**") ? Infinity : scan.glob.split("/").length;
        let entries;
        try {
          entries = walkFolders((0, external_node_path_.resolve)(cwd, head === "" ? "." : head), { maxDepth });
        } catch (error) {
          if (!(error instanceof FolderReadError))
            throw error;
          if (error.isRoot && (error.code === "ENOENT" || error.code === "ENOTDIR"))
            return [];
          const why2 = error.code === "EACCES" || error.code === "EPERM" ? "permission denied, " : "";
          throw new src_errors.dz("INPUT_UNREADABLE", pattern, `cannot read folder ${error.folder}, which the glob must search (${why2}${error.code})`, void 0, { cause: error });
        }
        const joint = head === "" || head.endsWith("/") ? head : `${head}/`;
        return entries.filter((entry) => (entry.kind === "file" || links && entry.kind === "link") && isMatch(entry.path)).map((entry) => joint + entry.path).sort(compareCodeUnits);
      }
      ;
      function trippedGates(model, gates) {
        const tripped = [];
        if (gates.failOnDrift && model.hasDrift) {
          tripped.push({ name: "fail-on-drift", reason: `${plural(model.driftedCount, "resource")} drifted` });
        }
        if (gates.failOnDestroy && model.resourceCounts.deleted > 0) {
          tripped.push({
            name: "fail-on-destroy",
            reason: `${plural(model.resourceCounts.deleted, "resource")} would be destroyed (replacements included)`
          });
        }
        if (gates.failOnIncomplete) {
          const gaps = coverageGaps(model);
          if (gaps.length > 0) {
            tripped.push({ name: "fail-on-incomplete", reason: gaps.map((gap) => gap.text).join("; ") });
          }
        }
        const limit = gates.maxMonthlyCostIncrease;
        if (limit !== void 0) {
          const diff = model.cost?.diffTotalMonthly;
          const currency = model.cost?.currency;
          if (diff === void 0) {
            tripped.push({
              name: "max-monthly-cost-increase",
              reason: "no cost difference is known (pass an Infracost diff JSON)"
            });
          } else if ((0, decimal.YL)(diff, limit) > 0) {
            tripped.push({
              name: "max-monthly-cost-increase",
              reason: `monthly cost rises by ${formatMoney(diff, currency)} (${diff}), over the limit of ${formatMoney(limit, currency)}`
            });
          }
        }
        const policy = policyGate(model, gates);
        if (policy !== void 0)
          tripped.push(policy);
        return tripped;
      }
      const MAX_NAMED = 10;
      function policyGate(model, gates) {
        const level = gates.failOnPolicy;
        if (level === void 0)
          return void 0;
        const reasons = [];
        const policy = model.workspaceData?.policy;
        if (policy !== void 0 && (policy.level === "error" || level === "warning" && policy.level === "warning")) {
          const named2 = [
            ...new Set(policy.policies.filter((p) => p.level === "error" || level === "warning" && p.level === "warning").map(policyName))
          ];
          const more = named2.length > MAX_NAMED ? ` and ${named2.length - MAX_NAMED} more` : "";
          const names = named2.length === 0 ? "" : `: ${(0, plain_text.wh)(named2.slice(0, MAX_NAMED).join(", "))}${more}`;
          reasons.push(`Harness policy evaluation answered ${policy.level}${names}`);
        }
        const unread = (model.workspaceData?.uploads ?? []).filter((upload) => upload.verdictUnread === true);
        const first = unread[0];
        if (first !== void 0) {
          const why2 = (0, plain_text.e9)((0, plain_text.wh)(first.error ?? "no answer"), 300);
          reasons.push(`the policy verdict of ${plural(unread.length, "upload")} could not be read, so it may hide a failure (${first.dataType} ${(0, plain_text.e9)((0, plain_text.wh)(first.label), 120)}: ${why2})`);
        }
        return reasons.length === 0 ? void 0 : { name: "fail-on-policy", reason: reasons.join("; ") };
      }
      ;
      async function sendBody(config, body, io, landed) {
        const { deliverEvent } = await __webpack_require__.e(
          /* import() */
          216
        ).then(__webpack_require__.bind(__webpack_require__, 2216));
        return deliverEvent(config.connection, body, {
          ...landed === void 0 ? {} : { landed },
          spoolDir: config.spoolDir,
          env: io.env,
          cwd: io.cwd,
          log: io.log,
          http: io.http
        });
      }
      function runFacts(config, event, delivery, gates) {
        const metadata = event.metadata;
        const trigger = metadata?.trigger;
        const link = trigger?.["run_url"] ?? trigger?.["build_link"];
        return {
          gates,
          delivery: delivery.kind === "spooled" ? { kind: "spooled", file: delivery.file } : { kind: delivery.kind },
          org: config.connection.org,
          project: config.connection.project,
          workspace: config.connection.workspace,
          commit: metadata?.git_commit_sha,
          runUrl: typeof link === "string" && /^https?:\/\//.test(link) ? link : void 0
        };
      }
      var send_and_confirm = __webpack_require__(346);
      var redact = __webpack_require__(5299);
      ;
      const count = zod_mini.aig().check(zod_mini.Whr(), zod_mini.ZnW());
      const optionalString = zod_mini.lqM(zod_mini.YjP());
      const optionalCount = zod_mini.lqM(count);
      const countsSchema = zod_mini.rej({
        added: count,
        changed: count,
        deleted: count,
        unchanged: count,
        imported: optionalCount,
        removed: optionalCount
      });
      const optionalCounts = zod_mini.lqM(countsSchema);
      const event_schema_decimal = zod_mini.YjP().check(zod_mini.yGV(/^-?\d+(\.\d+)?$/, "a decimal number as text"));
      const optionalDecimal = zod_mini.lqM(event_schema_decimal);
      const costFields = {
        cost_currency: zod_mini.lqM(zod_mini.YjP().check(zod_mini.BpQ(1))),
        cost_total_monthly: optionalDecimal,
        cost_past_total_monthly: optionalDecimal,
        cost_diff_total_monthly: optionalDecimal,
        cost_total_monthly_percentage_change: optionalDecimal,
        cost_breakdown_uuid: optionalString,
        cost_diff_uuid: optionalString
      };
      const stackSchema = zod_mini.rej({
        stack_name: optionalString,
        stack_path: optionalString,
        status: zod_mini.lqM(zod_mini.k5n(statuses.IE)),
        error_message: optionalString,
        resource_counts: optionalCounts,
        drift_counts: optionalCounts,
        stack_outputs: zod_mini.lqM(zod_mini.g1P(zod_mini.YjP(), zod_mini.YjP())),
        assets_uuid: optionalString,
        manifest_uuid: optionalString,
        template_uuid: optionalString,
        tree_uuid: optionalString,
        drift_uuid: optionalString
      });
      const terragruntDetailSchema = zod_mini.rej({
        path_id: zod_mini.YjP().check(zod_mini.BpQ(1)),
        status: optionalString,
        resource_counts: optionalCounts,
        drift_counts: optionalCounts,
        output_counts: optionalCounts,
        ...costFields,
        state_file_link: optionalString
      });
      const activityMetadataSchema = zod_mini.rej({
        activity_type: zod_mini.lqM(zod_mini.k5n(statuses.gI)),
        activity_status: zod_mini.lqM(zod_mini.k5n(statuses.FB)),
        resource_counts: optionalCounts,
        drift_counts: optionalCounts,
        output_counts: optionalCounts,
        PlannedChangesCount: optionalCount,
        ...costFields,
        plan_uuid: optionalString,
        state_uuid: optionalString,
        modules_uuid: optionalString,
        providers_uuid: optionalString,
        data_length: optionalCount,
        state_checksum: optionalString,
        git_branch: optionalString,
        git_commit_message: optionalString,
        git_commit_sha: optionalString,
        git_repo: optionalString,
        pipeline: optionalString,
        pipeline_name: optionalString,
        pipeline_execution_id: optionalString,
        pipeline_execution_number: optionalString,
        pipeline_stage_id: optionalString,
        provisioner: optionalString,
        provisioner_version: optionalString,
        stacks: zod_mini.lqM(zod_mini.YOg(stackSchema)),
        terragrunt_details: zod_mini.lqM(zod_mini.YOg(terragruntDetailSchema)),
        trigger: zod_mini.lqM(zod_mini.g1P(zod_mini.YjP(), zod_mini.L5J())),
        enable_solutions_factory: zod_mini.lqM(zod_mini.zMY()),
        rollback_reason: optionalString,
        rollback_source_id: optionalString
      });
      const sendEventRequestSchema = zod_mini.rej({
        event_type: zod_mini.k5n(statuses.Ru),
        data: zod_mini.lqM(zod_mini.g1P(zod_mini.YjP(), zod_mini.YjP())),
        metadata: zod_mini.lqM(activityMetadataSchema),
        // Deprecated at top level (they belong in metadata); accepted so stored payloads still validate.
        pipeline_execution_id: optionalString,
        pipeline_stage_id: optionalString
      });
      ;
      function countsToBody(counts) {
        return {
          added: counts.added,
          changed: counts.changed,
          deleted: counts.deleted,
          unchanged: counts.unchanged,
          imported: counts.imported,
          removed: counts.removed
        };
      }
      function terragrunt_event_costFields(figures) {
        const body = {};
        if (figures === void 0)
          return body;
        if (figures.currency !== void 0)
          body.cost_currency = figures.currency;
        if (figures.totalMonthly !== void 0)
          body.cost_total_monthly = figures.totalMonthly;
        if (figures.pastTotalMonthly !== void 0)
          body.cost_past_total_monthly = figures.pastTotalMonthly;
        if (figures.diffTotalMonthly !== void 0)
          body.cost_diff_total_monthly = figures.diffTotalMonthly;
        if (figures.percentageChange !== void 0)
          body.cost_total_monthly_percentage_change = figures.percentageChange;
        return body;
      }
      function unitsToTerragruntDetails(units) {
        return units.map(unitToTerragruntDetail);
      }
      function unitToTerragruntDetail(unit) {
        const detail = { path_id: unit.pathId, status: unit.status };
        if (unit.resourceCounts)
          detail.resource_counts = countsToBody(unit.resourceCounts);
        if (unit.driftCounts)
          detail.drift_counts = countsToBody(unit.driftCounts);
        if (unit.outputCounts)
          detail.output_counts = countsToBody(unit.outputCounts);
        return { ...detail, ...terragrunt_event_costFields(unit.cost) };
      }
      function unitsToStacks(units) {
        return units.map(unitToStack);
      }
      function unitToStack(unit) {
        const stack = { stack_name: unit.name, stack_path: unit.pathId, status: unit.status };
        if (unit.errorMessage !== void 0)
          stack.error_message = unit.errorMessage;
        if (unit.resourceCounts)
          stack.resource_counts = countsToBody(unit.resourceCounts);
        if (unit.driftCounts)
          stack.drift_counts = countsToBody(unit.driftCounts);
        if (unit.outputs)
          stack.stack_outputs = { ...unit.outputs };
        return stack;
      }
      var version = __webpack_require__(1013);
      ;
      const REPORTER_TRIGGER = { reporter: version.U, reporter_version: version.x };
      function buildEvent(model, context) {
        const metadata = {
          activity_type: model.activityType,
          activity_status: model.activityStatus,
          resource_counts: countsToBody(model.resourceCounts),
          drift_counts: countsToBody(model.driftCounts),
          output_counts: countsToBody(model.outputCounts),
          PlannedChangesCount: model.plannedChangesCount,
          ...terragrunt_event_costFields(model.cost),
          ...context,
          trigger: { ...context.trigger, ...REPORTER_TRIGGER }
        };
        if (model.provisioner !== void 0)
          metadata.provisioner = model.provisioner;
        if (model.provisionerVersion !== void 0)
          metadata.provisioner_version = model.provisionerVersion;
        if (model.units.length > 0) {
          metadata.terragrunt_details = unitsToTerragruntDetails(model.units);
          metadata.stacks = unitsToStacks(model.units);
        }
        const event = sendEventRequestSchema.parse({ event_type: model.eventType, metadata });
        event.metadata?.stacks?.forEach((stack, i) => {
          const built = metadata.stacks?.[i]?.stack_outputs;
          if (built !== void 0)
            stack.stack_outputs = built;
        });
        return event;
      }
      ;
      const COMMAND_BREAK = "\u200B";
      const BREAKS = "\\r\\n\\u0085\\u2028\\u2029";
      const LINE_COMMAND = new RegExp(`(^|[${BREAKS}])([^\\S${BREAKS}]*):(?=:)`, "g");
      const LEGACY_COMMAND = /##\[/g;
      function withoutRunnerCommands(text) {
        return text.replace(LINE_COMMAND, `$1$2:${COMMAND_BREAK}`).replace(LEGACY_COMMAND, `##${COMMAND_BREAK}[`);
      }
      function jsonWithoutRunnerCommands(json) {
        return json.replace(LEGACY_COMMAND, "##\\u005b").replace(JSON_HIDDEN, jsonEscape);
      }
      const JSON_HIDDEN = /[\u0080-\u009f\u2028\u2029]|(?![\ufe00-\ufe0f\u{e0100}-\u{e01ef}])[\p{Default_Ignorable_Code_Point}\p{Bidi_Control}]/gu;
      function jsonEscape(char) {
        let out = "";
        for (let i = 0; i < char.length; i++)
          out += `\\u${char.charCodeAt(i).toString(16).padStart(4, "0")}`;
        return out;
      }
      function runner_commands_commandSafeStream(write) {
        let carry = "";
        return (text) => {
          if (text === "")
            return;
          const safe = withoutRunnerCommands(carry + text).slice(carry.length);
          write(safe);
          const line2 = (carry + safe).split(new RegExp(`[${BREAKS}]`)).pop() ?? "";
          carry = /^\s*:?$/.test(line2) ? line2 : line2.slice(-2);
        };
      }
      var body_secrets = __webpack_require__(21);
      ;
      function cleanEvent(event) {
        return (0, plain_text.Mf)(event);
      }
      function requestBody(event) {
        return jsonWithoutRunnerCommands(JSON.stringify(cleanEvent(event)));
      }
      var confirm_activity = __webpack_require__(7585);
      ;
      const LISTS = '"stacks":[],"terragrunt_details":[]';
      async function streamedEvent(model, context, config, spool, units = () => model.units) {
        const secrets = (0, body_secrets.mj)(config);
        const clean2 = (value) => (0, redact.Zg)((0, plain_text.Mf)(value), secrets);
        if (unitCount(model) === 0) {
          const event2 = clean2(buildEvent(model, context));
          return { event: event2, body: (0, body_secrets.CF)(requestBody(event2), config), confirmable: () => (0, confirm_activity.Gz)(event2) };
        }
        const built = buildEvent({ ...model, units: [] }, context);
        const placed = sendEventRequestSchema.parse({
          ...built,
          metadata: { ...built.metadata, stacks: [], terragrunt_details: [] }
        });
        const headText = requestBody(clean2(placed));
        const at = headText.indexOf(LISTS);
        if (at === -1 || headText.lastIndexOf(LISTS) !== at) {
          throw new Error("the merged event could not be laid out (the stacks and units arrays were not found once)");
        }
        const [stacks, details] = [spool.list(), spool.list()];
        for (const unit of units()) {
          const stack = stackSchema.parse(unitToStack(unit));
          if (unit.outputs !== void 0)
            stack.stack_outputs = { ...unit.outputs };
          stacks.append(itemText(clean2(stack)));
          details.append(itemText(clean2(terragruntDetailSchema.parse(unitToTerragruntDetail(unit)))));
        }
        stacks.flush();
        details.flush();
        const head = headText.slice(0, at) + '"stacks":[';
        const middle = '],"terragrunt_details":[';
        const tail = "]" + headText.slice(at + LISTS.length);
        const body = {
          length: head.length + stacks.length + middle.length + details.length + tail.length,
          bytes: Buffer.byteLength(head + middle + tail) + stacks.bytes + details.bytes,
          // eslint-disable-next-line @typescript-eslint/require-await -- an async iterable, read from files synchronously
          async *pieces() {
            yield head;
            yield* stacks.pieces();
            yield middle;
            yield* details.pieces();
            yield tail;
          }
        };
        await (0, body_secrets.Pv)(body.pieces(), config);
        const event = clean2(built);
        return {
          event,
          body,
          // Each unit's counts as its detail in the body has them, read again a unit at a time.
          confirmable: () => ({
            metadata: event.metadata ?? {},
            units: function* () {
              for (const unit of units())
                yield clean2(unitToTerragruntDetail(unit));
            }
          })
        };
      }
      function itemText(item) {
        return jsonWithoutRunnerCommands(JSON.stringify((0, plain_text.Mf)(item)));
      }
      var external_node_string_decoder_ = __webpack_require__(6193);
      ;
      const WRITE_CHUNK = 1024 * 1024;
      const body_spool_READ_CHUNK = 1024 * 1024;
      class SpoolFile {
        fd;
        /** UTF-8 bytes on disk and waiting to be written. */
        bytes = 0;
        pending = [];
        pendingLength = 0;
        written = 0;
        constructor(fd) {
          this.fd = fd;
        }
        write(text, bytes) {
          this.pending.push(text);
          this.pendingLength += text.length;
          this.bytes += bytes;
          if (this.pendingLength >= WRITE_CHUNK)
            this.flush();
        }
        flush() {
          if (this.pending.length === 0)
            return;
          const data = Buffer.from(this.pending.join(""), "utf8");
          this.pending = [];
          this.pendingLength = 0;
          for (let at = 0; at < data.length; )
            at += (0, external_node_fs_.writeSync)(this.fd, data, at, data.length - at, null);
          this.written += data.length;
        }
        readAt(buffer, length, position) {
          if (position + length > this.written)
            this.flush();
          const read = (0, external_node_fs_.readSync)(this.fd, buffer, 0, length, position);
          if (read === 0)
            throw new Error("the merge spool ended early (was it removed?)");
          return read;
        }
      }
      class SpooledList extends SpoolFile {
        /** Items appended. */
        count = 0;
        /** Characters (UTF-16 code units) written, commas included. */
        length = 0;
        append(item) {
          const text = this.count === 0 ? item : `,${item}`;
          this.count += 1;
          this.length += text.length;
          this.write(text, Buffer.byteLength(text));
        }
        /** The items as written, from the start, in pieces (whole characters). */
        *pieces() {
          const buffer = Buffer.allocUnsafe(body_spool_READ_CHUNK);
          const decoder = new external_node_string_decoder_.StringDecoder("utf8");
          for (let position = 0; position < this.bytes; ) {
            const read = this.readAt(buffer, Math.min(body_spool_READ_CHUNK, this.bytes - position), position);
            position += read;
            const text = decoder.write(buffer.subarray(0, read));
            if (text !== "")
              yield text;
          }
          const rest = decoder.end();
          if (rest !== "")
            yield rest;
        }
      }
      class SpooledTexts extends SpoolFile {
        buffer = Buffer.allocUnsafe(0);
        keep(text) {
          const bytes = Buffer.byteLength(text);
          const at = { offset: this.bytes, bytes };
          this.write(text, bytes);
          return at;
        }
        /** `length` bytes from `offset`, in a buffer the next call reuses. */
        bytesAt(offset, length) {
          if (this.buffer.length < length)
            this.buffer = Buffer.allocUnsafe(Math.max(length, body_spool_READ_CHUNK));
          const buffer = this.buffer.subarray(0, length);
          for (let done = 0; done < length; ) {
            done += this.readAt(buffer.subarray(done), length - done, offset + done);
          }
          return buffer;
        }
      }
      class BodySpool {
        parent;
        fds = [];
        /** Folders that could not be removed while their file was open (Windows). */
        left = [];
        onExit = () => this.dispose();
        /** `parent`: where the private folders are made (RUNNER_TEMP on a runner, else the OS temp folder). */
        // node:os loaded when a spool is made, not by every start-up (docs/performance.md).
        constructor(parent = process.getBuiltinModule("node:os").tmpdir()) {
          this.parent = parent;
        }
        /** A new array's items in a private file. */
        list() {
          return new SpooledList(this.open());
        }
        /** A new store of texts in a private file. */
        texts() {
          return new SpooledTexts(this.open());
        }
        /** Closes one file early (its disk space goes back at once). */
        release(file) {
          const at = this.fds.indexOf(file.fd);
          if (at === -1)
            return;
          this.fds.splice(at, 1);
          (0, external_node_fs_.closeSync)(file.fd);
        }
        open() {
          const dir = (0, external_node_fs_.mkdtempSync)((0, external_node_path_.join)(this.parent, "iacm-merge-"));
          let fd;
          try {
            fd = (0, external_node_fs_.openSync)((0, external_node_path_.join)(dir, "spool.json"), "wx+", 384);
          } catch (error) {
            (0, external_node_fs_.rmSync)(dir, { recursive: true, force: true });
            throw error;
          }
          this.fds.push(fd);
          try {
            (0, external_node_fs_.rmSync)(dir, { recursive: true });
          } catch {
            if (this.left.push(dir) === 1)
              process.once("exit", this.onExit);
          }
          return fd;
        }
        dispose() {
          for (const fd of this.fds.splice(0)) {
            try {
              (0, external_node_fs_.closeSync)(fd);
            } catch {
            }
          }
          for (const dir of this.left.splice(0))
            (0, external_node_fs_.rmSync)(dir, { recursive: true, force: true });
          process.removeListener("exit", this.onExit);
        }
      }
      ;
      const NO_WORKSPACE = "(no workspace given)";
      async function runMerge(config, io) {
        growHeapInSmallSteps();
        const sends = !config.dryRun && !config.merge.commentOnly;
        if (sends && config.spoolDir !== void 0)
          await (0, api_spool.checkSpoolDir)(config.spoolDir, io.cwd);
        const ciContext = readCiContext(io.env, io.cwd);
        ciContext.catch(() => void 0);
        const files = await findPartials(config, io);
        const runnerTemp = io.env["RUNNER_TEMP"];
        const spool = new BodySpool(runnerTemp === void 0 || runnerTemp === "" ? void 0 : runnerTemp);
        try {
          if (config.merge.commentOnly)
            return await commentOnly(config, io, files, spool);
          return await mergeAndSend(config, io, files, spool, ciContext);
        } catch (error) {
          spool.dispose();
          throw error;
        }
      }
      async function mergeAndSend(config, io, files, spool, context) {
        const sends = !config.dryRun && !config.merge.commentOnly;
        const store = spool.texts();
        const merger = new PartialMerger({ expectLegs: config.merge.expectLegs, allowMixed: config.merge.allowMixed }, store);
        const budget = await mergeBudget(files, io.cwd);
        for (const file of files) {
          merger.add(budget(await (0, partial_file.readPartialFile)((0, external_node_path_.resolve)(io.cwd, file), file, (label) => merger.writer(label))));
        }
        const merged = merger.finish();
        checkTarget(config, merged);
        const model = mergedModel({ ...config, expectLegs: config.merge.expectLegs }, merged);
        const { event, body, confirmable } = await streamedEvent(model, await context, config, spool, merged.units);
        const gates = trippedGates(model, config.gates);
        const delivery = !sends ? { kind: "dry-run" } : await (0, send_and_confirm.sendAndConfirm)(config, confirmable(), model, io.http, (landed) => sendBody(config, body, io, landed));
        const facts = runFacts(config, event, delivery, gates);
        return { kind: "event", model, event, body, legs: merged.legs, delivery, gates, facts };
      }
      function mergedModel(config, merged) {
        const agreed = merged.input.overrides ?? {};
        const model = buildModel({
          ...merged.input,
          overrides: {
            eventType: config.eventType ?? agreed.eventType,
            activityType: config.activityType ?? agreed.activityType,
            activityStatus: config.activityStatus ?? agreed.activityStatus,
            provisioner: config.provisioner ?? agreed.provisioner
          }
        });
        model.legs = {
          expected: config.expectLegs,
          planned: merged.legs.filter((leg) => leg.status !== "failure").map((leg) => leg.name),
          failed: merged.legs.filter((leg) => leg.status === "failure").map((leg) => leg.name)
        };
        if (config.activityStatus === void 0 && merged.statusFloor !== void 0) {
          if (merged.statusFloor === "failure" || model.activityStatus === "success") {
            model.activityStatus = merged.statusFloor;
          }
        }
        return model;
      }
      async function findPartials(config, io) {
        const files = /* @__PURE__ */ new Set();
        for (const pattern of config.merge.partials) {
          try {
            const found = await expandInputs([pattern], io.cwd, "partial report", { links: true });
            for (const file of found)
              files.add(file);
          } catch (error) {
            if (!(error instanceof src_errors.dz && error.code === "INPUT_NOT_FOUND" && config.merge.expectLegs !== void 0)) {
              throw error;
            }
            io.log(`warning: ${(0, plain_text.wh)(error.message)}`);
          }
        }
        if (files.size === 0) {
          const patterns = config.merge.partials.map((p) => JSON.stringify(p)).join(", ");
          throw new src_errors.dz("INPUT_NOT_FOUND", config.merge.partials[0] ?? "", `no partial report matches ${patterns}: nothing to merge; check the legs' artifact names and the download step`);
        }
        return [...files].sort(compareCodeUnits);
      }
      async function mergeBudget(files, cwd) {
        const counter = () => {
          let total = 0;
          return (size, file) => {
            total += size;
            if (total > partial_limits.t4) {
              throw new src_errors.dz("INPUT_TOO_LARGE", file, `takes the partial reports of this merge past ${(0, input_file.lP)(partial_limits.t4)} together, the most one merge reads; merge fewer legs at a time (--comment-only over groups) or make the legs' partials smaller`);
            }
          };
        };
        const planned = counter();
        for (const file of files) {
          const size = await (0, lazy_fs.dJ)((0, external_node_path_.resolve)(cwd, file)).then((info2) => info2.size, () => 0);
          planned(size, file);
        }
        const read = counter();
        return (loaded) => {
          read(loaded.size, loaded.file);
          return loaded;
        };
      }
      function checkTarget(config, merged) {
        const target = config.connection.workspace;
        if (target === void 0 || config.merge.allowMixed)
          return;
        const other = merged.legs.find((leg) => leg.workspace !== void 0 && leg.workspace !== target);
        if (other !== void 0) {
          throw new src_errors.eb(`${other.file}: the partial report is for workspace ${other.workspace ?? ""}, but the merged event goes to ${target}; pass --allow-mixed if that is meant`, "CONFIG_INVALID");
        }
      }
      async function commentOnly(config, io, files, spool) {
        const mergers = /* @__PURE__ */ new Map();
        const store = spool.texts();
        const writer = (label) => new RunWriter(store, label);
        const budget = await mergeBudget(files, io.cwd);
        let commit;
        for (const file of files) {
          const loaded = budget(await (0, partial_file.readPartialFile)((0, external_node_path_.resolve)(io.cwd, file), file, writer));
          const { workspace, commit: sha } = loaded.partial;
          if (!config.merge.allowMixed && sha !== void 0) {
            if (commit !== void 0 && commit.value !== sha) {
              const [a, b] = [commit.file, file].sort(compareCodeUnits);
              throw new src_errors.dz("INPUT_CONFLICT", a ?? file, `partial reports of different commits (${commit.value}, ${sha}) cannot make one comment; pass --allow-mixed if that is meant (also in ${b ?? file})`);
            }
            commit ??= { value: sha, file };
          }
          const key = workspace ?? NO_WORKSPACE;
          let merger = mergers.get(key);
          if (merger === void 0) {
            merger = new PartialMerger({ allowMixed: config.merge.allowMixed }, store);
            mergers.set(key, merger);
          }
          merger.add(loaded);
        }
        const sections = [];
        const legs = [];
        const notes = [];
        for (const workspace of [...mergers.keys()].sort(compareCodeUnits)) {
          const merged = mergers.get(workspace).finish();
          sections.push({ workspace, model: mergedModel(config, merged) });
          legs.push(...merged.legs);
          notes.push(...merged.notes);
        }
        spool.release(store);
        const coverage = {
          expected: config.merge.expectLegs,
          planned: legs.filter((leg) => leg.status !== "failure").map((leg) => leg.name),
          failed: legs.filter((leg) => leg.status === "failure").map((leg) => leg.name)
        };
        const missingNote = missingLegsNote(coverage);
        if (missingNote !== void 0)
          notes.unshift(missingNote);
        const model = combinedModel(sections, notes);
        model.legs = coverage;
        const gates = trippedGates(model, config.gates);
        const facts = { gates };
        return { kind: "comment-only", model, sections, notes, legs, gates, facts };
      }
      ;
      function withPipelineIds(context, ids2) {
        const out = { ...context };
        if (ids2.pipelineId !== void 0)
          out.pipeline = ids2.pipelineId;
        if (ids2.pipelineExecutionId !== void 0)
          out.pipeline_execution_id = ids2.pipelineExecutionId;
        if (ids2.pipelineStageId !== void 0)
          out.pipeline_stage_id = ids2.pipelineStageId;
        return out;
      }
      ;
      function pick(env, ...names) {
        return names.map((name) => env[name]?.trim()).find((value) => value !== void 0 && value !== "");
      }
      function stem(file) {
        const name = (0, external_node_path_.basename)(file);
        return name.slice(0, name.length - (0, external_node_path_.extname)(name).length) || name;
      }
      function legOrigin(env, options) {
        const github2 = env["GITHUB_ACTIONS"] === "true";
        const job = github2 ? pick(env, "GITHUB_JOB") : [pick(env, "HARNESS_STAGE_ID", "DRONE_STAGE_NAME"), pick(env, "HARNESS_STEP_ID", "DRONE_STEP_NAME")].filter((part) => part !== void 0).join("/") || void 0;
        const run2 = github2 ? [pick(env, "GITHUB_RUN_ID"), pick(env, "GITHUB_RUN_ATTEMPT")].filter(Boolean).join(".") || void 0 : pick(env, "HARNESS_EXECUTION_ID", "HARNESS_BUILD_ID", "DRONE_BUILD_NUMBER");
        const name = (options.leg?.trim() || [job, stem(options.file)].filter(Boolean).join(":")).slice(0, 300);
        const leg = { name, status: "success", sent: options.sent };
        if (job !== void 0)
          leg.job = job;
        if (run2 !== void 0)
          leg.run = run2;
        return leg;
      }
      ;
      function withDataIds(event, assignments, stateChecksum) {
        if (assignments.length === 0 && stateChecksum === void 0)
          return event;
        const metadata = { ...event.metadata };
        const details = metadata.terragrunt_details?.map((detail) => ({ ...detail }));
        for (const { field, id: id3, unit } of assignments) {
          if (unit === void 0) {
            metadata[field] = id3;
            continue;
          }
          const detail = details?.find((d) => d.path_id === unit);
          if (detail !== void 0 && (field === "cost_breakdown_uuid" || field === "cost_diff_uuid")) {
            detail[field] = id3;
          }
        }
        if (details !== void 0)
          metadata.terragrunt_details = details;
        if (stateChecksum !== void 0 && metadata.state_uuid !== void 0)
          metadata.state_checksum = stateChecksum;
        const checked = sendEventRequestSchema.parse({ ...event, metadata });
        checked.metadata?.stacks?.forEach((stack, i) => {
          const built = event.metadata?.stacks?.[i]?.stack_outputs;
          if (built !== void 0)
            stack.stack_outputs = built;
        });
        return checked;
      }
      var skip_wasm = __webpack_require__(7529);
      ;
      function asObject(value) {
        return typeof value === "object" && value !== null && !Array.isArray(value) ? value : void 0;
      }
      function infracostDataType(document) {
        const root = asObject(document) ?? {};
        const command = asObject(root["metadata"])?.["infracostCommand"];
        if (command === "diff")
          return "cost_diff";
        if (command === "breakdown")
          return "cost_breakdown";
        const past = root["pastTotalMonthlyCost"];
        return past === void 0 || past === null ? "cost_breakdown" : "cost_diff";
      }
      const infracost_documents_TOTALS = [
        ["totalHourlyCost", "breakdown", "totalHourlyCost"],
        ["totalMonthlyCost", "breakdown", "totalMonthlyCost"],
        ["totalMonthlyUsageCost", "breakdown", "totalMonthlyUsageCost"],
        ["pastTotalHourlyCost", "pastBreakdown", "totalHourlyCost"],
        ["pastTotalMonthlyCost", "pastBreakdown", "totalMonthlyCost"],
        ["pastTotalMonthlyUsageCost", "pastBreakdown", "totalMonthlyUsageCost"],
        ["diffTotalHourlyCost", "diff", "totalHourlyCost"],
        ["diffTotalMonthlyCost", "diff", "totalMonthlyCost"],
        ["diffTotalMonthlyUsageCost", "diff", "totalMonthlyUsageCost"]
      ];
      function projectDocument(document, index) {
        const root = asObject(document) ?? {};
        const projects = Array.isArray(root["projects"]) ? root["projects"] : [];
        const project = asObject(projects[index]) ?? {};
        const out = {};
        for (const [key, value] of Object.entries(root)) {
          const total = infracost_documents_TOTALS.find(([name]) => name === key);
          if (key === "projects")
            out[key] = [project];
          else if (key === "summary" && "summary" in project)
            out[key] = project["summary"];
          else if (total !== void 0)
            out[key] = asObject(project[total[1]])?.[total[2]] ?? null;
          else
            out[key] = value;
        }
        return Buffer.from(`${JSON.stringify(out, null, 2)}
`, "utf8");
      }
      ;
      const PLAN_TEXT_SNIFF_BYTES = 64 * 1024;
      function sniffPlanText(head) {
        const bytes = Buffer.from(head.buffer, head.byteOffset, head.byteLength);
        if (bytes.length >= 4 && bytes.readUInt32BE(0) === 1347093252) {
          return {
            kind: "binary-plan",
            detail: "is a binary plan file (a zip archive); upload its text instead: terraform show -no-color <planfile> > plan.txt"
          };
        }
        const text = bytes.toString("utf8").replace(/^\uFEFF/, "");
        if (/^\s*[{[]/.test(text)) {
          return {
            kind: "json",
            detail: "is JSON (show -json output); plan text is the output of terraform show -no-color <planfile>"
          };
        }
        if (bytes.includes(0)) {
          return { kind: "binary", detail: "is binary data, not plan text (terraform show -no-color <planfile>)" };
        }
        return { kind: "text", coloured: text.includes("\x1B[") };
      }
      ;
      const LINK = "is a symbolic link; files are uploaded only when they are regular files (a link could point at any readable file): name the file itself";
      const NO_FOLLOW = external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW;
      async function fileSize(path, label) {
        let info2;
        try {
          info2 = await (0, lazy_fs.$1)(path);
        } catch (error) {
          const code = error.code;
          const cause = { cause: error };
          if (code === "ENOENT")
            throw new src_errors.dz("INPUT_NOT_FOUND", label, "no such file", void 0, cause);
          throw new src_errors.dz("INPUT_UNREADABLE", label, `cannot be read (${code ?? "unknown error"})`, void 0, cause);
        }
        if (info2.isSymbolicLink())
          throw new src_errors.dz("INPUT_UNREADABLE", label, LINK);
        if (!info2.isFile())
          throw new src_errors.dz("INPUT_UNREADABLE", label, "is not a file");
        if (info2.size === 0)
          throw new src_errors.dz("INPUT_EMPTY", label, "is empty; there is nothing to upload");
        return info2.size;
      }
      async function inspectPlanText(file) {
        const handle = await (0, lazy_fs.ho)(file, NO_FOLLOW);
        try {
          const buffer = Buffer.alloc(PLAN_TEXT_SNIFF_BYTES);
          const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
          return sniffPlanText(buffer.subarray(0, bytesRead));
        } finally {
          await handle.close();
        }
      }
      const COLOURED = "holds terminal colour codes (was -no-color left out?); uploaded as it is";
      async function checkUploadFiles(uploads, cwd) {
        const warnings = [];
        if (uploads.planText !== void 0) {
          const file = (0, external_node_path_.resolve)(cwd, uploads.planText);
          await fileSize(file, uploads.planText);
          const verdict = await inspectPlanText(file);
          if (verdict.kind !== "text") {
            throw new src_errors.dz(verdict.kind === "json" ? "INPUT_WRONG_KIND" : "INPUT_BINARY", uploads.planText, verdict.detail);
          }
          if (verdict.coloured)
            warnings.push(`${uploads.planText} ${COLOURED}`);
        }
        if (uploads.state !== void 0)
          await fileSize((0, external_node_path_.resolve)(cwd, uploads.state), uploads.state);
        return warnings;
      }
      function relativeToCwd(file, cwd) {
        const rel = (0, external_node_path_.relative)(cwd, (0, external_node_path_.resolve)(cwd, file));
        return rel === "" || rel.startsWith("..") || (0, external_node_path_.isAbsolute)(rel) ? file : rel;
      }
      async function planUploads(config, context) {
        const { uploads } = config;
        const { cwd } = context;
        const planned = [];
        const warnings = [];
        const fromFile = async (label) => {
          const file = (0, external_node_path_.resolve)(cwd, label);
          const size = await fileSize(file, label);
          return { label, size, source: { file, size } };
        };
        if (uploads.planText !== void 0) {
          planned.push({
            dataType: "plan_human",
            ...await fromFile(uploads.planText),
            target: { field: "plan_uuid" }
          });
        }
        if (uploads.planTextName !== void 0 && context.unitPlans !== void 0) {
          const missing = [];
          for (const [pathId, planFile] of context.unitPlans) {
            const file = (0, external_node_path_.join)((0, external_node_path_.dirname)(planFile), uploads.planTextName);
            const info2 = await (0, lazy_fs.$1)(file).catch(() => void 0);
            if (info2?.isSymbolicLink() === true) {
              warnings.push(`${relativeToCwd(file, cwd)} ${LINK}; not uploaded`);
              continue;
            }
            const size = info2 !== void 0 && info2.isFile() && info2.size > 0 ? info2.size : void 0;
            if (size === void 0) {
              missing.push(pathId);
              continue;
            }
            const verdict = await inspectPlanText(file).catch((error) => ({
              kind: "binary",
              detail: `cannot be read (${String(error)})`
            }));
            if (verdict.kind !== "text") {
              warnings.push(`${relativeToCwd(file, cwd)} ${verdict.detail}; not uploaded`);
              continue;
            }
            if (verdict.coloured)
              warnings.push(`${relativeToCwd(file, cwd)} ${COLOURED}`);
            planned.push({
              dataType: "plan_human",
              label: relativeToCwd(file, cwd),
              size,
              source: { file, size },
              stackPath: pathId
            });
          }
          if (missing.length > 0) {
            warnings.push(`no plan text ${uploads.planTextName} beside the plan of unit(s) ${missing.join(", ")}; not uploaded`);
          }
        }
        if (uploads.infracost && context.infracost !== void 0 && config.infracost !== void 0) {
          const { document, projectOf, label } = context.infracost;
          const dataType = infracostDataType(document);
          const field = dataType === "cost_diff" ? "cost_diff_uuid" : "cost_breakdown_uuid";
          planned.push({ dataType, ...await fromFile(config.infracost), target: { field } });
          for (const [pathId, index] of projectOf ?? []) {
            const bytes = projectDocument(document, index);
            planned.push({
              dataType,
              label: `${label} (its project for unit ${pathId})`,
              size: bytes.length,
              source: { bytes },
              stackPath: pathId,
              target: { field, unit: pathId }
            });
          }
        }
        if (uploads.state !== void 0) {
          planned.push({
            dataType: "state_raw",
            ...await fromFile(uploads.state),
            target: { field: "state_uuid" }
          });
        }
        return { uploads: planned, warnings };
      }
      function describePlannedUploads(uploads) {
        return uploads.map((u) => `dry run: would upload ${u.dataType} from ${u.label} (${(0, thousands.o)(u.size)} bytes)` + (u.stackPath === void 0 ? "" : ` with stack_path ${u.stackPath}`));
      }
      function plannedRecords(uploads) {
        return {
          uploads: uploads.map((u) => ({
            dataType: u.dataType,
            label: u.label,
            size: u.size,
            stackPath: u.stackPath,
            outcome: "planned"
          })),
          policy: void 0
        };
      }
      ;
      function matchProject(index, project) {
        let result = { kind: "none" };
        for (const key of [project.path, project.name]) {
          if (key === void 0 || key === "")
            continue;
          result = index.match(key);
          if (result.kind !== "none")
            return result;
        }
        return result;
      }
      function applyInfracostToUnits(units, report) {
        const warnings = [];
        const index = new UnitPathIndex(units.map((u) => u.pathId));
        const claims = /* @__PURE__ */ new Map();
        const unmatched = [];
        for (const project of report.projects) {
          const match = matchProject(index, project);
          if (match.kind === "matched") {
            claims.set(match.pathId, [...claims.get(match.pathId) ?? [], project]);
          } else if (match.kind === "ambiguous") {
            warnings.push(`Infracost project ${project.label} matches units ${match.pathIds.join(", ")} equally; its cost is not attributed`);
          } else {
            unmatched.push(project.label);
          }
        }
        if (unmatched.length > 0) {
          warnings.push(`Infracost projects that match no Terragrunt unit: ${unmatched.join(", ")}`);
        }
        const projectOf = /* @__PURE__ */ new Map();
        const withCosts = units.map((unit) => {
          const projects = claims.get(unit.pathId);
          if (projects === void 0)
            return { ...unit };
          if (projects.length > 1) {
            warnings.push(`unit ${unit.pathId}: several Infracost projects match (${projects.map((p) => p.label).join(", ")}); its cost is left out`);
            return { ...unit };
          }
          const project = projects[0];
          if (project !== void 0)
            projectOf.set(unit.pathId, project.index);
          const figures = project?.figures ?? {};
          if (!hasAnyFigure(figures))
            return { ...unit };
          const cost = report.currency === void 0 ? { ...figures } : { currency: report.currency, ...figures };
          return { ...unit, cost };
        });
        return { units: withCosts, projectOf, warnings };
      }
      function hasAnyFigure(figures) {
        return figures.totalMonthly !== void 0 || figures.pastTotalMonthly !== void 0 || figures.diffTotalMonthly !== void 0;
      }
      var json_file = __webpack_require__(3652);
      var json_numbers = __webpack_require__(7200);
      ;
      function infracost_resources_asObject(value) {
        return typeof value === "object" && value !== null && !Array.isArray(value) ? value : void 0;
      }
      function asArray(value) {
        return Array.isArray(value) ? value : [];
      }
      function amount(value) {
        if (typeof value === "number")
          return normalizeDecimalText(String(value));
        if (typeof value === "string")
          return normalizeDecimalText(value);
        return void 0;
      }
      function usageBased(component) {
        if (component["usageBased"] === true)
          return true;
        return component["price"] != null && component["monthlyQuantity"] === null;
      }
      function hasUsageBased(resource, depth = 0) {
        if (depth > 20)
          return false;
        if (asArray(resource["costComponents"]).some((c) => usageBased(infracost_resources_asObject(c) ?? {})))
          return true;
        return asArray(resource["subresources"]).some((s) => hasUsageBased(infracost_resources_asObject(s) ?? {}, depth + 1));
      }
      function summed(resource, depth = 0) {
        if (depth > 20)
          return void 0;
        let total;
        const add = (value) => {
          if (value !== void 0)
            total = total === void 0 ? value : (0, decimal.Qr)(total, value);
        };
        for (const component of asArray(resource["costComponents"]))
          add(amount(infracost_resources_asObject(component)?.["monthlyCost"]));
        for (const sub of asArray(resource["subresources"])) {
          const object = infracost_resources_asObject(sub) ?? {};
          add("monthlyCost" in object ? amount(object["monthlyCost"]) : summed(object, depth + 1));
        }
        return total;
      }
      function resourceMonthlyCost(resource) {
        const written2 = "monthlyCost" in resource ? amount(resource["monthlyCost"]) : summed(resource);
        const usage = hasUsageBased(resource);
        if (written2 === void 0)
          return usage ? "usage-based" : "unknown";
        if (usage && (0, decimal.KF)(written2))
          return "usage-based";
        return written2;
      }
      function byAddress(breakdown) {
        const object = infracost_resources_asObject(breakdown);
        if (object === void 0)
          return void 0;
        const out = /* @__PURE__ */ new Map();
        for (const item of asArray(object["resources"])) {
          const resource = infracost_resources_asObject(item);
          const name = resource?.["name"];
          if (resource === void 0 || typeof name !== "string")
            continue;
          out.set(name, resourceMonthlyCost(resource));
        }
        return out;
      }
      function differenceOf(before2, after) {
        const b = before2 ?? "0";
        const a = after ?? "0";
        if ((0, decimal.aM)(a) && (0, decimal.aM)(b))
          return (0, decimal.Qr)(a, b.startsWith("-") ? b.slice(1) : `-${b}`);
        const word = [after, before2].find((v) => v === "usage-based" || v === "unknown");
        return word ?? "unknown";
      }
      function changedResources(project, label, sides) {
        if (!sides.current)
          return [];
        const after = byAddress(project["breakdown"]) ?? /* @__PURE__ */ new Map();
        const before2 = sides.past ? byAddress(project["pastBreakdown"]) : void 0;
        const listed = byAddress(project["diff"]) ?? /* @__PURE__ */ new Map();
        const out = [];
        const addresses = /* @__PURE__ */ new Set([...before2?.keys() ?? [], ...after.keys(), ...listed.keys()]);
        for (const address of addresses) {
          const now = after.get(address);
          if (before2 === void 0) {
            const diff2 = listed.get(address) ?? "unknown";
            if ((0, decimal.aM)(diff2) && (0, decimal.KF)(diff2))
              continue;
            out.push({
              address,
              project: label,
              before: "unknown",
              ...now === void 0 ? {} : { after: now },
              diff: diff2
            });
            continue;
          }
          const then = before2.get(address);
          if (now === void 0 && then === void 0)
            continue;
          const diff = differenceOf(then, now);
          if ((0, decimal.aM)(diff) ? (0, decimal.KF)(diff) : then === now)
            continue;
          out.push({
            address,
            project: label,
            ...then === void 0 ? {} : { before: then },
            ...now === void 0 ? {} : { after: now },
            diff
          });
        }
        return out;
      }
      function resourcesHaveNumbers(project) {
        const check = (value, depth) => {
          const object = infracost_resources_asObject(value);
          if (object === void 0 || depth > 20)
            return false;
          if (typeof object["monthlyCost"] === "number")
            return true;
          return [
            ...asArray(object["resources"]),
            ...asArray(object["costComponents"]),
            ...asArray(object["subresources"])
          ].some((child) => check(child, depth + 1));
        };
        return ["breakdown", "pastBreakdown", "diff"].some((key) => check(project[key], 0));
      }
      ;
      function runTotal(written2, projects, figure) {
        if (written2 !== void 0 || projects.length === 0)
          return written2;
        let sum = "0";
        for (const project of projects) {
          const value = project.figures[figure];
          if (value === void 0)
            return void 0;
          sum = (0, decimal.Qr)(sum, value);
        }
        return sum;
      }
      ;
      function buildRoot() {
        const cost = zod_mini.cl6(zod_mini.KCZ([zod_mini.YjP(), zod_mini.aig()]));
        const breakdown = zod_mini.cl6(zod_mini._H3({ totalMonthlyCost: cost }));
        const diag = zod_mini._H3({ message: zod_mini.cl6(zod_mini.YjP()), isError: zod_mini.cl6(zod_mini.zMY()) });
        const diags = zod_mini.cl6(zod_mini.YOg(diag));
        const project = zod_mini._H3({
          name: zod_mini.cl6(zod_mini.YjP()),
          displayName: zod_mini.cl6(zod_mini.YjP()),
          metadata: zod_mini.cl6(zod_mini._H3({
            path: zod_mini.cl6(zod_mini.YjP()),
            errors: diags,
            currentErrors: diags,
            pastErrors: diags,
            warnings: diags
          })),
          breakdown,
          pastBreakdown: breakdown,
          diff: breakdown
        });
        return zod_mini._H3({
          version: zod_mini.YjP(),
          currency: zod_mini.cl6(zod_mini.YjP()),
          projects: zod_mini.cl6(zod_mini.YOg(project)),
          totalMonthlyCost: cost,
          pastTotalMonthlyCost: cost,
          diffTotalMonthlyCost: cost
        });
      }
      let rootSchema;
      const REWRITE = "write it again with `infracost breakdown --format json` (or `infracost diff --format json`)";
      const PLAN_KEYS = ["format_version", "resource_changes", "planned_values", "terraform_version"];
      function parseInfracostText(text, label) {
        const document = (0, json_file.lk)(text, label, REWRITE);
        checkKind(document, label);
        let parsed = validate(document, label);
        if (hasNumberCost(parsed)) {
          parsed = validate((0, json_file.lk)((0, json_numbers.vj)(text), label, REWRITE), label);
        }
        return toReport(parsed, label, document);
      }
      function checkKind(document, label) {
        if (typeof document !== "object" || document === null || Array.isArray(document)) {
          throw new src_errors.dz("INPUT_WRONG_KIND", label, `is ${(0, json_file.$g)(document)}, not Infracost JSON (infracost breakdown --format json)`);
        }
        if (PLAN_KEYS.some((key) => key in document)) {
          throw new src_errors.dz("INPUT_WRONG_KIND", label, `is a Terraform/OpenTofu JSON document, not Infracost JSON (pass plans with ${(0, src_errors.yE)("plans")})`);
        }
        if (!("projects" in document) || !("version" in document)) {
          throw new src_errors.dz("INPUT_WRONG_KIND", label, 'has no "version" and "projects": not Infracost JSON (infracost breakdown --format json)');
        }
        const version2 = document.version;
        if (typeof version2 === "string" && !/^0\.\d+$/.test(version2)) {
          throw new src_errors.dz("INPUT_VERSION", label, `Infracost JSON version ${version2} is not one this program reads (0.x)`);
        }
      }
      function validate(document, label) {
        const result = (rootSchema ??= buildRoot()).safeParse(document);
        if (result.success)
          return result.data;
        const issue = result.error.issues[0];
        const where = issue?.path.map((p) => typeof p === "number" ? `[${p}]` : `.${String(p)}`).join("") ?? "";
        throw new src_errors.dz("INPUT_INVALID", label, `${where.replace(/^\./, "") || "document"}: ${issue?.message ?? "invalid"}`);
      }
      function hasNumberCost(doc) {
        const values = [doc.totalMonthlyCost, doc.pastTotalMonthlyCost, doc.diffTotalMonthlyCost];
        for (const p of doc.projects ?? []) {
          values.push(p.breakdown?.totalMonthlyCost, p.pastBreakdown?.totalMonthlyCost, p.diff?.totalMonthlyCost);
        }
        return values.some((v) => typeof v === "number") || (doc.projects ?? []).some((p) => resourcesHaveNumbers(p));
      }
      function costText(value, field, label) {
        if (value === null || value === void 0)
          return void 0;
        const text = normalizeDecimalText(String(value));
        if (text === void 0) {
          throw new src_errors.dz("INPUT_INVALID", label, `${field} is ${JSON.stringify(value)}, not a decimal number`);
        }
        return text;
      }
      function projectState(p) {
        const meta = p.metadata;
        const messages = [...meta?.errors ?? [], ...meta?.warnings ?? []].map((d) => d.message?.trim()).filter((m) => !!m);
        if (meta?.currentErrors != null || meta?.pastErrors != null) {
          const current = (meta.currentErrors ?? []).length > 0;
          return { current, past: current || (meta.pastErrors ?? []).length > 0, messages };
        }
        const fatal = (meta?.errors ?? []).some((d) => d.isError !== false);
        return { current: fatal, past: fatal, messages };
      }
      function toReport(doc, label, document) {
        const warnings = [];
        const projects = [];
        const failedCurrent = [];
        const failedPast = [];
        const changed = [];
        let changedTotal = 0;
        const top = new cost_details.NU();
        (doc.projects ?? []).forEach((p, i) => {
          const where = `projects[${i}]`;
          const name = p.name ?? void 0;
          const path = p.metadata?.path ?? void 0;
          const projectLabel = p.displayName || name || path || where;
          const bad = projectState(p);
          const total = costText(p.breakdown?.totalMonthlyCost, `${where}.breakdown.totalMonthlyCost`, label);
          const past = costText(p.pastBreakdown?.totalMonthlyCost, `${where}.pastBreakdown.totalMonthlyCost`, label);
          const diff = costText(p.diff?.totalMonthlyCost, `${where}.diff.totalMonthlyCost`, label);
          if (bad.current)
            failedCurrent.push(projectLabel);
          if (bad.past)
            failedPast.push(projectLabel);
          for (const message of bad.messages)
            warnings.push(`Infracost project ${projectLabel}: ${message}`);
          const figures2 = costFigures(void 0, bad.current ? void 0 : total, bad.past ? void 0 : past, bad.current || bad.past ? void 0 : diff);
          const unknown2 = ["totalMonthly", "pastTotalMonthly", "diffTotalMonthly"].filter((k) => figures2[k] === void 0);
          if (unknown2.length > 0) {
            warnings.push(`Infracost project ${projectLabel}: ${unknown2.map(describeField).join(", ")} unknown`);
          }
          projects.push({ index: i, label: projectLabel, name, path, figures: figures2 });
          const sides = {
            current: figures2.totalMonthly !== void 0,
            past: figures2.pastTotalMonthly !== void 0
          };
          for (const resource of changedResources(p, projectLabel, sides))
            top.add(resource);
          const diffKnown = figures2.diffTotalMonthly;
          if (diffKnown === void 0 || !(0, decimal.KF)(diffKnown)) {
            changedTotal += 1;
            if (changed.length < cost_details.YC) {
              changed.push({
                name: projectLabel,
                past: figures2.pastTotalMonthly,
                total: figures2.totalMonthly,
                diff: figures2.diffTotalMonthly
              });
            }
          }
        });
        const details = {
          projects: { items: changed, total: changedTotal },
          unchangedProjects: projects.length - changedTotal,
          resources: top.result()
        };
        const count2 = projects.length;
        const allCurrentFailed = count2 > 0 && failedCurrent.length === count2;
        const allPastFailed = count2 > 0 && failedPast.length === count2;
        const currency = doc.currency ?? void 0;
        const known = (failed, value, field) => failed ? void 0 : runTotal(costText(value, field, label), projects, field.replace(/Cost$/, ""));
        const figures = costFigures(currency, known(allCurrentFailed, doc.totalMonthlyCost, "totalMonthlyCost"), known(allPastFailed, doc.pastTotalMonthlyCost, "pastTotalMonthlyCost"), known(allCurrentFailed || allPastFailed, doc.diffTotalMonthlyCost, "diffTotalMonthlyCost"));
        const partial = [.../* @__PURE__ */ new Set([...failedCurrent, ...failedPast])];
        if (partial.length > 0 && partial.length < count2) {
          warnings.push(`Infracost totals leave out what it could not price in: ${partial.join(", ")}`);
        }
        const unknown = ["totalMonthly", "pastTotalMonthly", "diffTotalMonthly"].filter((k) => figures[k] === void 0);
        if (unknown.length > 0)
          warnings.push(`Infracost: ${unknown.map(describeField).join(", ")} unknown for the run`);
        if (currency === void 0)
          warnings.push("Infracost: the file names no currency");
        return { file: label, version: doc.version, figures, currency, projects, details, warnings, document };
      }
      function describeField(field) {
        return {
          totalMonthly: "monthly cost",
          pastTotalMonthly: "past monthly cost",
          diffTotalMonthly: "monthly cost change"
        }[field];
      }
      var read_plan = __webpack_require__(1096);
      var value_policy = __webpack_require__(8757);
      var bounded_map = __webpack_require__(9995);
      ;
      const DEFAULT_PLAN_FILE_NAME = "tfplan.json";
      const CACHE_DIR = ".terragrunt-cache";
      const UNIT_CONFIG = "terragrunt.hcl";
      const SKIPPED_FOLDERS = /* @__PURE__ */ new Set([".terraform", ".git"]);
      function planNameDepth(planFileName) {
        const segments = planFileName.split("/");
        if (planFileName.includes("**") || planFileName.startsWith("/") || segments.some((s) => s === "" || s === "..")) {
          throw new src_errors.eb(`${(0, src_errors.yE)("planFileName")} "${planFileName}": give a name or pattern inside a unit folder, such as tfplan.json or *.plan.json (no "**", "..", or leading "/")`);
        }
        return segments.length;
      }
      function planNameMatcher(planFileName) {
        const depth = planNameDepth(planFileName);
        const isGlob = picomatch_default().scan(planFileName).isGlob;
        const test = isGlob ? globMatcher(planFileName) : (path) => path === planFileName;
        return (segments) => segments.length >= depth && test(segments.slice(-depth).join("/"));
      }
      async function discoverUnitPlans(dir, planFileName = DEFAULT_PLAN_FILE_NAME, cwd = process.cwd()) {
        const depth = planNameDepth(planFileName);
        const isPlanFile = planNameMatcher(planFileName);
        const root = (0, external_node_path_.resolve)(cwd, dir);
        const rootReal = await checkTreeRoot(root, dir);
        const warnings = [];
        const candidates = [];
        const walked = [rootReal];
        const hclFolders = /* @__PURE__ */ new Set();
        const queue = [
          { abs: root, prefix: [], real: rootReal }
        ];
        for (const { abs, prefix, real: walkReal } of queue) {
          const entries = listTree(abs, dir);
          for (const entry of entries) {
            if (entry.kind === "directory")
              continue;
            const segments = prefix.length === 0 ? entry.segments : [...prefix, ...entry.segments];
            if (entry.kind === "file" && segments.at(-1) === UNIT_CONFIG && !segments.includes(CACHE_DIR)) {
              hclFolders.add(segments.slice(0, -1).join("/") || ROOT_PATH_ID);
            }
            if (!isPlanFile(segments))
              continue;
            const relative = prefix.length === 0 ? entry.path : segments.join("/");
            const label = (0, external_node_path_.join)(dir, relative);
            const isLink = entry.kind === "link";
            const target = isLink ? await (0, lazy_fs.dJ)(entry.abs).catch(() => void 0) : void 0;
            if (target?.isDirectory())
              continue;
            const real = isLink ? await (0, lazy_fs.Kz)(entry.abs).catch(() => entry.abs) : (0, external_node_path_.join)(walkReal, ...entry.segments);
            candidates.push({ ...unitOf(relative, depth), relative, file: entry.abs, label, real });
          }
          for (const link of entries.filter((e) => e.kind === "link")) {
            const info2 = await (0, lazy_fs.dJ)(link.abs).catch(() => void 0);
            if (!info2?.isDirectory())
              continue;
            const real = await (0, lazy_fs.Kz)(link.abs);
            if (walked.some((w) => isWithin(real, w)))
              continue;
            if (walked.some((w) => isWithin(w, real))) {
              warnings.push(`${(0, external_node_path_.join)(dir, ...prefix, ...link.segments)}: a link to a folder that holds the tree; not followed`);
              continue;
            }
            walked.push(real);
            queue.push({ abs: link.abs, prefix: [...prefix, ...link.segments], real });
          }
        }
        const plans = await pickPerUnit(dedupeByRealPath(candidates, warnings, dir), warnings);
        return { plans, unitFolders: leafFolders(hclFolders), warnings: warnings.sort(compareCodeUnits) };
      }
      function leafFolders(folders) {
        const all = [...folders].sort(compareCodeUnits);
        return all.filter((folder) => folder === ROOT_PATH_ID ? all.length === 1 : !startsWithAt(all, firstAtLeast(all, `${folder}/`), `${folder}/`));
      }
      function firstAtLeast(sorted, text) {
        let low = 0;
        let high = sorted.length;
        while (low < high) {
          const middle = low + high >>> 1;
          if (sorted[middle] < text)
            low = middle + 1;
          else
            high = middle;
        }
        return low;
      }
      function startsWithAt(sorted, at, prefix) {
        return sorted[at]?.startsWith(prefix) ?? false;
      }
      async function checkTreeRoot(root, dir) {
        let info2;
        try {
          info2 = await (0, lazy_fs.dJ)(root);
        } catch (error) {
          const code = error.code;
          if (code === "ENOENT") {
            throw new src_errors.dz("INPUT_NOT_FOUND", dir, "no such directory (expected the --json-out-dir of terragrunt run --all)", void 0, { cause: error });
          }
          if (code === "ELOOP") {
            throw new src_errors.dz("INPUT_UNREADABLE", dir, "is a symbolic link loop", void 0, { cause: error });
          }
          throw new src_errors.dz("INPUT_UNREADABLE", dir, `cannot be read (${error.message})`, void 0, {
            cause: error
          });
        }
        if (!info2.isDirectory()) {
          throw new src_errors.dz("INPUT_UNREADABLE", dir, `is a file, not a directory (${(0, src_errors.yE)("terragruntDir")} takes the tree folder)`);
        }
        return (0, lazy_fs.Kz)(root);
      }
      function listTree(abs, dir) {
        try {
          return walkFolders(abs, { skipNames: SKIPPED_FOLDERS });
        } catch (error) {
          if (!(error instanceof FolderReadError))
            throw error;
          throw new src_errors.dz("INPUT_UNREADABLE", dir, `cannot read folder ${error.folder} inside the tree (${error.code})`, void 0, { cause: error });
        }
      }
      function isWithin(path, folder) {
        return path === folder || path.startsWith(folder.endsWith(external_node_path_.sep) ? folder : folder + external_node_path_.sep);
      }
      function unitOf(relative, nameDepth) {
        const folder = relative.split("/").filter((s) => s !== "" && s !== ".").slice(0, -nameDepth);
        const cacheAt = folder.indexOf(CACHE_DIR);
        const unit = cacheAt === -1 ? folder : folder.slice(0, cacheAt);
        return { pathId: unit.length === 0 ? ROOT_PATH_ID : unit.join("/"), inCache: cacheAt !== -1 };
      }
      function dedupeByRealPath(candidates, warnings, dir) {
        const byReal = /* @__PURE__ */ new Map();
        for (const candidate of candidates) {
          const kept = byReal.get(candidate.real);
          if (kept === void 0)
            byReal.set(candidate.real, candidate);
          else if (kept.pathId !== candidate.pathId) {
            warnings.push(`${(0, external_node_path_.join)(dir, candidate.relative)}: the same file as ${kept.label}; read once, as unit ${kept.pathId}`);
          }
        }
        return [...byReal.values()];
      }
      async function pickPerUnit(candidates, warnings) {
        const byUnit = /* @__PURE__ */ new Map();
        for (const candidate of candidates) {
          const list = byUnit.get(candidate.pathId) ?? [];
          list.push(candidate);
          byUnit.set(candidate.pathId, list);
        }
        const plans = [];
        for (const pathId of [...byUnit.keys()].sort(compareCodeUnits)) {
          const list = byUnit.get(pathId) ?? [];
          if (list.length > 1) {
            const times = /* @__PURE__ */ new Map();
            for (const c of list)
              times.set(c, (await (0, lazy_fs.dJ)(c.file).catch(() => void 0))?.mtimeMs ?? 0);
            list.sort((a, b) => Number(a.inCache) - Number(b.inCache) || (times.get(b) ?? 0) - (times.get(a) ?? 0) || compareCodeUnits(a.relative, b.relative));
            const [chosen2, runnerUp] = list;
            const why2 = chosen2.inCache !== runnerUp.inCache ? "the one outside .terragrunt-cache" : times.get(chosen2) !== times.get(runnerUp) ? "the newest" : "the first by name";
            const others = list.slice(1).map((c) => c.relative);
            warnings.push(`unit ${pathId}: ${list.length} plan files found; using ${chosen2.relative} (${why2}), ignoring ${others.join(", ")}`);
          }
          const chosen = list[0];
          if (chosen)
            plans.push({ pathId, file: chosen.file, label: chosen.label });
        }
        return plans;
      }
      ;
      const MAX_ERROR_MESSAGE_CHARS = 2e3;
      function buildEntrySchema() {
        const optionalText = zod_mini.FsL(zod_mini.cl6(zod_mini.YjP()), zod_mini.pdi((value) => value === null || value === "" ? void 0 : value));
        return zod_mini._H3({
          Name: zod_mini.YjP().check(zod_mini.BpQ(1)),
          Result: zod_mini.YjP(),
          Reason: optionalText,
          Cause: optionalText
        });
      }
      let entrySchema;
      const CSV_HINT = "is a CSV run report; iacm-report reads the JSON one (terragrunt run --all --report-format json, or a --report-file ending in .json)";
      async function readRunReport(file, label = file) {
        if ((0, external_node_path_.extname)(file).toLowerCase() === ".csv")
          throw new src_errors.dz("INPUT_WRONG_KIND", label, CSV_HINT);
        const text = await (0, json_file.gb)(file, label);
        return parseRunReportText(text, label);
      }
      function parseRunReportText(text, label) {
        const start = text.trimStart();
        if (/^"?Name"?,/.test(start))
          throw new src_errors.dz("INPUT_WRONG_KIND", label, CSV_HINT);
        return parseRunReport((0, json_file.lk)(text, label, "write it again with terragrunt --report-file <file>.json (--report-format json)"), label);
      }
      function parseRunReport(value, label) {
        if (!Array.isArray(value)) {
          const isPlan = typeof value === "object" && value !== null && "format_version" in value;
          const what = isPlan ? "a Terraform/OpenTofu JSON document" : (0, json_file.$g)(value);
          throw new src_errors.dz("INPUT_WRONG_KIND", label, `is ${what}, not a Terragrunt run report (a JSON array written by --report-file)`);
        }
        return value.map((item, index) => {
          const parsed = (entrySchema ??= buildEntrySchema()).safeParse(item);
          if (!parsed.success) {
            const issue = parsed.error.issues[0];
            const where = issue && issue.path.length > 0 ? `.${issue.path.map(String).join(".")}` : "";
            throw new src_errors.dz("INPUT_INVALID", label, `run report entry [${index}]${where}: ${issue?.message ?? "not a run report entry"}`);
          }
          const { Name, Result, Reason, Cause } = parsed.data;
          return { name: Name, result: Result, reason: Reason, cause: Cause };
        });
      }
      function entryOutcome(entry) {
        switch (entry.result) {
          case "succeeded":
            return { status: "success", errorMessage: void 0 };
          case "failed":
            return { status: "failure", errorMessage: cleanMessage(entry.cause ?? entry.reason ?? "failed") };
          case "early exit":
            return {
              status: "skipped",
              errorMessage: cleanMessage(entry.cause === void 0 ? "early exit: a dependency failed" : `early exit: dependency ${entry.cause} failed`)
            };
          case "excluded":
            return {
              status: "skipped",
              errorMessage: cleanMessage(`excluded${entry.reason ? ` (${entry.reason})` : ""}`)
            };
          default:
            return void 0;
        }
      }
      function cleanMessage(text) {
        const plain2 = text.replace(/\u001b\[[0-9;?]*[ -/]*[@-~]/g, "").trim();
        if (plain2.length <= MAX_ERROR_MESSAGE_CHARS)
          return plain2;
        return `${plain2.slice(0, MAX_ERROR_MESSAGE_CHARS - 1)}\u2026`;
      }
      ;
      const terragrunt_units_SEVERITY = { success: 0, skipped: 1, failure: 2 };
      function worse(a, b) {
        return a === void 0 || terragrunt_units_SEVERITY[b.status] > terragrunt_units_SEVERITY[a.status] ? b : a;
      }
      function mergeUnits(plans, report, rootName, unitFolders = []) {
        const warnings = [];
        const outcomes = /* @__PURE__ */ new Map();
        const reported = /* @__PURE__ */ new Set();
        for (const [pathId, plan] of plans) {
          if (plan.errored) {
            outcomes.set(pathId, {
              status: "failure",
              errorMessage: "the plan did not complete (errored: true in the plan JSON)"
            });
          }
        }
        const index = new UnitPathIndex(plans.keys());
        const best = /* @__PURE__ */ new Map();
        const unplanned = [];
        for (const entry of report ?? []) {
          const match = index.match(entry.name);
          if (match.kind === "ambiguous") {
            warnings.push(`run report entry ${entry.name} matches units ${match.pathIds.join(", ")} equally; ignored`);
          } else if (match.kind === "none") {
            unplanned.push(entry);
          } else {
            const held = best.get(match.pathId);
            if (held === void 0 || match.score > held.score) {
              if (held)
                for (const held1 of held.entries)
                  unplanned.push(held1);
              best.set(match.pathId, { score: match.score, entries: [entry] });
            } else if (match.score === held.score) {
              held.entries.push(entry);
            } else {
              unplanned.push(entry);
            }
          }
        }
        const rewrite = learnRewrite(best);
        const entryFor = /* @__PURE__ */ new Map();
        for (const [pathId, { entries }] of best)
          entryFor.set(pathId, entries);
        for (const entry of unplanned) {
          const pathId = rewrite(entry.name);
          entryFor.set(pathId, [...entryFor.get(pathId) ?? [], entry]);
        }
        for (const [pathId, entries] of entryFor) {
          reported.add(pathId);
          for (const entry of entries) {
            const outcome = entryOutcome(entry);
            if (outcome === void 0) {
              warnings.push(`run report entry ${entry.name}: unknown Result "${entry.result}"; status taken from the plan`);
              continue;
            }
            outcomes.set(pathId, worse(outcomes.get(pathId), outcome));
          }
          if (entries.length > 1) {
            warnings.push(`unit ${pathId}: ${entries.length} run report entries; the worst result counts`);
          }
          const status = outcomes.get(pathId)?.status;
          if (!plans.has(pathId) && status === "success") {
            warnings.push(`unit ${pathId}: the run report says it succeeded, but the tree has no plan for it`);
          }
          if (plans.has(pathId) && status === "skipped") {
            warnings.push(`unit ${pathId}: the run report says it did not run, yet the tree has a plan for it (left from an earlier run?)`);
          }
        }
        const neverPlanned = new Set(unitFolders.filter((pathId) => !plans.has(pathId) && !entryFor.has(pathId)));
        for (const pathId of neverPlanned) {
          outcomes.set(pathId, {
            status: "skipped",
            errorMessage: "no plan file: the unit never planned, or its plan was written elsewhere"
          });
        }
        const pathIds = [.../* @__PURE__ */ new Set([...plans.keys(), ...entryFor.keys(), ...neverPlanned])].sort(compareCodeUnits);
        const units = pathIds.map((pathId) => {
          const plan = plans.get(pathId);
          const outcome = outcomes.get(pathId) ?? { status: "success", errorMessage: void 0 };
          if (report !== void 0 && !reported.has(pathId) && !neverPlanned.has(pathId)) {
            warnings.push(`unit ${pathId}: has a plan but no entry in the run report`);
          }
          const unit = { pathId, name: unitName(pathId, rootName), status: outcome.status };
          if (neverPlanned.has(pathId))
            unit.noPlan = true;
          if (outcome.errorMessage !== void 0)
            unit.errorMessage = outcome.errorMessage;
          if (plan) {
            unit.resourceCounts = { ...plan.resourceCounts };
            unit.driftCounts = { ...plan.driftCounts };
            unit.outputCounts = { ...plan.outputCounts };
            if (plan.addresses.moved.total > 0)
              unit.movedCount = plan.addresses.moved.total;
            unit.plannedChangesCount = plan.plannedChangesCount;
            unit.outputs = { ...plan.outputs };
          }
          return unit;
        });
        return { units, warnings };
      }
      function unitName(pathId, rootName) {
        const last = pathId.split("/").filter((s) => s !== "" && s !== ".").pop();
        return last ?? rootName;
      }
      function learnRewrite(best) {
        const votes = /* @__PURE__ */ new Map();
        for (const [pathId, { score, entries }] of best) {
          const unit = pathSegments(pathId);
          const shared = score - 1;
          for (const entry of entries) {
            const foreign = pathSegments(entry.name);
            const pair = {
              foreign: foreign.slice(0, foreign.length - shared),
              unit: unit.slice(0, unit.length - shared)
            };
            const key = JSON.stringify(pair);
            const vote = votes.get(key) ?? { ...pair, count: 0 };
            vote.count++;
            votes.set(key, vote);
          }
        }
        const winner = [...votes.entries()].sort(([ka, a], [kb, b]) => b.count - a.count || compareCodeUnits(ka, kb))[0]?.[1];
        return (name) => {
          const segments = pathSegments(name);
          const fits = winner !== void 0 && segments.length > winner.foreign.length && winner.foreign.every((segment, i) => segments[i] === segment);
          const path = fits ? [...winner.unit, ...segments.slice(winner.foreign.length)] : segments;
          return path.length === 0 ? ROOT_PATH_ID : path.join("/");
        };
      }
      var reader_thread = __webpack_require__(6097);
      var v8_flags = __webpack_require__(4243);
      var reader_thread_messages = __webpack_require__(2647);
      ;
      const IN_FLIGHT_PER_WORKER = 16;
      class ReaderThreadError extends Error {
        code = "READER_THREAD_FAILED";
      }
      class UnitReaderPool {
        workers = [];
        reading = /* @__PURE__ */ new Map();
        run;
        failure;
        closed = false;
        /** Starts `count` workers now; they wait for units. */
        constructor(count2, spec) {
          if (spec === void 0)
            return;
          for (let i = 0; i < count2 && this.failure === void 0; i++) {
            let worker;
            try {
              worker = new ((0, reader_thread.kp)()).Worker(spec.filename, spec.options);
            } catch (error) {
              this.fail(void 0, error instanceof Error ? error.message : String(error), error);
              return;
            }
            this.workers.push(worker);
            this.reading.set(worker, /* @__PURE__ */ new Set());
            worker.once("online", v8_flags._);
            worker.on("message", (results) => this.answer(worker, results));
            worker.on("error", (error) => this.fail(worker, error.message, error));
            worker.on("messageerror", (error) => this.fail(worker, `an answer could not be read: ${error.message}`, error));
            worker.on("exit", (code) => this.fail(worker, `it exited (code ${code})`));
          }
        }
        /** Resolves once every worker runs (or failed): V8 has set up their heaps. */
        online() {
          return Promise.all(this.workers.map((w) => new Promise((done) => {
            w.once("online", () => done());
            w.once("exit", () => done());
            w.once("error", () => done());
          }))).then(() => void 0);
        }
        get size() {
          return this.workers.length;
        }
        /**
         * Stops every worker (idempotent); their exits are not failures. Nothing needs to wait for it: a
         * stopped worker holds no file and keeps the process from exiting no longer (unref).
         */
        close() {
          this.closed = true;
          return Promise.all(this.workers.map((w) => {
            const stopped = w.terminate();
            w.unref();
            return stopped;
          })).then(() => void 0);
        }
        /**
         * Reads every unit plan, here and on the workers. The same result as boundedMap over
         * readPlanFile: values by index, failures in index order. Rejects (ReaderThreadError) only when a
         * worker dies. Closes the pool when done.
         */
        read(units, how) {
          return new Promise((resolve2, reject) => {
            const run2 = {
              units,
              values: new Array(units.length).fill(void 0),
              errors: [],
              next: 0,
              done: 0,
              onDone: how.onDone,
              resolve: resolve2,
              reject
            };
            this.run = run2;
            if (this.workers.length > 0)
              (0, v8_flags._)();
            if (this.failure !== void 0) {
              this.settleRun(this.failure);
              return;
            }
            if (units.length === 0) {
              this.settleRun();
              return;
            }
            for (const worker of this.workers)
              this.feed(worker);
            const lanes = this.workers.length === 0 ? Math.max(1, how.hereLanes) : how.hereLanes;
            for (let i = 0; i < lanes; i++)
              void this.lane(run2, how.readHere);
          });
        }
        async lane(run2, readHere) {
          while (this.run === run2 && run2.next < run2.units.length) {
            const id3 = run2.next++;
            let summary;
            let failure;
            try {
              summary = await readHere(run2.units[id3]);
            } catch (error) {
              failure = error;
            }
            this.settleUnit(run2, id3, summary, failure);
            if (this.workers.length > 0)
              await new Promise((done) => setImmediate(done));
          }
        }
        feed(worker) {
          const run2 = this.run;
          const mine = this.reading.get(worker);
          if (run2 === void 0 || mine === void 0)
            return;
          const tasks = [];
          while (mine.size < IN_FLIGHT_PER_WORKER && run2.next < run2.units.length) {
            const id3 = run2.next++;
            const unit = run2.units[id3];
            mine.add(id3);
            tasks.push({ id: id3, file: unit.file, label: unit.label });
          }
          if (tasks.length > 0)
            worker.postMessage(tasks);
        }
        /** A worker's answers (a few to a message: unit-reader-worker.ts). */
        answer(worker, results) {
          const run2 = this.run;
          if (run2 === void 0)
            return;
          const mine = this.reading.get(worker);
          for (const result of results) {
            mine?.delete(result.id);
            if ("summary" in result)
              this.settleUnit(run2, result.id, result.summary);
            else
              this.settleUnit(run2, result.id, void 0, (0, reader_thread_messages.k)(result.error, run2.units[result.id]?.label));
          }
          this.feed(worker);
        }
        settleUnit(run2, id3, summary, error) {
          if (this.run !== run2)
            return;
          if (summary !== void 0)
            run2.values[id3] = summary;
          else
            run2.errors.push({ index: id3, error });
          run2.done++;
          run2.onDone?.(run2.done);
          if (run2.done === run2.units.length)
            this.settleRun();
        }
        /** Ends the current read, its result or `error`, once the workers are stopped. */
        settleRun(error) {
          const run2 = this.run;
          if (run2 === void 0)
            return;
          this.run = void 0;
          run2.next = run2.units.length;
          run2.errors.sort((a, b) => a.index - b.index);
          void this.close();
          if (error === void 0)
            run2.resolve({ values: run2.values, errors: run2.errors });
          else
            run2.reject(error);
        }
        fail(worker, reason, cause) {
          if (this.closed || this.failure !== void 0)
            return;
          const units = this.run?.units ?? [];
          const ids2 = worker === void 0 ? [] : [...this.reading.get(worker) ?? []];
          const labels = ids2.map((id3) => units[id3]?.label ?? "?");
          const what = labels.length === 0 ? "" : ` while reading ${labels.slice(0, 3).join(", ")}${labels.length > 3 ? ` and ${labels.length - 3} more` : ""}`;
          this.failure = new ReaderThreadError(`a Terragrunt reader thread stopped${what}: ${reason} (reader-threads 1 reads the tree on the main thread)`, cause === void 0 ? void 0 : { cause });
          this.settleRun(this.failure);
        }
      }
      var external_node_url_ = __webpack_require__(3136);
      var reader_worker_entry = __webpack_require__(1585);
      ;
      const MIN_UNITS_FOR_THREADS = 16;
      const MIN_UNITS_PER_THREAD = 8;
      const CORES_PER_THREAD = 2;
      const THREAD_MEMORY_BUDGET_MB = 128;
      const THREAD_HEAP_LIMIT_MB = 512;
      function machineFacts() {
        const constrained = process.constrainedMemory?.();
        const { availableParallelism, freemem } = process.getBuiltinModule("node:os");
        const free = freemem();
        return {
          cores: availableParallelism(),
          freeBytes: constrained !== void 0 && constrained > 0 ? Math.min(free, constrained) : free
        };
      }
      function readerThreadCount(setting, units, machine = machineFacts()) {
        if (setting !== "auto")
          return Math.max(1, Math.min(Math.floor(setting), units));
        if (units < MIN_UNITS_FOR_THREADS)
          return 1;
        const byMemory = Math.floor(machine.freeBytes / 2 / (THREAD_MEMORY_BUDGET_MB * 1024 * 1024));
        const byCores = Math.floor(machine.cores / CORES_PER_THREAD);
        const count2 = Math.min(byCores, byMemory, Math.floor(units / MIN_UNITS_PER_THREAD));
        return count2 >= 2 ? count2 : 1;
      }
      const FROM_SOURCES = `
const { createRequire } = require('node:module');
const { workerData } = require('node:worker_threads');
const load = createRequire(workerData.sources.base);
load('tsx/cjs/api').register();
load(workerData.sources.worker).serveUnitReads();
`;
      function readerWorkerSpec(data) {
        const resourceLimits = { maxOldGenerationSizeMb: THREAD_HEAP_LIMIT_MB };
        const argv = [reader_thread.S2];
        const host = (0, reader_worker_entry.Ao)();
        if (host !== void 0) {
          return {
            filename: host.startsWith("file:") ? new URL(host) : host,
            options: { workerData: { ...data, [reader_worker_entry.Ab]: true }, resourceLimits, argv }
          };
        }
        const here = import.meta.url;
        if (!here.startsWith("file:") || !here.endsWith(".ts"))
          return void 0;
        const worker = (0, external_node_url_.fileURLToPath)(here.replace(/[^/]+$/, "unit-reader-worker.ts"));
        return {
          filename: FROM_SOURCES,
          options: {
            eval: true,
            workerData: { ...data, [reader_worker_entry.Ab]: true, sources: { base: here, worker } },
            resourceLimits,
            argv
          }
        };
      }
      ;
      const DEFAULT_CONCURRENCY = 8;
      const MAIN_THREAD_LANES = 1;
      async function readTerragruntTree(dir, options = {}) {
        const cwd = options.cwd ?? process.cwd();
        const readPlan = options.readPlan ?? treeReader(options, false);
        const report = options.reportFile === void 0 ? void 0 : await readRunReport((0, external_node_path_.resolve)(cwd, options.reportFile), options.reportFile);
        const pool = startPool(options);
        let discovery;
        try {
          discovery = await discoverUnitPlans(dir, options.planFileName ?? DEFAULT_PLAN_FILE_NAME, cwd);
        } catch (error) {
          await pool.close();
          throw error;
        }
        const found = discovery.plans;
        if (found.length === 0 && discovery.unitFolders.length === 0 && (report === void 0 || report.length === 0)) {
          await pool.close();
          throw new src_errors.dz("INPUT_NOT_FOUND", dir, `no unit plans (${options.planFileName ?? DEFAULT_PLAN_FILE_NAME}) found in the tree; was it written by terragrunt run --all --json-out-dir ${dir} -- plan?`);
        }
        const total = found.length;
        options.onProgress?.(0, total);
        const { values, errors } = await readUnitPlans(found, options, readPlan, pool);
        if (errors.length > 0) {
          throw unitErrors(dir, errors.map(({ index, error }) => ({ pathId: found[index]?.pathId ?? "?", error })));
        }
        const plans = /* @__PURE__ */ new Map();
        found.forEach((plan, i) => {
          const summary = values[i];
          if (summary !== void 0)
            plans.set(plan.pathId, summary);
        });
        const merged = mergeUnits(plans, report, (0, external_node_path_.basename)((0, external_node_path_.resolve)(cwd, dir)), discovery.unitFolders);
        const warnings = [...discovery.warnings, ...merged.warnings];
        if (found.length === 0)
          warnings.unshift(`${dir}: no unit plans found; reporting the run report's units only`);
        const planFiles = new Map(found.map((plan) => [plan.pathId, plan.file]));
        return { units: merged.units, plans, files: found.map((p) => p.label), planFiles, warnings };
      }
      function startPool(options) {
        const most = options.readPlan === void 0 ? readerThreadCount(options.threads ?? "auto", Number.MAX_SAFE_INTEGER) : 1;
        const spec = most > 1 ? readerWorkerSpec({ values: options.values?.policy, driftResources: options.driftResources }) : void 0;
        return new UnitReaderPool(most - 1, spec);
      }
      async function readUnitPlans(found, options, readPlan, pool) {
        const onDone = (done) => options.onProgress?.(done, found.length);
        const read = (plan) => readPlan(plan.file, { label: plan.label });
        if (pool.size > 0 && readerThreadCount(options.threads ?? "auto", found.length) > 1) {
          const blocking = treeReader(options, true);
          const readHere = (plan) => blocking(plan.file, { label: plan.label });
          return pool.read(found, { readHere, hereLanes: MAIN_THREAD_LANES, onDone });
        }
        void pool.close();
        return (0, bounded_map.a)(found, options.concurrency ?? DEFAULT_CONCURRENCY, read, onDone);
      }
      function treeReader(options, blocking) {
        return (file, opts) => (0, read_plan.w)(file, {
          ...opts,
          values: options.values,
          driftResources: options.driftResources,
          blocking
        });
      }
      const MAX_NAMED_UNITS = 10;
      function unitErrors(dir, failures) {
        const first = failures[0];
        if (first === void 0 || !(first.error instanceof src_errors.dz))
          return first?.error;
        if (failures.length === 1) {
          const error = first.error;
          return new src_errors.dz(error.code, error.file, `Terragrunt unit ${first.pathId}: ${error.detail}`, error.offset, { cause: error });
        }
        const named2 = failures.slice(0, MAX_NAMED_UNITS).map(({ pathId, error }) => {
          const detail = error instanceof src_errors.dz ? error.detail : "cannot be read";
          return `${pathId} (${detail})`;
        });
        const more = failures.length - named2.length;
        return new src_errors.dz(first.error.code, dir, `${failures.length} Terragrunt unit plans cannot be read: ${named2.join("; ")}${more > 0 ? `; and ${more} more` : ""}`, void 0, { cause: first.error });
      }
      ;
      async function gatherInputsAndUploads(config, io) {
        let uploadContext = { cwd: io.cwd };
        const warnings = [];
        const planFiles = await distinct(await expandInputs(config.plans, io.cwd, "plan"), io.cwd, "plan", warnings);
        const driftFiles = await distinct(await expandInputs(config.drifts, io.cwd, "drift"), io.cwd, "drift", warnings);
        const values = config.showValues ? new value_policy.BU({ show: true, hide: config.hideValuesOf }) : void 0;
        const driftResources = config.sendDriftResources && !config.dryRun && (config.savePartial === void 0 || config.send);
        const plans = await readPlans(planFiles, io.cwd, values, driftResources);
        const drifts = await readPlans(driftFiles, io.cwd, void 0, driftResources);
        for (const drift of drifts)
          refuseChangingDriftFile(drift);
        let terragrunt;
        if (config.terragruntDir !== void 0) {
          const tree = await readTerragruntTree(config.terragruntDir, {
            planFileName: config.planFileName,
            reportFile: config.terragruntReport,
            threads: config.readerThreads,
            onProgress: io.progress,
            cwd: io.cwd,
            values,
            driftResources
          });
          for (const warning2 of tree.warnings)
            warnings.push(warning2);
          terragrunt = { units: tree.units, plans: tree.plans };
          uploadContext = { ...uploadContext, unitPlans: tree.planFiles };
        }
        let cost;
        let costDetails;
        if (config.infracost !== void 0) {
          const text = await (0, json_file.gb)((0, external_node_path_.resolve)(io.cwd, config.infracost), config.infracost);
          const report = parseInfracostText(text, config.infracost);
          cost = report.figures;
          costDetails = report.details;
          for (const warning2 of report.warnings)
            warnings.push(warning2);
          let projectOf;
          if (terragrunt) {
            const matched = applyInfracostToUnits(terragrunt.units, report);
            for (const warning2 of matched.warnings)
              warnings.push(warning2);
            terragrunt = { ...terragrunt, units: matched.units };
            projectOf = matched.projectOf;
          }
          if (config.uploads.infracost) {
            const { document } = report;
            uploadContext = { ...uploadContext, infracost: { label: config.infracost, document, projectOf } };
          }
        }
        const input = {
          plans,
          drifts,
          terragrunt,
          cost,
          costDetails,
          warnings,
          overrides: {
            eventType: config.eventType,
            activityType: config.activityType,
            activityStatus: config.activityStatus,
            provisioner: config.provisioner
          }
        };
        return { input, uploadContext };
      }
      async function distinct(files, cwd, what, warnings) {
        const result = await dedupeByIdentity(files, cwd, what);
        for (const warning2 of result.warnings)
          warnings.push(warning2);
        return result.files;
      }
      function refuseChangingDriftFile(drift) {
        const { added, changed, deleted } = drift.resourceCounts;
        if (added + changed + deleted === 0)
          return;
        throw new src_errors.dz("INPUT_WRONG_KIND", drift.file, `given as ${(0, src_errors.yE)("drifts")}, but this plan makes changes (${added} to add, ${changed} to change, ${deleted} to destroy), so it is not a drift check: give it as ${(0, src_errors.yE)("plans")}, or check drift with a refresh-only plan (\`terraform plan -refresh-only -out=tfplan\`, then \`terraform show -json tfplan\`)`);
      }
      async function readPlans(files, cwd, values, driftResources = false) {
        const summaries = [];
        for (const file of files) {
          const path = (0, input_file.I0)(file) ? file : (0, external_node_path_.resolve)(cwd, file);
          summaries.push(await (0, read_plan.w)(path, {
            label: file === "-" ? "standard input" : inWorkingFolder(file, cwd),
            values,
            driftResources
          }));
        }
        return summaries;
      }
      function inWorkingFolder(file, cwd) {
        if (!(0, external_node_path_.isAbsolute)(file))
          return file;
        const inside = (0, external_node_path_.relative)(cwd, file);
        return inside === "" || inside.startsWith("..") || (0, external_node_path_.isAbsolute)(inside) ? file : inside;
      }
      ;
      async function runReport(config, io) {
        const sends = !config.dryRun && (config.savePartial === void 0 || config.send);
        if (sends && config.spoolDir !== void 0) {
          await (await Promise.resolve(
            /* import() */
          ).then(__webpack_require__.bind(__webpack_require__, 3487))).checkSpoolDir(config.spoolDir, io.cwd);
        }
        const uploadWarnings = await checkUploadFiles(config.uploads, io.cwd);
        const ciContext = readCiContext(io.env, io.cwd);
        ciContext.catch(() => void 0);
        let input;
        let uploadContext = { cwd: io.cwd };
        try {
          ({ input, uploadContext } = await gatherInputsAndUploads(config, io));
          input = { ...input, warnings: [...uploadWarnings, ...input.warnings ?? []] };
          const fallback = (0, skip_wasm.j4)();
          if (fallback !== void 0)
            io.log(fallback);
        } catch (error) {
          if (config.savePartial !== void 0) {
            await saveFailedPartial(config, io, await contextOrEmpty(ciContext), error);
          }
          throw error;
        }
        const model = buildModel(input);
        model.files = model.files.map((file) => relativeToCwd(file, io.cwd));
        const context = withPipelineIds(await ciContext, config.uploads.pipeline);
        let event = cleanEvent(buildEvent(model, context));
        const planned = await planUploads(config, uploadContext);
        for (const warning2 of planned.warnings)
          model.warnings.push(warning2);
        if (planned.uploads.length > 0) {
          if (!sends) {
            for (const line2 of describePlannedUploads(planned.uploads))
              io.log((0, plain_text.wh)(line2));
            model.workspaceData = plannedRecords(planned.uploads);
          } else {
            const { performUploads } = await __webpack_require__.e(
              /* import() */
              403
            ).then(__webpack_require__.bind(__webpack_require__, 4403));
            const done = await performUploads(planned.uploads, {
              connection: config.connection,
              pipeline: config.uploads.pipeline,
              http: io.http,
              env: io.env,
              cwd: io.cwd,
              spoolDir: config.spoolDir,
              deadlineMs: config.uploads.timeout * 1e3
            });
            model.workspaceData = done.report;
            for (const warning2 of failedUploadWarnings(done.report))
              model.warnings.push(warning2);
            event = withDataIds(event, done.assignments, done.stateChecksum);
          }
        }
        event = (0, redact.Zg)(event, (0, body_secrets.mj)(config));
        const body = (0, body_secrets.CF)(requestBody(event), config);
        const gates = trippedGates(model, config.gates);
        let partialFile;
        if (config.savePartial !== void 0) {
          partialFile = (0, external_node_path_.resolve)(io.cwd, config.savePartial);
          const { writePartialFile, buildPartial } = await partialWriter();
          await writePartialFile(partialFile, (0, redact.Zg)(buildPartial(input, partialOrigin(config, io, context, sends)), (0, body_secrets.mj)(config)));
          io.log(`Partial report saved to ${(0, plain_text.wh)(config.savePartial)}`);
        }
        const delivery = config.dryRun ? { kind: "dry-run" } : !sends ? { kind: "saved" } : await Promise.resolve(
          /* import() */
        ).then(__webpack_require__.bind(__webpack_require__, 346)).then(({ sendAndConfirm, confirmTarget }) => sendAndConfirm(config, confirmTarget(event), model, io.http, (landed) => sendBody(config, body, io, landed)));
        if (delivery.kind === "sent" && config.sendDriftResources && model.driftedCount > 0) {
          const { driftSourcesOf, sendDriftPerResource } = await __webpack_require__.e(
            /* import() */
            245
          ).then(__webpack_require__.bind(__webpack_require__, 5626));
          await sendDriftPerResource(config, driftSourcesOf(input), model, io);
        }
        const facts = runFacts(config, event, delivery, gates);
        return { model, event, body, delivery, gates, facts, partialFile };
      }
      async function contextOrEmpty(context) {
        try {
          return await context;
        } catch {
          return {};
        }
      }
      function partialOrigin(config, io, context, sent) {
        return {
          leg: legOrigin(io.env, { leg: config.leg, file: config.savePartial ?? "", sent }),
          workspace: config.connection.workspace,
          commit: context.git_commit_sha
        };
      }
      async function partialWriter() {
        const [file, build] = await Promise.all([
          Promise.resolve(
            /* import() */
          ).then(__webpack_require__.bind(__webpack_require__, 1821)),
          Promise.resolve(
            /* import() */
          ).then(__webpack_require__.bind(__webpack_require__, 7241))
        ]);
        return { ...file, ...build };
      }
      async function saveFailedPartial(config, io, context, error) {
        const file = (0, external_node_path_.resolve)(io.cwd, config.savePartial ?? "");
        try {
          const { writePartialFile, failedPartial } = await partialWriter();
          await writePartialFile(file, (0, redact.Zg)(failedPartial(partialOrigin(config, io, context, false), (0, src_errors.Uc)(error)), (0, body_secrets.mj)(config)));
          io.log(`Partial report saved to ${(0, plain_text.wh)(config.savePartial ?? "")}, recording the failure`);
        } catch (writeError) {
          io.log(`warning: ${(0, src_errors.Uc)(writeError)}`);
        }
      }
      function failedUploadWarnings(report) {
        return report.uploads.filter((upload) => upload.outcome === "failed").flatMap((upload) => {
          const what = `${upload.dataType} ${upload.label}${upload.stackPath === void 0 ? "" : ` (unit ${upload.stackPath})`}`;
          const failed = `upload of ${what} failed, the event goes without its id: ${upload.error ?? "unknown error"}`;
          return upload.retry === void 0 ? [failed] : [failed, `retry the upload of ${what} with: ${upload.retry}`];
        });
      }
      var promises_ = __webpack_require__(1455);
      var external_node_os_ = __webpack_require__(8161);
      ;
      function reviewSettingsFrom(world, value) {
        const input = {};
        for (const row of settingsOf(world).filter((r) => r.section === "review")) {
          const raw = value(row.name)?.trim();
          if (raw === void 0 || raw === "")
            continue;
          setPath(input, row.path, row.kind === "boolean" ? parseBooleanText(raw) : raw);
        }
        const parsed = reviewSchema.safeParse(input["review"] ?? {});
        return parsed.success ? parsed.data : void 0;
      }
      var event_body = __webpack_require__(4185);
      var undici_base = __webpack_require__(8602);
      ;
      const FORGE_DEFAULTS = {
        deadlineMs: 6e4,
        tryTimeoutMs: 15e3,
        maxAttempts: 3,
        maxResponseBytes: 16 * 1024 * 1024,
        baseDelayMs: 1e3
      };
      const MAX_ERROR_BYTES = 64 * 1024;
      const RETRYABLE_STATUS = /* @__PURE__ */ new Set([429, 500, 502, 503, 504]);
      class ForgeError extends Error {
        code;
        status;
        constructor(message, code, status, options) {
          super(message, options);
          this.code = code;
          this.status = status;
          this.name = "ForgeError";
        }
      }
      function forgeHeaders(forge, token) {
        const common = { "user-agent": `${version.U}/${version.x}`, "content-type": "application/json" };
        if (forge === "gitlab")
          return { ...common, accept: "application/json", "private-token": token };
        return {
          ...common,
          accept: "application/vnd.github+json",
          authorization: `Bearer ${token}`,
          "x-github-api-version": "2022-11-28"
        };
      }
      function scrub(text, token) {
        let out = text;
        for (const form of [token, encodeURIComponent(token)]) {
          if (form.length >= 4)
            out = out.split(form).join("[REDACTED]");
        }
        const line2 = (0, plain_text.wh)(out);
        return line2.length > 300 ? `${line2.slice(0, 300)}\u2026` : line2;
      }
      function headerMap(headers) {
        const out = {};
        for (const [name, value] of Object.entries(headers)) {
          if (value !== void 0)
            out[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
        }
        return out;
      }
      function retryAfterMs(headers, now = Date.now()) {
        const after = headers["retry-after"];
        if (after !== void 0) {
          const seconds = Number(after);
          if (Number.isFinite(seconds))
            return Math.max(0, seconds * 1e3);
          const date = Date.parse(after);
          if (Number.isFinite(date))
            return Math.max(0, date - now);
        }
        const reset = Number(headers["x-ratelimit-reset"]);
        if (headers["x-ratelimit-remaining"] === "0" && Number.isFinite(reset))
          return Math.max(0, reset * 1e3 - now);
        return void 0;
      }
      function forgeWords(text) {
        return (0, plain_text.e9)((0, plain_text.wh)(text).trim(), 200);
      }
      function serverMessage(text) {
        try {
          const json = JSON.parse(text);
          const message = json.message ?? json.error;
          if (typeof message === "string")
            return message;
          if (message !== void 0)
            return JSON.stringify(message);
        } catch {
        }
        return text;
      }
      async function createForgeHttp(options) {
        const settings = { ...FORGE_DEFAULTS, ...stripUndefined(options) };
        const label = options.forge === "gitlab" ? "GitLab API" : "GitHub API";
        const root = new URL(options.baseUrl.replace(/\/+$/, "") + "/");
        const headers = forgeHeaders(options.forge, options.token);
        let dispatcher = await (0, undici_base.q9)(options.env ?? {});
        const { request } = await (0, undici_base.b7)();
        let started;
        function urlOf(path) {
          if (/^https?:\/\//.test(path)) {
            const url = new URL(path);
            if (url.origin !== root.origin)
              throw new ForgeError(`${label}: a link left ${root.host}`, "FORGE_RESPONSE");
            return url;
          }
          return new URL(path.replace(/^\/+/, ""), root);
        }
        async function once(method, url, body, timeoutMs) {
          const controller = new AbortController();
          const exchange = (async () => {
            const res = await request(url, { method, headers, body, dispatcher, signal: controller.signal });
            const ok = res.statusCode >= 200 && res.statusCode < 300;
            const limit = ok ? settings.maxResponseBytes : MAX_ERROR_BYTES;
            const { text, cut } = await (0, undici_base.EF)(res.body, limit);
            if (cut && ok) {
              return {
                failure: new ForgeError(`${label} ${method} ${url.host}${url.pathname}: the answer is larger than ${limit} bytes`, "FORGE_RESPONSE"),
                refused: false
              };
            }
            let json = void 0;
            if (ok && text.trim() !== "") {
              try {
                json = JSON.parse(text);
              } catch (error) {
                return {
                  failure: new ForgeError(`${label} ${method} ${url.host}${url.pathname}: an answer that is not JSON`, "FORGE_RESPONSE", void 0, { cause: error }),
                  refused: false
                };
              }
            }
            return { response: { status: res.statusCode, headers: headerMap(res.headers), json }, text };
          })().catch((error) => {
            const code = error.code ?? error.cause?.code;
            const detail = scrub(error instanceof Error ? error.message : String(error), options.token);
            return {
              failure: new ForgeError(`${label} ${method} ${url.host}${url.pathname}: ${code ?? detail}`, "FORGE_NETWORK", void 0, { cause: error }),
              refused: code === "ECONNREFUSED"
            };
          });
          const outcome = await (0, undici_base.cR)(exchange, timeoutMs);
          if (outcome !== "deadline")
            return outcome;
          controller.abort();
          const stuck = dispatcher;
          dispatcher = await (0, undici_base.q9)(options.env ?? {});
          void stuck.destroy().catch(() => void 0);
          return {
            failure: new ForgeError(`${label} ${method} ${url.host}${url.pathname}: no answer within ${Number((timeoutMs / 1e3).toFixed(1))} s`, "FORGE_TIMEOUT"),
            refused: false
          };
        }
        async function call(method, path, opts = {}) {
          started ??= Date.now();
          const url = urlOf(path);
          const body = opts.body === void 0 ? void 0 : JSON.stringify(opts.body);
          const where = `${label} ${method} ${url.host}${url.pathname}`;
          let last;
          for (let attempt = 1; ; attempt++) {
            const remaining = settings.deadlineMs - (Date.now() - started);
            if (remaining <= 0) {
              const deadline = `the ${settings.deadlineMs / 1e3} s deadline (forge-timeout) passed`;
              const message = last === void 0 ? `${where}: ${deadline}` : `${last.message}; ${deadline}`;
              throw new ForgeError(message, "FORGE_TIMEOUT", last?.status);
            }
            const outcome = await once(method, url, body, Math.min(settings.tryTimeoutMs, remaining));
            let wait;
            if ("response" in outcome) {
              const { status } = outcome.response;
              if (status >= 200 && status < 300 || opts.accept?.includes(status))
                return outcome.response;
              const hinted = retryAfterMs(outcome.response.headers);
              const retryable = RETRYABLE_STATUS.has(status) || status === 403 && hinted !== void 0;
              const error = new ForgeError(`${where}: HTTP ${status} (${forgeWords(scrub(serverMessage(outcome.text), options.token)) || "no message"})`, "FORGE_HTTP", status);
              if (!retryable || method === "POST" || attempt >= settings.maxAttempts)
                throw error;
              last = error;
              wait = hinted;
              const left2 = settings.deadlineMs - (Date.now() - started);
              if (wait !== void 0 && wait >= left2)
                throw error;
            } else {
              const retryable = outcome.failure.code !== "FORGE_RESPONSE";
              if (!retryable || attempt >= settings.maxAttempts || method === "POST" && !outcome.refused) {
                throw outcome.failure;
              }
              last = outcome.failure;
            }
            const backoff = wait ?? settings.baseDelayMs * 2 ** (attempt - 1);
            const left = Math.max(0, settings.deadlineMs - (Date.now() - started));
            await new Promise((resolve2) => setTimeout(resolve2, Math.min(backoff, left)));
          }
        }
        return {
          forge: options.forge,
          baseUrl: root.toString().replace(/\/$/, ""),
          request: call,
          close: () => dispatcher.destroy()
        };
      }
      function stripUndefined(value) {
        return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== void 0));
      }
      ;
      const GITHUB_COMMENT_MAX_CHARS = 65536;
      const CHECK_SUMMARY_MAX_CHARS = 65535;
      const MAX_PAGES = 50;
      const ACTIONS_BOT = { login: "github-actions[bot]", kind: "app" };
      function github_text(value) {
        return typeof value === "string" ? value : "";
      }
      function nextLink(link) {
        return link?.split(",").map((part) => /<([^>]+)>\s*;\s*rel="next"/.exec(part)?.[1]).find((url) => url !== void 0);
      }
      async function* githubPages(http, path) {
        let next = `${path}${path.includes("?") ? "&" : "?"}per_page=100`;
        for (let page = 0; next !== void 0 && page < MAX_PAGES; page++) {
          const response = await http.request("GET", next);
          yield Array.isArray(response.json) ? response.json : [];
          next = nextLink(response.headers["link"]);
        }
      }
      function repoPath(repo) {
        return `/repos/${encodeURIComponent(repo.owner)}/${encodeURIComponent(repo.repo)}`;
      }
      function written(json) {
        const { id: id3, html_url } = json ?? {};
        return { id: Number(id3), url: typeof html_url === "string" ? html_url : "" };
      }
      function graphqlUrl(restRoot) {
        const root = restRoot.replace(/\/+$/, "");
        return /\/api\/v3$/.test(root) ? `${root.slice(0, -"/v3".length)}/graphql` : `${root}/graphql`;
      }
      function appSlug(identity) {
        return identity.login.replace(/\[bot\]$/, "");
      }
      async function githubIdentity(http) {
        const response = await http.request("GET", "/user", { accept: [403] });
        if (response.status !== 403) {
          const login2 = response.json?.login;
          return typeof login2 === "string" ? { login: login2, kind: "user" } : ACTIONS_BOT;
        }
        const viewer = await http.request("POST", graphqlUrl(http.baseUrl), {
          body: { query: "query { viewer { login } }" },
          accept: [401, 403, 404]
        });
        const login = viewer.json?.data?.viewer?.login;
        return viewer.status === 200 && typeof login === "string" && /^[\w.-]+\[bot\]$/.test(login) ? { login, kind: "app" } : ACTIONS_BOT;
      }
      function githubPullRequest(http, repo, number) {
        const base = repoPath(repo);
        let identity;
        return {
          forge: "github",
          maxBodyChars: GITHUB_COMMENT_MAX_CHARS,
          identity: () => identity ??= githubIdentity(http),
          async *pages() {
            for await (const page of githubPages(http, `${base}/issues/${number}/comments`)) {
              yield page.map((c) => ({
                id: Number(c["id"]),
                body: typeof c["body"] === "string" ? c["body"] : "",
                author: github_text(c["user"]?.["login"]),
                system: false
              }));
            }
          },
          create: async (body) => written((await http.request("POST", `${base}/issues/${number}/comments`, { body: { body } })).json),
          update: async (id3, body) => written((await http.request("PATCH", `${base}/issues/comments/${id3}`, { body: { body } })).json),
          async headSha() {
            const pull = (await http.request("GET", `${base}/pulls/${number}`)).json;
            return typeof pull?.head?.sha === "string" ? pull.head.sha : void 0;
          }
        };
      }
      function checkRunOf(json) {
        const c = json ?? {};
        return {
          id: Number(c["id"]),
          externalId: typeof c["external_id"] === "string" ? c["external_id"] : "",
          appSlug: github_text(c["app"]?.["slug"]),
          url: typeof c["html_url"] === "string" ? c["html_url"] : ""
        };
      }
      async function findCheckRuns(http, repo, sha, name) {
        const query = `check_name=${encodeURIComponent(name)}&filter=latest`;
        const response = await http.request("GET", `${repoPath(repo)}/commits/${encodeURIComponent(sha)}/check-runs?${query}`);
        const runs = response.json?.check_runs;
        return Array.isArray(runs) ? runs.map(checkRunOf) : [];
      }
      function checkRunBody(write) {
        return {
          name: write.name,
          head_sha: write.headSha,
          external_id: write.externalId,
          status: "completed",
          conclusion: write.conclusion,
          completed_at: (/* @__PURE__ */ new Date()).toISOString(),
          output: write.output,
          ...write.detailsUrl === void 0 ? {} : { details_url: write.detailsUrl }
        };
      }
      async function createCheckRun(http, repo, write) {
        return checkRunOf((await http.request("POST", `${repoPath(repo)}/check-runs`, { body: checkRunBody(write) })).json);
      }
      async function updateCheckRun(http, repo, id3, write) {
        const body = checkRunBody(write);
        delete body["head_sha"];
        return checkRunOf((await http.request("PATCH", `${repoPath(repo)}/check-runs/${id3}`, { body })).json);
      }
      ;
      function safeKey(raw) {
        const safe = raw.replace(/[^A-Za-z0-9._/-]+/g, "-").replace(/-{2,}/g, "-").slice(0, 200);
        return safe === "" ? "default" : safe;
      }
      function sticky_comment_stickyMarker(key, commit) {
        const sha = commit !== void 0 && /^[0-9a-f]{7,64}$/i.test(commit) ? ` commit=${commit.toLowerCase()}` : "";
        return `<!-- iacm-reporter:${safeKey(key)}${sha} -->`;
      }
      const MARKER = /^<!-- iacm-reporter:([A-Za-z0-9._/-]+)(?: commit=([0-9a-f]{7,64}))? -->/;
      function parseMarker(body) {
        const match = MARKER.exec(body);
        if (!match?.[1])
          return void 0;
        return match[2] === void 0 ? { key: match[1] } : { key: match[1], commit: match[2] };
      }
      async function findOurs(thread, key, login) {
        const lookalikes = [];
        for await (const page of thread.pages()) {
          for (const comment2 of page) {
            if (comment2.system)
              continue;
            const marker = parseMarker(comment2.body);
            if (marker?.key !== key)
              continue;
            if (comment2.author !== login) {
              lookalikes.push(comment2);
              continue;
            }
            return { ours: { ...comment2, commit: marker.commit }, lookalikes };
          }
        }
        return { lookalikes };
      }
      async function upsertSticky(thread, request) {
        const key = safeKey(request.key);
        const identity = await thread.identity();
        const { ours, lookalikes } = await findOurs(thread, key, identity.login);
        for (const other of lookalikes) {
          request.log(`comment: left comment ${other.id} alone: it carries this step's marker but was written by ${JSON.stringify(other.author)}, not by this token's ${JSON.stringify(identity.login)}`);
        }
        if (ours === void 0 && !request.post)
          return { action: "skipped", reason: "nothing to see (comment: on-change)" };
        const commit = request.commit?.toLowerCase();
        if (ours?.commit !== void 0 && commit !== void 0 && ours.commit !== commit) {
          const head = (await thread.headSha())?.toLowerCase();
          if (head !== void 0 && head !== commit) {
            return {
              action: "skipped",
              reason: `the comment is for commit ${ours.commit.slice(0, 12)}; this run's commit ${commit.slice(0, 12)} is no longer the head (${head.slice(0, 12)})`
            };
          }
        }
        const body = `${sticky_comment_stickyMarker(key, commit)}
${request.body}`;
        if (body.length > thread.maxBodyChars) {
          throw new ForgeError(`the comment has ${body.length} characters, more than ${thread.forge}'s ${thread.maxBodyChars}`, "FORGE_LIMIT");
        }
        if (ours !== void 0)
          return { action: "updated", ...await thread.update(ours.id, body) };
        return { action: "created", ...await thread.create(body) };
      }
      ;
      const TITLE_MAX = 200;
      function checkRunName(workspace) {
        return `iacm-reporter / ${workspace}`;
      }
      async function upsertCheckRun(http, repo, request) {
        const name = checkRunName(request.workspace);
        const externalId = `iacm-reporter:${safeKey(request.workspace)}`;
        if (request.summary.length > CHECK_SUMMARY_MAX_CHARS) {
          throw new ForgeError(`the check run summary has ${request.summary.length} characters, more than GitHub's ${CHECK_SUMMARY_MAX_CHARS}`, "FORGE_LIMIT");
        }
        const write = {
          name,
          headSha: request.headSha,
          externalId,
          conclusion: request.conclusion,
          output: { title: request.title.slice(0, TITLE_MAX), summary: request.summary },
          detailsUrl: request.detailsUrl
        };
        const runs = await findCheckRuns(http, repo, request.headSha, name);
        const ours = runs.find((run2) => run2.externalId === externalId && (request.identity.kind !== "app" || run2.appSlug === appSlug(request.identity)));
        if (ours !== void 0)
          return { action: "updated", ...await updateCheckRun(http, repo, ours.id, write) };
        return { action: "created", ...await createCheckRun(http, repo, write) };
      }
      ;
      const PR_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_target"]);
      function set(env, name) {
        const value = env[name]?.trim();
        return value === void 0 || value === "" ? void 0 : value;
      }
      function positive(text) {
        return text !== void 0 && /^\d+$/.test(text) && Number(text) > 0 ? Number(text) : void 0;
      }
      async function fromGitHubActions(env, settings) {
        const event = env["GITHUB_EVENT_NAME"] ?? "";
        if (!PR_EVENTS.has(event))
          return { skip: `not a pull_request event (${event || "unknown"})` };
        const [owner, repo] = (env["GITHUB_REPOSITORY"] ?? "").split("/");
        const path = env["GITHUB_EVENT_PATH"];
        if (!owner || !repo || !path)
          return { skip: "GITHUB_REPOSITORY or GITHUB_EVENT_PATH is not set" };
        let payload;
        try {
          payload = JSON.parse(await (0, lazy_fs.TA)(path, "utf8"));
        } catch (error) {
          return {
            skip: `the event file could not be read (${error.code ?? "not JSON"})`
          };
        }
        const number = payload.pull_request?.number;
        if (typeof number !== "number")
          return { skip: "the event has no pull_request number" };
        const sha = payload.pull_request?.head?.sha;
        return {
          forge: "github",
          apiUrl: settings.forgeUrl ?? set(env, "GITHUB_API_URL") ?? "https://api.github.com",
          repo: { owner, repo },
          number,
          headSha: typeof sha === "string" ? sha : void 0
        };
      }
      function fromGitLabCi(env, settings) {
        const iid = positive(set(env, "CI_MERGE_REQUEST_IID"));
        if (iid === void 0)
          return { skip: "not a merge request pipeline (CI_MERGE_REQUEST_IID is not set)" };
        const project = set(env, "CI_MERGE_REQUEST_PROJECT_ID") ?? set(env, "CI_PROJECT_ID");
        const apiUrl = settings.forgeUrl ?? set(env, "CI_API_V4_URL");
        if (project === void 0 || apiUrl === void 0)
          return { skip: "CI_PROJECT_ID or CI_API_V4_URL is not set" };
        return {
          forge: "gitlab",
          apiUrl,
          project,
          iid,
          headSha: set(env, "CI_MERGE_REQUEST_SOURCE_BRANCH_SHA") ?? set(env, "CI_COMMIT_SHA")
        };
      }
      function apiRootOfLink(link, slug, settings) {
        let url;
        try {
          url = new URL(link);
        } catch {
          return { skip: "DRONE_REPO_LINK is not a URL" };
        }
        const host = url.hostname.toLowerCase();
        const forge = settings.forge ?? (host === "github.com" ? "github" : /gitlab/.test(host) ? "gitlab" : void 0);
        if (forge === void 0) {
          return {
            skip: `the repository host ${host} is neither github.com nor a GitLab host: set forge (github or gitlab)`
          };
        }
        const pathname = url.pathname.replace(/\/+$/, "").replace(/\.git$/, "");
        const prefix = slug !== "" && pathname.endsWith(`/${slug}`) ? pathname.slice(0, -slug.length - 1) : "";
        if (settings.forgeUrl !== void 0)
          return { forge, apiUrl: settings.forgeUrl };
        if (forge === "gitlab")
          return { forge, apiUrl: `${url.origin}${prefix}/api/v4` };
        return {
          forge,
          apiUrl: host === "github.com" ? "https://api.github.com" : `${url.origin}${prefix}/api/v3`
        };
      }
      function fromDrone(env, settings) {
        const number = positive(set(env, "DRONE_PULL_REQUEST"));
        if (number === void 0)
          return { skip: "not a pull request build (DRONE_PULL_REQUEST is not set)" };
        const slug = set(env, "DRONE_REPO");
        const link = set(env, "DRONE_REPO_LINK");
        if (slug === void 0 || link === void 0)
          return { skip: "DRONE_REPO or DRONE_REPO_LINK is not set" };
        const root = apiRootOfLink(link, slug, settings);
        if ("skip" in root)
          return root;
        const headSha = set(env, "DRONE_COMMIT_SHA");
        if (root.forge === "gitlab")
          return { forge: "gitlab", apiUrl: root.apiUrl, project: slug, iid: number, headSha };
        const [owner, repo] = slug.split("/");
        if (!owner || !repo)
          return { skip: `DRONE_REPO (${slug}) is not owner/name` };
        return { forge: "github", apiUrl: root.apiUrl, repo: { owner, repo }, number, headSha };
      }
      async function forgeTarget(env, settings = {}) {
        let target;
        if (env["GITHUB_ACTIONS"] === "true")
          target = await fromGitHubActions(env, settings);
        else if (env["GITLAB_CI"] === "true" || set(env, "CI_MERGE_REQUEST_IID") !== void 0)
          target = fromGitLabCi(env, settings);
        else if (set(env, "DRONE_PULL_REQUEST") !== void 0 || env["DRONE"] === "true" || env["HARNESS_BUILD_ID"] !== void 0)
          target = fromDrone(env, settings);
        else
          return { skip: "no pull or merge request in this CI (GitHub Actions, GitLab CI, Harness CI or Drone)" };
        if ("forge" in target && settings.forge !== void 0 && target.forge !== settings.forge) {
          return { skip: `forge is ${settings.forge}, but this CI builds a ${target.forge} request` };
        }
        return target;
      }
      function tokenVariable(forge) {
        return forge === "gitlab" ? "GITLAB_TOKEN" : "GITHUB_TOKEN";
      }
      function defaultCommentKey(env) {
        if (env["GITHUB_ACTIONS"] === "true")
          return `${env["GITHUB_WORKFLOW"] ?? "workflow"}/${env["GITHUB_JOB"] ?? "job"}`;
        if (env["GITLAB_CI"] === "true")
          return `gitlab/${env["CI_JOB_NAME"] ?? "job"}`;
        const stage = env["DRONE_STAGE_NAME"] ?? env["HARNESS_STAGE_ID"];
        const step = env["DRONE_STEP_NAME"] ?? env["HARNESS_STEP_ID"];
        if (stage !== void 0 || step !== void 0)
          return `${stage ?? "stage"}/${step ?? "step"}`;
        return "iacm-report";
      }
      function runLinkOf(env) {
        const server = set(env, "GITHUB_SERVER_URL");
        const repo = set(env, "GITHUB_REPOSITORY");
        const id3 = set(env, "GITHUB_RUN_ID");
        const link = server !== void 0 && repo !== void 0 && id3 !== void 0 ? `${server}/${repo}/actions/runs/${id3}` : set(env, "CI_JOB_URL") ?? set(env, "CI_PIPELINE_URL") ?? set(env, "DRONE_BUILD_LINK");
        return link !== void 0 && /^https?:\/\/[^\s<>()[\]`]+$/.test(link) ? link : void 0;
      }
      ;
      const GITLAB_NOTE_MAX_CHARS = 1e6;
      const gitlab_MAX_PAGES = 50;
      function gitlab_text(value) {
        return typeof value === "string" ? value : "";
      }
      function projectPath(project) {
        return `/projects/${encodeURIComponent(project)}`;
      }
      async function* gitlabPages(http, path) {
        const join = path.includes("?") ? "&" : "?";
        let page = "1";
        for (let seen = 0; page !== void 0 && page !== "" && seen < gitlab_MAX_PAGES; seen++) {
          const response = await http.request("GET", `${path}${join}per_page=100&page=${encodeURIComponent(page)}`);
          yield Array.isArray(response.json) ? response.json : [];
          page = response.headers["x-next-page"];
        }
      }
      async function gitlabIdentity(http) {
        const user = (await http.request("GET", "/user")).json;
        if (typeof user?.username !== "string")
          throw new Error("GitLab API GET /user: no username in the answer");
        return { login: user.username, kind: "user" };
      }
      function gitlab_written(json, webUrl) {
        const id3 = Number(json?.id);
        return { id: id3, url: webUrl === void 0 ? "" : `${webUrl}#note_${id3}` };
      }
      function gitlabMergeRequest(http, project, iid) {
        const base = `${projectPath(project)}/merge_requests/${iid}`;
        let identity;
        let webUrl;
        async function headSha() {
          const mr = (await http.request("GET", base)).json;
          if (typeof mr?.web_url === "string")
            webUrl = mr.web_url;
          return typeof mr?.sha === "string" ? mr.sha : void 0;
        }
        return {
          forge: "gitlab",
          maxBodyChars: GITLAB_NOTE_MAX_CHARS,
          identity: () => identity ??= gitlabIdentity(http),
          async *pages() {
            for await (const page of gitlabPages(http, `${base}/notes?sort=asc&order_by=created_at`)) {
              yield page.map((n) => ({
                id: Number(n["id"]),
                body: typeof n["body"] === "string" ? n["body"] : "",
                author: gitlab_text(n["author"]?.["username"]),
                system: n["system"] === true
              }));
            }
          },
          async create(body) {
            if (webUrl === void 0)
              await headSha();
            return gitlab_written((await http.request("POST", `${base}/notes`, { body: { body } })).json, webUrl);
          },
          async update(id3, body) {
            if (webUrl === void 0)
              await headSha();
            return gitlab_written((await http.request("PUT", `${base}/notes/${id3}`, { body: { body } })).json, webUrl);
          },
          headSha
        };
      }
      ;
      const drift_issue_crypto = () => process.getBuiltinModule("node:crypto");
      const MAX_TRACKED = 1e3;
      const DAY_MS = 864e5;
      function fingerprint(key) {
        return drift_issue_crypto().createHash("sha256").update(`iacm-reporter drift\0${key}`).digest("hex").slice(0, 16);
      }
      function addressHash(address) {
        return drift_issue_crypto().createHash("sha256").update(address).digest("hex").slice(0, 10);
      }
      const dayOf = (date) => Math.floor(date.getTime() / DAY_MS);
      const isoDay = (day) => new Date(day * DAY_MS).toISOString().slice(0, 10);
      function driftMarker(fp, state) {
        const since = {};
        let kept = 0;
        for (const [hash, day] of state.since) {
          if (kept++ >= MAX_TRACKED)
            break;
          since[hash] = day;
        }
        return `<!-- iacm-reporter:drift:${fp} ${JSON.stringify({ v: 1, checked: state.checked, since })} -->`;
      }
      const drift_issue_MARKER = /^<!-- iacm-reporter:drift:([0-9a-f]{16}) (\{[^>]*\}) -->/;
      function parseDriftMarker(body) {
        const match = drift_issue_MARKER.exec(body);
        if (!match?.[1] || !match[2])
          return void 0;
        let parsed;
        try {
          parsed = JSON.parse(match[2]);
        } catch {
          return { fp: match[1], state: { since: /* @__PURE__ */ new Map() } };
        }
        const since = /* @__PURE__ */ new Map();
        if (parsed.since !== null && typeof parsed.since === "object") {
          for (const [hash, day] of Object.entries(parsed.since)) {
            if (/^[0-9a-f]{10}$/.test(hash) && Number.isSafeInteger(day))
              since.set(hash, day);
          }
        }
        const checked = typeof parsed.checked === "string" && !Number.isNaN(Date.parse(parsed.checked));
        return { fp: match[1], state: checked ? { checked: parsed.checked, since } : { since } };
      }
      async function drift_issue_findOurs(tracker, request, fp) {
        const me = (await tracker.identity()).login;
        let found;
        for await (const page of tracker.openIssues(request.label)) {
          for (const issue of page) {
            const marker = parseDriftMarker(issue.body);
            if (marker?.fp !== fp)
              continue;
            if (issue.author !== me) {
              request.log(`drift issue: left #${issue.number} alone: it carries this workspace's marker but was opened by ${JSON.stringify(issue.author)}, not by this token's ${JSON.stringify(me)}`);
            } else if (found === void 0)
              found = { issue, state: marker.state };
            else
              request.log(`drift issue: #${issue.number} is a second open issue of ours for this key; #${found.issue.number} is kept up to date`);
          }
        }
        return found;
      }
      function drift_issue_plural(n, one, many = `${one}s`) {
        return `${(0, thousands.o)(n)} ${n === 1 ? one : many}`;
      }
      function changeNote(previous, drifted) {
        let added = 0;
        for (const hash of drifted.keys())
          if (!previous.since.has(hash))
            added++;
        let cleared = 0;
        for (const hash of previous.since.keys())
          if (!drifted.has(hash))
            cleared++;
        if (added === 0 && cleared === 0)
          return void 0;
        const parts = [
          added > 0 ? `${drift_issue_plural(added, "more resource")} drifted` : "",
          cleared > 0 ? `${(0, thousands.o)(cleared)} cleared` : ""
        ];
        const when = previous.checked ? ` since the check of ${previous.checked.slice(0, 10)}` : "";
        return `${parts.filter(Boolean).join(", ")}${when}.`;
      }
      async function syncDriftIssue(tracker, request) {
        const fp = fingerprint(request.key);
        const ours = await drift_issue_findOurs(tracker, request, fp);
        const link = request.runLink ? ` in ${request.runLink}` : "";
        if (request.driftedTotal === 0) {
          if (ours === void 0)
            return { action: "none", reason: "no drift, and no open drift issue" };
          const { number: number2, url: url2 } = ours.issue;
          if (!request.complete) {
            return {
              action: "left-open",
              number: number2,
              url: url2,
              reason: "this check did not see everything (failed units or missing legs), so it cannot say the drift cleared"
            };
          }
          await tracker.comment(number2, `Drift cleared${link}: a complete check on ${request.now.toISOString().slice(0, 10)} found no drift.`);
          await tracker.close(number2);
          return { action: "closed", number: number2, url: url2 };
        }
        const today = dayOf(request.now);
        const since = /* @__PURE__ */ new Map();
        const byAddress2 = /* @__PURE__ */ new Map();
        const byHash = /* @__PURE__ */ new Map();
        for (const address of request.drifted.slice(0, MAX_TRACKED)) {
          const hash = addressHash(address);
          const day = ours?.state.since.get(hash) ?? today;
          since.set(hash, day);
          byAddress2.set(address, isoDay(day));
          byHash.set(hash, address);
        }
        const marker = driftMarker(fp, { checked: request.now.toISOString(), since });
        const room = tracker.maxBodyChars - marker.length - 1;
        const body = `${marker}
${request.render(byAddress2, room)}`;
        if (body.length > tracker.maxBodyChars) {
          throw new Error(`the drift issue has ${body.length} characters, more than ${tracker.forge}'s ${tracker.maxBodyChars}`);
        }
        if (ours === void 0) {
          const created = await tracker.create(request.title, body, request.label);
          return { action: "opened", number: created.number, url: created.url };
        }
        const { number, url } = ours.issue;
        await tracker.editBody(number, body);
        const note = request.drifted.length <= MAX_TRACKED ? changeNote(ours.state, byHash) : void 0;
        if (note !== void 0)
          await tracker.comment(number, `${note}${request.runLink ? ` Checked${link}.` : ""}`);
        return { action: "updated", number, url };
      }
      ;
      const issue_tracker_text = (value) => typeof value === "string" ? value : "";
      function githubIssue(json) {
        const issue = json ?? {};
        return {
          number: Number(issue["number"]),
          body: issue_tracker_text(issue["body"]),
          author: issue_tracker_text(issue["user"]?.["login"]),
          url: issue_tracker_text(issue["html_url"])
        };
      }
      function githubIssues(http, repo) {
        const base = `/repos/${encodeURIComponent(repo.owner)}/${encodeURIComponent(repo.repo)}/issues`;
        let identity;
        return {
          forge: "github",
          maxBodyChars: GITHUB_COMMENT_MAX_CHARS,
          identity: () => identity ??= githubIdentity(http),
          async *openIssues(label) {
            const query = `state=open&labels=${encodeURIComponent(label)}&sort=created&direction=asc`;
            for await (const page of githubPages(http, `${base}?${query}`)) {
              yield page.filter((issue) => issue["pull_request"] === void 0).map(githubIssue);
            }
          },
          create: async (title2, body, label) => githubIssue((await http.request("POST", base, { body: { title: title2, body, labels: [label] } })).json),
          async editBody(number, body) {
            await http.request("PATCH", `${base}/${number}`, { body: { body } });
          },
          async comment(number, body) {
            await http.request("POST", `${base}/${number}/comments`, { body: { body } });
          },
          async close(number) {
            await http.request("PATCH", `${base}/${number}`, {
              body: { state: "closed", state_reason: "completed" }
            });
          }
        };
      }
      function gitlabIssue(json) {
        const issue = json ?? {};
        return {
          number: Number(issue["iid"]),
          body: issue_tracker_text(issue["description"]),
          author: issue_tracker_text(issue["author"]?.["username"]),
          url: issue_tracker_text(issue["web_url"])
        };
      }
      function gitlabIssues(http, project) {
        const base = `${projectPath(project)}/issues`;
        let identity;
        return {
          forge: "gitlab",
          maxBodyChars: GITLAB_NOTE_MAX_CHARS,
          identity: () => identity ??= gitlabIdentity(http),
          async *openIssues(label) {
            const query = `state=opened&labels=${encodeURIComponent(label)}&order_by=created_at&sort=asc`;
            for await (const page of gitlabPages(http, `${base}?${query}`))
              yield page.map(gitlabIssue);
          },
          create: async (title2, body, label) => gitlabIssue((await http.request("POST", base, { body: { title: title2, description: body, labels: label } })).json),
          async editBody(number, body) {
            await http.request("PUT", `${base}/${number}`, { body: { description: body } });
          },
          async comment(number, body) {
            await http.request("POST", `${base}/${number}/notes`, { body: { body } });
          },
          async close(number) {
            await http.request("PUT", `${base}/${number}`, { body: { state_event: "close" } });
          }
        };
      }
      ;
      function repo_target_set(env, name) {
        const value = env[name]?.trim();
        return value === void 0 || value === "" ? void 0 : value;
      }
      function github(slug, apiUrl) {
        const [owner, repo, extra] = (slug ?? "").split("/");
        if (!owner || !repo || extra !== void 0)
          return { skip: `the repository (${slug ?? "unset"}) is not owner/name` };
        return { forge: "github", apiUrl, repo: { owner, repo } };
      }
      function repoTarget(env, settings = {}) {
        let target;
        if (env["GITHUB_ACTIONS"] === "true") {
          target = github(repo_target_set(env, "GITHUB_REPOSITORY"), settings.forgeUrl ?? repo_target_set(env, "GITHUB_API_URL") ?? "https://api.github.com");
        } else if (env["GITLAB_CI"] === "true") {
          const project = repo_target_set(env, "CI_PROJECT_ID") ?? repo_target_set(env, "CI_PROJECT_PATH");
          const apiUrl = settings.forgeUrl ?? repo_target_set(env, "CI_API_V4_URL");
          target = project === void 0 || apiUrl === void 0 ? { skip: "CI_PROJECT_ID or CI_API_V4_URL is not set" } : { forge: "gitlab", apiUrl, project };
        } else if (repo_target_set(env, "DRONE_REPO_LINK") !== void 0) {
          const slug = repo_target_set(env, "DRONE_REPO");
          const root = apiRootOfLink(repo_target_set(env, "DRONE_REPO_LINK"), slug ?? "", settings);
          if ("skip" in root)
            target = root;
          else if (slug === void 0)
            target = { skip: "DRONE_REPO is not set" };
          else if (root.forge === "gitlab")
            target = { forge: "gitlab", apiUrl: root.apiUrl, project: slug };
          else
            target = github(slug, root.apiUrl);
        } else {
          return { skip: "no repository in this CI (GitHub Actions, GitLab CI, Harness CI or Drone)" };
        }
        if ("forge" in target && settings.forge !== void 0 && target.forge !== settings.forge) {
          return { skip: `forge is ${settings.forge}, but this CI builds a ${target.forge} repository` };
        }
        return target;
      }
      ;
      const KIND_HEADINGS = {
        deleted: "Deleted outside",
        changed: "Changed outside",
        created: "Created outside"
      };
      const KIND_ORDER = ["deleted", "changed", "created"];
      const drift_issue_body_SHOWN_ATTRIBUTES = 8;
      function line(resource) {
        const names = resource.attributes ?? [];
        const attributes = names.length === 0 ? "" : ` \u2014 ${names.slice(0, drift_issue_body_SHOWN_ATTRIBUTES).map((name) => codeSpan(name, 80)).join(", ")}${names.length > drift_issue_body_SHOWN_ATTRIBUTES ? `, and ${names.length - drift_issue_body_SHOWN_ATTRIBUTES} more` : ""}`;
        const since = resource.since ? ` (since ${resource.since})` : "";
        return `- ${codeSpan(resource.address, 300)}${attributes}${since}`;
      }
      function unitLines(unit, resources) {
        const blocks = [];
        for (const kind of KIND_ORDER) {
          const of = resources.filter((r) => r.kind === kind);
          if (of.length === 0)
            continue;
          const where = unit === "" ? "" : ` in ${codeSpan(unit, 200)}`;
          blocks.push([`#### ${KIND_HEADINGS[kind]}${where} (${(0, thousands.o)(of.length)})`, ...of.map(line)]);
        }
        return blocks;
      }
      function renderDriftIssueBody(body, maxChars) {
        const head = [
          `### Drift: ${escapeMarkdown(body.subject, 200)}`,
          "",
          `**${escapeMarkdown(body.verdict, 500)}**`,
          "",
          ...(body.notes ?? []).map((note) => `> ${escapeMarkdown(note, 500)}`),
          ...body.notes?.length ? [""] : []
        ];
        const foot = [
          "",
          `Checked ${body.checkedAt.toISOString().replace(/\.\d+Z$/, "Z")}${body.runLink ? ` in [this run](${body.runLink})` : ""}. This issue is kept up to date by iacm-reporter: it is edited on every drift check and closed when a complete check finds no drift.`
        ];
        const units = [...new Set(body.resources.map((r) => r.unit))];
        const blocks = units.flatMap((unit) => unitLines(unit, body.resources.filter((r) => r.unit === unit)));
        let used = [...head, ...foot].join("\n").length + 1;
        const out = [];
        let shown2 = 0;
        const reserve = 80;
        outer: for (const block2 of blocks) {
          for (const [i, text] of block2.entries()) {
            const need = text.length + 1 + (i === 0 ? (block2[1]?.length ?? 0) + 1 : 0);
            if (used + need + reserve > maxChars)
              break outer;
            out.push(text);
            used += text.length + 1;
            if (i > 0)
              shown2++;
          }
          out.push("");
          used += 1;
        }
        const hidden = body.total - shown2;
        if (hidden > 0)
          out.push(`_and ${(0, thousands.o)(hidden)} more drifted resource${hidden === 1 ? "" : "s"} not listed here._`);
        return [...head, ...out, ...foot].join("\n");
      }
      ;
      function reviewIo(options) {
        const { env, secrets, log: log2 } = options;
        return {
          env,
          secrets,
          log: options.quiet === true ? () => {
          } : log2,
          warn: options.warn ?? ((line2) => log2(`iacm-report: warning: ${line2}`))
        };
      }
      function forgeText(text, io) {
        return (0, plain_text.ES)((0, redact.fp)(text, io.secrets));
      }
      async function openForge(target, review, io, what) {
        const token = review.token ?? io.env[tokenVariable(target.forge)]?.trim();
        if (token === void 0 || token === "") {
          const forge = target.forge === "gitlab" ? "GitLab" : "GitHub";
          io.warn(`${what}: skipped, no ${forge} token (set the token setting or ${tokenVariable(target.forge)})`);
          return void 0;
        }
        return createForgeHttp({
          forge: target.forge,
          baseUrl: target.apiUrl,
          token,
          deadlineMs: review.forgeTimeout * 1e3,
          env: io.env
        });
      }
      ;
      function isDriftCheck(model) {
        return model.eventType === "drifted" || model.eventType === "active";
      }
      function has(list, address) {
        return list?.items.includes(address) ?? false;
      }
      function resourcesOf(group) {
        const { drifted, driftDeleted, driftCreated } = group.addresses;
        const unit = group.kind === "unit" ? group.source : "";
        return drifted.items.map((address) => ({
          unit,
          address,
          kind: has(driftDeleted, address) ? "deleted" : has(driftCreated, address) ? "created" : "changed",
          attributes: group.changedAttributes?.get(address)?.names
        }));
      }
      function workspaceKey(facts) {
        return [facts.org ?? "", facts.project ?? "", facts.workspace ?? "workspace"].join("/");
      }
      function subjects(model, facts, scope) {
        const groups = model.addressGroups ?? [];
        const name = facts.workspace ?? "workspace";
        if (scope === "unit" && model.units.length > 0) {
          const byUnit = /* @__PURE__ */ new Map();
          for (const g of groups)
            if (g.kind === "unit" && !byUnit.has(g.source))
              byUnit.set(g.source, g);
          return model.units.map((unit) => {
            const group = byUnit.get(unit.pathId);
            return {
              key: `${workspaceKey(facts)}#${unit.pathId}`,
              title: `Drift: ${name} / ${unit.pathId}`,
              resources: group ? resourcesOf(group) : [],
              total: group?.addresses.drifted.total ?? 0
            };
          });
        }
        const resources = groups.flatMap(resourcesOf);
        return [{ key: workspaceKey(facts), title: `Drift: ${name}`, resources, total: model.driftedCount }];
      }
      function outcomeLine(title2, result) {
        switch (result.action) {
          case "none":
            return `drift issue (${title2}): nothing to do, ${result.reason}`;
          case "left-open":
            return `drift issue (${title2}): left ${result.url || `#${result.number}`} open: ${result.reason}`;
          default:
            return `drift issue (${title2}): ${result.action} ${result.url || `#${result.number}`}`;
        }
      }
      async function syncDriftIssues(review, report, io) {
        if (review.driftIssue === "false")
          return;
        const { model, facts } = report;
        if (!isDriftCheck(model)) {
          io.log("drift issue: skipped, this run is not a drift check (give refresh-only plans with --drift)");
          return;
        }
        const forge = review.driftIssue === "true" ? review.forge : review.driftIssue;
        const target = repoTarget(io.env, { forge, forgeUrl: review.forgeUrl });
        if ("skip" in target) {
          io.warn(`drift issue: skipped, ${target.skip}`);
          return;
        }
        const http = await openForge(target, review, io, "drift issue");
        if (http === void 0)
          return;
        const tracker = target.forge === "github" ? githubIssues(http, target.repo) : gitlabIssues(http, target.project);
        const coverage = coverageOf(model);
        const verdict = renderTextSummary(model, { facts }).split("\n")[0] ?? "";
        const now = /* @__PURE__ */ new Date();
        const runLink = runLinkOf(io.env);
        const clean2 = (text) => forgeText(text, io);
        try {
          for (const subject of subjects(model, facts, review.driftIssueScope)) {
            const label = (resource) => resource.unit === "" ? resource.address : `${resource.unit}: ${resource.address}`;
            try {
              const result = await syncDriftIssue(tracker, {
                key: subject.key,
                title: clean2(subject.title),
                label: review.driftIssueLabel,
                drifted: subject.resources.map(label),
                driftedTotal: subject.total,
                complete: coverage.complete,
                runLink,
                now,
                render: (since, maxChars) => clean2(renderDriftIssueBody({
                  subject: subject.title.replace(/^Drift: /, ""),
                  verdict,
                  resources: subject.resources.map((r) => ({ ...r, since: since.get(label(r)) })),
                  total: subject.total,
                  checkedAt: now,
                  runLink,
                  notes: coverage.complete ? [] : ["This check did not see everything: see the run for failed units or missing legs."]
                }, maxChars)),
                log: io.log
              });
              io.log(outcomeLine(subject.title, result));
            } catch (error) {
              io.warn(`drift issue (${subject.title}): could not write it: ${error instanceof Error ? error.message : String(error)}`);
            }
          }
        } finally {
          await http.close();
        }
      }
      ;
      async function markdown_file_writeMarkdownFile(review, render, io) {
        if (review.markdownFile === void 0)
          return;
        const budget = review.markdownBudget === "comment" ? COMMENT_BUDGET : JOB_SUMMARY_BUDGET;
        try {
          await writeFile(resolve(io.cwd, review.markdownFile), redactSecrets(render(budget), io.secrets), "utf8");
        } catch (error) {
          io.warn(`markdown: could not write ${review.markdownFile}: ${describeError(error)}`);
        }
      }
      ;
      function renderFailureMarkdown(facts) {
        const where = [
          facts.commit === void 0 ? void 0 : `commit ${codeSpan(facts.commit.slice(0, 12))}`,
          facts.runUrl === void 0 ? void 0 : `[CI run](${facts.runUrl})`
        ].filter((part) => part !== void 0);
        return [
          "### \u{1F6D1} Harness IaCM: the report could not be built",
          "",
          "> [!CAUTION]",
          `> ${escapeMarkdown(facts.reason, 1e3)}`,
          "",
          "Nothing in this comment describes the current plan: fix the step and run it again.",
          ...where.length > 0 ? ["", where.join(" \xB7 ")] : [],
          ""
        ].join("\n");
      }
      function failureTitle() {
        return "The report could not be built";
      }
      ;
      function why(error) {
        return error instanceof ForgeError ? error.message : (0, src_errors.Uc)(error);
      }
      function budgetFor(thread, head) {
        const limit = thread.forge === "gitlab" ? { maxChars: thread.maxBodyChars } : text_budget_COMMENT_BUDGET;
        return text_budget_shrinkBudget(limit, head);
      }
      async function review_open(review, io, what) {
        const target = await forgeTarget(io.env, review);
        if ("skip" in target) {
          io.log(`${what}: skipped, ${target.skip}`);
          return void 0;
        }
        const http = await openForge(target, review, io, what);
        if (http === void 0)
          return void 0;
        const thread = target.forge === "github" ? githubPullRequest(http, target.repo, target.number) : gitlabMergeRequest(http, target.project, target.iid);
        return { target, http, thread, key: review.commentKey ?? defaultCommentKey(io.env) };
      }
      function stickyBody(model, key, facts, commit) {
        const head = `${stickyMarker(key, commit)}
`;
        return head + renderMarkdownSummary(model, { budget: shrinkBudget(COMMENT_BUDGET, head), facts });
      }
      function worthPosting(review, report) {
        const { model, facts } = report;
        return review.comment === "always" || model.hasChanges || model.hasDrift || model.erroredPlans.length > 0 || facts.gates.length > 0 || verdictOf(model, facts).severity !== "ok";
      }
      async function comment(opened, review, report, io) {
        const { thread, key, target } = opened;
        const head = `${sticky_comment_stickyMarker(key, target.headSha)}
`;
        const budget = budgetFor(thread, head);
        const body = report.render ? report.render(budget) : markdown_summary_renderMarkdownSummary(report.model, { budget, facts: report.facts });
        const result = await upsertSticky(thread, {
          key,
          commit: target.headSha,
          body: forgeText(body, io),
          post: worthPosting(review, report),
          log: io.log
        });
        io.log(result.action === "skipped" ? `comment: skipped, ${result.reason}` : `comment: ${result.action} ${result.url}`);
      }
      function checkConclusion(model, facts) {
        if (facts.gates.length > 0)
          return "failure";
        return verdictOf(model, facts).severity === "ok" ? "success" : "neutral";
      }
      function verdictTitle(model, facts) {
        const parts = verdictOf(model, facts).parts.map((part) => part.text);
        return parts.length > 0 ? parts.join(" \xB7 ") : "no changes";
      }
      async function checkRun(opened, report, io) {
        const { target, http } = opened;
        if (target.forge !== "github") {
          io.log("check run: skipped, check runs are a GitHub feature (GitLab shows the pipeline status)");
          return;
        }
        if (target.headSha === void 0) {
          io.warn("check run: skipped, the pull request head commit is unknown");
          return;
        }
        const budget = { maxChars: CHECK_SUMMARY_MAX_CHARS };
        const summary = report.render ? report.render(budget) : markdown_summary_renderMarkdownSummary(report.model, { budget, facts: report.facts });
        const result = await upsertCheckRun(http, target.repo, {
          workspace: report.facts.workspace ?? "report",
          headSha: target.headSha,
          conclusion: checkConclusion(report.model, report.facts),
          title: forgeText(verdictTitle(report.model, report.facts), io),
          summary: forgeText(summary, io),
          detailsUrl: report.facts.runUrl,
          identity: await opened.thread.identity()
        });
        io.log(`check run: ${result.action} ${result.url}`);
      }
      async function publishReview(review, report, io) {
        await syncDriftIssues(review, report, io);
        if (review.comment === "off" && !review.checkRun)
          return;
        const opened = await review_open(review, io, review.comment === "off" ? "check run" : "comment").catch((error) => {
          io.warn(`comment: ${why(error)}`);
          return void 0;
        });
        if (opened === void 0)
          return;
        try {
          if (review.comment !== "off") {
            await comment(opened, review, report, io).catch((error) => io.warn(`comment: could not write the ${opened.target.forge === "gitlab" ? "merge request note" : "pull request comment"}: ${why(error)}`));
          }
          if (review.checkRun) {
            await checkRun(opened, report, io).catch((error) => io.warn(`check run: could not write it: ${why(error)}`));
          }
        } finally {
          await opened.http.close();
        }
      }
      async function finishReview(review, report, io) {
        const render = report.render ?? ((budget) => renderMarkdownSummary(report.model, { budget, facts: report.facts }));
        await writeMarkdownFile(review, render, io);
        await publishReview(review, report, io);
      }
      function failureMarkdown(reason, env, secrets) {
        return (0, redact.fp)(renderFailureMarkdown({ reason, runUrl: runLinkOf(env), commit: commitOf(env) }), secrets);
      }
      function commitOf(env) {
        return env["CI_MERGE_REQUEST_SOURCE_BRANCH_SHA"] ?? env["CI_COMMIT_SHA"] ?? env["DRONE_COMMIT_SHA"] ?? env["GITHUB_SHA"];
      }
      async function publishFailure(review, reason, io) {
        if (review.comment === "off")
          return;
        const opened = await review_open(review, io, "comment").catch((error) => {
          io.warn(`comment: ${why(error)}`);
          return void 0;
        });
        if (opened === void 0)
          return;
        try {
          const commit = opened.target.headSha ?? commitOf(io.env);
          const body = renderFailureMarkdown({ reason, commit, runUrl: runLinkOf(io.env) });
          const result = await upsertSticky(opened.thread, {
            key: opened.key,
            commit: opened.target.headSha,
            body: forgeText(body, io),
            post: true,
            log: io.log
          });
          io.log(result.action === "skipped" ? `comment: skipped, ${result.reason}` : `comment: ${result.action} ${result.url} (the report could not be built)`);
        } catch (error) {
          io.warn(`comment: could not write the failure comment: ${why(error)}`);
        } finally {
          await opened.http.close();
        }
      }
      ;
      function secretsRedactor(secrets) {
        return (text) => redactSecrets(text, secrets);
      }
      function safeText(text, redact2) {
        return withoutRunnerCommands(redact2(text));
      }
      function safeStream(write, redact2) {
        const neutral = commandSafeStream(write);
        return (text) => neutral(redact2(text));
      }
      var upload_outcome = __webpack_require__(1873);
      ;
      const REPORT_OUTPUT_NAMES = (
        /* unused pure expression or super */
        null
      );
      function reportOutputs(model) {
        const c = model.resourceCounts;
        return {
          added: String(c.added),
          changed: String(c.changed),
          deleted: String(c.deleted),
          imported: String(c.imported),
          removed: String(c.removed),
          unchanged: String(c.unchanged),
          drifted: String(model.driftedCount),
          "has-changes": String(model.hasChanges),
          "has-drift": String(model.hasDrift),
          // Empty, not "0", when Infracost gave no difference: unknown is not free, and a later step
          // can test for "" rather than guess.
          "cost-diff-monthly": model.cost?.diffTotalMonthly ?? "",
          "event-type": model.eventType,
          // Harness's OPA answer to the uploaded data: error, warning, pass; empty when none was given.
          "policy-status": (0, upload_outcome.ER)(model.workspaceData),
          // The Harness activity the event became; empty when not sent, not looked up or not found.
          "activity-id": model.activity?.id ?? "",
          // false when the report does not cover everything (coverage.ts): never green then.
          complete: String(coverageOf(model).complete)
        };
      }
      ;
      function actionOutputs(model, files) {
        return {
          ...reportOutputs(model),
          "payload-file": files.payloadFile,
          "summary-markdown-file": files.summaryFile,
          "partial-file": files.partialFile ?? "",
          "spool-file": files.spoolFile ?? ""
        };
      }
      ;
      let logSecrets = [];
      const redactLog = (text) => (0, redact.fp)(text, logSecrets);
      function info(line2) {
        core.pq(safeText((0, plain_text.wh)(line2), redactLog));
      }
      function warning(line2) {
        core.$e(safeText((0, plain_text.wh)(line2), redactLog));
      }
      function log(line2) {
        if (line2.startsWith("warning: "))
          warning(line2.slice("warning: ".length));
        else
          info(line2);
      }
      function setFailed(message) {
        core.C1(safeText(message, redactLog));
      }
      async function writeFiles(body, markdown, env) {
        const dir = await (0, promises_.mkdtemp)((0, external_node_path_.join)(env["RUNNER_TEMP"] ?? (0, external_node_os_.tmpdir)(), "iacm-reporter-"));
        const payloadFile = (0, external_node_path_.join)(dir, "event.json");
        const summaryFile = (0, external_node_path_.join)(dir, "summary.md");
        await (0, event_body.oY)(payloadFile, body, { mode: 384 });
        await (0, promises_.writeFile)(summaryFile, markdown, { encoding: "utf8", mode: 384 });
        return { payloadFile, summaryFile };
      }
      async function writeJobSummary(markdown, env) {
        const file = env["GITHUB_STEP_SUMMARY"];
        if (!file) {
          info("job summary: skipped (GITHUB_STEP_SUMMARY is not set)");
          return;
        }
        try {
          await (0, promises_.appendFile)(file, markdown, "utf8");
        } catch (error) {
          warning(`job summary: could not write ${file}: ${(0, src_errors.Uc)(error, SETTING_NAMES.action)}`);
        }
      }
      function actionReviewIo(env, secrets) {
        return reviewIo({ env, secrets, log: info, warn: warning });
      }
      function logModel(model) {
        const c = model.resourceCounts;
        info(`${model.eventType}: ${c.added} to add, ${c.changed} to change, ${c.deleted} to destroy, ${c.imported} to import, ${c.removed} to forget; ${model.driftedCount} drifted`);
        const gaps = coverageLine(model);
        if (gaps !== void 0)
          warning(gaps);
      }
      function actionWriter(context) {
        const { env, secrets } = context;
        logSecrets = secrets;
        return {
          async write(ending) {
            logModel(ending.model);
            for (const line2 of warningsBesideCoverage(ending.model))
              warning(line2);
            const markdown = (0, redact.fp)(ending.markdown(text_budget_JOB_SUMMARY_BUDGET), secrets);
            const files = await writeFiles(ending.body, markdown, env);
            await writeJobSummary(markdown, env);
            const outputs = actionOutputs(ending.model, {
              ...files,
              partialFile: ending.partialFile,
              spoolFile: ending.delivery?.kind === "spooled" ? ending.delivery.file : void 0
            });
            for (const [name, value] of Object.entries(outputs))
              core.uH(name, value);
            if (context.review !== void 0) {
              await publishReview(context.review, { model: ending.model, facts: ending.facts, render: ending.markdown }, actionReviewIo(env, secrets));
            }
            const note = deliveryNote(ending);
            if (note !== void 0)
              info(note);
            return [];
          },
          fail(failures) {
            setFailed(failures.map((failure) => failureLine(failure, "action")).join("\n"));
          },
          async refuse(error) {
            const message = (0, src_errors.Uc)(error, SETTING_NAMES.action);
            const reason = (0, plain_text.wh)(message.split("\n")[0] ?? message);
            await writeJobSummary(failureMarkdown(reason, env, secrets), env);
            const review = context.review ?? reviewSettingsFrom("action", (name) => readInput(env, name));
            if (review !== void 0)
              await publishFailure(review, reason, actionReviewIo(env, secrets));
            setFailed(message);
          }
        };
      }
      ;
      function maskSecrets(env) {
        const secrets = [];
        for (const name of SECRET_INPUTS) {
          const value = readInput(env, name);
          if (value === void 0)
            continue;
          core.Pq(value);
          secrets.push(value);
        }
        return secrets;
      }
      async function run() {
        const env = process.env;
        const context = { env, secrets: maskSecrets(env) };
        const writer = actionWriter(context);
        info(`${version.U} ${version.x}`);
        const exitCode = await endWith(writer, async () => {
          const io = { env, cwd: process.cwd(), log };
          if (isMergeStep(env)) {
            const { merge } = readActionMergeInputs(env);
            context.review = merge.review;
            return mergeEnding(await runMerge(merge, io), merge.connection.workspace);
          }
          const { config } = readActionInputs(env);
          context.review = config.review;
          return reportEnding(await runReport(config, io), config.connection.workspace);
        });
        if (exitCode !== src_errors.Ij)
          process.exitCode = exitCode;
      }
    })
  ),
  /***/
  1021: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        SV: () => (
          /* binding */
          withClient
        ),
        /* harmony export */
        _O: () => (
          /* binding */
          context
        ),
        /* harmony export */
        xp: () => (
          /* binding */
          parseResponse
        )
        /* harmony export */
      });
      var _api_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6050);
      var _api_url_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5404);
      var _plain_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8763);
      var _http_client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(773);
      function parseResponse(response, schema, ctx) {
        let json;
        try {
          json = JSON.parse(response.body);
        } catch (error) {
          const kind = response.body.trim() === "" ? "an empty body" : `a body that is not JSON (${serverWords(response.headers["content-type"] ?? "no content type")})`;
          throw (0, _api_errors_js__WEBPACK_IMPORTED_MODULE_0__.U3)(`with ${kind}`, ctx, { cause: error });
        }
        const result = schema.safeParse(json);
        if (!result.success) {
          const issue = result.error.issues[0];
          const where = issue === void 0 || issue.path.length === 0 ? "the body" : serverWords(issue.path.join("."));
          throw (0, _api_errors_js__WEBPACK_IMPORTED_MODULE_0__.U3)(`with JSON of an unexpected shape (${where}: ${issue?.message ?? "invalid"})`, ctx);
        }
        return result.data;
      }
      async function withClient(conn, options, use) {
        const resolved = (0, _api_url_js__WEBPACK_IMPORTED_MODULE_1__.g5)(conn);
        const client = await (0, _http_client_js__WEBPACK_IMPORTED_MODULE_2__.uT)(resolved, options);
        try {
          return await use(client, resolved);
        } finally {
          await client.close();
        }
      }
      function context(resolved, url, action) {
        return { conn: resolved, host: url.host, action };
      }
      function serverWords(text) {
        return (0, _plain_text_js__WEBPACK_IMPORTED_MODULE_3__.e9)((0, _plain_text_js__WEBPACK_IMPORTED_MODULE_3__.wh)(String(text)), 60);
      }
    })
  ),
  /***/
  6050: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        $C: () => (
          /* binding */
          statusError
        ),
        /* harmony export */
        U3: () => (
          /* binding */
          responseError
        )
        /* harmony export */
      });
      var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
      var _redact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5299);
      const MAX_SERVER_MESSAGE = 300;
      function serverMessage(body) {
        const text = body.trim();
        if (text === "")
          return "";
        let message = text;
        try {
          const parsed = JSON.parse(text);
          if (typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)) {
            const fields = parsed;
            const main = typeof fields["message"] === "string" ? fields["message"] : void 0;
            const id2 = [fields["id"], fields["correlationId"]].find((v) => typeof v === "string");
            const kind = [fields["name"], fields["code"]].find((v) => typeof v === "string");
            if (main !== void 0) {
              message = `${main}${kind === void 0 ? "" : ` [${String(kind)}]`}${id2 === void 0 ? "" : ` (id ${String(id2)})`}`;
            }
          }
        } catch {
          if (text.startsWith("<"))
            message = text.replace(/<[^>]*>/g, " ");
        }
        message = message.replace(/\s+/g, " ").trim();
        return message.length > MAX_SERVER_MESSAGE ? `${message.slice(0, MAX_SERVER_MESSAGE - 1)}\u2026` : message;
      }
      const SERVER_TOKEN = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/;
      function serverCodes(body) {
        let fields;
        try {
          const parsed = JSON.parse(body.trim());
          if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
            return "";
          fields = parsed;
        } catch {
          return "";
        }
        const token = (...names) => names.map((name) => fields[name]).find((v) => typeof v === "string" && SERVER_TOKEN.test(v));
        const kind = token("name", "code");
        const id2 = token("id", "correlationId");
        return [kind === void 0 ? "" : `[${kind}]`, id2 === void 0 ? "" : `(id ${id2})`].filter(Boolean).join(" ");
      }
      function said(body) {
        const codes = serverCodes(body);
        return codes === "" ? "" : `; Harness answered ${codes}`;
      }
      function statusError(status, body, ctx, attempts, location) {
        const { conn } = ctx;
        const where = `org "${conn.org}", project "${conn.project}"`;
        const tries = attempts > 1 ? ` after ${attempts} attempts` : "";
        let code;
        let text;
        switch (status) {
          case 401:
            code = "API_UNAUTHORIZED";
            text = `could not ${ctx.action}: Harness rejected the API key for account "${conn.accountId}" (401 Unauthorized). The key is wrong, expired or revoked, or belongs to another account: create a new API key (pat.* or sat.*) and pass it with ${(0, _errors_js__WEBPACK_IMPORTED_MODULE_0__.yE)("connection.apiKey")}`;
            break;
          case 403:
            code = "API_FORBIDDEN";
            text = `could not ${ctx.action}: the API key lacks permission on ${where} (403 Forbidden). Grant its user or service account an IaCM role in that project`;
            break;
          case 404:
            code = "API_NOT_FOUND";
            text = `could not ${ctx.action}: not found (404). Check that ${where} and workspace "${conn.workspace}" exist in account "${conn.accountId}" with exactly these identifiers (not display names)`;
            break;
          case 429:
            code = "API_RATE_LIMITED";
            text = `could not ${ctx.action}: Harness is rate-limiting this API key (429 Too Many Requests)${tries}. Try again in a minute; bodies over 500,000 characters are limited to one per 10 s`;
            break;
          default:
            if (status >= 300 && status < 400) {
              code = "API_BAD_REQUEST";
              const target = location === void 0 ? "" : ` to ${location}`;
              text = `could not ${ctx.action}: ${ctx.host} answered with a redirect (HTTP ${status})${target}; set ${(0, _errors_js__WEBPACK_IMPORTED_MODULE_0__.yE)("connection.baseUrl")} to the Harness host it names`;
              return new _errors_js__WEBPACK_IMPORTED_MODULE_0__.hD(code, (0, _redact_js__WEBPACK_IMPORTED_MODULE_1__.E$)(text, [conn.apiKey]), status);
            }
            if (status >= 500) {
              code = "API_SERVER";
              text = `could not ${ctx.action}: the IaCM API at ${ctx.host} failed with HTTP ${status}${tries}`;
            } else {
              code = "API_BAD_REQUEST";
              text = `could not ${ctx.action}: Harness refused the request with HTTP ${status}`;
            }
        }
        const message = serverMessage(body);
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__.hD(code, (0, _redact_js__WEBPACK_IMPORTED_MODULE_1__.E$)(`${text}${said(body)}`, [conn.apiKey]), status, void 0, message === "" ? void 0 : (0, _redact_js__WEBPACK_IMPORTED_MODULE_1__.E$)(message, [conn.apiKey]));
      }
      function responseError(detail, ctx, options) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__.hD("API_RESPONSE", (0, _redact_js__WEBPACK_IMPORTED_MODULE_1__.E$)(`could not ${ctx.action}: ${ctx.host} answered 200 but ${detail}; is ${(0, _errors_js__WEBPACK_IMPORTED_MODULE_0__.yE)("connection.baseUrl")} the Harness API?`, [ctx.conn.apiKey]), 200, options);
      }
    })
  ),
  /***/
  5404: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        fO: () => (
          /* binding */
          workspaceUrl
        ),
        /* harmony export */
        g5: () => (
          /* binding */
          requireConnection
        ),
        /* harmony export */
        tf: () => (
          /* binding */
          apiRoot
        )
        /* harmony export */
      });
      var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
      const FLAG_NAMES = {
        accountId: `account id (${(0, _errors_js__WEBPACK_IMPORTED_MODULE_0__.yE)("connection.accountId")})`,
        org: `org (${(0, _errors_js__WEBPACK_IMPORTED_MODULE_0__.yE)("connection.org")})`,
        project: `project (${(0, _errors_js__WEBPACK_IMPORTED_MODULE_0__.yE)("connection.project")})`,
        workspace: `workspace (${(0, _errors_js__WEBPACK_IMPORTED_MODULE_0__.yE)("connection.workspace")})`,
        apiKey: `API key (${(0, _errors_js__WEBPACK_IMPORTED_MODULE_0__.yE)("connection.apiKey")})`
      };
      function requireConnection(conn) {
        const missing = Object.keys(FLAG_NAMES).filter((key) => conn[key] === void 0 || conn[key] === "");
        if (missing.length > 0) {
          throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.eb(`missing ${missing.map((key) => FLAG_NAMES[key]).join(", ")}`, "CONFIG_MISSING");
        }
        return conn;
      }
      function isLoopbackHost(hostname) {
        const host = hostname.toLowerCase().replace(/^\[|\]$/g, "");
        return host === "localhost" || host === "::1" || /^127(\.\d{1,3}){3}$/.test(host);
      }
      function apiRoot(conn) {
        const inStage = conn.serviceUrl !== void 0;
        const raw = conn.serviceUrl ?? conn.baseUrl;
        const flag = (0, _errors_js__WEBPACK_IMPORTED_MODULE_0__.yE)(inStage ? "connection.serviceUrl" : "connection.baseUrl");
        let url;
        try {
          url = new URL(raw);
        } catch (error) {
          throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.eb(`${flag} "${raw}" is not a URL`, "CONFIG_INVALID", { cause: error });
        }
        if (url.protocol !== "https:" && url.protocol !== "http:") {
          throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.eb(`${flag} must start with https:// (got ${url.protocol}//)`, "CONFIG_INVALID");
        }
        if (url.protocol === "http:" && !isLoopbackHost(url.hostname)) {
          throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.eb(`${flag} uses plain http:// to ${url.hostname}; the API key would travel unencrypted, use https://`, "CONFIG_INVALID");
        }
        let prefix = url.pathname.replace(/\/+$/, "");
        let suffix = "/api";
        if (!inStage) {
          prefix = prefix.replace(/\/iacm(\/api)?$/, "");
          suffix = "/iacm/api";
        }
        return new URL(`${url.origin}${prefix}${suffix}`);
      }
      function workspaceUrl(conn, resource, query = {}) {
        const root = apiRoot(conn);
        for (const [name, value] of [
          ["org", conn.org],
          ["project", conn.project],
          ["workspace", conn.workspace]
        ]) {
          if (value === "." || value === "..") {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.eb(`${(0, _errors_js__WEBPACK_IMPORTED_MODULE_0__.yE)(`connection.${name}`)} "${value}" is not a valid identifier`, "CONFIG_INVALID");
          }
        }
        const segments = ["orgs", conn.org, "projects", conn.project, "workspaces", conn.workspace];
        const path = segments.map((segment) => encodeURIComponent(segment)).join("/");
        const url = new URL(`${root.href}/${path}/${resource}`);
        for (const [key, value] of Object.entries(query))
          url.searchParams.set(key, String(value));
        return url;
      }
    })
  ),
  /***/
  4185: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        Ho: () => (
          /* binding */
          requestBodyOf
        ),
        /* harmony export */
        oY: () => (
          /* binding */
          writeBodyFile
        )
        /* harmony export */
      });
      var _lazy_fs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6025);
      async function* bodyPieces(body) {
        if (typeof body === "string")
          yield body;
        else
          yield* body.pieces();
      }
      async function bodyText(body) {
        if (typeof body === "string")
          return body;
        const parts = [];
        for await (const piece of body.pieces())
          parts.push(piece);
        return parts.join("");
      }
      async function writeBodyFile(file, body, options) {
        const handle = await (0, _lazy_fs_js__WEBPACK_IMPORTED_MODULE_0__.ho)(file, options.flag ?? "w", options.mode);
        try {
          for await (const piece of bodyPieces(body))
            await handle.write(piece, null, "utf8");
        } finally {
          await handle.close();
        }
      }
      function requestBodyOf(body) {
        if (typeof body === "string")
          return body;
        return {
          contentType: "application/json",
          length: body.bytes,
          // node:stream loads when a body is sent: a dry run's start-up loads no stream module at all.
          open: () => process.getBuiltinModule("node:stream").Readable.from(body.pieces(), { objectMode: false })
        };
      }
    })
  ),
  /***/
  773: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        AU: () => (
          /* binding */
          DEFAULT_HTTP_OPTIONS
        ),
        uT: () => (
          /* binding */
          createHttpClient
        )
      });
      var errors = __webpack_require__(3916);
      var undici_base = __webpack_require__(8602);
      var api_errors = __webpack_require__(6050);
      var redact = __webpack_require__(5299);
      ;
      const TIMEOUT_CODES = /* @__PURE__ */ new Set([
        "ETIMEDOUT",
        "UND_ERR_CONNECT_TIMEOUT",
        "UND_ERR_HEADERS_TIMEOUT",
        "UND_ERR_BODY_TIMEOUT"
      ]);
      const TRANSIENT_CODES = /* @__PURE__ */ new Set([
        "ECONNRESET",
        "ECONNREFUSED",
        "ECONNABORTED",
        "EPIPE",
        "EHOSTUNREACH",
        "ENETUNREACH",
        "ENETDOWN",
        "EAI_AGAIN",
        "UND_ERR_SOCKET",
        "UND_ERR_CLOSED"
      ]);
      const TLS_CODE = /CERT|SSL|TLS|SIGNATURE|ERR_TLS/;
      function errorChain(error) {
        const chain = [];
        let current = error;
        for (let depth = 0; depth < 5 && typeof current === "object" && current !== null; depth++) {
          const record = current;
          chain.push({
            ...typeof record.code === "string" ? { code: record.code } : {},
            message: typeof record.message === "string" ? record.message : "unknown error"
          });
          current = record.cause;
        }
        if (chain.length === 0)
          chain.push({ message: String(error) });
        return chain;
      }
      function classifyNetworkError(error, deadlineHit) {
        const chain = errorChain(error);
        const coded = [...chain].reverse().find((link) => link.code !== void 0);
        const code = coded?.code ?? "UNKNOWN";
        const detail = (coded ?? chain[0])?.message ?? code;
        if (deadlineHit)
          return { kind: "timeout", code: "ABORTED", retryable: true, detail };
        if (TIMEOUT_CODES.has(code))
          return { kind: "timeout", code, retryable: true, detail };
        return { kind: "network", code, retryable: TRANSIENT_CODES.has(code), detail };
      }
      function advice(failure, host) {
        if (failure.code === "ENOTFOUND")
          return `the host name ${host} does not resolve: check ${(0, errors.yE)("connection.baseUrl")}`;
        if (TLS_CODE.test(failure.code)) {
          return "the TLS certificate was not accepted: behind an inspecting proxy, point NODE_EXTRA_CA_CERTS at its CA file";
        }
        return `check ${(0, errors.yE)("connection.baseUrl")}, the network and the proxy settings (HTTPS_PROXY, NO_PROXY)`;
      }
      function networkError(failure, ctx, attempts, requestTimeoutMs) {
        const tries = attempts > 1 ? ` (${attempts} attempts)` : "";
        const text = failure.kind === "timeout" ? `could not ${ctx.action}: no answer from ${ctx.host} within ${requestTimeoutMs / 1e3} s${tries}; check the network and the proxy settings (HTTPS_PROXY, NO_PROXY), or try again later` : `could not ${ctx.action}: cannot reach ${ctx.host} (${failure.code}: ${failure.detail})${tries}; ${advice(failure, ctx.host)}`;
        return new errors.hD(failure.kind === "timeout" ? "API_TIMEOUT" : "API_NETWORK", (0, redact.E$)(text, [ctx.conn.apiKey]));
      }
      var retry_after = __webpack_require__(2465);
      var version = __webpack_require__(1013);
      ;
      const DEFAULT_HTTP_OPTIONS = {
        connectTimeoutMs: 1e4,
        requestTimeoutMs: 3e4,
        maxAttempts: 4,
        baseDelayMs: 500,
        maxDelayMs: 8e3,
        totalBudgetMs: 6e4,
        maxResponseBytes: 1024 * 1024,
        maxErrorBodyBytes: 64 * 1024
      };
      const RETRYABLE_STATUS = /* @__PURE__ */ new Set([429, 500, 502, 503, 504]);
      async function createDispatcher(env, connectTimeoutMs) {
        try {
          return await (0, undici_base.q9)(env, { timeout: connectTimeoutMs });
        } catch (error) {
          const detail = error instanceof Error ? error.message : String(error);
          throw new errors.eb(`the proxy setting (HTTPS_PROXY / HTTP_PROXY) is not usable: ${(0, redact.E$)(detail)}`, "CONFIG_INVALID");
        }
      }
      function flattenHeaders(headers) {
        const out = {};
        for (const [name, value] of Object.entries(headers)) {
          if (value !== void 0)
            out[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
        }
        return out;
      }
      async function createHttpClient(conn, options = {}) {
        const merged = { ...DEFAULT_HTTP_OPTIONS, ...options };
        const settings = { ...merged, maxAttempts: Math.max(1, Math.floor(merged.maxAttempts)) };
        const random = options.random ?? Math.random;
        const sleep = options.sleep ?? ((ms) => new Promise((resolve2) => setTimeout(resolve2, ms)));
        let dispatcher = await createDispatcher(options.env ?? {}, settings.connectTimeoutMs);
        const { request } = await (0, undici_base.b7)();
        const headers = {
          "harness-account": conn.accountId,
          "x-api-key": conn.apiKey,
          "content-type": "application/json",
          accept: "application/json, application/vnd.goa.error",
          "user-agent": `${version.U}/${version.x}`
        };
        async function once(method, url, body, timeoutMs) {
          const controller = new AbortController();
          let opened;
          const exchange = (async () => {
            const raw = typeof body === "object" ? body : void 0;
            opened = raw?.open();
            const res = await request(url, {
              method,
              headers: raw ? { ...headers, "content-type": raw.contentType, "content-length": String(raw.length) } : headers,
              body: raw ? opened : body,
              dispatcher,
              signal: controller.signal
            });
            const ok = res.statusCode >= 200 && res.statusCode < 300 || options.answerStatuses?.includes(res.statusCode) === true;
            const limit = ok ? settings.maxResponseBytes : settings.maxErrorBodyBytes;
            const { text, cut } = await (0, undici_base.EF)(res.body, limit);
            const response = { status: res.statusCode, headers: flattenHeaders(res.headers), body: text };
            return ok && cut ? { response, tooLarge: true } : { response };
          })().catch((error) => ({ failure: classifyNetworkError(error, false) }));
          try {
            const outcome = await (0, undici_base.cR)(exchange, timeoutMs);
            if (outcome !== "deadline")
              return outcome;
            controller.abort();
            const stuck = dispatcher;
            dispatcher = await createDispatcher(options.env ?? {}, settings.connectTimeoutMs);
            void stuck.destroy().catch(() => void 0);
            return { failure: classifyNetworkError(new Error("deadline"), true) };
          } finally {
            if (opened !== void 0 && !Buffer.isBuffer(opened))
              opened.destroy?.();
          }
        }
        async function call(method, url, action, body) {
          const ctx = { conn, host: url.host, action };
          const start = Date.now();
          const deadline = start + settings.totalBudgetMs;
          let last;
          let lastTimeoutMs = settings.requestTimeoutMs;
          let attempts = 0;
          while (attempts < settings.maxAttempts) {
            const remaining = deadline - Date.now();
            if (remaining <= 0 && last !== void 0)
              break;
            lastTimeoutMs = Math.max(1, Math.min(settings.requestTimeoutMs, remaining));
            attempts += 1;
            const outcome = await once(method, url, body, lastTimeoutMs);
            const cutShort = "failure" in outcome && outcome.failure.kind === "timeout" && lastTimeoutMs < settings.requestTimeoutMs;
            if (cutShort && last !== void 0 && "response" in last)
              break;
            last = outcome;
            if ("response" in last) {
              const { status } = last.response;
              if (last.tooLarge === true) {
                throw (0, api_errors.U3)(`with a body of more than ${formatBytes(settings.maxResponseBytes)} (the most this call takes); the answer was not read`, ctx);
              }
              if (status >= 200 && status < 300 || options.answerStatuses?.includes(status) === true)
                return last.response;
              if (!RETRYABLE_STATUS.has(status)) {
                throw (0, api_errors.$C)(status, last.response.body, ctx, attempts, last.response.headers["location"]);
              }
            } else if (!last.failure.retryable) {
              break;
            }
            const safe = "response" in last ? (0, retry_after.xG)(last.response) : (0, retry_after.xG)(last.failure);
            if (options.retryUnknownOutcome === false && !safe) {
              throw (0, retry_after.oU)(finalError(last, ctx, attempts, lastTimeoutMs));
            }
            if (attempts >= settings.maxAttempts)
              break;
            const cap = Math.min(settings.maxDelayMs, settings.baseDelayMs * 2 ** (attempts - 1));
            const asked = "response" in last && (last.response.status === 429 || last.response.status === 503) ? (0, retry_after.Vs)(last.response.headers["retry-after"], Date.now()) : void 0;
            const delay = Math.max(Math.floor(random() * cap), asked ?? 0);
            if (Date.now() + delay >= deadline) {
              if (asked !== void 0) {
                options.log?.(`IaCM API ${url.host}: HTTP ${"response" in last ? last.response.status : ""} asks to wait ${(asked / 1e3).toFixed(0)} s, past this run's time budget; not retrying`);
              }
              break;
            }
            const why = "response" in last ? `HTTP ${last.response.status}` : last.failure.code;
            options.log?.((0, redact.E$)(`IaCM API ${url.host}: ${why}; retrying in ${(delay / 1e3).toFixed(1)} s (attempt ${attempts + 1} of ${settings.maxAttempts})`, [conn.apiKey]));
            await sleep(delay);
          }
          throw finalError(last, ctx, attempts, lastTimeoutMs);
        }
        return {
          call,
          close: () => dispatcher.destroy()
        };
      }
      function formatBytes(bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0)
          return `${bytes / (1024 * 1024)} MiB`;
        if (bytes >= 1024 && bytes % 1024 === 0)
          return `${bytes / 1024} KiB`;
        return `${bytes} bytes`;
      }
      function finalError(last, ctx, attempts, timeoutMs) {
        if (last === void 0) {
          return networkError({ kind: "timeout", code: "ABORTED", retryable: true, detail: "" }, ctx, attempts, timeoutMs);
        }
        if ("response" in last)
          return (0, api_errors.$C)(last.response.status, last.response.body, ctx, attempts);
        return networkError(last.failure, ctx, attempts, timeoutMs);
      }
    })
  ),
  /***/
  5299: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        hK: () => (
          /* binding */
          holdsSecret
        ),
        E$: () => (
          /* binding */
          redact
        ),
        fp: () => (
          /* binding */
          redactSecrets2
        ),
        Zg: () => (
          /* binding */
          scrubSecrets
        )
      });
      ;
      const ELLIPSIS = "\u2026";
      const MIN_PIECE = 4;
      const INSERTED = "(?:\\\\|\\u200b|&#8203;)?";
      function literal(char) {
        return char.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");
      }
      const built = /* @__PURE__ */ new Map();
      function secretTraces(secret) {
        let pattern = built.get(secret);
        if (pattern === void 0) {
          pattern = buildTraces(secret);
          built.set(secret, pattern);
        }
        pattern.lastIndex = 0;
        return pattern;
      }
      function buildTraces(secret) {
        const chars = [...secret].map(literal);
        const n = chars.length;
        const whole = chars.join(INSERTED);
        const parts = [whole];
        if (n > MIN_PIECE) {
          let rest = "";
          for (let i = n - 1; i >= MIN_PIECE; i--)
            rest = `(?:${INSERTED}${chars[i]}${rest})?`;
          parts.push(`${chars.slice(0, MIN_PIECE).join(INSERTED)}${rest}(?=${ELLIPSIS})`);
          let lead = "";
          for (let i = 0; i < n - MIN_PIECE; i++)
            lead = `(?:${lead}${chars[i]}${INSERTED})?`;
          parts.push(`(?<=${ELLIPSIS})${lead}${chars.slice(n - MIN_PIECE).join(INSERTED)}`);
        }
        return new RegExp(parts.join("|"), "gu");
      }
      function wasCut(text) {
        return text.includes(ELLIPSIS);
      }
      ;
      const REDACTED = "[REDACTED]";
      const API_KEY_HEADER = /(x-api-key["']?\s*[:=]\s*["']?)[^\s"',;}]+/gi;
      const HARNESS_TOKEN = /\b([ps]at)\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/g;
      function redactSecrets2(text, secrets) {
        let out = text;
        for (const form of secretForms(secrets)) {
          if (out.includes(form))
            out = out.split(form).join(REDACTED);
          out = out.replace(secretTraces(form), REDACTED);
        }
        return out;
      }
      function secretForms(secrets) {
        const forms = /* @__PURE__ */ new Set();
        for (const secret of secrets) {
          if (secret === void 0 || secret.length < 4)
            continue;
          forms.add(secret);
          forms.add(encodeURIComponent(secret));
        }
        return [...forms].sort((a, b) => b.length - a.length);
      }
      function redact(text, secrets = []) {
        const out = redactSecrets2(text, secrets);
        return out.replace(API_KEY_HEADER, `$1${REDACTED}`).replace(HARNESS_TOKEN, `$1.${REDACTED}`);
      }
      function scrubSecrets(value, secrets) {
        const forms = secretForms(secrets);
        if (forms.length === 0 || !needsCopy(value, forms))
          return value;
        const clean = (text) => {
          let out = text;
          for (const form of forms)
            if (out.includes(form))
              out = out.split(form).join(REDACTED);
          if (wasCut(out))
            for (const form of forms)
              out = out.replace(secretTraces(form), REDACTED);
          return out;
        };
        const walk = (root) => {
          const convert = (item) => typeof item === "string" ? clean(item) : item;
          if (typeof root !== "object" || root === null)
            return convert(root);
          const top = Array.isArray(root) ? [] : {};
          const stack = [
            { from: root, to: top }
          ];
          for (let job = stack.pop(); job !== void 0; job = stack.pop()) {
            const { from, to } = job;
            for (const [key, item] of Object.entries(from)) {
              let copy;
              if (item instanceof Map || item instanceof Set) {
                copy = item;
              } else if (typeof item === "object" && item !== null) {
                copy = Array.isArray(item) ? [] : {};
                stack.push({ from: item, to: copy });
              } else {
                copy = convert(item);
              }
              if (Array.isArray(to))
                to[Number(key)] = copy;
              else
                Object.defineProperty(to, clean(key), {
                  value: copy,
                  enumerable: true,
                  writable: true,
                  configurable: true
                });
            }
          }
          return top;
        };
        return walk(value);
      }
      function needsCopy(value, forms) {
        const holds = (text) => forms.some((form) => text.includes(form) || wasCut(text) && secretTraces(form).test(text));
        if (value instanceof Map || value instanceof Set)
          return true;
        const stack = [value];
        for (let item = stack.pop(); stack.length > 0 || item !== void 0; item = stack.pop()) {
          if (typeof item === "string") {
            if (holds(item))
              return true;
          } else if (typeof item === "object" && item !== null && !(item instanceof Map || item instanceof Set)) {
            const proto = Object.getPrototypeOf(item);
            if (!Array.isArray(item) && proto !== Object.prototype && proto !== null)
              return true;
            for (const [key, child] of Object.entries(item)) {
              if (!Array.isArray(item) && holds(key))
                return true;
              stack.push(child);
            }
          }
        }
        return false;
      }
      function holdsSecret(text, secrets) {
        return secretForms(secrets).some((form) => text.includes(form));
      }
    })
  ),
  /***/
  2465: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        Hu: () => (
          /* binding */
          outcomeUnknown
        ),
        /* harmony export */
        Vs: () => (
          /* binding */
          retryAfterMs
        ),
        /* harmony export */
        oU: () => (
          /* binding */
          markOutcomeUnknown
        ),
        /* harmony export */
        xG: () => (
          /* binding */
          certainlyNotActedOn
        )
        /* harmony export */
      });
      function retryAfterMs(header, now) {
        if (header === void 0)
          return void 0;
        const text = header.trim();
        if (/^\d+$/.test(text))
          return Number(text) * 1e3;
        const date = Date.parse(text);
        if (Number.isNaN(date))
          return void 0;
        return Math.max(0, date - now);
      }
      const NOT_SENT_CODES = /* @__PURE__ */ new Set([
        "ECONNREFUSED",
        "ENOTFOUND",
        "EAI_AGAIN",
        "EHOSTUNREACH",
        "ENETUNREACH",
        "ENETDOWN",
        "UND_ERR_CONNECT_TIMEOUT"
      ]);
      const NOT_ACTED_STATUSES = /* @__PURE__ */ new Set([429, 503]);
      function certainlyNotActedOn(outcome) {
        if ("status" in outcome)
          return NOT_ACTED_STATUSES.has(outcome.status);
        return NOT_SENT_CODES.has(outcome.code);
      }
      const unknownOutcomes = /* @__PURE__ */ new WeakSet();
      function markOutcomeUnknown(error) {
        unknownOutcomes.add(error);
        return error;
      }
      function outcomeUnknown(error) {
        return typeof error === "object" && error !== null && unknownOutcomes.has(error);
      }
    })
  ),
  /***/
  3487: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.r(__webpack_exports__);
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        LARGE_BODY_CHARS: () => (
          /* binding */
          LARGE_BODY_CHARS
        ),
        /* harmony export */
        checkSpoolDir: () => (
          /* binding */
          checkSpoolDir
        ),
        /* harmony export */
        largeBodyWarning: () => (
          /* binding */
          largeBodyWarning
        ),
        /* harmony export */
        readSpoolTarget: () => (
          /* binding */
          readSpoolTarget
        ),
        /* harmony export */
        spoolBody: () => (
          /* binding */
          spoolBody
        ),
        /* harmony export */
        spoolDirectory: () => (
          /* binding */
          spoolDirectory
        ),
        /* harmony export */
        spoolTargetOf: () => (
          /* binding */
          spoolTargetOf
        ),
        /* harmony export */
        targetFileOf: () => (
          /* binding */
          targetFileOf
        )
        /* harmony export */
      });
      var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
      var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
      var _lazy_fs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6025);
      var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
      var node_path__WEBPACK_IMPORTED_MODULE_2___default = /* @__PURE__ */ __webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
      var _event_body_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4185);
      var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);
      var _make_dir_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3927);
      var _thousands_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5580);
      const tmpdir = () => process.getBuiltinModule("node:os").tmpdir();
      const crypto = () => process.getBuiltinModule("node:crypto");
      const LARGE_BODY_CHARS = 5e5;
      const TARGET_KEYS = ["accountId", "org", "project", "workspace", "baseUrl"];
      function targetFileOf(bodyFile) {
        return `${bodyFile}.target.json`;
      }
      function spoolTargetOf(conn) {
        const target = {};
        for (const key of TARGET_KEYS) {
          const value = conn[key];
          if (typeof value === "string" && value !== "")
            target[key] = value;
        }
        return target;
      }
      async function readSpoolTarget(bodyFile) {
        let text;
        try {
          text = await (0, _lazy_fs_js__WEBPACK_IMPORTED_MODULE_1__.TA)(targetFileOf(bodyFile), "utf8");
        } catch {
          return void 0;
        }
        let json;
        try {
          json = JSON.parse(text);
        } catch {
          return void 0;
        }
        if (typeof json !== "object" || json === null)
          return void 0;
        return spoolTargetOf(json);
      }
      function spoolDirectory(options = {}) {
        const runnerTemp = options.env?.["RUNNER_TEMP"];
        const dir = options.spoolDir ?? (runnerTemp !== void 0 && runnerTemp !== "" ? runnerTemp : tmpdir());
        return options.cwd === void 0 ? (0, node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(dir) : (0, node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(options.cwd, dir);
      }
      async function checkSpoolDir(spoolDir, cwd) {
        const dir = spoolDirectory({ spoolDir, ...cwd === void 0 ? {} : { cwd } });
        try {
          await (0, _make_dir_js__WEBPACK_IMPORTED_MODULE_5__.g)(dir, 448);
          await (0, _lazy_fs_js__WEBPACK_IMPORTED_MODULE_1__.T_)(dir, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.W_OK);
        } catch (error) {
          const code = error.code ?? "not writable";
          throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__.eb(`--spool-dir ${spoolDir}: the folder cannot be made or written (${code}); an undelivered event's body is saved there: name a writable folder, or leave the setting out (RUNNER_TEMP or the OS temp folder)`, "CONFIG_INVALID");
        }
      }
      function largeBodyWarning(body) {
        if (body.length <= LARGE_BODY_CHARS)
          return void 0;
        return `the event body is ${(0, _thousands_js__WEBPACK_IMPORTED_MODULE_6__.o)(body.length)} characters; Harness accepts bodies over ${(0, _thousands_js__WEBPACK_IMPORTED_MODULE_6__.o)(LARGE_BODY_CHARS)} characters at most once per 10 s, so send them one at a time`;
      }
      async function spoolBody(body, options = {}) {
        const dir = spoolDirectory(options);
        try {
          return await spoolInto(dir, body, options);
        } catch (error) {
          const fallbackDir = tmpdir();
          if ((0, node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(fallbackDir) === dir)
            throw error;
          const code = error.code ?? error.message;
          const result = await spoolInto(fallbackDir, body, options);
          return { ...result, fallback: `the spool folder ${dir} could not be written (${code})` };
        }
      }
      async function spoolInto(dir, body, options) {
        await (0, _make_dir_js__WEBPACK_IMPORTED_MODULE_5__.g)(dir, 448);
        const stamp = (options.now?.() ?? /* @__PURE__ */ new Date()).toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
        const file = (0, node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, `iacm-event-${stamp}-${crypto().randomBytes(4).toString("hex")}.json`);
        await (0, _event_body_js__WEBPACK_IMPORTED_MODULE_3__.oY)(file, body, { mode: 384, flag: "wx" });
        if (options.target !== void 0) {
          const target = `${JSON.stringify(spoolTargetOf(options.target), null, 2)}
`;
          await (0, _lazy_fs_js__WEBPACK_IMPORTED_MODULE_1__._h)(targetFileOf(file), target, { encoding: "utf8", mode: 384, flag: "wx" });
        }
        const warning = largeBodyWarning(body);
        return warning === void 0 ? { file } : { file, warning };
      }
    })
  ),
  /***/
  8602: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        EF: () => (
          /* binding */
          readCapped
        ),
        /* harmony export */
        b7: () => (
          /* binding */
          loadUndici
        ),
        /* harmony export */
        cR: () => (
          /* binding */
          raceDeadline
        ),
        /* harmony export */
        q9: () => (
          /* binding */
          proxyDispatcher
        )
        /* harmony export */
      });
      let undici;
      function loadUndici() {
        undici ??= __webpack_require__.e(
          /* import() */
          752
        ).then(__webpack_require__.t.bind(__webpack_require__, 6752, 19)).then((module) => "Agent" in module ? module : module.default);
        return undici;
      }
      function firstSet(env, names) {
        return names.map((name) => env[name]?.trim()).find((value) => value !== void 0 && value !== "");
      }
      async function proxyDispatcher(env, connect) {
        const { Agent, EnvHttpProxyAgent } = await loadUndici();
        const httpsProxy = firstSet(env, ["https_proxy", "HTTPS_PROXY"]);
        const httpProxy = firstSet(env, ["http_proxy", "HTTP_PROXY"]);
        if (httpsProxy === void 0 && httpProxy === void 0)
          return new Agent(connect ? { connect } : {});
        return new EnvHttpProxyAgent({
          ...connect ? { connect } : {},
          httpProxy: httpProxy ?? "",
          httpsProxy: httpsProxy ?? "",
          noProxy: firstSet(env, ["no_proxy", "NO_PROXY"]) ?? ""
        });
      }
      async function readCapped(body, limit) {
        const chunks = [];
        let size = 0;
        for await (const chunk of body) {
          const room = limit - size;
          if (chunk.length > room) {
            if (room > 0)
              chunks.push(Buffer.from(chunk.subarray(0, room)));
            body.destroy?.();
            return { text: Buffer.concat(chunks).toString("utf8"), cut: true };
          }
          chunks.push(Buffer.from(chunk));
          size += chunk.length;
        }
        return { text: Buffer.concat(chunks).toString("utf8"), cut: false };
      }
      async function raceDeadline(work, ms) {
        let timer;
        const deadline = new Promise((resolve2) => {
          timer = setTimeout(() => resolve2("deadline"), ms);
        });
        try {
          return await Promise.race([work, deadline]);
        } finally {
          clearTimeout(timer);
        }
      }
    })
  ),
  /***/
  9995: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        a: () => (
          /* binding */
          boundedMap
        )
        /* harmony export */
      });
      async function boundedMap(items, limit, fn, onDone) {
        const values = new Array(items.length).fill(void 0);
        const errors = [];
        let next = 0;
        let done = 0;
        const worker = async () => {
          while (next < items.length) {
            const index = next++;
            try {
              values[index] = await fn(items[index], index);
            } catch (error) {
              errors.push({ index, error });
            }
            done++;
            onDone?.(done);
          }
        };
        const workers = Math.max(1, Math.min(Math.floor(limit) || 1, items.length));
        await Promise.all(Array.from({ length: workers }, worker));
        errors.sort((a, b) => a.index - b.index);
        return { values, errors };
      }
    })
  ),
  /***/
  3652: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        g7: () => (
          /* binding */
          decodeText
        ),
        $g: () => (
          /* binding */
          describeJsonValue
        ),
        lk: () => (
          /* binding */
          parseJsonText
        ),
        gb: () => (
          /* binding */
          readJsonText
        )
      });
      var errors = __webpack_require__(3916);
      var input_file = __webpack_require__(6572);
      ;
      const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
      const HEX = /^[0-9a-fA-F]{4}$/;
      const ESCAPES = /* @__PURE__ */ new Set(['"', "\\", "/", "b", "f", "n", "r", "t", "u"]);
      const LITERALS = ["true", "false", "null"];
      function isSpace(code) {
        return code === 32 || code === 9 || code === 10 || code === 13;
      }
      function fault(text, index, problem) {
        let line = 1;
        let lineStart = 0;
        for (let at = text.indexOf("\n"); at !== -1 && at < index; at = text.indexOf("\n", at + 1)) {
          line++;
          lineStart = at + 1;
        }
        return { index, line, column: index - lineStart + 1, problem };
      }
      function skipString(text, start) {
        for (let i = start + 1; i < text.length; i++) {
          const code = text.charCodeAt(i);
          if (code === 34)
            return i + 1;
          if (code < 32)
            return fault(text, i, "a control character inside a string (it must be escaped)");
          if (code !== 92)
            continue;
          const escape = text[i + 1];
          if (escape === void 0)
            break;
          if (!ESCAPES.has(escape))
            return fault(text, i, "an invalid escape sequence in a string");
          if (escape === "u" && !HEX.test(text.slice(i + 2, i + 6)))
            return fault(text, i, "an invalid \\u escape in a string (four hex digits must follow)");
          i += escape === "u" ? 5 : 1;
        }
        return fault(text, text.length, "the text ends inside a string: the file looks cut short");
      }
      function skipScalar(text, i) {
        const c = text[i];
        if (c === '"')
          return skipString(text, i);
        if (c === "-" || c !== void 0 && c >= "0" && c <= "9") {
          NUMBER.lastIndex = i;
          if (!NUMBER.test(text))
            return fault(text, i, "a number that is not written as JSON writes numbers");
          const end = NUMBER.lastIndex;
          const next = text[end];
          if (next !== void 0 && /[0-9.eE+-]/.test(next))
            return fault(text, i, "a number that is not written as JSON writes numbers");
          return end;
        }
        for (const literal of LITERALS) {
          if (text.startsWith(literal, i))
            return i + literal.length;
        }
        return fault(text, i, "a character that starts no JSON value (JSON has no comments, single quotes or bare words)");
      }
      function findJsonFault(text) {
        const closers = [];
        let want = "value";
        let i = 0;
        for (; ; ) {
          while (i < text.length && isSpace(text.charCodeAt(i)))
            i++;
          if (i >= text.length) {
            if (want === "after" && closers.length === 0)
              return void 0;
            return fault(text, i, "the text ends before the JSON document does: the file looks cut short");
          }
          const c = text[i];
          const closer = closers.at(-1);
          switch (want) {
            case "after":
              if (closer === void 0)
                return fault(text, i, "more data after the end of the JSON document");
              if (c === closer) {
                closers.pop();
                i++;
              } else if (c === ",") {
                want = closer === "}" ? "key" : "value";
                i++;
              } else
                return fault(text, i, `a character where a comma or ${closer} belongs`);
              continue;
            case "colon":
              if (c !== ":")
                return fault(text, i, "a character where a colon belongs");
              want = "value";
              i++;
              continue;
            case "key-or-close":
            case "key": {
              if (want === "key-or-close" && c === "}") {
                closers.pop();
                want = "after";
                i++;
                continue;
              }
              if (c !== '"')
                return fault(text, i, "a character where a double-quoted property name belongs");
              const end = skipString(text, i);
              if (typeof end !== "number")
                return end;
              want = "colon";
              i = end;
              continue;
            }
            case "value-or-close":
            case "value": {
              if (want === "value-or-close" && c === "]") {
                closers.pop();
                want = "after";
                i++;
                continue;
              }
              if (c === "{" || c === "[") {
                closers.push(c === "{" ? "}" : "]");
                want = c === "{" ? "key-or-close" : "value-or-close";
                i++;
                continue;
              }
              const end = skipScalar(text, i);
              if (typeof end !== "number")
                return end;
              want = "after";
              i = end;
              continue;
            }
          }
        }
      }
      ;
      async function readJsonText(file, label = file) {
        return decodeText(await (0, input_file.R5)(file, label, input_file.FB), label);
      }
      function decodeText(bytes, label) {
        const text = decodeBytes(bytes, label);
        if (text.trim() === "")
          throw new errors.dz("INPUT_EMPTY", label, "is empty");
        return text;
      }
      function decodeBytes(bytes, label) {
        if (bytes[0] === 255 && bytes[1] === 254)
          return decodeWith("utf-16le", bytes.subarray(2), label);
        if (bytes[0] === 254 && bytes[1] === 255)
          return decodeWith("utf-16be", bytes.subarray(2), label);
        const start = bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191 ? 3 : 0;
        const body = bytes.subarray(start);
        if (body.includes(0)) {
          const utf16 = body.length >= 2 && body[0] === 0 !== (body[1] === 0);
          const detail = utf16 ? "is UTF-16 text without a byte-order mark; save it as UTF-8" : "holds binary data, not JSON text";
          throw new errors.dz(utf16 ? "INPUT_ENCODING" : "INPUT_BINARY", label, detail);
        }
        return decodeWith("utf-8", body, label);
      }
      function decodeWith(encoding, bytes, label) {
        try {
          return new TextDecoder(encoding, { fatal: true }).decode(bytes);
        } catch (error) {
          throw new errors.dz("INPUT_ENCODING", label, `is not valid ${encoding.toUpperCase()} text`, void 0, {
            cause: error
          });
        }
      }
      function parseJsonText(text, label, fix = "write it again with the tool that made it") {
        try {
          return JSON.parse(text);
        } catch (error) {
          const found = findJsonFault(text);
          if (found === void 0) {
            throw new errors.dz("INPUT_SYNTAX", label, `is not valid JSON; ${fix}`, void 0, { cause: error });
          }
          const offset = Buffer.byteLength(text.slice(0, found.index));
          const where = `at line ${found.line}, column ${found.column}`;
          const code = /^more data after/.test(found.problem) ? "INPUT_TRAILING" : "INPUT_SYNTAX";
          throw new errors.dz(code, label, `is not valid JSON ${where}: ${found.problem}; ${fix}`, offset, {
            cause: error
          });
        }
      }
      function describeJsonValue(value) {
        if (value === null)
          return "null";
        if (Array.isArray(value))
          return "an array";
        if (typeof value === "object")
          return "an object";
        return `a ${typeof value}`;
      }
    })
  ),
  /***/
  3927: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        g: () => (
          /* binding */
          makeDir
        )
        /* harmony export */
      });
      var _lazy_fs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6025);
      var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
      var node_path__WEBPACK_IMPORTED_MODULE_1___default = /* @__PURE__ */ __webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
      function errnoOf(error) {
        return error?.code;
      }
      async function makeDir(dir, mode) {
        const missing = [];
        for (let at = (0, node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(dir); ; ) {
          try {
            if ((await (0, _lazy_fs_js__WEBPACK_IMPORTED_MODULE_0__.dJ)(at)).isDirectory())
              break;
            throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${at}'`), { code: "ENOTDIR" });
          } catch (error) {
            if (errnoOf(error) !== "ENOENT")
              throw error;
          }
          missing.push(at);
          const parent = (0, node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(at);
          if (parent === at)
            break;
          at = parent;
        }
        for (const folder of missing.reverse()) {
          try {
            await (0, _lazy_fs_js__WEBPACK_IMPORTED_MODULE_0__.Ck)(folder, mode === void 0 ? {} : { mode });
          } catch (error) {
            if (errnoOf(error) !== "EEXIST")
              throw error;
          }
        }
      }
    })
  ),
  /***/
  903: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        NU: () => (
          /* binding */
          TopResources
        ),
        /* harmony export */
        YC: () => (
          /* binding */
          PROJECT_LIMIT
        ),
        /* harmony export */
        _z: () => (
          /* binding */
          TOP_RESOURCES
        ),
        /* harmony export */
        pJ: () => (
          /* binding */
          combineCostDetails
        )
        /* harmony export */
      });
      var _decimal_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2078);
      const PROJECT_LIMIT = 50;
      const TOP_RESOURCES = 10;
      function abs(text) {
        return text.startsWith("-") ? text.slice(1) : text;
      }
      function compareText(a, b) {
        return a < b ? -1 : a > b ? 1 : 0;
      }
      function compareResourceCosts(a, b) {
        const ka = (0, _decimal_js__WEBPACK_IMPORTED_MODULE_0__.aM)(a.diff);
        const kb = (0, _decimal_js__WEBPACK_IMPORTED_MODULE_0__.aM)(b.diff);
        if (ka !== kb)
          return ka ? -1 : 1;
        const bySize = ka && kb ? (0, _decimal_js__WEBPACK_IMPORTED_MODULE_0__.YL)(abs(b.diff), abs(a.diff)) : 0;
        return bySize || compareText(a.project, b.project) || compareText(a.address, b.address);
      }
      class TopResources {
        limit;
        held = [];
        seen = 0;
        constructor(limit = TOP_RESOURCES) {
          this.limit = limit;
        }
        add(resource, count = 1) {
          this.seen += count;
          this.held.push(resource);
          if (this.held.length >= this.limit * 4)
            this.trim();
        }
        /** Adds a list already counted elsewhere (`total` of them, `items` the top of those). */
        addList(list) {
          for (const item of list.items)
            this.add(item, 0);
          this.seen += list.total;
        }
        trim() {
          this.held.sort(compareResourceCosts);
          this.held.length = Math.min(this.held.length, this.limit);
        }
        result() {
          this.trim();
          return { items: [...this.held], total: this.seen };
        }
      }
      function combineCostDetails(list) {
        if (list.length === 0)
          return void 0;
        const projects = [];
        let projectTotal = 0;
        let unchangedProjects = 0;
        const top = new TopResources();
        for (const details of list) {
          for (const project of details.projects.items)
            if (projects.length < PROJECT_LIMIT)
              projects.push(project);
          projectTotal += details.projects.total;
          unchangedProjects += details.unchangedProjects;
          top.addList(details.resources);
        }
        return { projects: { items: projects, total: projectTotal }, unchangedProjects, resources: top.result() };
      }
    })
  ),
  /***/
  2078: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        KF: () => (
          /* binding */
          isZeroDecimal
        ),
        /* harmony export */
        Qr: () => (
          /* binding */
          addDecimals
        ),
        /* harmony export */
        X1: () => (
          /* binding */
          percentage
        ),
        /* harmony export */
        YL: () => (
          /* binding */
          compareDecimals
        ),
        /* harmony export */
        aM: () => (
          /* binding */
          isDecimal
        )
        /* harmony export */
      });
      const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;
      function isDecimal(text) {
        return DECIMAL.test(text);
      }
      function parse(text) {
        const match = DECIMAL.exec(text);
        if (!match)
          throw new RangeError(`not a decimal: ${text}`);
        const fraction = match[3] ?? "";
        const units = BigInt(`${match[2]}${fraction}`);
        return { units: match[1] ? -units : units, scale: fraction.length };
      }
      function rescale(value, scale) {
        return value.units * 10n ** BigInt(scale - value.scale);
      }
      function compareDecimals(a, b) {
        const x = parse(a);
        const y = parse(b);
        const scale = Math.max(x.scale, y.scale);
        const diff = rescale(x, scale) - rescale(y, scale);
        return diff === 0n ? 0 : diff > 0n ? 1 : -1;
      }
      function isZeroDecimal(text) {
        return parse(text).units === 0n;
      }
      function percentage(numerator, denominator, places = 2) {
        const n = parse(numerator);
        const d = parse(denominator);
        if (d.units === 0n)
          return void 0;
        const scale = Math.max(n.scale, d.scale);
        let num = rescale(n, scale) * 100n * 10n ** BigInt(places + 1);
        let den = rescale(d, scale);
        if (den < 0n) {
          num = -num;
          den = -den;
        }
        const negative = num < 0n;
        const q = (negative ? -num : num) / den;
        const rounded = (q + 5n) / 10n;
        const digits = rounded.toString().padStart(places + 1, "0");
        const whole = digits.slice(0, digits.length - places);
        const fraction = digits.slice(digits.length - places);
        const text = places > 0 ? `${whole}.${fraction}` : whole;
        return negative && rounded !== 0n ? `-${text}` : text;
      }
      function addDecimals(a, b) {
        const x = parse(a);
        const y = parse(b);
        const scale = Math.max(x.scale, y.scale);
        const sum = rescale(x, scale) + rescale(y, scale);
        const negative = sum < 0n;
        const digits = (negative ? -sum : sum).toString().padStart(scale + 1, "0");
        const whole = digits.slice(0, digits.length - scale);
        const text = scale > 0 ? `${whole}.${digits.slice(digits.length - scale)}` : whole;
        return negative ? `-${text}` : text;
      }
    })
  ),
  /***/
  9819: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        FB: () => (
          /* binding */
          ACTIVITY_STATUSES
        ),
        /* harmony export */
        IE: () => (
          /* binding */
          STACK_STATUSES
        ),
        /* harmony export */
        Mi: () => (
          /* binding */
          activityStatusOfUnits
        ),
        /* harmony export */
        Ru: () => (
          /* binding */
          EVENT_TYPES
        ),
        /* harmony export */
        gI: () => (
          /* binding */
          ACTIVITY_TYPES
        )
        /* harmony export */
      });
      const EVENT_TYPES = [
        "plan",
        "drifted",
        "provisioning",
        "destroying",
        "active",
        "inactive",
        "apply_needed",
        "failed",
        "stage-complete"
      ];
      const ACTIVITY_TYPES = [
        "apply",
        "destroy",
        "plan",
        "drifted",
        "import",
        "bootstrap",
        "synth",
        "deploy",
        "diff",
        "drift",
        "rollback"
      ];
      const ACTIVITY_STATUSES = ["success", "failure", "incomplete"];
      const STACK_STATUSES = ["success", "failure", "skipped"];
      function activityStatusOfUnits(units) {
        if (units.some((u) => u.status === "failure"))
          return "failure";
        if (units.some((u) => u.status === "skipped"))
          return "incomplete";
        return "success";
      }
    })
  ),
  /***/
  7241: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.r(__webpack_exports__);
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        buildPartial: () => (
          /* binding */
          buildPartial
        ),
        /* harmony export */
        failedPartial: () => (
          /* binding */
          failedPartial
        ),
        /* harmony export */
        planOf: () => (
          /* binding */
          planOf
        ),
        /* harmony export */
        serializePartial: () => (
          /* binding */
          serializePartial
        )
        /* harmony export */
      });
      var _version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1013);
      var _partial_schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6138);
      function defined(value) {
        return JSON.parse(JSON.stringify(value));
      }
      function planRecord(plan) {
        const { changedAttributes, ...rest } = plan;
        delete rest.driftResources;
        rest.outputs = {};
        const pairs = changedAttributes instanceof Map ? [...changedAttributes] : [];
        return defined(pairs.length > 0 ? { ...rest, changedAttributes: pairs } : rest);
      }
      function unitRecord(unit) {
        return defined(unit);
      }
      function buildPartial(input, origin) {
        const partial = {
          kind: _partial_schema_js__WEBPACK_IMPORTED_MODULE_1__.dQ,
          version: _partial_schema_js__WEBPACK_IMPORTED_MODULE_1__.bZ,
          producer: _version_js__WEBPACK_IMPORTED_MODULE_0__.x,
          leg: origin.leg,
          ...origin.workspace === void 0 ? {} : { workspace: origin.workspace },
          ...origin.commit === void 0 ? {} : { commit: origin.commit },
          report: {
            plans: input.plans.map(planRecord),
            drifts: input.drifts.map(planRecord),
            warnings: [...input.warnings ?? []],
            overrides: defined({ ...input.overrides })
          }
        };
        if (input.terragrunt) {
          const plans = input.terragrunt.plans;
          partial.report.units = input.terragrunt.units.map((unit) => {
            const plan = plans.get(unit.pathId);
            return plan === void 0 ? { unit: unitRecord(unit) } : { unit: unitRecord(unit), plan: planRecord(plan) };
          });
        }
        if (input.cost !== void 0)
          partial.report.cost = defined(input.cost);
        if (input.costDetails !== void 0)
          partial.report.costDetails = defined(input.costDetails);
        return partial;
      }
      function failedPartial(origin, error) {
        return {
          kind: _partial_schema_js__WEBPACK_IMPORTED_MODULE_1__.dQ,
          version: _partial_schema_js__WEBPACK_IMPORTED_MODULE_1__.bZ,
          producer: _version_js__WEBPACK_IMPORTED_MODULE_0__.x,
          leg: { ...origin.leg, status: "failure", error: error.slice(0, 2e3) },
          ...origin.workspace === void 0 ? {} : { workspace: origin.workspace },
          ...origin.commit === void 0 ? {} : { commit: origin.commit },
          report: { plans: [], drifts: [], warnings: [], overrides: {} }
        };
      }
      function serializePartial(partial) {
        return `${JSON.stringify(partial)}
`;
      }
      function planOf(record) {
        const { changedAttributes, ...rest } = record;
        return { ...rest, changedAttributes: new Map(changedAttributes ?? []) };
      }
    })
  ),
  /***/
  1821: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.r(__webpack_exports__);
      __webpack_require__.d(__webpack_exports__, {
        parsePartialText: () => (
          /* binding */
          parsePartialText
        ),
        readPartialFile: () => (
          /* binding */
          readPartialFile
        ),
        writePartialFile: () => (
          /* binding */
          writePartialFile
        )
      });
      var lazy_fs = __webpack_require__(6025);
      var external_node_path_ = __webpack_require__(6760);
      var errors = __webpack_require__(3916);
      var make_dir = __webpack_require__(3927);
      var json_file = __webpack_require__(3652);
      var input_file = __webpack_require__(6572);
      var partial_limits = __webpack_require__(2889);
      var external_node_crypto_ = __webpack_require__(7598);
      ;
      const STREAMED_LISTS = ["plans", "drifts", "units"];
      const SKIP_ITEM = /* @__PURE__ */ Symbol("skip");
      class NotStreamable extends Error {
      }
      const CHUNK = 1024 * 1024;
      const [QUOTE, BACKSLASH, COMMA, COLON] = [34, 92, 44, 58];
      const [OPEN_OBJECT, CLOSE_OBJECT, OPEN_ARRAY, CLOSE_ARRAY] = [123, 125, 91, 93];
      function isSpace(c) {
        return c === 32 || c === 10 || c === 13 || c === 9;
      }
      async function streamPartial(file, label, maxBytes, maxDepth, onItem) {
        let handle;
        try {
          handle = await (0, input_file.lt)(file, label, maxBytes);
        } catch {
          return void 0;
        }
        try {
          const scan = new Scanner(maxDepth, onItem);
          const hash = (0, external_node_crypto_.createHash)("sha256");
          const buffer = Buffer.allocUnsafe(CHUNK);
          let size = 0;
          for (; ; ) {
            const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
            if (bytesRead === 0)
              break;
            size += bytesRead;
            if (size > maxBytes)
              return void 0;
            const chunk = buffer.subarray(0, bytesRead);
            hash.update(chunk);
            scan.feed(chunk, size === bytesRead);
          }
          const envelope = scan.end();
          return { envelope, lists: scan.lists, hash: hash.digest("hex"), size };
        } catch {
          return void 0;
        } finally {
          await handle.close();
        }
      }
      class Scanner {
        maxDepth;
        onItem;
        lists = /* @__PURE__ */ new Map();
        stack = [];
        envelope = [];
        decoder = new TextDecoder("utf-8", { fatal: true });
        inString = false;
        escaped = false;
        /** Bytes of the string being read as a key at the top two levels. */
        keyBytes;
        /** An object level is waiting for a key (after `{` or `,`). */
        wantKey = false;
        /** The list whose items are being cut out, and the state between its items. */
        list;
        /** The pieces of the item being cut out. */
        item;
        itemStart = 0;
        constructor(maxDepth, onItem) {
          this.maxDepth = maxDepth;
          this.onItem = onItem;
        }
        feed(chunk, first) {
          if (first && (chunk[0] === 239 || chunk[0] === 255 || chunk[0] === 254))
            throw new NotStreamable();
          let envelopeFrom = 0;
          this.itemStart = 0;
          for (let i = 0; i < chunk.length; i++) {
            const c = chunk[i];
            if (c === 0)
              throw new NotStreamable();
            if (this.inString) {
              if (this.escaped)
                this.escaped = false;
              else if (c === BACKSLASH) {
                this.escaped = true;
                if (this.keyBytes !== void 0)
                  throw new NotStreamable();
              } else if (c === QUOTE) {
                this.inString = false;
                if (this.keyBytes !== void 0)
                  this.takeKey();
              } else
                this.keyBytes?.push(c);
              continue;
            }
            const list = this.list;
            if (list !== void 0 && this.item === void 0) {
              if (isSpace(c))
                continue;
              if (c === COMMA && list.comma) {
                list.comma = false;
                continue;
              }
              if (c === CLOSE_ARRAY && (list.comma || list.items.length === 0)) {
                this.list = void 0;
                this.stack.pop();
                envelopeFrom = i;
                continue;
              }
              if (c !== OPEN_OBJECT || list.comma)
                throw new NotStreamable();
              this.item = [];
              this.itemStart = i;
            }
            if (c === QUOTE) {
              this.inString = true;
              if (this.wantKey && this.stack.length <= 2 && this.item === void 0)
                this.keyBytes = [];
              this.wantKey = false;
            } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
              const top = this.stack.length < 2 && this.item === void 0;
              this.stack.push(top && c === OPEN_OBJECT ? { array: false, keys: /* @__PURE__ */ new Set() } : { array: c === OPEN_ARRAY });
              if (this.stack.length > this.maxDepth)
                throw new NotStreamable();
              this.wantKey = c === OPEN_OBJECT;
              if (c === OPEN_ARRAY && this.item === void 0 && this.listAt() !== void 0) {
                this.envelope.push(Buffer.from(chunk.subarray(envelopeFrom, i + 1)));
                envelopeFrom = chunk.length;
                this.startList();
              }
            } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
              this.stack.pop();
              this.wantKey = false;
              if (this.item !== void 0 && list !== void 0 && this.stack.length === list.depth) {
                this.item.push(chunk.subarray(this.itemStart, i + 1));
                this.finishItem();
                envelopeFrom = chunk.length;
              }
            } else if (c === COMMA) {
              this.wantKey = this.stack.at(-1)?.array === false;
            } else if (c === COLON || isSpace(c)) {
            } else if (this.stack.length <= 2 && this.item === void 0 && this.wantKey) {
              throw new NotStreamable();
            }
          }
          if (this.item !== void 0)
            this.item.push(Buffer.from(chunk.subarray(this.itemStart)));
          else if (this.list === void 0 && envelopeFrom < chunk.length) {
            this.envelope.push(Buffer.from(chunk.subarray(envelopeFrom)));
          }
        }
        /** The envelope's text; throws when the file ended inside something. */
        end() {
          if (this.inString || this.stack.length > 0 || this.list !== void 0)
            throw new NotStreamable();
          return this.decoder.decode(Buffer.concat(this.envelope));
        }
        takeKey() {
          const level = this.stack.at(-1);
          const key = Buffer.from(this.keyBytes ?? []).toString("latin1");
          this.keyBytes = void 0;
          if (level === void 0 || level.array || level.keys === void 0)
            return;
          if (level.keys.has(key))
            throw new NotStreamable();
          level.keys.add(key);
          level.key = key;
        }
        /** The list an array opening now is, if it is `report.<list>` of the document. */
        listAt() {
          if (this.stack.length !== 3)
            return void 0;
          const [document, report] = this.stack;
          if (document?.key !== "report" || report?.array !== false)
            return void 0;
          return STREAMED_LISTS.find((name) => name === report.key);
        }
        startList() {
          const name = this.listAt();
          const items = [];
          this.lists.set(name, items);
          this.list = { name, items, depth: this.stack.length, comma: false, count: 0 };
        }
        finishItem() {
          const list = this.list;
          const text = this.decoder.decode(Buffer.concat(this.item ?? []));
          this.item = void 0;
          const kept = this.onItem(list.name, list.count, JSON.parse(text));
          list.count += 1;
          if (kept !== SKIP_ITEM)
            list.items.push(kept);
          list.comma = true;
        }
      }
      var src_version = __webpack_require__(1013);
      var partial_schema = __webpack_require__(6138);
      var build_partial = __webpack_require__(7241);
      ;
      const partial_file_crypto = () => process.getBuiltinModule("node:crypto");
      async function writePartialFile(file, partial) {
        const text = (0, build_partial.serializePartial)(partial);
        const size = Buffer.byteLength(text);
        if (size > partial_limits.pr) {
          throw new errors.dz("INPUT_TOO_LARGE", file, `the partial report would be ${(0, input_file.lP)(size)}, more than the ${(0, input_file.lP)(partial_limits.pr)} a merge reads; split this leg's units over more legs`);
        }
        const temporary = `${file}.${partial_file_crypto().randomBytes(6).toString("hex")}.tmp`;
        try {
          await (0, make_dir.g)((0, external_node_path_.dirname)(file));
          await (0, lazy_fs._h)(temporary, text, { encoding: "utf8", flag: "wx", mode: 384 });
          await (0, lazy_fs.$w)(temporary, file);
        } catch (error) {
          await (0, lazy_fs.rm)(temporary, { force: true });
          const reason = error instanceof Error ? error.message : String(error);
          throw new errors.dz("INPUT_UNREADABLE", file, `the partial report cannot be written (${reason})`, void 0, {
            cause: error
          });
        }
      }
      function oneLine(issue) {
        if (issue.code === "too_big" && Number(issue.maximum) >= Number.MAX_SAFE_INTEGER)
          return "a count past 2^53, which no partial report holds";
        if (issue.code === "invalid_type" && issue.expected === "int")
          return "expected a whole number (a count of at most 2^53)";
        const message = issue.message.replace(/\s+/g, " ");
        return message.length > 200 ? `${message.slice(0, 199)}\u2026` : message;
      }
      function where(issue) {
        return issue.path.length === 0 ? "the document" : issue.path.map(String).join(".");
      }
      async function readPartialFile(file, label = file, writer) {
        const streamed = await readStreamed(file, label, writer);
        if (streamed !== void 0)
          return streamed;
        const read = await readText(file, label);
        const size = read.size;
        let text = read.text;
        read.text = "";
        const hash = partial_file_crypto().createHash("sha256").update(text).digest("hex");
        (0, partial_limits.kP)(text, label);
        const document = (0, json_file.lk)(text, label, "run that leg's report step again");
        text = void 0;
        return { file: label, hash, partial: checkPartial(document, label), size };
      }
      async function readStreamed(file, label, writer) {
        if ((0, input_file.I0)(file))
          return void 0;
        const units = writer?.(label);
        const check = (list, index, value) => {
          const schema = list === "units" ? partial_schema.y9 : partial_schema.K_;
          const parsed = schema.safeParse(value);
          if (!parsed.success)
            throw new NotStreamable();
          if (list !== "units" || units === void 0)
            return parsed.data;
          units.hold(parsed.data);
          return SKIP_ITEM;
        };
        const streamed = await streamPartial(file, label, partial_limits.pr, partial_limits.nf, check);
        if (streamed === void 0)
          return void 0;
        let partial;
        try {
          partial = checkPartial(JSON.parse(streamed.envelope), label);
        } catch {
          return void 0;
        }
        const runs = units !== void 0 && streamed.lists.has("units") ? units.end() : void 0;
        for (const [key, items] of streamed.lists) {
          partial.report[key] = key === "units" && runs !== void 0 ? [] : items;
        }
        return { file: label, hash: streamed.hash, partial, size: streamed.size, runs };
      }
      async function readText(file, label) {
        const bytes = await (0, input_file.R5)(file, label, partial_limits.pr);
        return { text: (0, json_file.g7)(bytes, label), size: bytes.length };
      }
      function parsePartialText(text, label) {
        (0, partial_limits.kP)(text, label);
        return checkPartial((0, json_file.lk)(text, label, "run that leg's report step again"), label);
      }
      function checkPartial(document, label) {
        if (typeof document !== "object" || document === null || Array.isArray(document)) {
          throw new errors.dz("INPUT_WRONG_KIND", label, `is ${(0, json_file.$g)(document)}, not a partial report (written by iacm-report --save-partial)`);
        }
        const { kind, version, producer } = document;
        if (kind !== partial_schema.dQ) {
          throw new errors.dz("INPUT_WRONG_KIND", label, 'is not a partial report (no "kind": "iacm-reporter/partial-report"); merge reads the files written by iacm-report --save-partial');
        }
        if (typeof version !== "number" || !partial_schema.DQ.includes(version)) {
          const by = typeof producer === "string" ? ` by iacm-reporter ${producer.slice(0, 40)}` : "";
          const newer = typeof version === "number" && version > partial_schema.bZ;
          throw new errors.dz("INPUT_VERSION", label, `is a partial report of version ${String(version).slice(0, 20)} (written${by}); this iacm-reporter ${src_version.x} reads versions ${partial_schema.DQ.join(" and ")}. ` + (newer ? "Upgrade the merging step (the Action, plugin image or CLI) to the version the legs use." : "Run the legs and the merge with the same iacm-reporter version."));
        }
        const report = document.report;
        const lists = /* @__PURE__ */ new Map();
        if (typeof report === "object" && report !== null) {
          for (const key of LIST_KEYS) {
            const list = report[key];
            if (Array.isArray(list)) {
              lists.set(key, list);
              report[key] = [];
            }
          }
        }
        const envelope = checked(partial_schema.Fl, document, [], label);
        for (const [key, list] of lists) {
          const schema = key === "units" ? partial_schema.y9 : partial_schema.K_;
          for (let i = 0; i < list.length; i++)
            list[i] = checked(schema, list[i], ["report", key, i], label);
          envelope.report[key] = list;
        }
        return envelope;
      }
      const LIST_KEYS = ["plans", "drifts", "units"];
      function checked(schema, value, at, label) {
        let parsed;
        try {
          parsed = schema.safeParse(value);
        } catch (error) {
          if (!(error instanceof RangeError))
            throw error;
          throw new errors.dz("INPUT_INVALID", label, "is not a valid partial report: it is nested too deep to check", void 0, { cause: error });
        }
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          throw new errors.dz("INPUT_INVALID", label, `is not a valid partial report: ${where({ ...issue, path: [...at, ...issue.path] })}: ${oneLine(issue)}`);
        }
        return parsed.data;
      }
    })
  ),
  /***/
  2889: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        kP: () => (
          /* binding */
          checkDepth
        ),
        /* harmony export */
        nf: () => (
          /* binding */
          MAX_PARTIAL_DEPTH
        ),
        /* harmony export */
        pr: () => (
          /* binding */
          MAX_PARTIAL_BYTES
        ),
        /* harmony export */
        t4: () => (
          /* binding */
          MERGE_BUDGET_BYTES
        )
        /* harmony export */
      });
      var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
      const MIB = 1024 * 1024;
      const MAX_PARTIAL_BYTES = 512 * MIB;
      const MERGE_BUDGET_BYTES = 2048 * MIB;
      const MAX_PARTIAL_DEPTH = 256;
      function checkDepth(text, label, max = MAX_PARTIAL_DEPTH) {
        let depth = 0;
        let inString = false;
        for (let i = 0; i < text.length; i++) {
          const c = text.charCodeAt(i);
          if (inString) {
            if (c === 92)
              i++;
            else if (c === 34)
              inString = false;
          } else if (c === 34)
            inString = true;
          else if (c === 123 || c === 91) {
            if (++depth > max) {
              throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.dz("INPUT_INVALID", label, `nests objects or arrays more than ${max} deep, which no partial report does; it was not written by iacm-report --save-partial`, Buffer.byteLength(text.slice(0, i)));
            }
          } else if (c === 125 || c === 93)
            depth--;
        }
      }
    })
  ),
  /***/
  6138: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        DQ: () => (
          /* binding */
          READ_VERSIONS
        ),
        /* harmony export */
        Fl: () => (
          /* binding */
          partialReportSchema
        ),
        /* harmony export */
        K_: () => (
          /* binding */
          planRecordSchema
        ),
        /* harmony export */
        bZ: () => (
          /* binding */
          PARTIAL_VERSION
        ),
        /* harmony export */
        dQ: () => (
          /* binding */
          PARTIAL_KIND
        ),
        /* harmony export */
        y9: () => (
          /* binding */
          unitEntrySchema
        )
        /* harmony export */
      });
      var _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1164);
      var _model_cost_details_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(903);
      var _model_statuses_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9819);
      const PARTIAL_KIND = "iacm-reporter/partial-report";
      const PARTIAL_VERSION = 2;
      const READ_VERSIONS = [1, 2];
      const count = _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.aig().check(_zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.Whr(), _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.ZnW());
      const countsSchema = _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.rej({
        added: count,
        changed: count,
        deleted: count,
        unchanged: count,
        imported: count,
        removed: count
      });
      const boundedNames = _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.Ikc({
        items: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.YOg(_zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.YjP()),
        total: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.aig().check(_zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.Whr(), _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.ZnW())
      });
      const emptyNames = () => ({ items: [], total: 0 });
      const addressListsSchema = _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__._H3({
        created: boundedNames,
        updated: boundedNames,
        deleted: boundedNames,
        replaced: boundedNames,
        imported: boundedNames,
        forgotten: boundedNames,
        drifted: boundedNames,
        unknown: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.Rvf(boundedNames, emptyNames),
        moved: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.Rvf(boundedNames, emptyNames),
        driftDeleted: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.Rvf(boundedNames, emptyNames),
        driftCreated: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.Rvf(boundedNames, emptyNames),
        outputsAdded: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.Rvf(boundedNames, emptyNames),
        outputsChanged: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.Rvf(boundedNames, emptyNames),
        outputsRemoved: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.Rvf(boundedNames, emptyNames)
      });
      const changedAttributesSchema = _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.YOg(_zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.PVZ([
        _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.YjP(),
        _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.rej({
          names: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.YOg(_zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.YjP()),
          total: count,
          replacing: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.lqM(_zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.YOg(_zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.YjP())),
          unknown: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.lqM(_zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.YOg(_zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.YjP())),
          unknownTotal: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.lqM(count),
          values: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.lqM(_zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.YOg(_zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.rej({
            path: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.YjP(),
            before: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.lqM(_zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.YjP()),
            after: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.lqM(_zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.YjP()),
            note: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.lqM(_zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.YjP())
          })))
        })
      ]));
      const outputsSchema = _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.IeY((value) => typeof value === "object" && value !== null && !Array.isArray(value) && Object.values(value).every((v) => typeof v === "string"), "an object of text values");
      const decimal = _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.YjP().check(_zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.yGV(/^-?\d+(\.\d+)?$/, "a decimal number as text"));
      const costFiguresSchema = _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.rej({
        currency: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.lqM(_zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.YjP()),
        totalMonthly: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.lqM(decimal),
        pastTotalMonthly: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.lqM(decimal),
        diffTotalMonthly: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.lqM(decimal),
        percentageChange: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.lqM(decimal)
      });
      const costValue = _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.KCZ([decimal, _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.k5n(["usage-based", "unknown"])]);
      const costDetailsSchema = _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.rej({
        projects: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.rej({
          items: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.YOg(_zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.rej({
            name: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.YjP(),
            past: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.lqM(decimal),
            total: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.lqM(decimal),
            diff: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.lqM(decimal)
          })).check(_zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.Ru6(_model_cost_details_js__WEBPACK_IMPORTED_MODULE_1__.YC)),
          total: count
        }),
        unchangedProjects: count,
        resources: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.rej({
          items: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.YOg(_zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.rej({
            address: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.YjP(),
            project: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.YjP(),
            before: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.lqM(costValue),
            after: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.lqM(costValue),
            diff: costValue
          })).check(_zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.Ru6(_model_cost_details_js__WEBPACK_IMPORTED_MODULE_1__._z)),
          total: count
        })
      });
      const planRecordSchema = _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__._H3({
        file: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.YjP(),
        formatVersion: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.YjP(),
        terraformVersion: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.lqM(_zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.YjP()),
        errored: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.zMY(),
        provisioner: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.lqM(_zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.k5n(["terraform", "opentofu"])),
        isDriftCheck: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.zMY(),
        resourceCounts: countsSchema,
        plannedChangesCount: count,
        driftCounts: countsSchema,
        driftedCount: count,
        outputCounts: countsSchema,
        outputs: outputsSchema,
        outputsOmitted: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.Rvf(count, 0),
        addresses: addressListsSchema,
        warnings: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.Rvf(_zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.YOg(_zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.YjP()), []),
        changedAttributes: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.lqM(changedAttributesSchema)
      });
      const unitRecordSchema = _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__._H3({
        pathId: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.YjP().check(_zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.BpQ(1)),
        name: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.YjP(),
        status: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.k5n(_model_statuses_js__WEBPACK_IMPORTED_MODULE_2__.IE),
        errorMessage: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.lqM(_zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.YjP()),
        resourceCounts: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.lqM(countsSchema),
        driftCounts: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.lqM(countsSchema),
        outputCounts: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.lqM(countsSchema),
        /** Since this field was added; a merge reads an older unit's from its plan's moved list. */
        movedCount: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.lqM(count),
        plannedChangesCount: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.lqM(count),
        outputs: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.lqM(outputsSchema),
        cost: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.lqM(costFiguresSchema)
      });
      const unitEntrySchema = _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.rej({
        unit: unitRecordSchema,
        plan: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.lqM(planRecordSchema)
      });
      const legSchema = _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.rej({
        /** `--leg`, else from the CI (job, step, file name); for messages, never a key. */
        name: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.YjP().check(_zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.BpQ(1), _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.Ru6(300)),
        /** `failure`: the leg could not read its inputs; `error` says why. Its units are not here. */
        status: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.k5n(["success", "failure"]),
        error: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.lqM(_zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.YjP().check(_zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.Ru6(2e3))),
        /** CI job / step id and run, when known. */
        job: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.lqM(_zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.YjP()),
        run: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.lqM(_zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.YjP()),
        /** Whether the leg also sent its own event (`--send`), for `merge --comment-only`. */
        sent: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.zMY()
      });
      const partialReportSchema = _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.rej({
        kind: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.euz(PARTIAL_KIND),
        version: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.KCZ([_zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.euz(1), _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.euz(PARTIAL_VERSION)]),
        /** The iacm-reporter version that wrote it. */
        producer: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.YjP(),
        leg: legSchema,
        /** The IaCM workspace the leg reports to, when it was given one. */
        workspace: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.lqM(_zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.YjP()),
        /** The commit the leg planned. */
        commit: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.lqM(_zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.YjP()),
        report: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.rej({
          plans: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.YOg(planRecordSchema),
          drifts: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.YOg(planRecordSchema),
          /** Absent when the leg read no Terragrunt tree. In pathId order. */
          units: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.lqM(_zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.YOg(unitEntrySchema)),
          cost: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.lqM(costFiguresSchema),
          /** Since version 2. */
          costDetails: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.lqM(costDetailsSchema),
          warnings: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.YOg(_zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.YjP()),
          overrides: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.rej({
            eventType: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.lqM(_zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.k5n(_model_statuses_js__WEBPACK_IMPORTED_MODULE_2__.Ru)),
            activityType: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.lqM(_zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.k5n(_model_statuses_js__WEBPACK_IMPORTED_MODULE_2__.gI)),
            activityStatus: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.lqM(_zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.k5n(_model_statuses_js__WEBPACK_IMPORTED_MODULE_2__.FB)),
            provisioner: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.lqM(_zod_mini_js__WEBPACK_IMPORTED_MODULE_0__.k5n(["terraform", "opentofu", "terragrunt"]))
          })
        })
      });
    })
  ),
  /***/
  1873: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        De: () => (
          /* binding */
          combinePolicyAnswers
        ),
        /* harmony export */
        ER: () => (
          /* binding */
          policyStatusOutput
        )
        /* harmony export */
      });
      const RANK = { pass: 0, warning: 1, error: 2 };
      function policyLevel(status) {
        if (status === void 0 || status.trim() === "")
          return void 0;
        const word = status.trim().toLowerCase();
        if (["error", "deny", "denied", "fail", "failed", "failure"].includes(word))
          return "error";
        if (["pass", "passed", "success", "allow", "allowed", "ok"].includes(word))
          return "pass";
        return "warning";
      }
      function worst(a, b) {
        return RANK[a] >= RANK[b] ? a : b;
      }
      function combinePolicyAnswers(answers) {
        let level;
        const messages = [];
        const policies = /* @__PURE__ */ new Map();
        for (const answer of answers) {
          const overall = policyLevel(answer.policy_evaluation_status);
          if (overall !== void 0)
            level = level === void 0 ? overall : worst(level, overall);
          const message = answer.policy_evaluation_message?.trim();
          if (message && !messages.includes(message))
            messages.push(message);
          for (const item of answer.policy_evaluation ?? []) {
            const itemLevel = policyLevel(item.policy_status) ?? overall ?? "warning";
            level = level === void 0 ? itemLevel : worst(level, itemLevel);
            const result = {
              setName: item.policy_set_name || void 0,
              name: item.policy_name || void 0,
              status: item.policy_status?.trim() || itemLevel,
              level: itemLevel,
              message: item.message?.trim() || void 0
            };
            const key = JSON.stringify([result.setName, result.name, result.status, result.message]);
            if (!policies.has(key))
              policies.set(key, result);
          }
        }
        if (level === void 0)
          return void 0;
        const sorted = [...policies.values()].sort((a, b) => RANK[b.level] - RANK[a.level]);
        return { level, messages, policies: sorted };
      }
      function policyStatusOutput(data) {
        return data?.policy?.level ?? "";
      }
    })
  ),
  /***/
  21: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        CF: () => (
          /* binding */
          cleanBody
        ),
        /* harmony export */
        Pv: () => (
          /* binding */
          cleanBodyPieces
        ),
        /* harmony export */
        mj: () => (
          /* binding */
          bodySecrets
        )
        /* harmony export */
      });
      var _api_redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5299);
      var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
      function bodySecrets(config) {
        const key = config.connection.apiKey;
        return key === void 0 ? [] : [key];
      }
      function cleanBody(body, config) {
        if (!(0, _api_redact_js__WEBPACK_IMPORTED_MODULE_0__.hK)(body, bodySecrets(config)))
          return body;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__.eb("the event body would carry the API key (the key matches text of the body); nothing was sent or written. Rotate the key", "CONFIG_INVALID");
      }
      async function cleanBodyPieces(pieces, config) {
        const secrets = bodySecrets(config);
        if (secrets.length === 0)
          return;
        const keep = Math.max(...secrets.map((s) => Math.max(s.length, encodeURIComponent(s).length))) - 1;
        let carry = "";
        for await (const piece of pieces) {
          const text = carry + piece;
          cleanBody(text, config);
          carry = keep <= 0 ? "" : text.slice(-keep);
        }
      }
    })
  ),
  /***/
  7585: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        u5: () => (
          /* binding */
          confirmActivity
        ),
        Gz: () => (
          /* reexport */
          confirmTarget
        ),
        IG: () => (
          /* binding */
          confirmationLine
        ),
        $q: () => (
          /* binding */
          findActivity
        )
      });
      var external_node_crypto_ = __webpack_require__(7598);
      var zod_mini = __webpack_require__(1164);
      var api_call = __webpack_require__(1021);
      var api_url = __webpack_require__(5404);
      ;
      const countsLike = zod_mini._H3({
        added: zod_mini.lqM(zod_mini.aig()),
        changed: zod_mini.lqM(zod_mini.aig()),
        deleted: zod_mini.lqM(zod_mini.aig()),
        unchanged: zod_mini.lqM(zod_mini.aig()),
        imported: zod_mini.lqM(zod_mini.aig()),
        removed: zod_mini.lqM(zod_mini.aig())
      });
      const activitySchema = zod_mini._H3({
        id: zod_mini.YjP().check(zod_mini.BpQ(1)),
        created: zod_mini.aig(),
        workspace: zod_mini.lqM(zod_mini.YjP()),
        metadata: zod_mini.cl6(zod_mini._H3({
          resource_counts: zod_mini.lqM(countsLike),
          drift_counts: zod_mini.lqM(countsLike)
        }))
      });
      const changeSchema = zod_mini._H3({ change: zod_mini.YjP() });
      const resourceChangesSchema = zod_mini._H3({
        planned_changes: zod_mini.cl6(zod_mini.YOg(changeSchema)),
        drift_changes: zod_mini.cl6(zod_mini.YOg(changeSchema))
      });
      function projectUrl(conn, tail, query) {
        const root = (0, api_url.tf)(conn);
        const path = ["orgs", conn.org ?? "", "projects", conn.project ?? ""].map(encodeURIComponent).join("/");
        const url = new URL(`${root.href}/${path}/${tail}`);
        for (const [key, value] of Object.entries(query)) {
          if (value !== void 0 && value !== "")
            url.searchParams.set(key, String(value));
        }
        return url;
      }
      async function listActivities(conn, query, options = {}) {
        return (0, api_call.SV)(conn, options, async (client, resolved) => {
          const url = projectUrl(resolved, "activities", {
            workspace: query.workspace,
            pipeline_execution_id: query.pipelineExecutionId,
            pipeline_stage_id: query.pipelineStageId,
            activity_type: query.activityType,
            start_time: query.startTime,
            limit: query.limit ?? 100,
            page: 1
          });
          const action = "list the workspace activities";
          const response = await client.call("GET", url, action);
          return (0, api_call.xp)(response, zod_mini.YOg(activitySchema), (0, api_call._O)(resolved, url, action));
        });
      }
      async function activityResourceChanges(conn, activityId, pathId, options = {}) {
        return (0, api_call.SV)(conn, options, async (client, resolved) => {
          const url = projectUrl(resolved, `activities/${encodeURIComponent(activityId)}/resource-changes`, {
            workspace: resolved.workspace,
            path_id: pathId
          });
          const action = "read the activity resource changes";
          const response = await client.call("GET", url, action);
          return (0, api_call.xp)(response, resourceChangesSchema, (0, api_call._O)(resolved, url, action));
        });
      }
      ;
      function confirmTarget(event) {
        const metadata = { ...event.metadata };
        const details = event.metadata?.terragrunt_details ?? [];
        delete metadata["terragrunt_details"];
        delete metadata["stacks"];
        return { metadata, units: () => details };
      }
      const UNIT_LOOKUPS_AT_ONCE = 4;
      const MAX_CHECKED_UNITS = 200;
      const KINDS = ["added", "changed", "deleted", "imported", "removed"];
      function tally(changes) {
        const out = {};
        for (const change of changes ?? [])
          out[change.change] = (out[change.change] ?? 0) + 1;
        return out;
      }
      function compare(where, ours, theirs) {
        const found = [];
        const pairs = [
          ["", ours.resource_counts, theirs.planned_changes],
          ["drift ", ours.drift_counts, theirs.drift_changes]
        ];
        for (const [label, counts, changes] of pairs) {
          if (counts === void 0)
            continue;
          const recorded = tally(changes);
          for (const kind of KINDS) {
            const sentCount = counts[kind];
            if (sentCount === void 0)
              continue;
            const got = recorded[kind] ?? 0;
            if (got !== sentCount)
              found.push(`${where}${label}${kind} ${got} (we sent ${sentCount})`);
          }
        }
        return found;
      }
      function budgeted(options, now) {
        const remaining = options.deadline - now();
        if (remaining <= 0)
          return void 0;
        return { ...options.http, totalBudgetMs: Math.min(remaining, options.http?.totalBudgetMs ?? remaining) };
      }
      function hasCounts(unit) {
        for (const counts of [unit.resource_counts, unit.drift_counts]) {
          for (const value of Object.values(counts ?? {}))
            if (typeof value === "number" && value > 0)
              return true;
        }
        return false;
      }
      function unitsToCheck(sent) {
        const picked = [];
        let total = 0;
        for (const unit of sent.units()) {
          total += 1;
          if (picked.length < MAX_CHECKED_UNITS && hasCounts(unit))
            picked.push(unit);
        }
        if (picked.length < MAX_CHECKED_UNITS) {
          for (const unit of sent.units()) {
            if (picked.length >= MAX_CHECKED_UNITS)
              break;
            if (!hasCounts(unit))
              picked.push(unit);
          }
        }
        return { picked, total };
      }
      async function compareUnits(conn, activityId, units, options) {
        const now = options.now ?? Date.now;
        const found = units.map(() => []);
        let next = 0;
        let checked = 0;
        const worker = async () => {
          for (let at = next++; at < units.length; at = next++) {
            const http = budgeted(options, now);
            if (http === void 0)
              return;
            const unit = units[at];
            const changes = await activityResourceChanges(conn, activityId, unit.path_id, http);
            found[at] = compare(`unit ${unit.path_id}: `, unit, changes);
            checked += 1;
          }
        };
        await Promise.all(Array.from({ length: Math.min(UNIT_LOOKUPS_AT_ONCE, units.length) }, worker));
        return { differences: found.flat(), checked };
      }
      var thousands = __webpack_require__(5580);
      ;
      const IDENTITY = ["git_commit_sha", "pipeline_execution_id", "pipeline_stage_id", "activity_type"];
      function pathSet(paths) {
        let sum = 0n;
        let count = 0;
        for (const path of paths) {
          sum = sum + (0, external_node_crypto_.createHash)("sha256").update(path).digest().readBigUInt64BE(0) & 0xffffffffffffffffn;
          count += 1;
        }
        return `${count}:${sum.toString(16)}`;
      }
      function* pathsOf(units) {
        for (const unit of units)
          yield String(unit.path_id);
      }
      function isOurs(activity, sent, sentPaths) {
        const theirs = activity.metadata ?? {};
        for (const key of IDENTITY) {
          if (sent[key] !== void 0 && theirs[key] !== void 0 && theirs[key] !== sent[key])
            return false;
        }
        const units = theirs["terragrunt_details"];
        return pathSet(pathsOf(Array.isArray(units) ? units : [])) === sentPaths;
      }
      function pickActivity(activities, sent, sinceMs) {
        const paths = pathSet(pathsOf(sent.units()));
        return activities.filter((a) => a.created >= sinceMs - 1e3 && isOurs(a, sent.metadata, paths)).sort((a, b) => b.created - a.created)[0];
      }
      function activityLink(uiBase, conn, id2) {
        const parts = ["ng/account", conn.accountId, "module/iacm/orgs", conn.org, "projects", conn.project];
        const tail = ["workspaces", conn.workspace, "activity", id2];
        const segs = [
          ...parts.map((p, i) => i % 2 === 0 ? p : encodeURIComponent(p ?? "")),
          ...tail.map((p) => encodeURIComponent(p ?? ""))
        ];
        return `${uiBase.replace(/\/+$/, "")}/${segs.join("/")}`;
      }
      function describeError2(error) {
        return error instanceof Error ? error.message : String(error);
      }
      async function findActivity(conn, sent, sinceMs, options) {
        const now = options.now ?? Date.now;
        const sleep = options.sleep ?? ((ms) => new Promise((resolve2) => setTimeout(resolve2, ms)));
        const attempts = options.attempts ?? 3;
        const pause = options.pauseMs ?? 1e3;
        const text = (key) => {
          const value = sent.metadata[key];
          return typeof value === "string" ? value : void 0;
        };
        for (let attempt = 1; attempt <= attempts; attempt += 1) {
          const http = budgeted(options, now);
          if (http === void 0)
            return void 0;
          const listed = await listActivities(conn, {
            workspace: conn.workspace ?? "",
            pipelineExecutionId: text("pipeline_execution_id"),
            pipelineStageId: text("pipeline_stage_id"),
            activityType: text("activity_type"),
            startTime: Math.floor(sinceMs / 1e3) - 1
          }, http);
          const found = pickActivity(listed, sent, sinceMs);
          if (found !== void 0)
            return found;
          if (attempt < attempts && now() + pause < options.deadline)
            await sleep(pause);
        }
        return void 0;
      }
      async function confirmActivity(conn, sent, sinceMs, options) {
        try {
          const activity = await findActivity(conn, sent, sinceMs, options);
          if (activity === void 0) {
            return {
              kind: "unconfirmed",
              warning: `Harness accepted the event, but no activity for it was listed in time (workspace ${conn.workspace ?? ""}); the counts were not checked`
            };
          }
          const { picked, total } = unitsToCheck(sent);
          let differences;
          let checked = 0;
          if (total === 0) {
            const http = budgeted(options, options.now ?? Date.now) ?? options.http ?? {};
            differences = compare("", sent.metadata, await activityResourceChanges(conn, activity.id, void 0, http));
          } else {
            ({ differences, checked } = await compareUnits(conn, activity.id, picked, options));
          }
          const link = options.uiBase === void 0 ? void 0 : activityLink(options.uiBase, conn, activity.id);
          return {
            kind: "confirmed",
            activityId: activity.id,
            link,
            differences,
            units: total,
            checkedUnits: checked
          };
        } catch (error) {
          return {
            kind: "unconfirmed",
            warning: `Harness accepted the event, but looking up its activity failed: ${describeError2(error)}`
          };
        }
      }
      function confirmationLine(confirmation) {
        if (confirmation.kind === "unconfirmed")
          return `warning: ${confirmation.warning}`;
        const { activityId, differences, units, checkedUnits } = confirmation;
        const unchecked = units - checkedUnits;
        const scope = unchecked === 0 ? "" : ` for ${(0, thousands.o)(checkedUnits)} of ${(0, thousands.o)(units)} units (${(0, thousands.o)(unchecked)} not checked: ${checkedUnits < Math.min(units, MAX_CHECKED_UNITS) ? "the time ran out" : `at most ${MAX_CHECKED_UNITS} are looked up, units with changes first`})`;
        return differences.length === 0 ? `Harness recorded activity ${activityId}: counts match${scope}` : `warning: Harness recorded activity ${activityId} with other counts${scope}: ${differences.join("; ")}`;
      }
    })
  ),
  /***/
  346: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.r(__webpack_exports__);
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        confirmTarget: () => (
          /* reexport safe */
          _confirm_activity_js__WEBPACK_IMPORTED_MODULE_1__.Gz
        ),
        /* harmony export */
        sendAndConfirm: () => (
          /* binding */
          sendAndConfirm
        )
        /* harmony export */
      });
      var _api_http_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(773);
      var _confirm_activity_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7585);
      async function sendAndConfirm(config, sent, model, http, send) {
        const since = Date.now();
        const deadline = since + (http?.totalBudgetMs ?? _api_http_client_js__WEBPACK_IMPORTED_MODULE_0__.AU.totalBudgetMs);
        const landed = async () => {
          try {
            const found = await (0, _confirm_activity_js__WEBPACK_IMPORTED_MODULE_1__.$q)(config.connection, sent, since, {
              ...http === void 0 ? {} : { http },
              deadline: Math.max(deadline, Date.now() + 5e3)
            });
            return found !== void 0;
          } catch {
            return void 0;
          }
        };
        const delivery = await send(landed);
        if (delivery.kind !== "sent" || config.noConfirm)
          return delivery;
        const confirmation = await (0, _confirm_activity_js__WEBPACK_IMPORTED_MODULE_1__.u5)(config.connection, sent, since, {
          ...http === void 0 ? {} : { http },
          deadline,
          uiBase: config.harnessUiUrl
        });
        const line = (0, _confirm_activity_js__WEBPACK_IMPORTED_MODULE_1__.IG)(confirmation);
        if (confirmation.kind === "confirmed") {
          model.activity = { id: confirmation.activityId, link: confirmation.link, line };
          if (confirmation.differences.length > 0)
            model.warnings.push(line.replace(/^warning: /, ""));
        } else {
          model.warnings.push(confirmation.warning);
        }
        return delivery;
      }
    })
  ),
  /***/
  1013: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        U: () => (
          /* binding */
          REPORTER_NAME
        ),
        x: () => (
          /* binding */
          VERSION
        )
      });
      ;
      const package_namespaceObject = /* @__PURE__ */ JSON.parse('{"UU":"iacm-reporter","rE":"0.1.0"}');
      ;
      const REPORTER_NAME = package_namespaceObject.UU;
      const VERSION = package_namespaceObject.rE;
    })
  ),
  /***/
  1164: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        BpQ: () => (
          /* reexport safe */
          zod_mini__WEBPACK_IMPORTED_MODULE_3__.BpQ
        ),
        /* harmony export */
        Bqr: () => (
          /* reexport safe */
          zod_mini__WEBPACK_IMPORTED_MODULE_3__.Bqr
        ),
        /* harmony export */
        FsL: () => (
          /* reexport safe */
          zod_mini__WEBPACK_IMPORTED_MODULE_3__.FsL
        ),
        /* harmony export */
        IeY: () => (
          /* reexport safe */
          zod_mini__WEBPACK_IMPORTED_MODULE_3__.IeY
        ),
        /* harmony export */
        Ikc: () => (
          /* reexport safe */
          zod_mini__WEBPACK_IMPORTED_MODULE_3__.Ikc
        ),
        /* harmony export */
        KCZ: () => (
          /* reexport safe */
          zod_mini__WEBPACK_IMPORTED_MODULE_3__.KCZ
        ),
        /* harmony export */
        L5J: () => (
          /* reexport safe */
          zod_mini__WEBPACK_IMPORTED_MODULE_3__.L5J
        ),
        /* harmony export */
        OZ5: () => (
          /* reexport safe */
          zod_mini__WEBPACK_IMPORTED_MODULE_3__.OZ5
        ),
        /* harmony export */
        PVZ: () => (
          /* reexport safe */
          zod_mini__WEBPACK_IMPORTED_MODULE_3__.PVZ
        ),
        /* harmony export */
        Ru6: () => (
          /* reexport safe */
          zod_mini__WEBPACK_IMPORTED_MODULE_3__.Ru6
        ),
        /* harmony export */
        Rvf: () => (
          /* reexport safe */
          zod_mini__WEBPACK_IMPORTED_MODULE_3__.Rvf
        ),
        /* harmony export */
        SdS: () => (
          /* reexport safe */
          zod_mini__WEBPACK_IMPORTED_MODULE_3__.SdS
        ),
        /* harmony export */
        UpN: () => (
          /* reexport safe */
          zod_mini__WEBPACK_IMPORTED_MODULE_3__.UpN
        ),
        /* harmony export */
        Whr: () => (
          /* reexport safe */
          zod_mini__WEBPACK_IMPORTED_MODULE_3__.Whr
        ),
        /* harmony export */
        YOg: () => (
          /* reexport safe */
          zod_mini__WEBPACK_IMPORTED_MODULE_3__.YOg
        ),
        /* harmony export */
        YPB: () => (
          /* reexport safe */
          zod_mini__WEBPACK_IMPORTED_MODULE_3__.YPB
        ),
        /* harmony export */
        YjP: () => (
          /* reexport safe */
          zod_mini__WEBPACK_IMPORTED_MODULE_3__.YjP
        ),
        /* harmony export */
        ZnW: () => (
          /* reexport safe */
          zod_mini__WEBPACK_IMPORTED_MODULE_3__.ZnW
        ),
        /* harmony export */
        _H3: () => (
          /* reexport safe */
          zod_mini__WEBPACK_IMPORTED_MODULE_3__._H3
        ),
        /* harmony export */
        aig: () => (
          /* reexport safe */
          zod_mini__WEBPACK_IMPORTED_MODULE_3__.aig
        ),
        /* harmony export */
        auy: () => (
          /* reexport safe */
          zod_mini__WEBPACK_IMPORTED_MODULE_3__.auy
        ),
        /* harmony export */
        cJW: () => (
          /* reexport safe */
          zod_mini__WEBPACK_IMPORTED_MODULE_3__.cJW
        ),
        /* harmony export */
        cl6: () => (
          /* reexport safe */
          zod_mini__WEBPACK_IMPORTED_MODULE_3__.cl6
        ),
        /* harmony export */
        euz: () => (
          /* reexport safe */
          zod_mini__WEBPACK_IMPORTED_MODULE_3__.euz
        ),
        /* harmony export */
        g1P: () => (
          /* reexport safe */
          zod_mini__WEBPACK_IMPORTED_MODULE_3__.g1P
        ),
        /* harmony export */
        k5n: () => (
          /* reexport safe */
          zod_mini__WEBPACK_IMPORTED_MODULE_3__.k5n
        ),
        /* harmony export */
        lqM: () => (
          /* reexport safe */
          zod_mini__WEBPACK_IMPORTED_MODULE_3__.lqM
        ),
        /* harmony export */
        pdi: () => (
          /* reexport safe */
          zod_mini__WEBPACK_IMPORTED_MODULE_3__.pdi
        ),
        /* harmony export */
        rej: () => (
          /* reexport safe */
          zod_mini__WEBPACK_IMPORTED_MODULE_3__.rej
        ),
        /* harmony export */
        wJL: () => (
          /* reexport safe */
          zod_mini__WEBPACK_IMPORTED_MODULE_3__.wJL
        ),
        /* harmony export */
        yGV: () => (
          /* reexport safe */
          zod_mini__WEBPACK_IMPORTED_MODULE_3__.yGV
        ),
        /* harmony export */
        yjt: () => (
          /* reexport safe */
          zod_mini__WEBPACK_IMPORTED_MODULE_3__.yjt
        ),
        /* harmony export */
        zMY: () => (
          /* reexport safe */
          zod_mini__WEBPACK_IMPORTED_MODULE_3__.zMY
        ),
        /* harmony export */
        zni: () => (
          /* reexport safe */
          zod_mini__WEBPACK_IMPORTED_MODULE_3__.zni
        )
        /* harmony export */
      });
      var zod_v4_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8532);
      var zod_v4_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7925);
      var zod_v4_locales_en_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(252);
      var zod_mini__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(906);
      if (!zod_v4_core__WEBPACK_IMPORTED_MODULE_0__.cr.localeError)
        (0, zod_v4_core__WEBPACK_IMPORTED_MODULE_0__.$W)((0, zod_v4_locales_en_js__WEBPACK_IMPORTED_MODULE_1__.A)());
      if (!zod_v4_core__WEBPACK_IMPORTED_MODULE_0__.cr.memoizer)
        (0, zod_v4_core__WEBPACK_IMPORTED_MODULE_0__.$W)({ memoizer: (0, zod_v4_core__WEBPACK_IMPORTED_MODULE_2__.x3)() });
    })
  )
};
