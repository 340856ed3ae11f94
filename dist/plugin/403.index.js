export const id = 403;
export const ids = [403];
export const modules = {
  /***/
  4403: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        performUploads: () => (
          /* binding */
          performUploads
        )
      });
      var lazy_fs = __webpack_require__(6025);
      var external_node_path_ = __webpack_require__(6760);
      var src_errors = __webpack_require__(3916);
      var make_dir = __webpack_require__(3927);
      var redact = __webpack_require__(5299);
      var api_spool = __webpack_require__(3487);
      var http_client = __webpack_require__(773);
      var external_node_fs_ = __webpack_require__(3024);
      var external_node_stream_ = __webpack_require__(7075);
      var zod_mini = __webpack_require__(1164);
      var api_call = __webpack_require__(1021);
      var api_errors = __webpack_require__(6050);
      var api_url = __webpack_require__(5404);
      ;
      const DATA_TYPES = (
        /* unused pure expression or super */
        null
      );
      const optionalText = zod_mini.FsL(zod_mini.cl6(zod_mini.YjP()), zod_mini.pdi((value) => value === null || value === "" ? void 0 : value));
      const policyEvaluationSchema = zod_mini._H3({
        message: optionalText,
        policy_id: optionalText,
        policy_name: optionalText,
        policy_set_id: optionalText,
        policy_set_name: optionalText,
        policy_status: optionalText
      });
      const createDataResponseSchema = zod_mini._H3({
        id: zod_mini.YjP(),
        policy_evaluation: zod_mini.cl6(zod_mini.YOg(policyEvaluationSchema)),
        policy_evaluation_message: optionalText,
        policy_evaluation_status: optionalText
      });
      const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
      function isUuid(value) {
        return UUID.test(value);
      }
      function dataQuery(request) {
        const query = {
          pipeline_id: request.pipeline.pipelineId,
          stage_id: request.pipeline.stageId,
          pipeline_execution_id: request.pipeline.pipelineExecutionId,
          pipeline_stage_id: request.pipeline.pipelineStageId,
          provisioner_type: "tf",
          data_type: request.dataType,
          policy_action: request.policyAction ?? "afterTerraformPlan"
        };
        if (request.stackPath !== void 0)
          query["stack_path"] = request.stackPath;
        return query;
      }
      function rawBody(request) {
        const { source } = request;
        const contentType = "application/octet-stream";
        if ("bytes" in source) {
          return {
            contentType,
            length: source.bytes.length,
            open: () => {
              request.onAttempt?.()(source.bytes);
              return source.bytes;
            }
          };
        }
        return {
          contentType,
          length: source.size,
          open: () => {
            const flags = external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW;
            const file = (0, external_node_fs_.createReadStream)(source.file, { flags });
            const observe = request.onAttempt?.();
            if (observe === void 0)
              return file;
            const tap = new external_node_stream_.Transform({
              transform(chunk, _encoding, done) {
                observe(chunk);
                done(null, chunk);
              }
            });
            file.on("error", (error) => tap.destroy(error));
            tap.on("close", () => file.destroy());
            return file.pipe(tap);
          }
        };
      }
      const DATA_MAX_RESPONSE_BYTES = 16 * 1024 * 1024;
      async function createData(conn, given, options = {}) {
        const request = { ...given, stackPath: (0, redact.Zg)(given.stackPath, [conn.apiKey]) };
        return (0, api_call.SV)(conn, { maxResponseBytes: DATA_MAX_RESPONSE_BYTES, ...options }, async (client, resolved) => {
          const url = (0, api_url.fO)(resolved, "data", dataQuery(request));
          const action = `upload ${request.dataType}${request.stackPath === void 0 ? "" : ` for ${request.stackPath}`}`;
          const response = await client.call("POST", url, action, rawBody(request));
          const ctx = (0, api_call._O)(resolved, url, action);
          const answer = (0, api_call.xp)(response, createDataResponseSchema, ctx);
          if (isUuid(answer.id))
            return { id: answer.id, response: answer };
          const problem = (0, api_errors.U3)(`with an id that is not a UUID (${answer.id.length} characters)`, ctx).message;
          return { id: void 0, idProblem: problem, response: answer };
        });
      }
      var bounded_map = __webpack_require__(9995);
      ;
      const STATE_MESSAGES_LEFT_OUT = "policy messages about the uploaded state are not shown (they may quote it): read them in Harness";
      function stateAnswerWithoutText(answer) {
        const items = answer.policy_evaluation ?? [];
        const hadText = (answer.policy_evaluation_message ?? "").trim() !== "" || items.some((item) => (item.message ?? "").trim() !== "");
        return {
          policy_evaluation: items.map((item) => ({
            policy_name: item.policy_name,
            policy_set_name: item.policy_set_name,
            policy_status: item.policy_status
          })),
          policy_evaluation_message: hadText ? STATE_MESSAGES_LEFT_OUT : void 0,
          policy_evaluation_status: answer.policy_evaluation_status
        };
      }
      var upload_outcome = __webpack_require__(1873);
      ;
      const data_uploads_crypto = () => process.getBuiltinModule("node:crypto");
      const UPLOAD_CONCURRENCY = 4;
      function uploadHttpOptions(size, base = {}) {
        const perAttempt = http_client.AU.requestTimeoutMs + Math.ceil(size / 1e6) * 1e3;
        return {
          requestTimeoutMs: perAttempt,
          totalBudgetMs: Math.max(http_client.AU.totalBudgetMs, perAttempt * 2),
          ...base
        };
      }
      function shellQuote(text) {
        return /^[A-Za-z0-9_@%+=:,./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
      }
      function retryCommand(upload, file, pipeline) {
        const args = [
          "iacm-report upload",
          `--data-type ${upload.dataType}`,
          `--file ${shellQuote(file)}`,
          ...upload.stackPath === void 0 ? [] : [`--stack-path ${shellQuote(upload.stackPath)}`],
          `--pipeline-id ${shellQuote(pipeline.pipelineId)}`,
          `--stage-id ${shellQuote(pipeline.stageId)}`,
          `--pipeline-execution-id ${shellQuote(pipeline.pipelineExecutionId)}`,
          `--pipeline-stage-id ${shellQuote(pipeline.pipelineStageId)}`
        ];
        return args.join(" ");
      }
      async function keepForRetry(upload, spool) {
        if ("file" in upload.source)
          return upload.source.file;
        const dir = (0, api_spool.spoolDirectory)({
          ...spool.spoolDir === void 0 ? {} : { spoolDir: spool.spoolDir },
          env: spool.env,
          cwd: spool.cwd
        });
        await (0, make_dir.g)(dir, 448);
        const file = (0, external_node_path_.join)(dir, `iacm-data-${upload.dataType}-${data_uploads_crypto().randomBytes(4).toString("hex")}.json`);
        await (0, lazy_fs._h)(file, upload.source.bytes, { mode: 384, flag: "wx" });
        return file;
      }
      const DEFAULT_UPLOADS_DEADLINE_MS = 3e5;
      function withinDeadline(options, left) {
        const budget = options.totalBudgetMs ?? http_client.AU.totalBudgetMs;
        const attempt = options.requestTimeoutMs ?? http_client.AU.requestTimeoutMs;
        return { ...options, totalBudgetMs: Math.min(budget, left), requestTimeoutMs: Math.min(attempt, left) };
      }
      async function performUploads(uploads, options) {
        let stateChecksum;
        const deadlineMs = options.deadlineMs ?? DEFAULT_UPLOADS_DEADLINE_MS;
        const until = Date.now() + deadlineMs;
        const late = `not done: the uploads' deadline of ${Math.round(deadlineMs / 1e3)} s (upload-timeout) passed first`;
        const failed = async (upload, base, error) => {
          try {
            const file = await keepForRetry(upload, options);
            return { ...base, outcome: "failed", error, retry: retryCommand(upload, file, options.pipeline) };
          } catch (spoolError) {
            const why = spoolError instanceof Error ? spoolError.message : String(spoolError);
            return {
              ...base,
              outcome: "failed",
              error: `${error}; its bytes could not be kept for a retry (${why})`
            };
          }
        };
        const answers = new Array(uploads.length);
        const assignments = [];
        const { values, errors } = await (0, bounded_map.a)(uploads, options.concurrency ?? UPLOAD_CONCURRENCY, async (upload, index) => {
          const base = {
            dataType: upload.dataType,
            label: upload.label,
            size: upload.size,
            stackPath: upload.stackPath
          };
          let hash;
          const isState = upload.dataType === "state_raw";
          const left = until - Date.now();
          if (left <= 0)
            return await failed(upload, { ...base, verdictUnread: true }, late);
          try {
            const result = await createData(options.connection, {
              dataType: upload.dataType,
              source: upload.source,
              pipeline: options.pipeline,
              stackPath: upload.stackPath,
              onAttempt: isState ? () => {
                const attempt = data_uploads_crypto().createHash("sha256");
                hash = attempt;
                return (chunk) => attempt.update(chunk);
              } : void 0
            }, withinDeadline(uploadHttpOptions(upload.size, options.http), left));
            answers[index] = isState ? stateAnswerWithoutText(result.response) : result.response;
            if (result.id === void 0)
              return await failed(upload, base, result.idProblem ?? "no usable id");
            if (upload.target !== void 0)
              assignments.push({ ...upload.target, id: result.id });
            if (isState && hash !== void 0)
              stateChecksum = hash.digest("hex");
            return { ...base, outcome: "uploaded", id: result.id };
          } catch (error) {
            if (!(error instanceof src_errors.hD))
              throw error;
            const unread = { ...base, verdictUnread: true };
            const why = (0, redact.E$)(error.message, [options.connection.apiKey]);
            return await failed(upload, unread, Date.now() >= until ? `${why} (${late})` : why);
          }
        });
        const first = errors[0];
        if (first !== void 0)
          throw first.error;
        const records = values.filter((v) => v !== void 0);
        return {
          report: {
            uploads: records,
            policy: (0, upload_outcome.De)(answers.filter((a) => a !== void 0))
          },
          assignments,
          stateChecksum
        };
      }
    })
  )
};
