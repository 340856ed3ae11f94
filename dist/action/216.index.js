export const id = 216;
export const ids = [216];
export const modules = {
  /***/
  2216: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        deliverEvent: () => (
          /* binding */
          deliverEvent
        )
      });
      var errors = __webpack_require__(3916);
      var zod_mini = __webpack_require__(1164);
      var event_body = __webpack_require__(4185);
      var api_call = __webpack_require__(1021);
      var api_url = __webpack_require__(5404);
      ;
      const pageSchema = zod_mini._H3({
        account: zod_mini.lqM(zod_mini.YjP()),
        org: zod_mini.lqM(zod_mini.YjP()),
        project: zod_mini.lqM(zod_mini.YjP()),
        // A Go server encodes an empty list as null; both mean "none".
        pipelines: zod_mini.cl6(zod_mini.YOg(zod_mini.YjP()))
      });
      function headerNumber(headers, names) {
        for (const name of names) {
          const value = headers[name];
          if (value !== void 0 && /^\s*\d+\s*$/.test(value))
            return Number(value);
        }
        return void 0;
      }
      function readPageHeaders(headers) {
        const totalItems = headerNumber(headers, ["x-total-elements", "x-total-items"]);
        const totalPages = headerNumber(headers, ["x-total-pages"]);
        const pageSize = headerNumber(headers, ["x-page-size"]);
        const pageNumber = headerNumber(headers, ["x-page-number"]);
        return {
          ...totalItems === void 0 ? {} : { totalItems },
          ...totalPages === void 0 ? {} : { totalPages },
          ...pageSize === void 0 || pageSize === 0 ? {} : { pageSize },
          ...pageNumber === void 0 ? {} : { pageNumber }
        };
      }
      async function listWorkspacePipelines(conn, options = {}) {
        const limit = options.pageSize ?? 100;
        const maxPages = options.maxPages ?? 100;
        const action = "list the pipelines of the workspace";
        return withClient(conn, options, async (client, resolved) => {
          const seen = /* @__PURE__ */ new Set();
          let first;
          let previous;
          let done = false;
          for (let page = 1; page <= maxPages && !done; page++) {
            const url = workspaceUrl(resolved, "pipelines", { limit, page });
            const response = await client.call("GET", url, action);
            const body = parseResponse(response, pageSchema, context(resolved, url, action));
            first ??= body;
            const items = body.pipelines ?? [];
            const info = readPageHeaders(response.headers);
            const key = JSON.stringify(items);
            const repeated = previous !== void 0 && (items.length > 0 && key === previous.key || info.pageNumber !== void 0 && info.pageNumber === previous.pageNumber);
            if (repeated)
              break;
            previous = { key, ...info.pageNumber === void 0 ? {} : { pageNumber: info.pageNumber } };
            for (const item of items)
              seen.add(item);
            const totalsKnown = info.totalPages !== void 0 || info.totalItems !== void 0;
            const totalsReached = info.totalPages !== void 0 && page >= info.totalPages || info.totalItems !== void 0 && seen.size >= info.totalItems;
            const short = items.length < (info.pageSize ?? limit);
            done = items.length === 0 || totalsReached || short && !totalsKnown;
            if (!done && page === maxPages) {
              return { ...identity(first), pipelines: [...seen], truncated: true };
            }
          }
          return { ...identity(first), pipelines: [...seen], truncated: false };
        });
      }
      function identity(body) {
        return {
          ...body?.account === void 0 ? {} : { account: body.account },
          ...body?.org === void 0 ? {} : { org: body.org },
          ...body?.project === void 0 ? {} : { project: body.project }
        };
      }
      ;
      const DELAY_UNITS = (
        /* unused pure expression or super */
        null
      );
      const optionalText = zod_mini.FsL(zod_mini.cl6(zod_mini.YjP()), zod_mini.pdi((value) => value === null || value === "" ? void 0 : value));
      const ephemeralConfigResponseSchema = zod_mini._H3({
        destroy_at: optionalText,
        delete_at: optionalText,
        status: optionalText
      });
      async function sendEvent(conn, body, options = {}) {
        await (0, api_call.SV)(conn, { ...options, retryUnknownOutcome: false }, async (client, resolved) => {
          const url = (0, api_url.fO)(resolved, "events");
          const action = "send the event";
          const response = await client.call("POST", url, action, (0, event_body.Ho)(body));
          if (response.body.trim() !== "")
            (0, api_call.xp)(response, zod_mini.L5J(), (0, api_call._O)(resolved, url, action));
        });
      }
      async function putEphemeralConfig(conn, config, options = {}) {
        return withClient(conn, options, async (client, resolved) => {
          const url = workspaceUrl(resolved, "ephemeral-config");
          const action = "set the workspace time to live";
          const response = await client.call("PUT", url, action, JSON.stringify(config));
          return parseResponse(response, ephemeralConfigResponseSchema, context(resolved, url, action));
        });
      }
      async function getEphemeralConfig(conn, options = {}) {
        return withClient(conn, options, async (client, resolved) => {
          const url = workspaceUrl(resolved, "ephemeral-config");
          const action = "read the workspace time to live";
          let response;
          try {
            response = await client.call("GET", url, action);
          } catch (error) {
            if (error instanceof ApiError && error.status === 404 && saysNoConfig(error.serverMessage))
              return void 0;
            throw error;
          }
          return parseResponse(response, ephemeralConfigResponseSchema, context(resolved, url, action));
        });
      }
      function saysNoConfig(message) {
        if (message === void 0)
          return false;
        const aboutConfig = /ephemeral[ _-]?config|time[ _-]to[ _-]live|\bttl\b|\bconfig(uration)?\b/i.test(message);
        const missingScope = /\b(workspace|org(anization)?|project|account)\b[^.;]*\b(not found|does not exist|doesn't exist|unknown)\b/i.test(message) || /\b(no such|unknown) (workspace|org(anization)?|project|account)\b/i.test(message);
        return aboutConfig && !missingScope;
      }
      async function deleteEphemeralConfig(conn, options = {}) {
        await withClient(conn, options, async (client, resolved) => {
          await client.call("DELETE", workspaceUrl(resolved, "ephemeral-config"), "turn the workspace time to live off");
        });
      }
      var redact = __webpack_require__(5299);
      var retry_after = __webpack_require__(2465);
      var spool = __webpack_require__(3487);
      ;
      async function sendOnce(conn, body, http, options) {
        try {
          await sendEvent(conn, body, http);
        } catch (error) {
          if (!(0, retry_after.Hu)(error) || options.landed === void 0)
            throw error;
          const landed = await options.landed().catch(() => void 0);
          if (landed === true) {
            options.log?.("The answer to the event was lost, but Harness recorded it: not sent again");
            return;
          }
          if (landed === void 0) {
            options.log?.("warning: the answer to the event was lost and Harness could not be asked whether it landed: it may have");
            throw error;
          }
          options.log?.("The answer to the event was lost and Harness has no activity for it: sending it once more");
          await sendEvent(conn, body, http);
        }
      }
      async function deliverEvent(conn, body, options = {}) {
        const warning = (0, spool.largeBodyWarning)(body);
        if (warning !== void 0)
          options.log?.(warning);
        const http = {
          ...options.env === void 0 ? {} : { env: options.env },
          ...options.log === void 0 ? {} : { log: options.log },
          ...options.http
        };
        try {
          await sendOnce(conn, body, http, options);
          return { kind: "sent" };
        } catch (error) {
          if (!(error instanceof errors.hD))
            throw error;
          try {
            const { file, fallback } = await (0, spool.spoolBody)(body, { ...options, target: (0, spool.spoolTargetOf)(conn) });
            if (fallback !== void 0)
              options.log?.(`warning: ${fallback}; the body was written to ${file} instead`);
            return { kind: "spooled", file, error };
          } catch (spoolError) {
            const detail = spoolError instanceof Error ? spoolError.message : String(spoolError);
            throw new errors.hD(error.code, (0, redact.E$)(`${error.template}; the body could not be saved either (${detail})`, [conn.apiKey]), error.status, { cause: spoolError });
          }
        }
      }
    })
  )
};
