export const id = 487;
export const ids = [487];
export const modules = {

/***/ 3487:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LARGE_BODY_CHARS: () => (/* binding */ LARGE_BODY_CHARS),
/* harmony export */   checkSpoolDir: () => (/* binding */ checkSpoolDir),
/* harmony export */   largeBodyWarning: () => (/* binding */ largeBodyWarning),
/* harmony export */   readSpoolTarget: () => (/* binding */ readSpoolTarget),
/* harmony export */   spoolBody: () => (/* binding */ spoolBody),
/* harmony export */   spoolDirectory: () => (/* binding */ spoolDirectory),
/* harmony export */   spoolTargetOf: () => (/* binding */ spoolTargetOf),
/* harmony export */   targetFileOf: () => (/* binding */ targetFileOf)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);
/* harmony import */ var _make_dir_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3927);
/**
 * A body that could not be delivered is not lost: it is written, byte for byte, to a file that
 * `iacm-report send --payload <file>` can deliver later. On CI the runner's temp folder
 * (RUNNER_TEMP) is kept for the job and cleaned after it, which is what we want for a file that
 * holds repository and cost details.
 */






/** node:crypto loads when first used: loading it costs every run's start-up ~10 ms. */
const crypto = () => process.getBuiltinModule('node:crypto');
/** Harness limits requests over this many characters to one per 10 s. */
const LARGE_BODY_CHARS = 500_000;
const TARGET_KEYS = ['accountId', 'org', 'project', 'workspace', 'baseUrl'];
/** The target file kept beside a spooled body. */
function targetFileOf(bodyFile) {
    return `${bodyFile}.target.json`;
}
/** The connection's target, without the key (or the short-lived in-stage service URL). */
function spoolTargetOf(conn) {
    const target = {};
    for (const key of TARGET_KEYS) {
        const value = conn[key];
        if (typeof value === 'string' && value !== '')
            target[key] = value;
    }
    return target;
}
/**
 * The target kept beside `bodyFile`, or undefined when there is none (a body written by hand, or
 * spooled by a version before targets were kept). Only the known string fields are read.
 */
async function readSpoolTarget(bodyFile) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(targetFileOf(bodyFile), 'utf8');
    }
    catch {
        return undefined;
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    if (typeof json !== 'object' || json === null)
        return undefined;
    return spoolTargetOf(json);
}
function spoolDirectory(options = {}) {
    const runnerTemp = options.env?.['RUNNER_TEMP'];
    const dir = options.spoolDir ?? (runnerTemp !== undefined && runnerTemp !== '' ? runnerTemp : (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)());
    return options.cwd === undefined ? (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(dir) : (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(options.cwd, dir);
}
/**
 * A `--spool-dir` the user named is made (if missing) and checked writable before anything is
 * sent, so a folder that can never hold a body (`/proc/nope`, read-only) is one line and exit 2
 * up front, not a surprise after a failed delivery. The fallback in spoolBody stays for a folder
 * that fails later (a full disk).
 */
async function checkSpoolDir(spoolDir, cwd) {
    const dir = spoolDirectory({ spoolDir, ...(cwd === undefined ? {} : { cwd }) });
    try {
        await (0,_make_dir_js__WEBPACK_IMPORTED_MODULE_5__/* .makeDir */ .g)(dir, 0o700);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.access)(dir, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.W_OK);
    }
    catch (error) {
        const code = error.code ?? 'not writable';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`--spool-dir ${spoolDir}: the folder cannot be made or written (${code}); an undelivered event's body is saved there: name a writable folder, or leave the setting out (RUNNER_TEMP or the OS temp folder)`, 'CONFIG_INVALID');
    }
}
/** The warning for a body over the size Harness rate-limits, or undefined. */
function largeBodyWarning(body) {
    if (body.length <= LARGE_BODY_CHARS)
        return undefined;
    return (`the event body is ${body.length.toLocaleString('en-US')} characters; Harness accepts bodies over ` +
        `${LARGE_BODY_CHARS.toLocaleString('en-US')} characters at most once per 10 s, so send them one at a time`);
}
/**
 * Writes `body` exactly to `iacm-event-<UTC timestamp>-<random>.json`, mode 0600, and says where.
 * When the spool folder cannot be written (read-only, full, not a folder), the OS temp folder is
 * tried before giving up, and `fallback` says why: a report is never lost to a bad --spool-dir.
 */
async function spoolBody(body, options = {}) {
    const dir = spoolDirectory(options);
    try {
        return await spoolInto(dir, body, options);
    }
    catch (error) {
        const fallbackDir = (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)();
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(fallbackDir) === dir)
            throw error;
        const code = error.code ?? error.message;
        const result = await spoolInto(fallbackDir, body, options);
        return { ...result, fallback: `the spool folder ${dir} could not be written (${code})` };
    }
}
async function spoolInto(dir, body, options) {
    await (0,_make_dir_js__WEBPACK_IMPORTED_MODULE_5__/* .makeDir */ .g)(dir, 0o700);
    const stamp = (options.now?.() ?? new Date())
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d+Z$/, 'Z');
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, `iacm-event-${stamp}-${crypto().randomBytes(4).toString('hex')}.json`);
    // 'wx': never overwrite; the random part makes a clash all but impossible, this makes it harmless.
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(file, body, { encoding: 'utf8', mode: 0o600, flag: 'wx' });
    if (options.target !== undefined) {
        const target = `${JSON.stringify(spoolTargetOf(options.target), null, 2)}\n`;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(targetFileOf(file), target, { encoding: 'utf8', mode: 0o600, flag: 'wx' });
    }
    const warning = largeBodyWarning(body);
    return warning === undefined ? { file } : { file, warning };
}


/***/ }),

/***/ 3927:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ makeDir)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * `mkdir -p`, without Node's `mkdir(dir, { recursive: true })`: under /proc (and other pseudo
 * file systems) that call spins at 100% CPU forever, because mkdir there answers ENOENT for a
 * folder whose parent exists (issue 23: `--spool-dir /proc/nope`). Here each missing folder, from
 * the first one that exists down, is made once, and the first failure is thrown as it is.
 */


function errnoOf(error) {
    return error?.code;
}
async function makeDir(dir, mode) {
    const missing = [];
    for (let at = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(dir);;) {
        try {
            if ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(at)).isDirectory())
                break;
            throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${at}'`), { code: 'ENOTDIR' });
        }
        catch (error) {
            if (errnoOf(error) !== 'ENOENT')
                throw error;
        }
        missing.push(at);
        const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(at);
        if (parent === at)
            break;
        at = parent;
    }
    for (const folder of missing.reverse()) {
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(folder, mode === undefined ? {} : { mode });
        }
        catch (error) {
            // Made meanwhile by another process: fine, as with mkdir -p.
            if (errnoOf(error) !== 'EEXIST')
                throw error;
        }
    }
}


/***/ })

};
