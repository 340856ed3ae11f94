export const id = 827;
export const ids = [827];
export const modules = {

/***/ 9827:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SEND_USAGE: () => (/* binding */ SEND_USAGE),
  checkPayload: () => (/* binding */ checkPayload),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/api/iacm-api.ts + 1 modules
var iacm_api = __webpack_require__(748);
// EXTERNAL MODULE: ./src/api/spool.ts
var spool = __webpack_require__(3487);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/config/settings.ts
var settings = __webpack_require__(4661);
// EXTERNAL MODULE: ./src/inputs/input-file.ts
var input_file = __webpack_require__(6572);
// EXTERNAL MODULE: ./src/inputs/json-file.ts + 1 modules
var json_file = __webpack_require__(3652);
// EXTERNAL MODULE: ./src/reporter/event-schema.ts
var event_schema = __webpack_require__(1713);
// EXTERNAL MODULE: ./src/cli/command-runner.ts + 1 modules
var command_runner = __webpack_require__(354);
// EXTERNAL MODULE: ./src/cli/connection-flags.ts
var connection_flags = __webpack_require__(4002);
;// CONCATENATED MODULE: ./src/cli/spool-target.ts
/**
 * `send --payload <file>` of a spooled body goes where the body was meant to go (issue 26): the
 * target kept beside it (api/spool.ts) fills every connection field its flag does not give, ahead
 * of the environment, which in a later job may name another workspace. Precedence, per field:
 * flag > spooled target > environment variable. The key is never in the target.
 *
 * Except the host: the key goes wherever the base URL points, and a target file may come from
 * an artifact a less trusted job wrote. So the base URL is never taken from the target; when it
 * differs from the one in use, a note says which host the body was made for and how to send there.
 */


/** `env` with the spooled target's fields in place of their variables, where no flag gives them. */
function applySpoolTarget(target, values, env) {
    if (target === undefined)
        return { env, notes: [] };
    const merged = { ...env };
    const notes = [];
    for (const row of settings/* SETTINGS */.yy) {
        if (row.section !== 'connection')
            continue;
        const key = row.path.replace(/^connection\./, '');
        const value = target[key];
        const variable = row.env?.cli?.[0];
        if (value === undefined || variable === undefined)
            continue;
        const flag = values[row.name];
        const given = typeof flag === 'string' && flag.trim() !== '';
        const current = env[variable]?.trim();
        if (key === 'baseUrl') {
            const inUse = given ? flag.trim() : current !== undefined && current !== '' ? current : row.default;
            if (inUse !== value) {
                notes.push(`the body was made for ${value}, not ${String(inUse)}; the host never comes from the saved target: pass --base-url ${value} to send there`);
            }
            continue;
        }
        if (given)
            continue;
        if (current !== undefined && current !== '' && current !== value) {
            notes.push(`${row.name} "${value}" from the spooled body's target, not ${variable} ("${current}"); pass --${row.name} to send elsewhere`);
        }
        merged[variable] = value;
    }
    return { env: merged, notes };
}
/** The target kept beside a payload file (none for standard input). */
async function payloadTarget(source, file) {
    return source === '-' ? undefined : (0,spool/* readSpoolTarget */.Ng)(file);
}

;// CONCATENATED MODULE: ./src/cli/send-command.ts
/**
 * `iacm-report send --payload <file|->`: deliver a body saved earlier (by a failed report run, or
 * written by hand). The body is checked against the event schema, then sent exactly as read.
 */











const SEND_USAGE = `Usage: iacm-report send --payload <file|-> [connection]

Send a saved event body (for example the file a failed report run names) to Harness IaCM.
  --payload <file|->   the body; - reads standard input

A body a report run saved keeps its target beside it (<file>.target.json: account, org, project,
workspace, base URL; never the key). Account, org, project and workspace come from their flag if
given, else from that target, else from the environment: the body goes where it was meant to go.
The host never comes from the target (the key goes there): --base-url, else HARNESS_BASE_URL.

${connection_flags/* CONNECTION_USAGE */.T3}

Exit codes: 0 sent, 2 bad payload or usage, 1 the API call failed.`;
const options = {
    payload: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
    ...connection_flags/* connectionOptions */.HZ,
};
/**
 * The body: a regular file (a FIFO or a device such as /dev/zero is refused) or standard input,
 * each with its own cap (input-file.ts), so an endless input cannot grow the process.
 */
async function readPayload(source, io) {
    if (source === '-') {
        if (io.stdin === undefined)
            throw new errors/* UsageError */.eb('--payload - needs a body on standard input');
        return {
            name: 'standard input',
            bytes: await (0,input_file/* readStream */.bv)(io.stdin, 'standard input', input_file/* MAX_PIPED_PAYLOAD_BYTES */.PM),
        };
    }
    // A spooled file can be as large as any body; a pipe by name is held to the piped limit.
    const max = (0,input_file/* isStdinName */.I0)(source) ? input_file/* MAX_PIPED_PAYLOAD_BYTES */.PM : input_file/* MAX_PAYLOAD_BYTES */.qY;
    return { name: source, bytes: await (0,input_file/* readInput */.R5)((0,external_node_path_.resolve)(io.cwd, source), source, max) };
}
/** The payload as text, if it is a valid event body; InputError (exit 2) otherwise. */
function checkPayload(name, bytes) {
    let body;
    try {
        body = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch (error) {
        throw new errors/* InputError */.dz('INPUT_ENCODING', name, 'is not valid UTF-8', undefined, { cause: error });
    }
    if (body.trim() === '')
        throw new errors/* InputError */.dz('INPUT_EMPTY', name, 'is empty');
    // The body holds the event: its syntax error names line and column, never its text.
    const json = (0,json_file/* parseJsonText */.lk)(body, name, 'send the body a report step wrote (--dry-run or its spool file) unchanged');
    const result = event_schema/* sendEventRequestSchema */.vF.safeParse(json);
    if (!result.success) {
        const issue = result.error.issues[0];
        const where = issue === undefined || issue.path.length === 0 ? '' : `${issue.path.join('.')}: `;
        throw new errors/* InputError */.dz('INPUT_INVALID', name, `is not an IaCM event body (${where}${issue?.message ?? 'invalid'})`);
    }
    return body;
}
async function run(argv, io, overrides = {}) {
    return (0,command_runner/* runCommand */.d1)(argv, io, async () => {
        const values = (0,command_runner/* flagsOrHelp */.CH)(argv, options, 'send', SEND_USAGE, io);
        if (values === undefined)
            return errors/* EXIT_OK */.Ij;
        if (values.payload === undefined || values.payload === '') {
            throw new errors/* UsageError */.eb('give the body to send with --payload <file> (or --payload - for standard input)');
        }
        const { name, bytes } = await readPayload(values.payload, io);
        const body = checkPayload(name, bytes);
        const target = await payloadTarget(values.payload, (0,external_node_path_.resolve)(io.cwd, values.payload));
        const targeted = applySpoolTarget(target, values, io.env);
        for (const note of targeted.notes)
            io.stderr(`iacm-report: note: ${note}\n`);
        const conn = (0,connection_flags/* connectionFromFlags */.Ep)(values, targeted.env, { require: true });
        const warning = (0,spool/* largeBodyWarning */.sl)(body);
        if (warning !== undefined)
            io.stderr(`iacm-report: warning: ${warning}\n`);
        try {
            await (0,iacm_api/* sendEvent */.BI)(conn, body, (0,command_runner/* httpOptionsFor */.kX)(io, overrides));
        }
        catch (error) {
            if (!(error instanceof errors/* ApiError */.hD))
                throw error;
            io.stderr(`iacm-report: error: ${(0,errors/* describeError */.Uc)(error, settings/* SETTING_NAMES */.OI.cli)}\n`);
            if (values.payload === '-') {
                // Standard input cannot be read twice: keep the body so a retry does not need it again.
                const { file, fallback } = await (0,spool/* spoolBody */._4)(body, {
                    env: io.env,
                    cwd: io.cwd,
                    target: (0,spool/* spoolTargetOf */.kp)(conn),
                });
                if (fallback !== undefined)
                    io.stderr(`iacm-report: warning: ${fallback}; using ${file}\n`);
                io.stderr(`iacm-report: the body was saved to ${file}; retry with: iacm-report send --payload ${file}\n`);
            }
            else {
                io.stderr(`iacm-report: the body is still in ${values.payload}; retry with the same command\n`);
            }
            return errors/* EXIT_FAILURE */.w5;
        }
        io.stderr(`iacm-report: event delivered to Harness IaCM (workspace ${conn.workspace ?? ''})\n`);
        return errors/* EXIT_OK */.Ij;
    });
}


/***/ })

};
