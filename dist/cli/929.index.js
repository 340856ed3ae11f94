export const id = 929;
export const ids = [929];
export const modules = {

/***/ 6929:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PIPELINES_USAGE: () => (/* binding */ PIPELINES_USAGE),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _plain_text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8763);
/* harmony import */ var _runner_commands_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3280);
/* harmony import */ var _api_iacm_api_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(748);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _command_runner_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(354);
/* harmony import */ var _connection_flags_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4002);
/** `iacm-report pipelines [--json]`: the pipelines that use a workspace, every page of them. */






const PIPELINES_USAGE = `Usage: iacm-report pipelines [--json] [connection]

List the pipelines that use the workspace: one identifier per line, or with --json one object
{ "account", "org", "project", "workspace", "pipelines": [...] }.

${_connection_flags_js__WEBPACK_IMPORTED_MODULE_4__/* .CONNECTION_USAGE */ .T3}

Exit codes: 0 listed (even when none), 2 bad flags, 1 the API call failed.`;
const options = {
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
    ..._connection_flags_js__WEBPACK_IMPORTED_MODULE_4__/* .connectionOptions */ .HZ,
};
async function run(argv, io, overrides = {}) {
    return (0,_command_runner_js__WEBPACK_IMPORTED_MODULE_3__/* .runCommand */ .d1)(argv, io, async () => {
        const values = (0,_command_runner_js__WEBPACK_IMPORTED_MODULE_3__/* .flagsOrHelp */ .CH)(argv, options, 'pipelines', PIPELINES_USAGE, io);
        if (values === undefined)
            return _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT_OK */ .Ij;
        const conn = (0,_connection_flags_js__WEBPACK_IMPORTED_MODULE_4__/* .connectionFromFlags */ .Ep)(values, io.env, { require: true });
        const result = await (0,_api_iacm_api_js__WEBPACK_IMPORTED_MODULE_1__/* .listWorkspacePipelines */ .Rk)(conn, (0,_command_runner_js__WEBPACK_IMPORTED_MODULE_3__/* .httpOptionsFor */ .kX)(io, overrides));
        if (values.json) {
            const json = {
                account: result.account ?? conn.accountId,
                org: result.org ?? conn.org,
                project: result.project ?? conn.project,
                workspace: conn.workspace,
                pipelines: result.pipelines,
            };
            // The same value, with no runner command and nothing hidden in the server's ids.
            io.stdout(`${(0,_runner_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .jsonWithoutRunnerCommands */ .BG)(JSON.stringify(json, null, 2))}\n`);
        }
        else {
            // Ids come from the server: one plain line each (no terminal escapes, no forged lines).
            io.stdout(result.pipelines.map((id) => `${(0,_plain_text_js__WEBPACK_IMPORTED_MODULE_5__/* .plainText */ .wh)(id)}\n`).join(''));
            if (result.pipelines.length === 0)
                io.stderr(`iacm-report: no pipeline uses workspace ${conn.workspace ?? ''}\n`);
        }
        if (result.truncated) {
            io.stderr(`iacm-report: warning: stopped after ${result.pipelines.length} pipelines (page limit); the list may be incomplete\n`);
        }
        return _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT_OK */ .Ij;
    });
}


/***/ })

};
