export const id = 821;
export const ids = [821,241];
export const modules = {

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


/***/ }),

/***/ 7241:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildPartial: () => (/* binding */ buildPartial),
/* harmony export */   failedPartial: () => (/* binding */ failedPartial),
/* harmony export */   planOf: () => (/* binding */ planOf),
/* harmony export */   serializePartial: () => (/* binding */ serializePartial)
/* harmony export */ });
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1013);
/* harmony import */ var _partial_schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6138);


/** A copy with every `undefined` field left out, as JSON would (so a partial compares by content). */
function defined(value) {
    return JSON.parse(JSON.stringify(value));
}
/** Loose records in the schema; the model's own types carry no index signature. */
function planRecord(plan) {
    const { changedAttributes, ...rest } = plan;
    // Drifted resources one by one are the sending leg's (--send-drift-resources), not the merge's.
    delete rest.driftResources;
    // A Map has no JSON form of its own: its entries travel as pairs.
    const pairs = changedAttributes instanceof Map ? [...changedAttributes] : [];
    return defined(pairs.length > 0 ? { ...rest, changedAttributes: pairs } : rest);
}
function unitRecord(unit) {
    return defined(unit);
}
function buildPartial(input, origin) {
    const partial = {
        kind: _partial_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .PARTIAL_KIND */ .dQ,
        version: _partial_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .PARTIAL_VERSION */ .bZ,
        producer: _version_js__WEBPACK_IMPORTED_MODULE_0__/* .VERSION */ .x,
        leg: origin.leg,
        ...(origin.workspace === undefined ? {} : { workspace: origin.workspace }),
        ...(origin.commit === undefined ? {} : { commit: origin.commit }),
        report: {
            plans: input.plans.map(planRecord),
            drifts: input.drifts.map(planRecord),
            warnings: [...(input.warnings ?? [])],
            overrides: defined({ ...input.overrides }),
        },
    };
    if (input.terragrunt) {
        const plans = input.terragrunt.plans;
        partial.report.units = input.terragrunt.units.map((unit) => {
            const plan = plans.get(unit.pathId);
            return plan === undefined
                ? { unit: unitRecord(unit) }
                : { unit: unitRecord(unit), plan: planRecord(plan) };
        });
    }
    if (input.cost !== undefined)
        partial.report.cost = defined(input.cost);
    if (input.costDetails !== undefined)
        partial.report.costDetails = defined(input.costDetails);
    return partial;
}
/** A partial recording a leg that could not build its report (its inputs were missing or bad). */
function failedPartial(origin, error) {
    return {
        kind: _partial_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .PARTIAL_KIND */ .dQ,
        version: _partial_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .PARTIAL_VERSION */ .bZ,
        producer: _version_js__WEBPACK_IMPORTED_MODULE_0__/* .VERSION */ .x,
        leg: { ...origin.leg, status: 'failure', error: error.slice(0, 2000) },
        ...(origin.workspace === undefined ? {} : { workspace: origin.workspace }),
        ...(origin.commit === undefined ? {} : { commit: origin.commit }),
        report: { plans: [], drifts: [], warnings: [], overrides: {} },
    };
}
/** The partial's JSON text, as written to its file. */
function serializePartial(partial) {
    return `${JSON.stringify(partial)}\n`;
}
function planOf(record) {
    const { changedAttributes, ...rest } = record;
    return { ...rest, changedAttributes: new Map(changedAttributes ?? []) };
}


/***/ }),

/***/ 1821:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parsePartialText: () => (/* binding */ parsePartialText),
  readPartialFile: () => (/* binding */ readPartialFile),
  writePartialFile: () => (/* binding */ writePartialFile)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/make-dir.ts
var make_dir = __webpack_require__(3927);
// EXTERNAL MODULE: ./src/inputs/json-file.ts + 1 modules
var json_file = __webpack_require__(3652);
// EXTERNAL MODULE: ./src/inputs/input-file.ts
var input_file = __webpack_require__(6572);
// EXTERNAL MODULE: ./src/partial/partial-limits.ts
var partial_limits = __webpack_require__(2889);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/partial/partial-stream.ts
/**
 * A partial report read as a stream (issue 23: merge memory bounded in the size of a partial).
 * The file is scanned a chunk at a time: each item of `report.plans`, `report.drifts` and
 * `report.units` is cut out, parsed and handed to `onItem` (which checks and keeps it) on its own,
 * and everything else (the envelope: kind, version, leg, costs, warnings, ...) is kept as text with
 * those lists written `[]`. So the file's bytes, its whole text and its whole parse are never held
 * at once: only what `onItem` keeps, one item being parsed, and the small envelope.
 *
 * This is the fast path for what `--save-partial` writes (UTF-8, no byte-order mark). Anything it
 * does not follow exactly (a byte-order mark, UTF-16, bad syntax, a duplicate key on the way to a
 * list, an item that is not an object, nesting past the limit, a file past the cap) returns
 * `undefined`, and the caller reads the file whole as before: its refusal is worded by one reader,
 * byte for byte the same as ever.
 */


const STREAMED_LISTS = ['plans', 'drifts', 'units'];
/** Thrown by `onItem` (or found by the scan) to say: read this file the whole way instead. */
class NotStreamable extends Error {
}
const CHUNK = 1024 * 1024;
const [QUOTE, BACKSLASH, COMMA, COLON] = [0x22, 0x5c, 0x2c, 0x3a];
const [OPEN_OBJECT, CLOSE_OBJECT, OPEN_ARRAY, CLOSE_ARRAY] = [0x7b, 0x7d, 0x5b, 0x5d];
function isSpace(c) {
    return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}
/**
 * The partial in `file` scanned as a stream, or undefined when it must be read whole (see above).
 * `onItem` gets each list item parsed, with its list and index; what it returns is kept.
 */
async function streamPartial(file, label, maxBytes, maxDepth, onItem) {
    let handle;
    try {
        handle = await (0,input_file/* openInput */.lt)(file, label, maxBytes);
    }
    catch {
        return undefined;
    }
    try {
        const scan = new Scanner(maxDepth, onItem);
        const hash = (0,external_node_crypto_.createHash)('sha256');
        const buffer = Buffer.allocUnsafe(CHUNK);
        let size = 0;
        for (;;) {
            const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
            if (bytesRead === 0)
                break;
            size += bytesRead;
            if (size > maxBytes)
                return undefined;
            const chunk = buffer.subarray(0, bytesRead);
            hash.update(chunk);
            scan.feed(chunk, size === bytesRead);
        }
        const envelope = scan.end();
        return { envelope, lists: scan.lists, hash: hash.digest('hex'), size };
    }
    catch {
        // NotStreamable, a syntax or encoding fault, a read error: the whole-file reader says which.
        return undefined;
    }
    finally {
        await handle.close();
    }
}
class Scanner {
    maxDepth;
    onItem;
    lists = new Map();
    stack = [];
    envelope = [];
    decoder = new TextDecoder('utf-8', { fatal: true });
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
        // A byte-order mark, UTF-16 or NUL bytes: the whole-file reader words (or takes) those.
        if (first && (chunk[0] === 0xef || chunk[0] === 0xff || chunk[0] === 0xfe))
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
                    if (this.keyBytes !== undefined)
                        throw new NotStreamable();
                }
                else if (c === QUOTE) {
                    this.inString = false;
                    if (this.keyBytes !== undefined)
                        this.takeKey();
                }
                else
                    this.keyBytes?.push(c);
                continue;
            }
            const list = this.list;
            if (list !== undefined && this.item === undefined) {
                // Between the items of a list: white space, one comma between items, the list's end.
                if (isSpace(c))
                    continue;
                if (c === COMMA && list.comma) {
                    list.comma = false;
                    continue;
                }
                if (c === CLOSE_ARRAY && (list.comma || list.items.length === 0)) {
                    this.list = undefined;
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
                if (this.wantKey && this.stack.length <= 2 && this.item === undefined)
                    this.keyBytes = [];
                this.wantKey = false;
            }
            else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
                const top = this.stack.length < 2 && this.item === undefined;
                this.stack.push(top && c === OPEN_OBJECT ? { array: false, keys: new Set() } : { array: c === OPEN_ARRAY });
                if (this.stack.length > this.maxDepth)
                    throw new NotStreamable();
                this.wantKey = c === OPEN_OBJECT;
                if (c === OPEN_ARRAY && this.item === undefined && this.listAt() !== undefined) {
                    this.envelope.push(Buffer.from(chunk.subarray(envelopeFrom, i + 1)));
                    envelopeFrom = chunk.length;
                    this.startList();
                }
            }
            else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
                this.stack.pop();
                this.wantKey = false;
                if (this.item !== undefined && list !== undefined && this.stack.length === list.depth) {
                    this.item.push(chunk.subarray(this.itemStart, i + 1));
                    this.finishItem();
                    envelopeFrom = chunk.length;
                }
            }
            else if (c === COMMA) {
                this.wantKey = this.stack.at(-1)?.array === false;
            }
            else if (c === COLON || isSpace(c)) {
                // Structure or white space: JSON.parse checks the rest.
            }
            else if (this.stack.length <= 2 && this.item === undefined && this.wantKey) {
                throw new NotStreamable();
            }
        }
        if (this.item !== undefined)
            this.item.push(Buffer.from(chunk.subarray(this.itemStart)));
        else if (this.list === undefined && envelopeFrom < chunk.length) {
            this.envelope.push(Buffer.from(chunk.subarray(envelopeFrom)));
        }
    }
    /** The envelope's text; throws when the file ended inside something. */
    end() {
        if (this.inString || this.stack.length > 0 || this.list !== undefined)
            throw new NotStreamable();
        return this.decoder.decode(Buffer.concat(this.envelope));
    }
    takeKey() {
        const level = this.stack.at(-1);
        const key = Buffer.from(this.keyBytes ?? []).toString('latin1');
        this.keyBytes = undefined;
        if (level === undefined || level.array || level.keys === undefined)
            return;
        // JSON.parse keeps the last of two equal keys: the whole-file reader follows that rule.
        if (level.keys.has(key))
            throw new NotStreamable();
        level.keys.add(key);
        level.key = key;
    }
    /** The list an array opening now is, if it is `report.<list>` of the document. */
    listAt() {
        if (this.stack.length !== 3)
            return undefined;
        const [document, report] = this.stack;
        if (document?.key !== 'report' || report?.array !== false)
            return undefined;
        return STREAMED_LISTS.find((name) => name === report.key);
    }
    startList() {
        const name = this.listAt();
        const items = [];
        this.lists.set(name, items);
        this.list = { name, items, depth: this.stack.length, comma: false };
    }
    finishItem() {
        const list = this.list;
        const text = this.decoder.decode(Buffer.concat(this.item ?? []));
        this.item = undefined;
        list.items.push(this.onItem(list.name, list.items.length, JSON.parse(text)));
        list.comma = true;
    }
}

// EXTERNAL MODULE: ./src/version.ts + 1 modules
var src_version = __webpack_require__(1013);
// EXTERNAL MODULE: ./src/partial/partial-schema.ts
var partial_schema = __webpack_require__(6138);
// EXTERNAL MODULE: ./src/partial/build-partial.ts
var build_partial = __webpack_require__(7241);
;// CONCATENATED MODULE: ./src/partial/partial-file.ts
/**
 * Partial report files: writing one (atomically: a leg killed mid-write leaves no half file for
 * the merge to choke on) and reading one back, checked against the schema. The file I/O around
 * the pure builder and merger.
 */











/** node:crypto loads when first used: loading it costs every run's start-up ~10 ms. */
const partial_file_crypto = () => process.getBuiltinModule('node:crypto');
async function writePartialFile(file, partial) {
    const text = (0,build_partial.serializePartial)(partial);
    const size = Buffer.byteLength(text);
    if (size > partial_limits/* MAX_PARTIAL_BYTES */.pr) {
        // What merge could not read is not written: the refusal comes here, where the leg can split.
        throw new errors/* InputError */.dz('INPUT_TOO_LARGE', file, `the partial report would be ${(0,input_file/* sizeText */.lP)(size)}, more than the ${(0,input_file/* sizeText */.lP)(partial_limits/* MAX_PARTIAL_BYTES */.pr)} a merge reads; split this leg's units over more legs`);
    }
    // An unguessable name opened exclusively ('wx'): a link planted at a predictable temp name
    // cannot redirect the write.
    const temporary = `${file}.${partial_file_crypto().randomBytes(6).toString('hex')}.tmp`;
    try {
        await (0,make_dir/* makeDir */.g)((0,external_node_path_.dirname)(file));
        await (0,promises_.writeFile)(temporary, text, { encoding: 'utf8', flag: 'wx', mode: 0o600 });
        await (0,promises_.rename)(temporary, file);
    }
    catch (error) {
        await (0,promises_.rm)(temporary, { force: true });
        const reason = error instanceof Error ? error.message : String(error);
        throw new errors/* InputError */.dz('INPUT_UNREADABLE', file, `the partial report cannot be written (${reason})`, undefined, {
            cause: error,
        });
    }
}
/** A schema problem in a few words: zod's message, bounded, with a count past 2^53 said plainly. */
function oneLine(issue) {
    if (issue.code === 'too_big' && Number(issue.maximum) >= Number.MAX_SAFE_INTEGER)
        return 'a count past 2^53, which no partial report holds';
    if (issue.code === 'invalid_type' && issue.expected === 'int')
        return 'expected a whole number (a count of at most 2^53)';
    const message = issue.message.replace(/\s+/g, ' ');
    return message.length > 200 ? `${message.slice(0, 199)}…` : message;
}
/** Where in the document a schema problem is, `report.units.3.unit.status`. */
function where(issue) {
    return issue.path.length === 0 ? 'the document' : issue.path.map(String).join('.');
}
/** Reads, checks kind and version, validates. Every problem is one InputError naming the file. */
async function readPartialFile(file, label = file) {
    const streamed = await readStreamed(file, label);
    if (streamed !== undefined)
        return streamed;
    // The whole file (what the stream does not follow, and every refusal, worded here): each form
    // let go as soon as the next is made: the bytes, the text, then the raw parse.
    const read = await readText(file, label);
    const size = read.size;
    let text = read.text;
    read.text = '';
    const hash = partial_file_crypto().createHash('sha256').update(text).digest('hex');
    (0,partial_limits/* checkDepth */.kP)(text, label);
    const document = (0,json_file/* parseJsonText */.lk)(text, label, "run that leg's report step again");
    text = undefined;
    return { file: label, hash, partial: checkPartial(document, label), size };
}
/**
 * The partial read as a stream (partial-stream.ts), each list item checked and kept as it is
 * parsed; undefined when anything is off, so that the whole-file reader words the refusal.
 */
async function readStreamed(file, label) {
    if ((0,input_file/* isStdinName */.I0)(file))
        return undefined;
    const check = (list, index, value) => {
        const schema = list === 'units' ? partial_schema/* unitEntrySchema */.y9 : partial_schema/* planRecordSchema */.K_;
        const parsed = schema.safeParse(value);
        if (!parsed.success)
            throw new NotStreamable();
        return parsed.data;
    };
    const streamed = await streamPartial(file, label, partial_limits/* MAX_PARTIAL_BYTES */.pr, partial_limits/* MAX_PARTIAL_DEPTH */.nf, check);
    if (streamed === undefined)
        return undefined;
    let partial;
    try {
        partial = checkPartial(JSON.parse(streamed.envelope), label);
    }
    catch {
        return undefined;
    }
    for (const [key, items] of streamed.lists)
        partial.report[key] = items;
    return { file: label, hash: streamed.hash, partial, size: streamed.size };
}
async function readText(file, label) {
    const bytes = await (0,input_file/* readInput */.R5)(file, label, partial_limits/* MAX_PARTIAL_BYTES */.pr);
    return { text: (0,json_file/* decodeText */.g7)(bytes, label), size: bytes.length };
}
function parsePartialText(text, label) {
    (0,partial_limits/* checkDepth */.kP)(text, label);
    return checkPartial((0,json_file/* parseJsonText */.lk)(text, label, "run that leg's report step again"), label);
}
/** A parsed document checked as a partial report: kind, version, then the schema. */
function checkPartial(document, label) {
    if (typeof document !== 'object' || document === null || Array.isArray(document)) {
        throw new errors/* InputError */.dz('INPUT_WRONG_KIND', label, `is ${(0,json_file/* describeJsonValue */.$g)(document)}, not a partial report (written by iacm-report --save-partial)`);
    }
    const { kind, version, producer } = document;
    if (kind !== partial_schema/* PARTIAL_KIND */.dQ) {
        throw new errors/* InputError */.dz('INPUT_WRONG_KIND', label, 'is not a partial report (no "kind": "iacm-reporter/partial-report"); merge reads the files written by iacm-report --save-partial');
    }
    if (typeof version !== 'number' || !partial_schema/* READ_VERSIONS */.DQ.includes(version)) {
        const by = typeof producer === 'string' ? ` by iacm-reporter ${producer.slice(0, 40)}` : '';
        const newer = typeof version === 'number' && version > partial_schema/* PARTIAL_VERSION */.bZ;
        throw new errors/* InputError */.dz('INPUT_VERSION', label, `is a partial report of version ${String(version).slice(0, 20)} (written${by}); this iacm-reporter ${src_version/* VERSION */.x} reads versions ${partial_schema/* READ_VERSIONS */.DQ.join(' and ')}. ` +
            (newer
                ? 'Upgrade the merging step (the Action, plugin image or CLI) to the version the legs use.'
                : 'Run the legs and the merge with the same iacm-reporter version.'));
    }
    // Checked a list item at a time, each item replaced by its checked copy in place: zod copies
    // what it checks, and a whole-document check would hold two copies of a 512 MiB partial at once.
    const report = document.report;
    const lists = new Map();
    if (typeof report === 'object' && report !== null) {
        for (const key of LIST_KEYS) {
            const list = report[key];
            if (Array.isArray(list)) {
                lists.set(key, list);
                report[key] = [];
            }
        }
    }
    const envelope = checked(partial_schema/* partialReportSchema */.Fl, document, [], label);
    for (const [key, list] of lists) {
        const schema = key === 'units' ? partial_schema/* unitEntrySchema */.y9 : partial_schema/* planRecordSchema */.K_;
        for (let i = 0; i < list.length; i++)
            list[i] = checked(schema, list[i], ['report', key, i], label);
        envelope.report[key] = list;
    }
    return envelope;
}
const LIST_KEYS = ['plans', 'drifts', 'units'];
/** `value` checked against `schema`; the first problem, at `at` in the document, as one InputError. */
function checked(schema, value, at, label) {
    let parsed;
    try {
        parsed = schema.safeParse(value);
    }
    catch (error) {
        // Whatever the depth check let through and still overflows: one line, never a stack trace.
        if (!(error instanceof RangeError))
            throw error;
        throw new errors/* InputError */.dz('INPUT_INVALID', label, 'is not a valid partial report: it is nested too deep to check', undefined, { cause: error });
    }
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new errors/* InputError */.dz('INPUT_INVALID', label, `is not a valid partial report: ${where({ ...issue, path: [...at, ...issue.path] })}: ${oneLine(issue)}`);
    }
    return parsed.data;
}


/***/ }),

/***/ 2889:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kP: () => (/* binding */ checkDepth),
/* harmony export */   nf: () => (/* binding */ MAX_PARTIAL_DEPTH),
/* harmony export */   pr: () => (/* binding */ MAX_PARTIAL_BYTES),
/* harmony export */   t4: () => (/* binding */ MERGE_BUDGET_BYTES)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/**
 * The sizes a merge holds to (issue 23): whatever `--save-partial` writes, `merge` reads, because
 * both use MAX_PARTIAL_BYTES; the partials of one merge together stay under MERGE_BUDGET_BYTES, and
 * a partial nested deeper than MAX_PARTIAL_DEPTH is refused before it is parsed (a crafted one
 * would otherwise overflow the stack). Each is a one-line refusal naming the file.
 */

const MIB = 1024 * 1024;
/** The largest partial report written or read. */
const MAX_PARTIAL_BYTES = 512 * MIB;
/** The most partial-report bytes one merge reads, all files together. */
const MERGE_BUDGET_BYTES = 2048 * MIB;
/** Deepest nesting of objects and arrays a partial may have (ours are under 20 deep). */
const MAX_PARTIAL_DEPTH = 256;
/** InputError when `text` nests objects and arrays deeper than `max` (strings skipped). */
function checkDepth(text, label, max = MAX_PARTIAL_DEPTH) {
    let depth = 0;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (inString) {
            if (c === 0x5c)
                i++;
            else if (c === 0x22)
                inString = false;
        }
        else if (c === 0x22)
            inString = true;
        else if (c === 0x7b || c === 0x5b) {
            if (++depth > max) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('INPUT_INVALID', label, `nests objects or arrays more than ${max} deep, which no partial report does; it was not written by iacm-report --save-partial`, Buffer.byteLength(text.slice(0, i)));
            }
        }
        else if (c === 0x7d || c === 0x5d)
            depth--;
    }
}


/***/ }),

/***/ 6138:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DQ: () => (/* binding */ READ_VERSIONS),
/* harmony export */   Fl: () => (/* binding */ partialReportSchema),
/* harmony export */   K_: () => (/* binding */ planRecordSchema),
/* harmony export */   bZ: () => (/* binding */ PARTIAL_VERSION),
/* harmony export */   dQ: () => (/* binding */ PARTIAL_KIND),
/* harmony export */   y9: () => (/* binding */ unitEntrySchema)
/* harmony export */ });
/* unused harmony exports costFiguresSchema, costDetailsSchema, unitRecordSchema, legSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2857);
/* harmony import */ var _model_cost_details_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(903);
/* harmony import */ var _model_statuses_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9819);
/**
 * The partial report: what one CI leg (a matrix job, a looping step) writes with `--save-partial`
 * and `iacm-report merge` reads back. One versioned JSON document holding everything the final
 * report needs from the leg: the parser results the model is built from (per-plan and per-unit
 * counts, address lists, output values as the event shows them, costs, warnings, statuses), the
 * event overrides, the provisioner evidence, and who made it.
 *
 * It carries the model's *inputs*, not a finished event, so that merging is "build one model from
 * everything that arrived": the merged event is the event of one run over the same inputs, and
 * anything the model later derives from plans and units flows through without a new format.
 * Plan and unit records are loose objects for the same reason: fields a newer writer adds to a
 * PlanSummary or UnitReport survive a round trip; the fields the model needs today are checked.
 *
 * Never in it: variable values, sensitive output values (`(sensitive)`), keys; attribute values
 * only as --show-values lets them through (value-policy.ts).
 */



const PARTIAL_KIND = 'iacm-reporter/partial-report';
/**
 * Bumped on any change a reader of the previous version would misread or refuse without saying
 * why. Version 2 added `report.costDetails` (issue 24): a version-1 merge would refuse it as an
 * unknown key, so it says "upgrade" instead. Every version listed in READ_VERSIONS still reads.
 */
const PARTIAL_VERSION = 2;
/** The versions a merge reads: older ones lack only fields that are optional here. */
const READ_VERSIONS = [1, 2];
const count = zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative();
const countsSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    added: count,
    changed: count,
    deleted: count,
    unchanged: count,
    imported: count,
    removed: count,
});
/** A bounded list (src/model/bounded-list.ts): the names kept and the exact total. */
const boundedNames = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ items: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()), total: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative() });
const emptyNames = () => ({ items: [], total: 0 });
const addressListsSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    created: boundedNames,
    updated: boundedNames,
    deleted: boundedNames,
    replaced: boundedNames,
    imported: boundedNames,
    forgotten: boundedNames,
    drifted: boundedNames,
    unknown: boundedNames.default(emptyNames),
    moved: boundedNames.default(emptyNames),
    driftDeleted: boundedNames.default(emptyNames),
    driftCreated: boundedNames.default(emptyNames),
    outputsAdded: boundedNames.default(emptyNames),
    outputsChanged: boundedNames.default(emptyNames),
    outputsRemoved: boundedNames.default(emptyNames),
});
/** Attribute roles (ChangedAttributes) by address; values only those --show-values let through. */
const changedAttributesSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .tuple */ .PVZ([
    zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        names: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()),
        total: count,
        replacing: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).optional(),
        unknown: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).optional(),
        unknownTotal: count.optional(),
        values: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
            path: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
            before: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
            after: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
            note: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
        }))
            .optional(),
    }),
]));
/**
 * Output values by name. Checked by hand rather than with z.record, which drops a `__proto__`
 * key (a valid output name); the object JSON.parse built, where every name is an own property,
 * is kept as it is.
 */
const outputsSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .custom */ .IeY((value) => typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((v) => typeof v === 'string'), 'an object of text values');
const decimal = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^-?\d+(\.\d+)?$/, 'a decimal number as text');
const costFiguresSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    currency: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    totalMonthly: decimal.optional(),
    pastTotalMonthly: decimal.optional(),
    diffTotalMonthly: decimal.optional(),
    percentageChange: decimal.optional(),
});
const costValue = zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([decimal, zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['usage-based', 'unknown'])]);
/** The costs behind the total (src/model/cost-details.ts), bounded as the model holds them. */
const costDetailsSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    projects: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        items: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
            name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
            past: decimal.optional(),
            total: decimal.optional(),
            diff: decimal.optional(),
        }))
            .max(_model_cost_details_js__WEBPACK_IMPORTED_MODULE_1__/* .PROJECT_LIMIT */ .YC),
        total: count,
    }),
    unchangedProjects: count,
    resources: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        items: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
            address: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
            project: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
            before: costValue.optional(),
            after: costValue.optional(),
            diff: costValue,
        }))
            .max(_model_cost_details_js__WEBPACK_IMPORTED_MODULE_1__/* .TOP_RESOURCES */ ._z),
        total: count,
    }),
});
const planRecordSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    file: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    formatVersion: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    terraformVersion: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    errored: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
    provisioner: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['terraform', 'opentofu']).optional(),
    isDriftCheck: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
    resourceCounts: countsSchema,
    plannedChangesCount: count,
    driftCounts: countsSchema,
    driftedCount: count,
    outputCounts: countsSchema,
    outputs: outputsSchema,
    outputsOmitted: count.default(0),
    addresses: addressListsSchema,
    warnings: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).default([]),
    changedAttributes: changedAttributesSchema.optional(),
});
const unitRecordSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    pathId: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    status: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(_model_statuses_js__WEBPACK_IMPORTED_MODULE_2__/* .STACK_STATUSES */ .IE),
    errorMessage: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    resourceCounts: countsSchema.optional(),
    driftCounts: countsSchema.optional(),
    outputCounts: countsSchema.optional(),
    plannedChangesCount: count.optional(),
    outputs: outputsSchema.optional(),
    cost: costFiguresSchema.optional(),
});
/** One Terragrunt unit: its report entry and, when it planned, its plan. */
const unitEntrySchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    unit: unitRecordSchema,
    plan: planRecordSchema.optional(),
});
const legSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    /** `--leg`, else from the CI (job, step, file name); for messages, never a key. */
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).max(300),
    /** `failure`: the leg could not read its inputs; `error` says why. Its units are not here. */
    status: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['success', 'failure']),
    error: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().max(2000).optional(),
    /** CI job / step id and run, when known. */
    job: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    run: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    /** Whether the leg also sent its own event (`--send`), for `merge --comment-only`. */
    sent: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
});
const partialReportSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    kind: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(PARTIAL_KIND),
    version: zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(1), zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(PARTIAL_VERSION)]),
    /** The iacm-reporter version that wrote it. */
    producer: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    leg: legSchema,
    /** The IaCM workspace the leg reports to, when it was given one. */
    workspace: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    /** The commit the leg planned. */
    commit: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    report: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        plans: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(planRecordSchema),
        drifts: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(planRecordSchema),
        /** Absent when the leg read no Terragrunt tree. In pathId order. */
        units: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(unitEntrySchema).optional(),
        cost: costFiguresSchema.optional(),
        /** Since version 2. */
        costDetails: costDetailsSchema.optional(),
        warnings: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()),
        overrides: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
            eventType: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(_model_statuses_js__WEBPACK_IMPORTED_MODULE_2__/* .EVENT_TYPES */ .Ru).optional(),
            activityType: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(_model_statuses_js__WEBPACK_IMPORTED_MODULE_2__/* .ACTIVITY_TYPES */ .gI).optional(),
            activityStatus: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(_model_statuses_js__WEBPACK_IMPORTED_MODULE_2__/* .ACTIVITY_STATUSES */ .FB).optional(),
            provisioner: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['terraform', 'opentofu', 'terragrunt']).optional(),
        }),
    }),
});


/***/ })

};
