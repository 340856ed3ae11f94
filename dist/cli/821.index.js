export const id = 821;
export const ids = [821];
export const modules = {

/***/ 2821:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UPLOAD_USAGE: () => (/* binding */ UPLOAD_USAGE),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _api_create_data_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5339);
/* harmony import */ var _config_from_cli_flags_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5417);
/* harmony import */ var _config_settings_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4661);
/* harmony import */ var _plain_text_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(8763);
/* harmony import */ var _run_data_uploads_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3878);
/* harmony import */ var _run_upload_plan_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9772);
/* harmony import */ var _reporter_upload_outcome_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1873);
/* harmony import */ var _reporter_workspace_data_summary_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3472);
/* harmony import */ var _command_runner_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(354);
/* harmony import */ var _connection_flags_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(4002);
/**
 * `iacm-report upload --data-type <type> --file <file> [--stack-path <unit>] [pipeline ids]`:
 * store one file in the workspace (`/data`), the retry a report run prints for an upload that
 * failed. Prints the stored data's id on stdout (for scripts) and Harness's policy answer on
 * stderr. The file is streamed, never printed, whatever it holds.
 */












const UPLOAD_USAGE = `Usage: iacm-report upload --data-type <type> --file <file> [options] [connection]

Store one file in the IaCM workspace (for example one a report run could not upload), and print
the stored data's id. The file is sent as it is and never printed.
  --data-type <type>           ${_api_create_data_js__WEBPACK_IMPORTED_MODULE_2__/* .DATA_TYPES */ .hL.join(', ')}
  --file <file>                the bytes to store
  --stack-path <path>          the Terragrunt unit the data belongs to
  --pipeline-id <id>           HARNESS_PIPELINE_ID      } all four required
  --stage-id <id>              HARNESS_STAGE_ID         }
  --pipeline-execution-id <id> HARNESS_EXECUTION_ID     }
  --pipeline-stage-id <id>     the stage execution id   }

${_connection_flags_js__WEBPACK_IMPORTED_MODULE_10__/* .CONNECTION_USAGE */ .T3}

Exit codes: 0 stored, 2 bad input or usage, 1 the API call failed.`;
/** The pipeline id rows of the settings table: the same flags and variables as the report's. */
const PIPELINE_ROWS = _config_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .SETTINGS */ .yy.filter((row) => row.path.startsWith('uploads.pipeline.'));
const options = {
    'data-type': { type: 'string' },
    file: { type: 'string' },
    'stack-path': { type: 'string' },
    ...(0,_config_from_cli_flags_js__WEBPACK_IMPORTED_MODULE_3__/* .flagOptions */ .vo)(PIPELINE_ROWS),
    help: { type: 'boolean', short: 'h' },
    ..._connection_flags_js__WEBPACK_IMPORTED_MODULE_10__/* .connectionOptions */ .HZ,
};
function pipelineIds(values, env) {
    const ids = {};
    const missing = [];
    for (const row of PIPELINE_ROWS) {
        const value = (0,_config_from_cli_flags_js__WEBPACK_IMPORTED_MODULE_3__/* .flagValue */ .y6)(row, values, env);
        const key = row.path.slice('uploads.pipeline.'.length);
        if (typeof value === 'string' && value.trim() !== '')
            ids[key] = value.trim();
        else
            missing.push(_config_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .SETTING_NAMES */ .OI.cli(row.path) ?? `--${row.name}`);
    }
    if (missing.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`missing ${missing.join(', ')} (the data endpoint requires them)`);
    }
    return ids;
}
async function run(argv, io, overrides = {}) {
    return (0,_command_runner_js__WEBPACK_IMPORTED_MODULE_9__/* .runCommand */ .d1)(argv, io, async () => {
        const values = (0,_command_runner_js__WEBPACK_IMPORTED_MODULE_9__/* .flagsOrHelp */ .CH)(argv, options, 'upload', UPLOAD_USAGE, io);
        if (values === undefined)
            return _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT_OK */ .Ij;
        const dataType = values['data-type'];
        if (dataType === undefined || !_api_create_data_js__WEBPACK_IMPORTED_MODULE_2__/* .DATA_TYPES */ .hL.includes(dataType)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`--data-type must be one of ${_api_create_data_js__WEBPACK_IMPORTED_MODULE_2__/* .DATA_TYPES */ .hL.join(', ')}`);
        }
        if (values.file === undefined || values.file === '')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('give the file to store with --file <file>');
        const pipeline = pipelineIds(values, io.env);
        const conn = (0,_connection_flags_js__WEBPACK_IMPORTED_MODULE_10__/* .connectionFromFlags */ .Ep)(values, io.env, { require: true });
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, values.file);
        const size = await (0,_run_upload_plan_js__WEBPACK_IMPORTED_MODULE_6__/* .fileSize */ .Ov)(file, values.file);
        const stackPath = values['stack-path'] === '' ? undefined : values['stack-path'];
        try {
            const result = await (0,_api_create_data_js__WEBPACK_IMPORTED_MODULE_2__/* .createData */ .vd)(conn, { dataType: dataType, source: { file, size }, pipeline, stackPath }, (0,_run_data_uploads_js__WEBPACK_IMPORTED_MODULE_5__/* .uploadHttpOptions */ .YM)(size, (0,_command_runner_js__WEBPACK_IMPORTED_MODULE_9__/* .httpOptionsFor */ .kX)(io, overrides)));
            const policy = (0,_reporter_upload_outcome_js__WEBPACK_IMPORTED_MODULE_7__/* .combinePolicyAnswers */ .De)([result.response]);
            if (policy !== undefined) {
                io.stderr(`iacm-report: policy evaluation: ${policy.level}\n`);
                for (const p of policy.policies) {
                    io.stderr((0,_plain_text_js__WEBPACK_IMPORTED_MODULE_11__/* .plainText */ .wh)(`iacm-report:   ${p.level} ${(0,_reporter_workspace_data_summary_js__WEBPACK_IMPORTED_MODULE_8__/* .policyName */ .ct)(p)}${p.message ? `: ${p.message}` : ''}`) +
                        '\n');
                }
            }
            if (result.id === undefined) {
                io.stderr(`iacm-report: error: ${(0,_plain_text_js__WEBPACK_IMPORTED_MODULE_11__/* .plainText */ .wh)(result.idProblem ?? 'no id')}\n`);
                return _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT_FAILURE */ .w5;
            }
            io.stdout(`${result.id}\n`);
            io.stderr(`iacm-report: stored ${values.file} as ${dataType} (${size.toLocaleString('en-US')} bytes)\n`);
            return _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT_OK */ .Ij;
        }
        catch (error) {
            if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ApiError */ .hD))
                throw error;
            io.stderr(`iacm-report: error: ${error.message}\n`);
            io.stderr('iacm-report: nothing was stored; retry with the same command\n');
            return _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT_FAILURE */ .w5;
        }
    });
}


/***/ })

};
