export const id = 370;
export const ids = [370];
export const modules = {
  /***/
  3916: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        FO: () => (
          /* binding */
          exitCodeOf
        ),
        /* harmony export */
        Ij: () => (
          /* binding */
          EXIT_OK
        ),
        /* harmony export */
        Uc: () => (
          /* binding */
          describeError
        ),
        /* harmony export */
        dz: () => (
          /* binding */
          InputError
        ),
        /* harmony export */
        eb: () => (
          /* binding */
          UsageError
        ),
        /* harmony export */
        hD: () => (
          /* binding */
          ApiError
        ),
        /* harmony export */
        mM: () => (
          /* binding */
          wordSettings
        ),
        /* harmony export */
        w5: () => (
          /* binding */
          EXIT_FAILURE
        ),
        /* harmony export */
        yE: () => (
          /* binding */
          settingRef
        )
        /* harmony export */
      });
      var _plain_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8763);
      const EXIT_OK = 0;
      const EXIT_FAILURE = 1;
      const EXIT_BAD_INPUT = 2;
      function settingRef(path) {
        return `{setting:${path}}`;
      }
      const SETTING_REF = /\{setting:([A-Za-z0-9_.]+)\}/g;
      function settingsIn(template) {
        return [...template.matchAll(SETTING_REF)].map((match) => match[1]);
      }
      function neutralName(path) {
        const last = path.split(".").pop() ?? path;
        return `the ${last.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} setting`;
      }
      function wordSettings(template, nameOf) {
        return template.replace(SETTING_REF, (_, path) => nameOf?.(path) ?? neutralName(path));
      }
      class IacmError extends Error {
        /** The message as written, setting references unworded; `message` words them neutrally. */
        template;
        /** Config paths of the settings at fault or to use (from the template), for entries and scripts. */
        settings;
        constructor(template, options) {
          super(wordSettings(template), options);
          this.template = template;
          this.settings = settingsIn(template);
        }
        get name() {
          return this.constructor.name;
        }
      }
      class InputError extends IacmError {
        code;
        file;
        detail;
        offset;
        exitCode = EXIT_BAD_INPUT;
        constructor(code, file, detail, offset, options) {
          super(`${file}${offset === void 0 ? "" : ` (byte ${offset})`}: ${detail}`, options);
          this.code = code;
          this.file = file;
          this.detail = detail;
          this.offset = offset;
        }
      }
      class UsageError extends IacmError {
        code;
        exitCode = EXIT_BAD_INPUT;
        constructor(message, code = "USAGE", options) {
          super(message, options);
          this.code = code;
        }
      }
      class ApiError extends IacmError {
        code;
        status;
        serverMessage;
        exitCode = EXIT_FAILURE;
        constructor(code, message, status, options, serverMessage) {
          super((0, _plain_text_js__WEBPACK_IMPORTED_MODULE_0__.wh)(message), options);
          this.code = code;
          this.status = status;
          this.serverMessage = serverMessage;
        }
      }
      function describeError(error, nameOf) {
        if (error instanceof IacmError)
          return (0, _plain_text_js__WEBPACK_IMPORTED_MODULE_0__.wh)(nameOf ? wordSettings(error.template, nameOf) : error.message);
        if (error instanceof Error)
          return (0, _plain_text_js__WEBPACK_IMPORTED_MODULE_0__.wh)(`unexpected error: ${error.message}`);
        return (0, _plain_text_js__WEBPACK_IMPORTED_MODULE_0__.wh)(`unexpected error: ${String(error)}`);
      }
      function exitCodeOf(error) {
        return error instanceof IacmError ? error.exitCode : EXIT_FAILURE;
      }
    })
  ),
  /***/
  6572: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        FB: () => (
          /* binding */
          MAX_JSON_FILE_BYTES
        ),
        /* harmony export */
        I0: () => (
          /* binding */
          isStdinName
        ),
        /* harmony export */
        R5: () => (
          /* binding */
          readInput
        ),
        /* harmony export */
        di: () => (
          /* binding */
          MAX_PLAN_BYTES
        ),
        /* harmony export */
        g$: () => (
          /* binding */
          tooLarge
        ),
        /* harmony export */
        lP: () => (
          /* binding */
          sizeText
        ),
        /* harmony export */
        lt: () => (
          /* binding */
          openInput
        ),
        /* harmony export */
        n_: () => (
          /* binding */
          stdinChunks
        ),
        /* harmony export */
        xc: () => (
          /* binding */
          checkRegular
        ),
        /* harmony export */
        zS: () => (
          /* binding */
          fileError
        )
        /* harmony export */
      });
      var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
      var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
      var _lazy_fs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6025);
      var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
      var _thousands_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5580);
      const GIB = 1024 * 1024 * 1024;
      const MIB = 1024 * 1024;
      const MAX_PLAN_BYTES = 16 * GIB;
      const MAX_JSON_FILE_BYTES = 256 * MIB;
      const MAX_PAYLOAD_BYTES = 1536 * MIB;
      const MAX_PIPED_PAYLOAD_BYTES = 64 * MIB;
      const STDIN_NAMES = /* @__PURE__ */ new Set(["-", "/dev/stdin", "/dev/fd/0", "/proc/self/fd/0"]);
      function isStdinName(path) {
        return STDIN_NAMES.has(path);
      }
      function sizeText(bytes) {
        if (bytes >= GIB && bytes % GIB === 0)
          return `${bytes / GIB} GiB`;
        if (bytes >= MIB && bytes % MIB === 0)
          return `${bytes / MIB} MiB`;
        return `${(0, _thousands_js__WEBPACK_IMPORTED_MODULE_3__.o)(bytes)} bytes`;
      }
      function kindName(info) {
        if (info.isFile())
          return void 0;
        if (info.isDirectory())
          return "a directory";
        if (info.isFIFO())
          return "a named pipe (FIFO)";
        if (info.isSocket())
          return "a socket";
        if (info.isCharacterDevice())
          return "a character device";
        if (info.isBlockDevice())
          return "a block device";
        return "not a regular file";
      }
      function notRegular(label, kind) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__.dz("INPUT_UNREADABLE", label, `is ${kind}, not a regular file: only regular files (or standard input, as /dev/stdin) are read; write the content to a file and give that`);
      }
      function tooLarge(label, maxBytes) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__.dz("INPUT_TOO_LARGE", label, `is larger than ${sizeText(maxBytes)}, the most this input may hold; check that it is the right file`);
      }
      async function fileError(error, path, label) {
        const code = error?.code;
        const cause = { cause: error };
        switch (code) {
          case "ENOENT": {
            const link = await (0, _lazy_fs_js__WEBPACK_IMPORTED_MODULE_1__.$1)(path).catch(() => void 0);
            return link?.isSymbolicLink() ? new _errors_js__WEBPACK_IMPORTED_MODULE_2__.dz("INPUT_NOT_FOUND", label, "is a broken symbolic link (its target does not exist)", void 0, cause) : new _errors_js__WEBPACK_IMPORTED_MODULE_2__.dz("INPUT_NOT_FOUND", label, "no such file", void 0, cause);
          }
          case "EISDIR":
            return new _errors_js__WEBPACK_IMPORTED_MODULE_2__.dz("INPUT_UNREADABLE", label, "is a directory, not a file", void 0, cause);
          case "EACCES":
          case "EPERM":
            return new _errors_js__WEBPACK_IMPORTED_MODULE_2__.dz("INPUT_UNREADABLE", label, "permission denied", void 0, cause);
          case "ELOOP":
            return new _errors_js__WEBPACK_IMPORTED_MODULE_2__.dz("INPUT_UNREADABLE", label, "a symbolic link loop", void 0, cause);
          case "ENXIO":
            return notRegular(label, "a socket or a device without a reader");
          default:
            return code === void 0 ? error : new _errors_js__WEBPACK_IMPORTED_MODULE_2__.dz("INPUT_UNREADABLE", label, `cannot be read (${code})`, void 0, cause);
        }
      }
      function stdinChunks(label) {
        let info;
        try {
          info = (0, node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(0);
        } catch (error) {
          throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.dz("INPUT_UNREADABLE", label, `standard input cannot be read (${String(error)})`, void 0, {
            cause: error
          });
        }
        if (info.isCharacterDevice()) {
          throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.dz("INPUT_UNREADABLE", label, "standard input is a terminal or a device: pipe the file into it (\u2026 | iacm-report \u2026)");
        }
        return (0, node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)("", { fd: 0, autoClose: false, highWaterMark: 1024 * 1024 });
      }
      async function openInput(path, label, maxBytes) {
        let before;
        try {
          before = await (0, _lazy_fs_js__WEBPACK_IMPORTED_MODULE_1__.dJ)(path);
        } catch (error) {
          throw await fileError(error, path, label);
        }
        checkRegular(before, label, maxBytes);
        let handle;
        try {
          handle = await (0, _lazy_fs_js__WEBPACK_IMPORTED_MODULE_1__.sb)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
        } catch (error) {
          throw await fileError(error, path, label);
        }
        try {
          checkRegular(await handle.stat(), label, maxBytes);
        } catch (error) {
          await handle.close();
          throw error;
        }
        return handle;
      }
      function checkRegular(info, label, maxBytes) {
        const kind = kindName(info);
        if (kind !== void 0)
          throw notRegular(label, kind);
        if (info.size > maxBytes)
          throw tooLarge(label, maxBytes);
      }
      async function readInput(path, label, maxBytes) {
        if (isStdinName(path))
          return readStream(stdinChunks(label), label, maxBytes);
        const handle = await openInput(path, label, maxBytes);
        try {
          const chunks = [];
          let size = 0;
          const buffer = Buffer.allocUnsafe(1024 * 1024);
          for (; ; ) {
            let bytesRead;
            try {
              ({ bytesRead } = await handle.read(buffer, 0, buffer.length, null));
            } catch (error) {
              throw await fileError(error, path, label);
            }
            if (bytesRead === 0)
              break;
            size += bytesRead;
            if (size > maxBytes)
              throw tooLarge(label, maxBytes);
            chunks.push(Buffer.from(buffer.subarray(0, bytesRead)));
          }
          return Buffer.concat(chunks);
        } finally {
          await handle.close();
        }
      }
      async function readStream(stream, label, maxBytes) {
        const chunks = [];
        let size = 0;
        for await (const chunk of stream) {
          size += chunk.length;
          if (size > maxBytes) {
            const it = stream;
            it.destroy?.();
            throw tooLarge(label, maxBytes);
          }
          chunks.push(Buffer.from(chunk));
        }
        return Buffer.concat(chunks);
      }
    })
  ),
  /***/
  6025: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        $1: () => (
          /* binding */
          lstat
        ),
        /* harmony export */
        $w: () => (
          /* binding */
          rename
        ),
        /* harmony export */
        Ck: () => (
          /* binding */
          mkdir
        ),
        /* harmony export */
        Kz: () => (
          /* binding */
          realpath
        ),
        /* harmony export */
        TA: () => (
          /* binding */
          readFile
        ),
        /* harmony export */
        T_: () => (
          /* binding */
          access
        ),
        /* harmony export */
        _h: () => (
          /* binding */
          writeFile
        ),
        /* harmony export */
        dJ: () => (
          /* binding */
          stat
        ),
        /* harmony export */
        ho: () => (
          /* binding */
          open
        ),
        /* harmony export */
        rm: () => (
          /* binding */
          rm
        ),
        /* harmony export */
        sb: () => (
          /* binding */
          openForReading
        )
        /* harmony export */
      });
      var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
      var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
      var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
      var node_util__WEBPACK_IMPORTED_MODULE_1___default = /* @__PURE__ */ __webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
      const access = (0, node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_fs__WEBPACK_IMPORTED_MODULE_0__.access);
      const lstat = (0, node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_fs__WEBPACK_IMPORTED_MODULE_0__.lstat);
      const mkdir = (0, node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdir);
      const readFile = (0, node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_fs__WEBPACK_IMPORTED_MODULE_0__.readFile);
      const realpath = (0, node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_fs__WEBPACK_IMPORTED_MODULE_0__.realpath);
      const rename = (0, node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_fs__WEBPACK_IMPORTED_MODULE_0__.rename);
      const rm = (0, node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_fs__WEBPACK_IMPORTED_MODULE_0__.rm);
      const stat = (0, node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_fs__WEBPACK_IMPORTED_MODULE_0__.stat);
      const writeFile = (0, node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFile);
      const open = ((...args) => process.getBuiltinModule("node:fs/promises").open(...args));
      const openFile = (0, node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_fs__WEBPACK_IMPORTED_MODULE_0__.open);
      const fstatFile = (0, node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_fs__WEBPACK_IMPORTED_MODULE_0__.fstat);
      const closeFile = (0, node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_fs__WEBPACK_IMPORTED_MODULE_0__.close);
      async function openForReading(path, flags) {
        const fd = await openFile(path, flags);
        let closed;
        return {
          read: (buffer, offset, length, position) => new Promise((resolve, reject) => {
            (0, node_fs__WEBPACK_IMPORTED_MODULE_0__.read)(fd, buffer, offset, length, position, (error, bytesRead) => {
              if (error)
                reject(error);
              else
                resolve({ bytesRead });
            });
          }),
          stat: () => fstatFile(fd),
          close: () => closed ??= closeFile(fd)
        };
      }
    })
  ),
  /***/
  8485: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        Y4: () => (
          /* binding */
          boundedList
        ),
        /* harmony export */
        bh: () => (
          /* binding */
          LIST_LIMIT
        ),
        /* harmony export */
        gw: () => (
          /* binding */
          appendBounded
        ),
        /* harmony export */
        kA: () => (
          /* binding */
          pushBounded
        )
        /* harmony export */
      });
      const LIST_LIMIT = 1e3;
      function boundedList(items = [], limit = LIST_LIMIT) {
        return { items: items.slice(0, limit), total: items.length };
      }
      function pushBounded(list, item, limit = LIST_LIMIT) {
        if (list.items.length < limit)
          list.items.push(item);
        list.total += 1;
      }
      function appendBounded(into, from, map = (item) => item, limit = LIST_LIMIT) {
        for (const item of from.items) {
          if (into.items.length >= limit)
            break;
          into.items.push(map(item));
        }
        into.total += from.total;
      }
      function omitted(list) {
        return list.total - list.items.length;
      }
    })
  ),
  /***/
  7007: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        $5: () => (
          /* binding */
          DRIFT_RESOURCE_LIMIT
        ),
        /* harmony export */
        $9: () => (
          /* binding */
          MAX_ATTRIBUTE_NAMES
        ),
        /* harmony export */
        Nd: () => (
          /* binding */
          zeroCounts
        ),
        /* harmony export */
        Q1: () => (
          /* binding */
          MAX_ATTRIBUTE_NAME
        ),
        /* harmony export */
        XC: () => (
          /* binding */
          emptyAddressLists
        ),
        /* harmony export */
        c5: () => (
          /* binding */
          addCounts
        ),
        /* harmony export */
        oP: () => (
          /* binding */
          PROVISIONERS
        ),
        /* harmony export */
        pu: () => (
          /* binding */
          MAX_ATTRIBUTE_ADDRESSES
        ),
        /* harmony export */
        r$: () => (
          /* binding */
          ADDRESS_LIST_KEYS
        )
        /* harmony export */
      });
      var _bounded_list_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8485);
      const PROVISIONERS = ["terraform", "opentofu", "terragrunt"];
      const ADDRESS_LIST_KEYS = [
        "created",
        "updated",
        "deleted",
        "replaced",
        "imported",
        "forgotten",
        "drifted",
        "driftDeleted",
        "driftCreated",
        "unknown",
        "moved",
        "outputsAdded",
        "outputsChanged",
        "outputsRemoved"
      ];
      function emptyAddressLists() {
        return {
          created: (0, _bounded_list_js__WEBPACK_IMPORTED_MODULE_0__.Y4)(),
          updated: (0, _bounded_list_js__WEBPACK_IMPORTED_MODULE_0__.Y4)(),
          deleted: (0, _bounded_list_js__WEBPACK_IMPORTED_MODULE_0__.Y4)(),
          replaced: (0, _bounded_list_js__WEBPACK_IMPORTED_MODULE_0__.Y4)(),
          imported: (0, _bounded_list_js__WEBPACK_IMPORTED_MODULE_0__.Y4)(),
          forgotten: (0, _bounded_list_js__WEBPACK_IMPORTED_MODULE_0__.Y4)(),
          drifted: (0, _bounded_list_js__WEBPACK_IMPORTED_MODULE_0__.Y4)(),
          driftDeleted: (0, _bounded_list_js__WEBPACK_IMPORTED_MODULE_0__.Y4)(),
          driftCreated: (0, _bounded_list_js__WEBPACK_IMPORTED_MODULE_0__.Y4)(),
          unknown: (0, _bounded_list_js__WEBPACK_IMPORTED_MODULE_0__.Y4)(),
          moved: (0, _bounded_list_js__WEBPACK_IMPORTED_MODULE_0__.Y4)(),
          outputsAdded: (0, _bounded_list_js__WEBPACK_IMPORTED_MODULE_0__.Y4)(),
          outputsChanged: (0, _bounded_list_js__WEBPACK_IMPORTED_MODULE_0__.Y4)(),
          outputsRemoved: (0, _bounded_list_js__WEBPACK_IMPORTED_MODULE_0__.Y4)()
        };
      }
      const MAX_ATTRIBUTE_NAMES = 20;
      const MAX_ATTRIBUTE_NAME = 64;
      const DRIFT_RESOURCE_LIMIT = 1e4;
      const MAX_ATTRIBUTE_ADDRESSES = 2 * _bounded_list_js__WEBPACK_IMPORTED_MODULE_0__.bh;
      function zeroCounts() {
        return { added: 0, changed: 0, deleted: 0, unchanged: 0, imported: 0, removed: 0 };
      }
      function addCounts(into, from) {
        into.added += from.added;
        into.changed += from.changed;
        into.deleted += from.deleted;
        into.unchanged += from.unchanged;
        into.imported += from.imported;
        into.removed += from.removed;
        return into;
      }
    })
  ),
  /***/
  8763: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        ES: () => (
          /* binding */
          wellFormed
        ),
        /* harmony export */
        Mf: () => (
          /* binding */
          wellFormedJson
        ),
        /* harmony export */
        e9: () => (
          /* binding */
          clipMiddle
        ),
        /* harmony export */
        wh: () => (
          /* binding */
          plainText
        )
        /* harmony export */
      });
      const LINE_BREAKS = /[\r\n\t\u000b\u000c\u0085\u2028\u2029]+/g;
      const HIDDEN = /[\u0000-\u001f\u007f-\u009f]|(?![\ufe00-\ufe0f\u{e0100}-\u{e01ef}])[\p{Default_Ignorable_Code_Point}\p{Bidi_Control}]/gu;
      function visibleCodePoint(char) {
        return `<U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}>`;
      }
      function plainText(text) {
        return wellFormed(text.replace(LINE_BREAKS, " ").replace(HIDDEN, visibleCodePoint));
      }
      const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
      function wellFormed(text) {
        const check = text.isWellFormed;
        if (check !== void 0 && check.call(text))
          return text;
        return text.replace(LONE_SURROGATE, "\uFFFD");
      }
      function defineMember(out, key, value) {
        Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
      }
      function wellFormedJson(value) {
        if (typeof value === "string")
          return wellFormed(value);
        if (Array.isArray(value)) {
          let out;
          for (let i = 0; i < value.length; i++) {
            if (!(i in value))
              continue;
            const item = value[i];
            const clean = wellFormedJson(item);
            if (clean !== item)
              (out ??= value.slice())[i] = clean;
          }
          return out ?? value;
        }
        if (typeof value === "object" && value !== null) {
          const proto = Object.getPrototypeOf(value);
          let out = proto === Object.prototype || proto === null ? void 0 : {};
          const entries = Object.entries(value);
          for (let i = 0; i < entries.length; i++) {
            const [key, item] = entries[i];
            const cleanKey = wellFormed(key);
            const cleanItem = wellFormedJson(item);
            if (out === void 0 && (cleanKey !== key || cleanItem !== item)) {
              out = {};
              for (let j = 0; j < i; j++)
                defineMember(out, entries[j][0], entries[j][1]);
            }
            if (out !== void 0)
              defineMember(out, cleanKey, cleanItem);
          }
          return out ?? value;
        }
        return value;
      }
      function clipMiddle(text, max) {
        if (text.length <= max)
          return text;
        if (max <= 1)
          return "\u2026".slice(0, max);
        const keep = max - 1;
        let head = Math.floor(keep / 2);
        let tailStart = text.length - (keep - head);
        if (isHighSurrogate(text.charCodeAt(head - 1)))
          head -= 1;
        if (isLowSurrogate(text.charCodeAt(tailStart)))
          tailStart += 1;
        return `${text.slice(0, head)}\u2026${text.slice(tailStart)}`;
      }
      function isHighSurrogate(code) {
        return code >= 55296 && code <= 56319;
      }
      function isLowSurrogate(code) {
        return code >= 56320 && code <= 57343;
      }
    })
  ),
  /***/
  5338: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        AV: () => (
          /* binding */
          indexPath
        ),
        /* harmony export */
        CA: () => (
          /* binding */
          byCodeUnits
        ),
        /* harmony export */
        CI: () => (
          /* binding */
          cutName
        ),
        /* harmony export */
        Dw: () => (
          /* binding */
          keyPath
        ),
        /* harmony export */
        OQ: () => (
          /* binding */
          withinAny
        ),
        /* harmony export */
        UO: () => (
          /* binding */
          isWithin
        ),
        /* harmony export */
        Vy: () => (
          /* binding */
          pathSteps
        ),
        /* harmony export */
        X2: () => (
          /* binding */
          trimIndexes
        ),
        /* harmony export */
        iU: () => (
          /* binding */
          readableUnion
        ),
        /* harmony export */
        jq: () => (
          /* binding */
          MAX_PATH_DEPTH
        ),
        /* harmony export */
        qB: () => (
          /* binding */
          withinList
        ),
        /* harmony export */
        tg: () => (
          /* binding */
          readableDistinct
        ),
        /* harmony export */
        xX: () => (
          /* binding */
          readablePaths
        )
        /* harmony export */
      });
      var _model_plan_summary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7007);
      const MAX_PATH_DEPTH = 4;
      function isPlainKey(key) {
        const n = key.length;
        if (n === 0)
          return false;
        for (let i = 0; i < n; i++) {
          const c = key.charCodeAt(i);
          const letter = c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 95;
          if (!letter && (i === 0 || !(c >= 48 && c <= 57 || c === 45)))
            return false;
        }
        return true;
      }
      function keyPath(prefix, key) {
        if (isPlainKey(key))
          return prefix === "" ? key : `${prefix}.${key}`;
        return `${prefix}[${JSON.stringify(key)}]`;
      }
      function indexPath(prefix, index) {
        return `${prefix}[${index}]`;
      }
      function cutName(name) {
        return name.length > _model_plan_summary_js__WEBPACK_IMPORTED_MODULE_0__.Q1 ? `${name.slice(0, _model_plan_summary_js__WEBPACK_IMPORTED_MODULE_0__.Q1 - 1)}\u2026` : name;
      }
      function pathSteps(path) {
        const steps = [];
        const step = /\.?([A-Za-z_][A-Za-z0-9_-]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;
        let match;
        while (step.lastIndex < path.length && (match = step.exec(path)) !== null) {
          if (match[1] !== void 0)
            steps.push(match[1]);
          else if (match[2] !== void 0)
            steps.push(Number(match[2]));
          else
            steps.push(JSON.parse(match[3]));
        }
        return steps;
      }
      function isWithin(p, ancestor) {
        return p === ancestor || p.startsWith(ancestor) && (p[ancestor.length] === "." || p[ancestor.length] === "[");
      }
      function trimIndexes(p) {
        const cut = p.charCodeAt(p.length - 1) === 93 ? p.replace(/(\[\d+\])+$/, "") : p;
        return cut === "" ? p : cut;
      }
      function readablePaths(paths, exact) {
        const trimmed = /* @__PURE__ */ new Set();
        for (const p of paths)
          trimmed.add(exact?.has(p) === true ? p : trimIndexes(p));
        const sorted = trimmed.size > 1 ? [...trimmed].sort(byCodeUnits) : [...trimmed];
        return withoutUnder(sorted);
      }
      function readableUnion(a, b) {
        const sorted = [];
        let i = 0;
        let j = 0;
        while (i < a.length && j < b.length) {
          const x = a[i];
          const y = b[j];
          if (x <= y) {
            sorted.push(x);
            i++;
            if (x === y)
              j++;
          } else {
            sorted.push(y);
            j++;
          }
        }
        while (i < a.length)
          sorted.push(a[i++]);
        while (j < b.length)
          sorted.push(b[j++]);
        return withoutUnder(sorted);
      }
      function withoutUnder(sorted) {
        const out = [];
        const open = [];
        let depth = 0;
        for (let s = 0; s < sorted.length; s++) {
          const p = sorted[s];
          while (depth > 0 && !startsWithText(p, open[depth - 1]))
            depth--;
          let under = false;
          for (let k = 0; k < depth && !under; k++)
            under = isUnder(p, open[k]);
          if (!under)
            out[out.length] = p;
          open[depth++] = p;
        }
        return out;
      }
      function readableDistinct(paths) {
        for (let k = 0; k < paths.length; k++) {
          const p = paths[k];
          if (p.length === 0 || p.charCodeAt(p.length - 1) === 93)
            return readablePaths(paths);
        }
        return paths.sort();
      }
      function byCodeUnits(a, b) {
        return a < b ? -1 : a > b ? 1 : 0;
      }
      function startsWithText(p, q) {
        if (q.length > p.length)
          return false;
        for (let k = 0; k < q.length; k++)
          if (p.charCodeAt(k) !== q.charCodeAt(k))
            return false;
        return true;
      }
      function isUnder(p, q) {
        if (p.length <= q.length || !p.startsWith(q))
          return false;
        const c = p.charCodeAt(q.length);
        return c === 46 || c === 91;
      }
      function withinAny(p, set) {
        if (set.size <= 8) {
          for (const q of set)
            if (p === q || isUnder(p, q))
              return true;
          return false;
        }
        return set.has(p) || hasAncestorIn(p, set);
      }
      function withinList(p, list) {
        for (let k = 0; k < list.length; k++) {
          const q = list[k];
          if (p === q || isUnder(p, q))
            return true;
        }
        return false;
      }
      function hasAncestorIn(p, set) {
        for (let i = 1; i < p.length; i++) {
          const c = p.charCodeAt(i);
          if ((c === 46 || c === 91) && set.has(p.slice(0, i)))
            return true;
        }
        return false;
      }
    })
  ),
  /***/
  4912: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        Q: () => (
          /* binding */
          idHidden
        ),
        /* harmony export */
        c: () => (
          /* binding */
          valueHidden
        )
        /* harmony export */
      });
      function idHidden(address, reason) {
        return `${address} (id hidden: ${reason})`;
      }
      function valueHidden(name, reason) {
        return `${name} (value hidden: ${reason})`;
      }
    })
  ),
  /***/
  1096: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        w: () => (
          /* binding */
          readPlanFile
        )
      });
      ;
      const MIN_CONTAINED = 4;
      class SensitiveVariables {
        /** `variables`' text: absent (no key), null (too large to read) or the text. */
        values;
        /** `configuration`'s text, as `values`. */
        declarations;
        /** A top-level value the reader handed (`variables` or `configuration`); others are ignored. */
        topLevel(key, text) {
          if (key === "variables")
            this.values = text ?? null;
          else if (key === "configuration")
            this.declarations = text ?? null;
        }
        /** Whether a shown import id could hold a sensitive variable's value (then it is hidden). */
        hider() {
          if (this.values === void 0)
            return void 0;
          const values = parseObject(this.values);
          if (values === void 0)
            return () => true;
          const sensitive = declaredSensitive(this.declarations);
          const whole = /* @__PURE__ */ new Set();
          const parts = [];
          for (const [name, variable] of Object.entries(values)) {
            if (sensitive !== void 0 && !sensitive.has(name))
              continue;
            const value = typeof variable === "object" && variable !== null ? variable.value : void 0;
            for (const leaf of leaves(value)) {
              whole.add(leaf);
              if (leaf.length >= MIN_CONTAINED)
                parts.push(leaf);
            }
          }
          if (whole.size === 0)
            return void 0;
          return (id2) => whole.has(id2) || parts.some((part) => id2.includes(part));
        }
      }
      function parseObject(text) {
        if (text === void 0 || text === null)
          return void 0;
        try {
          const parsed = JSON.parse(text);
          return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed) ? parsed : void 0;
        } catch {
          return void 0;
        }
      }
      function declaredSensitive(text) {
        const root = parseObject(text)?.["root_module"];
        if (typeof root !== "object" || root === null)
          return void 0;
        const variables = root.variables;
        const names = /* @__PURE__ */ new Set();
        if (variables === void 0)
          return names;
        if (typeof variables !== "object" || variables === null)
          return void 0;
        for (const [name, declared] of Object.entries(variables)) {
          if (typeof declared === "object" && declared !== null && declared.sensitive === true)
            names.add(name);
        }
        return names;
      }
      function leaves(value) {
        const out = [];
        const stack = [value];
        while (stack.length > 0) {
          const v = stack.pop();
          if (typeof v === "string") {
            if (v !== "")
              out.push(v);
          } else if (typeof v === "number" || typeof v === "boolean")
            out.push(String(v));
          else if (typeof v === "object" && v !== null)
            for (const inner of Object.values(v))
              stack.push(inner);
        }
        return out;
      }
      var bounded_list = __webpack_require__(8485);
      var plan_summary = __webpack_require__(7007);
      ;
      const KNOWN_ACTIONS = /* @__PURE__ */ new Set(["no-op", "create", "read", "update", "delete", "forget"]);
      function kindOf(actions) {
        const known = actions.length === 1 ? SINGLE_KINDS.get(actions[0]) : actions.length === 2 ? PAIR_KINDS.get(actions[0])?.get(actions[1]) : void 0;
        return known ?? workOutKind(actions);
      }
      function workOutKind(actions) {
        const only = actions.length === 1 ? actions[0] : void 0;
        const unknown = actions.length === 0 || actions.some((action) => !KNOWN_ACTIONS.has(action));
        return {
          create: actions.includes("create"),
          delete: actions.includes("delete"),
          forget: actions.includes("forget"),
          update: only === "update" || unknown && !actions.some((a) => a === "create" || a === "delete" || a === "forget"),
          noop: only === "no-op",
          unknown
        };
      }
      const SINGLE_KINDS = new Map([...KNOWN_ACTIONS].map((only) => [only, Object.freeze(workOutKind([only]))]));
      const PAIR_KINDS = new Map([...KNOWN_ACTIONS].map((first) => [
        first,
        new Map([...KNOWN_ACTIONS].map((second) => [second, Object.freeze(workOutKind([first, second]))]))
      ]));
      function isManaged(mode) {
        return mode === void 0 || mode === "managed";
      }
      var value_policy = __webpack_require__(8757);
      var hidden_reason = __webpack_require__(4912);
      ;
      const EXAMPLES = 3;
      class Sightings {
        count = 0;
        examples = [];
        note(example) {
          this.count++;
          if (this.examples.length < EXAMPLES)
            this.examples.push(example);
        }
        /** `a; b; c; 4 more` */
        list() {
          const more = this.count - this.examples.length;
          return `${this.examples.join("; ")}${more > 0 ? `; ${more} more` : ""}`;
        }
      }
      function actionsText(actions) {
        return JSON.stringify(actions).slice(0, 80);
      }
      var thousands = __webpack_require__(5580);
      ;
      class RolesUnread {
        /** Updates and replacements whose roles were read. */
        read = 0;
        /** Past the cap, and before it but not readable. */
        pastCap = { count: 0, first: void 0, last: void 0 };
        unreadable = { count: 0, first: void 0, last: void 0 };
        /** One update or replacement, in document order; `read` when the reader gave its roles. */
        note(address, read) {
          if (read) {
            this.read += 1;
            return;
          }
          const missed = this.read >= plan_summary.pu ? this.pastCap : this.unreadable;
          missed.count += 1;
          missed.first ??= address;
          missed.last = address;
        }
        /** The plan's warnings about them (none when every one was read). */
        warnings(file) {
          const out = [];
          const { pastCap, unreadable } = this;
          if (pastCap.count > 0) {
            out.push(`${file}: attribute roles (what changes) are read for the first ${(0, thousands.o)(plan_summary.pu)} updates and replacements of a plan; ${(0, thousands.o)(pastCap.count)} more are listed by address only (${span(pastCap)})`);
          }
          if (unreadable.count > 0) {
            out.push(`${file}: ${(0, thousands.o)(unreadable.count)} ${unreadable.count === 1 ? "update or replacement is" : "updates and replacements are"} listed by address only: the values could not be compared for attribute roles (over 8 MiB, or not written as terraform show -json writes them; ${span(unreadable)})`);
          }
          return out;
        }
      }
      function span(missed) {
        return missed.count === 1 ? `${missed.first}` : `the first ${missed.first}, the last ${missed.last}`;
      }
      ;
      class ChangeTally {
        values;
        resourceCounts = (0, plan_summary.Nd)();
        plannedChangesCount = 0;
        /** The planned lists (`drifted` is the drift tally's). */
        addresses = (0, plan_summary.XC)();
        /** Changed attribute names of the first MAX_ATTRIBUTE_ADDRESSES updates and replacements. */
        changedAttributes = /* @__PURE__ */ new Map();
        /** Shape signals for the provisioner (plan-kind.ts). */
        sawForgetThenCreate = false;
        sawEphemeral = false;
        /** Entries with actions this tool does not know. */
        unknown = new Sightings();
        /**
         * Updates and replacements listed without their attribute roles (roles-unread.ts words them):
         * past the MAX_ATTRIBUTE_ADDRESSES read per plan, or not readable (a value over the reader's
         * 8 MiB, a change written oddly); each with the first such address.
         */
        rolesUnread = new RolesUnread();
        /** Imports listed with their id (--show-values), by their place in `addresses.imported`. */
        shownIds = [];
        constructor(values) {
          this.values = values;
        }
        /** `resource_changes` begins again (a repeated key): the first one is forgotten. */
        reset() {
          Object.assign(this.resourceCounts, (0, plan_summary.Nd)());
          this.plannedChangesCount = 0;
          for (const list of plan_summary.r$) {
            if (!list.startsWith("drift") && !list.startsWith("outputs"))
              this.addresses[list] = (0, bounded_list.Y4)();
          }
          this.changedAttributes.clear();
          this.sawForgetThenCreate = false;
          this.sawEphemeral = false;
          this.unknown = new Sightings();
          this.rolesUnread = new RolesUnread();
          this.shownIds = [];
        }
        /** Hides the ids listed so far that `hides` says may hold a sensitive value (sensitive-variables.ts). */
        hideImportIds(hides) {
          const items = this.addresses.imported.items;
          for (const { at, address, id: id2 } of this.shownIds) {
            if (hides(id2))
              items[at] = (0, hidden_reason.Q)(address, "sensitive variable");
          }
        }
        /** One `resource_changes` entry. */
        change(entry) {
          if (entry.mode === "ephemeral")
            this.sawEphemeral = true;
          if (entry.actions.length === 2 && entry.actions[0] === "forget" && entry.actions[1] === "create") {
            this.sawForgetThenCreate = true;
          }
          if (!isManaged(entry.mode))
            return;
          const kind = kindOf(entry.actions);
          const counts = this.resourceCounts;
          if (kind.create)
            counts.added++;
          if (kind.delete)
            counts.deleted++;
          if (kind.update)
            counts.changed++;
          if (kind.forget)
            counts.removed++;
          if (entry.importing)
            counts.imported++;
          if (kind.noop && !entry.importing)
            counts.unchanged++;
          if (!kind.noop || entry.importing)
            this.plannedChangesCount++;
          const lists = this.addresses;
          const replaced = kind.create && (kind.delete || kind.forget);
          if (replaced)
            (0, bounded_list.kA)(lists.replaced, entry.address);
          else if (kind.create)
            (0, bounded_list.kA)(lists.created, entry.address);
          else if (kind.delete)
            (0, bounded_list.kA)(lists.deleted, entry.address);
          else if (kind.forget)
            (0, bounded_list.kA)(lists.forgotten, entry.address);
          if (kind.update && !kind.unknown)
            (0, bounded_list.kA)(lists.updated, entry.address);
          if (entry.importing) {
            const label = (0, value_policy.Wb)(entry.address, entry.importId, this.values);
            const at = lists.imported.items.length;
            (0, bounded_list.kA)(lists.imported, label);
            if (entry.importId !== void 0 && lists.imported.items.length > at && label.includes(" (imported from "))
              this.shownIds.push({ at, address: entry.address, id: entry.importId });
          }
          if (entry.previousAddress !== void 0 && entry.previousAddress !== entry.address)
            (0, bounded_list.kA)(lists.moved, `${entry.previousAddress} \u2192 ${entry.address}`);
          if (kind.unknown) {
            (0, bounded_list.kA)(lists.unknown, entry.address);
            this.unknown.note(`resource_changes ${entry.address} ${actionsText(entry.actions)}`);
          }
          const changed = entry.changedAttributes;
          if (kind.update && !kind.unknown || replaced)
            this.rolesUnread.note(entry.address, changed !== void 0);
          if (changed !== void 0 && // A replacement whose only news is known after apply (a tainted resource: `id`) is named too.
          (changed.total > 0 || (changed.unknownTotal ?? changed.unknown?.length ?? 0) > 0) && (kind.update && !kind.unknown || replaced) && this.changedAttributes.size < plan_summary.pu)
            this.changedAttributes.set(entry.address, changed);
        }
      }
      ;
      const VALUE_BITS = 6;
      const VALUE_MASK = (1 << VALUE_BITS) - 1;
      const MAX_HASH_VALUE = (
        /* unused pure expression or super */
        null
      );
      let hashA = 0;
      let hashB = 0;
      function hashPair(text) {
        let a = 2166136261;
        let b = 2538058380 ^ text.length;
        for (let i = 0; i < text.length; i++) {
          const c = text.charCodeAt(i);
          a = Math.imul(a ^ c, 16777619);
          b = Math.imul(b ^ c, 1540483477);
          b ^= b >>> 15;
        }
        b = Math.imul(b ^ b >>> 13, 3266489909);
        b ^= b >>> 16;
        hashA = a >>> 0 || 1;
        hashB = (b & ~VALUE_MASK) >>> 0;
      }
      const EMPTY = 0;
      const PAGE_SLOTS = 512;
      const SLOT_MASK = PAGE_SLOTS - 1;
      const PAGE_WORDS = 2 * PAGE_SLOTS;
      const PAGE_LIMIT = PAGE_SLOTS * 7 / 8;
      const MAX_RUN_PAGES = 128;
      const MAX_DEPTH = 26;
      const SPLIT_SCRATCH = new Uint32Array(PAGE_WORDS);
      function prefix(a, depth) {
        return depth === 0 ? 0 : a >>> 32 - depth;
      }
      function find(words, base, a, b) {
        for (let slot = b >>> VALUE_BITS & SLOT_MASK; ; slot = slot + 1 & SLOT_MASK) {
          const at = base + 2 * slot;
          const held = words[at];
          if (held === EMPTY || held === a && (words[at + 1] & ~VALUE_MASK) >>> 0 === b)
            return at;
        }
      }
      class HashIndex {
        maxDepth;
        /** Page runs; page p is in runs[runOf[p]] at word baseOf[p]. */
        runs = [];
        runOf = new Uint32Array(8);
        baseOf = new Uint32Array(8);
        depthOf = new Uint8Array(8);
        usedOf = new Uint16Array(8);
        pages = 0;
        /** Pages left in the last run. */
        runFree = 0;
        directory = new Uint32Array(1);
        depth = 0;
        count = 0;
        /**
         * Texts whose page cannot split any more: more than a page of them share the top `maxDepth` bits
         * of their first hash, which only a file made to collide does. Held exactly, if not compactly.
         */
        overflow;
        constructor(maxDepth = MAX_DEPTH) {
          this.maxDepth = maxDepth;
          this.directory[0] = this.newPage(0);
        }
        get size() {
          return this.count;
        }
        /** The value held for `text`, or -1 when it is not in the index. */
        get(text) {
          hashPair(text);
          const a = hashA;
          const b = hashB;
          const page = this.directory[prefix(a, this.depth)];
          const words = this.runs[this.runOf[page]];
          const at = find(words, this.baseOf[page], a, b);
          if (words[at] !== EMPTY)
            return words[at + 1] & VALUE_MASK;
          return this.overflow?.get(`${a}:${b}`) ?? -1;
        }
        /** Holds `text` with `value` (0 to MAX_HASH_VALUE), replacing any value it had. */
        set(text, value) {
          hashPair(text);
          this.setPair(hashA, hashB, value);
        }
        /** `set` for a text known by its hash pair (HashList.toIndex). */
        setPair(a, b, value) {
          for (; ; ) {
            const page = this.directory[prefix(a, this.depth)];
            const words = this.runs[this.runOf[page]];
            const at = find(words, this.baseOf[page], a, b);
            if (words[at] === EMPTY) {
              if (this.usedOf[page] >= PAGE_LIMIT) {
                if (this.depthOf[page] < this.maxDepth) {
                  this.split(page, a);
                  continue;
                }
                this.overflow ??= /* @__PURE__ */ new Map();
                if (!this.overflow.has(`${a}:${b}`))
                  this.count++;
                this.overflow.set(`${a}:${b}`, value & VALUE_MASK);
                return;
              }
              this.usedOf[page]++;
              this.count++;
              words[at] = a;
            }
            words[at + 1] = (b | value & VALUE_MASK) >>> 0;
            return;
          }
        }
        /** Whether the hash pair (a, b) of a text is in the index (see HashList.countIn). */
        hasPair(a, b) {
          const page = this.directory[prefix(a, this.depth)];
          const words = this.runs[this.runOf[page]];
          return words[find(words, this.baseOf[page], a, b)] !== EMPTY || (this.overflow?.has(`${a}:${b}`) ?? false);
        }
        /** Splits a full page by the next bit of its texts' first hashes; `a` is one that goes in it. */
        split(page, a) {
          const depth = this.depthOf[page];
          if (depth === this.depth) {
            const directory = new Uint32Array(this.directory.length * 2);
            for (let i = 0; i < this.directory.length; i++)
              directory[2 * i] = directory[2 * i + 1] = this.directory[i];
            this.directory = directory;
            this.depth++;
          }
          const sibling = this.newPage(depth + 1);
          this.depthOf[page] = depth + 1;
          const span2 = 1 << this.depth - depth;
          const start = prefix(a, depth) * span2;
          this.directory.fill(sibling, start + span2 / 2, start + span2);
          const words = this.runs[this.runOf[page]];
          const base = this.baseOf[page];
          const held = SPLIT_SCRATCH;
          held.set(words.subarray(base, base + PAGE_WORDS));
          words.fill(EMPTY, base, base + PAGE_WORDS);
          this.usedOf[page] = 0;
          for (let at = 0; at < PAGE_WORDS; at += 2) {
            const ha = held[at];
            if (ha === EMPTY)
              continue;
            const target = ha >>> 31 - depth & 1 ? sibling : page;
            const into = this.runs[this.runOf[target]];
            const slot = find(into, this.baseOf[target], ha, (held[at + 1] & ~VALUE_MASK) >>> 0);
            into[slot] = ha;
            into[slot + 1] = held[at + 1];
            this.usedOf[target]++;
          }
        }
        newPage(depth) {
          if (this.runFree === 0) {
            const pages = Math.min(MAX_RUN_PAGES, 1 << Math.min(this.runs.length, 7));
            this.runs.push(new Uint32Array(pages * PAGE_WORDS));
            this.runFree = pages;
          }
          const page = this.pages++;
          if (page === this.runOf.length) {
            const grow = (old, made) => {
              made.set(old);
              return made;
            };
            this.runOf = grow(this.runOf, new Uint32Array(page * 2));
            this.baseOf = grow(this.baseOf, new Uint32Array(page * 2));
            this.depthOf = grow(this.depthOf, new Uint8Array(page * 2));
            this.usedOf = grow(this.usedOf, new Uint16Array(page * 2));
          }
          const run2 = this.runs.length - 1;
          this.runOf[page] = run2;
          this.baseOf[page] = this.runs[run2].length - this.runFree * PAGE_WORDS;
          this.runFree--;
          this.depthOf[page] = depth;
          return page;
        }
      }
      const CHUNK_ENTRIES = 8 * 1024;
      const FIRST_CHUNK_ENTRIES = 256;
      class HashList {
        chunks = [];
        length = 0;
        /** Entries pushed so far: the index the next `push` gets. */
        get size() {
          return this.length;
        }
        /** Appends `text` (null: a hole) with a small value (0 to MAX_HASH_VALUE, see toIndex). */
        push(text, value = 0) {
          const chunk = Math.floor(this.length / CHUNK_ENTRIES);
          const at = 2 * (this.length % CHUNK_ENTRIES);
          let held = this.chunks[chunk];
          if (held === void 0 || at === held.length)
            held = this.room(chunk);
          if (text !== null) {
            hashPair(text);
            held[at] = hashA;
            held[at + 1] = (hashB | value & VALUE_MASK) >>> 0;
          }
          this.length++;
        }
        /** Chunk `chunk` with room for one more entry: a new one, or the first made twice as large. */
        room(chunk) {
          const held = this.chunks[chunk];
          if (held === void 0) {
            const made = new Uint32Array(2 * (chunk === 0 ? FIRST_CHUNK_ENTRIES : CHUNK_ENTRIES));
            this.chunks.push(made);
            return made;
          }
          const larger = new Uint32Array(Math.min(2 * CHUNK_ENTRIES, 2 * held.length));
          larger.set(held);
          this.chunks[chunk] = larger;
          return larger;
        }
        /** A HashIndex of the texts (not the holes), each with its value (the last, for a repeat). */
        toIndex() {
          const index = new HashIndex();
          for (let i = 0; i < this.length; i++) {
            const chunk = this.chunks[Math.floor(i / CHUNK_ENTRIES)];
            const at = 2 * (i % CHUNK_ENTRIES);
            const b = chunk[at + 1];
            if (chunk[at] !== EMPTY)
              index.setPair(chunk[at], (b & ~VALUE_MASK) >>> 0, b & VALUE_MASK);
          }
          return index;
        }
        /** Turns entries `from` (inclusive) to `to` (exclusive) into holes. */
        strike(from, to) {
          for (let i = Math.max(0, from); i < Math.min(to, this.length); i++) {
            this.chunks[Math.floor(i / CHUNK_ENTRIES)][2 * (i % CHUNK_ENTRIES)] = EMPTY;
          }
        }
        /** Entries that are not holes, from index `from` on. */
        countFrom(from) {
          return this.count(from, () => true);
        }
        /** Entries from index `from` on that are not holes and whose text is in `index`. */
        countIn(index, from) {
          return this.count(from, (a, b) => index.hasPair(a, b));
        }
        /**
         * Entries from `from` on that are not holes and whose text is in `index`, or whose twin in
         * `twins` (a list pushed in step with this one, with the same holes) is in `twinIndex`.
         */
        countInEither(index, twins, twinIndex, from) {
          let n = 0;
          for (let i = Math.max(0, from); i < this.length; i++) {
            const at = 2 * (i % CHUNK_ENTRIES);
            const chunk = this.chunks[Math.floor(i / CHUNK_ENTRIES)];
            const a = chunk[at];
            if (a === EMPTY)
              continue;
            if (index.hasPair(a, (chunk[at + 1] & ~VALUE_MASK) >>> 0)) {
              n++;
              continue;
            }
            const twin = twins.chunks[Math.floor(i / CHUNK_ENTRIES)];
            const ta = twin?.[at] ?? EMPTY;
            if (ta !== EMPTY && twinIndex.hasPair(ta, (twin[at + 1] & ~VALUE_MASK) >>> 0))
              n++;
          }
          return n;
        }
        count(from, counts) {
          let n = 0;
          for (let i = Math.max(0, from); i < this.length; i++) {
            const chunk = this.chunks[Math.floor(i / CHUNK_ENTRIES)];
            const at = 2 * (i % CHUNK_ENTRIES);
            const a = chunk[at];
            if (a !== EMPTY && counts(a, (chunk[at + 1] & ~VALUE_MASK) >>> 0))
              n++;
          }
          return n;
        }
      }
      ;
      class DriftTally {
        counts = (0, plan_summary.Nd)();
        drifted = (0, bounded_list.Y4)();
        /** Of `drifted`, by how: deleted outside, created outside (the rest changed outside). */
        driftDeleted = (0, bounded_list.Y4)();
        driftCreated = (0, bounded_list.Y4)();
        /** Every resource_drift entry, any mode or action: tells an empty `resource_drift` apart. */
        entries = 0;
        /** Managed drift entries with a real action, by address. */
        driftedSet = new HashIndex();
        /** Prior-state instances: their addresses, a hole for one that is not managed. */
        prior = new HashList();
        /**
         * Drift entries that name a whole resource (Terraform 1.0.0 wrote them without `address` and
         * without `index`): they match every instance of that resource in the prior state.
         */
        driftedResources = new HashIndex();
        /** Each prior-state instance's resource address (its own without the last `[index]`), or a hole. */
        priorResources = new HashList();
        /** Where the prior state that counts begins in `prior` (a repeated `prior_state` moves it on). */
        priorBase = 0;
        /** `resource_drift` begins again (a repeated key): the first one is forgotten. */
        resetDrift() {
          Object.assign(this.counts, (0, plan_summary.Nd)());
          this.drifted = (0, bounded_list.Y4)();
          this.driftDeleted = (0, bounded_list.Y4)();
          this.driftCreated = (0, bounded_list.Y4)();
          this.driftedSet = new HashIndex();
          this.driftedResources = new HashIndex();
          this.entries = 0;
        }
        /** `prior_state` begins again: the instances of the first one no longer count. */
        resetPrior() {
          this.priorBase = this.prior.size;
        }
        /** One `resource_drift` entry (any mode); says whether it counts as drift. */
        drift(address, mode, kind, wholeResource = false) {
          this.entries++;
          if (!isManaged(mode) || kind.noop)
            return false;
          if (kind.create)
            this.counts.added++;
          if (kind.delete)
            this.counts.deleted++;
          if (kind.update)
            this.counts.changed++;
          (0, bounded_list.kA)(this.drifted, address);
          if (kind.delete)
            (0, bounded_list.kA)(this.driftDeleted, address);
          else if (kind.create)
            (0, bounded_list.kA)(this.driftCreated, address);
          this.driftedSet.set(address, 0);
          if (wholeResource)
            this.driftedResources.set(address, 0);
          return true;
        }
        /** A prior-state instance, the next in PlanVisitor.priorStateResource's numbering. */
        priorResource(address, mode) {
          const managed = isManaged(mode);
          this.prior.push(managed ? address : null);
          const bare = managed ? resourceOf(address) : void 0;
          this.priorResources.push(bare ?? null);
        }
        /** Prior-state instances `from` to `to` (exclusive) are taken back (PlanVisitor.priorStateRetract). */
        retractPrior(from, to) {
          this.prior.strike(from, to);
          this.priorResources.strike(from, to);
        }
        /** The drift counts, with `unchanged`: managed prior-state instances that did not drift. */
        finalCounts() {
          const managed = this.prior.countFrom(this.priorBase);
          const drifted = this.driftedSet.size === 0 ? 0 : this.driftedResources.size === 0 ? this.prior.countIn(this.driftedSet, this.priorBase) : this.prior.countInEither(this.driftedSet, this.priorResources, this.driftedResources, this.priorBase);
          return { ...this.counts, unchanged: managed - drifted };
        }
      }
      function resourceOf(address) {
        if (address.charCodeAt(address.length - 1) !== 93)
          return void 0;
        const open = address.lastIndexOf("[");
        if (open < 0 || address.indexOf("]", open + 1) !== address.length - 1)
          return void 0;
        const bare = address.slice(0, open);
        return /[\n\r\u2028\u2029]/.test(bare) ? void 0 : bare;
      }
      ;
      const SENSITIVE_OUTPUT = "(sensitive)";
      const UNKNOWN_OUTPUT = "(known after apply)";
      const TOO_LARGE_OUTPUT = "(too large)";
      const OUTPUT_LIMIT = 1e3;
      const OUTPUT_BYTES_LIMIT = 1024 * 1024;
      const UNKNOWN_BIT = 16;
      const SENSITIVE_BIT = 32;
      function bucketBits(kind) {
        return (kind.create ? 1 : 0) | (kind.delete ? 2 : 0) | (kind.update ? 4 : 0) | (kind.noop ? 8 : 0) | (kind.unknown ? UNKNOWN_BIT : 0);
      }
      function addBuckets(counts, bits, by) {
        if (bits & 1)
          counts.added += by;
        if (bits & 2)
          counts.deleted += by;
        if (bits & 4)
          counts.changed += by;
        if (bits & 8)
          counts.unchanged += by;
      }
      class OutputTally {
        counts = (0, plan_summary.Nd)();
        /**
         * Every name seen in `output_changes`, with the buckets its last entry counted in: listed while
         * the names come sorted (`lastName` is then the greatest), an index from the first that does not.
         */
        sortedNames = new HashList();
        lastName;
        buckets;
        /**
         * Output strings by name, the first OUTPUT_LIMIT names (later ones are counted in `omitted`),
         * null for a deleted output; sensitive ones are replaced the moment they are known to be.
         */
        values = /* @__PURE__ */ new Map();
        omitted = 0;
        /** Characters of the values kept; past OUTPUT_BYTES_LIMIT values are kept as `(too large)`. */
        bytes = 0;
        /** Names declared sensitive in planned_values, up to OUTPUT_LIMIT; past it, see below. */
        plannedSensitive = /* @__PURE__ */ new Set();
        /** More sensitive names than the set holds: an output not in it may still be sensitive. */
        plannedSensitiveOverflow = false;
        /** `output_changes` begins again (a repeated key): the first one is forgotten. */
        resetChanges() {
          Object.assign(this.counts, (0, plan_summary.Nd)());
          this.sortedNames = new HashList();
          this.lastName = void 0;
          this.buckets = void 0;
          this.values.clear();
          this.omitted = 0;
          this.bytes = 0;
        }
        /**
         * One entry of `output_changes`; says what came before under its name. The first
         * OUTPUT_LIMIT names hold a place in `values` whatever their action (a deleted output's holds
         * null), so which names are kept does not depend on which of a repeated name's entries came
         * first.
         */
        change(entry, kind) {
          const bits = bucketBits(kind);
          const before = this.earlier(entry.name);
          const repeated = before >= 0;
          const said = {
            repeated,
            wasUnknown: repeated && (before & UNKNOWN_BIT) !== 0,
            earlier: repeated ? { create: (before & 1) !== 0, delete: (before & 2) !== 0, update: (before & 4) !== 0 } : void 0
          };
          const wasSensitive = repeated && (before & SENSITIVE_BIT) !== 0;
          const held = bits | (wasSensitive || entry.afterSensitive ? SENSITIVE_BIT : 0);
          if (this.sortedNames !== void 0)
            this.sortedNames.push(entry.name, held);
          else
            this.buckets.set(entry.name, held);
          if (repeated)
            addBuckets(this.counts, before, -1);
          addBuckets(this.counts, bits, 1);
          const shown = this.values.get(entry.name);
          if (shown === void 0) {
            if (repeated || this.values.size >= OUTPUT_LIMIT) {
              if (!repeated)
                this.omitted++;
              return said;
            }
          } else if (shown !== null) {
            this.bytes -= shown.length;
          }
          if (kind.delete && !kind.create) {
            this.values.set(entry.name, null);
            return said;
          }
          const sensitive = wasSensitive || this.plannedSensitive.has(entry.name) || this.plannedSensitiveOverflow;
          let text = renderOutput(entry, sensitive);
          if (this.bytes + text.length > OUTPUT_BYTES_LIMIT)
            text = TOO_LARGE_OUTPUT;
          this.bytes += text.length;
          this.values.set(entry.name, text);
          return said;
        }
        /**
         * The buckets an earlier entry of `name` counted in, or -1 for a name not seen before. While the
         * names come sorted, a name after the last cannot be a repeat; the first that is not after it
         * turns the list into an index.
         */
        earlier(name) {
          if (this.sortedNames !== void 0) {
            if (this.lastName === void 0 || name > this.lastName) {
              this.lastName = name;
              return -1;
            }
            this.buckets = this.sortedNames.toIndex();
            this.sortedNames = void 0;
            this.lastName = void 0;
          }
          return this.buckets.get(name);
        }
        /** The values to show, by name, in the order the names first came. */
        shown() {
          return Object.fromEntries([...this.values].filter((entry) => entry[1] !== null));
        }
        /**
         * An output declared sensitive in `planned_values.outputs`. Sensitive once, sensitive always:
         * wherever a document says an output is sensitive (`planned_values`, an `after_sensitive` of any
         * of its entries), a repeated key that says otherwise does not bring the value back. The one
         * exception to "the last wins", made for secrets (README, "Keys written twice").
         */
        sensitive(name) {
          if (this.plannedSensitive.size < OUTPUT_LIMIT)
            this.plannedSensitive.add(name);
          else if (!this.plannedSensitive.has(name))
            this.plannedSensitiveOverflow = true;
          const held = this.values.get(name);
          if (held !== void 0 && held !== null) {
            this.bytes += SENSITIVE_OUTPUT.length - held.length;
            this.values.set(name, SENSITIVE_OUTPUT);
          }
        }
      }
      function renderOutput(entry, declaredSensitive2) {
        if (entry.afterSensitive || declaredSensitive2)
          return SENSITIVE_OUTPUT;
        if (entry.afterUnknown)
          return UNKNOWN_OUTPUT;
        if (entry.afterTooLarge)
          return TOO_LARGE_OUTPUT;
        if (typeof entry.after === "string")
          return entry.after;
        return entry.afterJson ?? "null";
      }
      var secret_names = __webpack_require__(9326);
      ;
      class OutputNames {
        /** The first LIST_LIMIT names with a change, by name; later ones are only counted. */
        named = /* @__PURE__ */ new Map();
        beyond = { outputsAdded: 0, outputsChanged: 0, outputsRemoved: 0 };
        /**
         * One entry of `output_changes`; `earlier` is what the name's earlier entry did, if it had one
         * (output-tally.ts knows): past the named ones it was only counted, and the last entry wins.
         */
        change(name, kind, earlier) {
          const action = actionOf(kind);
          const before = earlier && actionOf(earlier);
          if (before !== void 0 && !this.named.has(name))
            this.beyond[before]--;
          if (this.named.has(name) || this.named.size < bounded_list.bh) {
            if (action === void 0)
              this.named.delete(name);
            else
              this.named.set(name, action);
          } else if (action !== void 0)
            this.beyond[action]++;
        }
        reset() {
          this.named.clear();
          this.beyond.outputsAdded = this.beyond.outputsChanged = this.beyond.outputsRemoved = 0;
        }
        /** The three lists; `values` are the outputs' shown strings (output-tally.ts). */
        lists(values, gate) {
          const out = {
            outputsAdded: (0, bounded_list.Y4)(),
            outputsChanged: (0, bounded_list.Y4)(),
            outputsRemoved: (0, bounded_list.Y4)()
          };
          for (const [name, action] of [...this.named].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) {
            const value = Object.hasOwn(values, name) ? values[name] : void 0;
            (0, bounded_list.kA)(out[action], labelOf(name, action, value, gate));
          }
          for (const action of Object.keys(this.beyond))
            out[action].total += this.beyond[action];
          return out;
        }
      }
      function actionOf(kind) {
        if (kind.create && !kind.delete)
          return "outputsAdded";
        if (kind.delete && !kind.create)
          return "outputsRemoved";
        return kind.update || kind.create && kind.delete ? "outputsChanged" : void 0;
      }
      function labelOf(name, action, value, gate) {
        if (value === SENSITIVE_OUTPUT)
          return `${name} (sensitive)`;
        if (action === "outputsRemoved" || value === void 0 || gate?.policy.show !== true)
          return name;
        if (value === UNKNOWN_OUTPUT)
          return `${name} (known after apply)`;
        const reason = value === TOO_LARGE_OUTPUT ? "too large" : gate.hiddenNameReason("output", "", name) ?? (gate.deniedInside("output", name, value) ? "deny-listed" : (0, secret_names.E8)(value) ? "looks like a secret" : void 0);
        if (reason !== void 0)
          return (0, hidden_reason.c)(name, reason);
        const shown = (0, value_policy.JJ)(value);
        return "text" in shown ? `${name} = ${shown.text}` : `${name} (${(0, thousands.o)(shown.length)} characters)`;
      }
      const HIDDEN_OUTPUT = "(hidden)";
      function sentOutputs(values, gate) {
        return Object.fromEntries(Object.entries(values).map(([name, value]) => [
          name,
          value === SENSITIVE_OUTPUT || value === UNKNOWN_OUTPUT || value === TOO_LARGE_OUTPUT ? value : (0, secret_names.n1)(name) || (0, secret_names.E8)(value) || gate?.hiddenName("output", "", name) === true || gate?.deniedInside("output", name, value) === true ? HIDDEN_OUTPUT : value
        ]));
      }
      ;
      function recordsOutputChanges(terraformVersion) {
        const match = /^0\.(\d+)\./.exec(terraformVersion ?? "");
        return match === null || Number(match[1]) >= 14;
      }
      function untrackedOutputsWarning(file, terraformVersion, added) {
        const outputs = added === 1 ? "1 output it marks" : `${added} outputs it marks`;
        return `${file}: Terraform ${terraformVersion} does not record output changes in its plans (0.14 and later do); ${outputs} "create" ${added === 1 ? "is" : "are"} not counted as added: whether ${added === 1 ? "it changes" : "they change"} is not known`;
      }
      var errors = __webpack_require__(3916);
      ;
      const PLAN_KEYS = [
        "planned_values",
        "resource_changes",
        "resource_drift",
        "output_changes",
        "prior_state",
        "configuration"
      ];
      const KEYS_OF_INTEREST = /* @__PURE__ */ new Set([
        ...PLAN_KEYS,
        "format_version",
        "terraform_version",
        "plan_format_version",
        "applyable",
        "complete",
        "values",
        "version",
        "serial",
        "lineage",
        "projects",
        "currency",
        "totalMonthlyCost",
        "provider_schemas",
        "function_signatures",
        "@level",
        "@message"
      ]);
      const KNOWN_MAJOR_VERSIONS = /* @__PURE__ */ new Set([0, 1]);
      function checkPlanKind(facts) {
        if (!PLAN_KEYS.some((key) => facts.keys.has(key)))
          throw wrongKind(facts);
        const version = facts.formatVersion;
        if (version === void 0)
          return;
        const match = /^(\d+)\.\d+/.exec(version);
        if (!match) {
          throw new errors.dz("INPUT_INVALID", facts.file, `format_version "${version}" is not a version number such as 1.2: regenerate the file with \`terraform show -json\``);
        }
        if (!KNOWN_MAJOR_VERSIONS.has(Number(match[1]))) {
          throw new errors.dz("INPUT_VERSION", facts.file, `format_version ${version} is newer than this tool knows (0.x, 1.x): upgrade iacm-reporter`);
        }
      }
      function wrongKind(facts) {
        const has = (key) => facts.keys.has(key);
        const convert = "save the plan with `terraform plan -out=tfplan` and give `terraform show -json tfplan > plan.json`";
        const forDrift = "for drift, plan with `terraform plan -refresh-only -out=tfplan`";
        let detail;
        if (has("version") && has("serial") && has("lineage")) {
          detail = `this is a state file (.tfstate), not a plan: ${convert} (${forDrift})`;
        } else if (has("values") || has("format_version") && onlyVersionKeys(facts)) {
          detail = `this is a state (\`show -json\` without a plan file), not a plan: ${convert} (${forDrift})`;
        } else if (has("projects") && (has("currency") || has("totalMonthlyCost"))) {
          detail = "this is an Infracost JSON file, not a plan: give it as the Infracost input (infracost), and the plan JSON as the plan";
        } else if (has("provider_schemas")) {
          detail = `this is a providers schema (\`providers schema -json\`), not a plan: ${convert}`;
        } else if (has("function_signatures")) {
          detail = `this is functions metadata (\`metadata functions -json\`), not a plan: ${convert}`;
        } else if (has("@level") || has("@message")) {
          detail = `this is a line of machine-readable UI output (\`plan -json\`), not a plan: ${convert}`;
        } else {
          const found = facts.keyCount === 0 ? "the object is empty" : `found ${facts.firstKeys.join(", ")}${facts.keyCount > facts.firstKeys.length ? ", ..." : ""}`;
          detail = `none of the keys of a plan (${PLAN_KEYS.join(", ")}) are here (${found}): ${convert}`;
        }
        return new errors.dz("INPUT_WRONG_KIND", facts.file, detail);
      }
      function onlyVersionKeys(facts) {
        const versionKeys = (facts.keys.has("format_version") ? 1 : 0) + (facts.keys.has("terraform_version") ? 1 : 0);
        return facts.keyCount === versionKeys;
      }
      function provisionerOf(signals) {
        const opentofu = signals.forgetThenCreate || signals.ephemeral;
        const terraform = signals.keys.has("applyable") || signals.keys.has("complete") || predatesOpenTofu(signals.terraformVersion);
        if (opentofu === terraform)
          return void 0;
        return opentofu ? "opentofu" : "terraform";
      }
      function predatesOpenTofu(version) {
        const match = /^v?(\d+)\.(\d+)/.exec(version ?? "");
        if (!match)
          return false;
        const major = Number(match[1]);
        return major === 0 || major === 1 && Number(match[2]) < 6;
      }
      ;
      const SECTIONS = /* @__PURE__ */ new Set([
        "resource_changes",
        "resource_drift",
        "output_changes",
        "planned_values",
        "prior_state"
      ]);
      const READ_KEYS = /* @__PURE__ */ new Set([...SECTIONS, "format_version", "terraform_version", "errored"]);
      const TOP_KEYS_HELD = 1e3;
      class PlanAccumulator {
        file;
        values;
        keepDriftResources;
        /** The KEYS_OF_INTEREST and READ_KEYS present (always held: a repeat of one replaces its value). */
        keys = /* @__PURE__ */ new Set();
        /** Distinct top-level keys, the first TOP_KEYS_HELD. */
        topKeys = /* @__PURE__ */ new Set();
        firstKeys = [];
        keyCount = 0;
        formatVersionValue;
        terraformVersionValue;
        erroredValue = false;
        changes;
        drift = new DriftTally();
        /** With --send-drift-resources: each drifted resource, names only. */
        driftResources;
        outputs = new OutputTally();
        outputNames = new OutputNames();
        /** Entries with actions this tool does not know, by section (a repeated section starts again). */
        unknownDrift = new Sightings();
        unknownOutputs = new Sightings();
        /** Keys written twice. */
        repeats = new Sightings();
        constructor(file, values, keepDriftResources = false) {
          this.file = file;
          this.values = values;
          this.keepDriftResources = keepDriftResources;
          this.changes = new ChangeTally(values);
          if (keepDriftResources)
            this.driftResources = (0, bounded_list.Y4)();
        }
        sensitiveVariables = new SensitiveVariables();
        topLevelKey(key) {
          if (!this.topKeys.has(key)) {
            if (this.topKeys.size < TOP_KEYS_HELD)
              this.topKeys.add(key);
            this.keyCount++;
            if (this.firstKeys.length < 12)
              this.firstKeys.push(key);
          }
          if (READ_KEYS.has(key) && this.keys.has(key)) {
            this.repeats.note(key);
            if (SECTIONS.has(key))
              this.resetSection(key);
          }
          if (key === "errored")
            this.erroredValue = false;
          else if (key === "format_version")
            this.formatVersionValue = void 0;
          else if (key === "terraform_version")
            this.terraformVersionValue = void 0;
          if (KEYS_OF_INTEREST.has(key) || READ_KEYS.has(key))
            this.keys.add(key);
        }
        resetSection(key) {
          switch (key) {
            case "resource_changes":
              this.changes.reset();
              return;
            case "resource_drift":
              this.drift.resetDrift();
              if (this.keepDriftResources)
                this.driftResources = (0, bounded_list.Y4)();
              this.unknownDrift = new Sightings();
              return;
            case "output_changes":
              this.outputs.resetChanges();
              this.outputNames.reset();
              this.unknownOutputs = new Sightings();
              return;
            case "planned_values":
              return;
            case "prior_state":
              this.drift.resetPrior();
              return;
          }
        }
        /** --show-values: `variables` and `configuration`, to hide import ids they make secret. */
        topLevelValue(key, text) {
          this.sensitiveVariables.topLevel(key, text);
        }
        formatVersion(value) {
          this.formatVersionValue = value;
        }
        terraformVersion(value) {
          this.terraformVersionValue = value;
        }
        errored(value) {
          this.erroredValue = value;
        }
        resourceChange(entry) {
          this.changes.change(entry);
        }
        resourceDrift(entry) {
          const kind = kindOf(entry.actions);
          const counted = this.drift.drift(entry.address, entry.mode, kind, entry.wholeResource === true);
          if (counted && kind.unknown) {
            this.unknownDrift.note(`resource_drift ${entry.address} ${actionsText(entry.actions)}`);
          }
          if (counted && this.driftResources !== void 0) {
            const resource = {
              address: entry.address,
              mode: entry.mode ?? "managed",
              provider: entry.providerName ?? "",
              status: kind.delete ? "deleted" : "changed",
              attributes: kind.delete ? [] : entry.changedAttributes?.names ?? []
            };
            (0, bounded_list.kA)(this.driftResources, resource, plan_summary.$5);
          }
        }
        outputChange(entry) {
          const kind = kindOf(entry.actions);
          const { repeated, wasUnknown, earlier } = this.outputs.change(entry, kind);
          this.outputNames.change(entry.name, kind, earlier);
          const name = `output_changes[${JSON.stringify(entry.name)}]`;
          if (repeated)
            this.repeats.note(name);
          if (wasUnknown)
            this.unknownOutputs.count--;
          if (kind.unknown)
            this.unknownOutputs.note(`${name} ${actionsText(entry.actions)}`);
        }
        plannedOutputSensitive(name) {
          this.outputs.sensitive(name);
        }
        priorStateResource(address, mode) {
          this.drift.priorResource(address, mode);
        }
        priorStateRetract(from, to) {
          this.drift.retractPrior(from, to);
        }
        repeatedKey(path) {
          this.repeats.note(path);
        }
        /** Classifies the document (throwing InputError when it is no plan we can read) and sums up. */
        finish() {
          checkPlanKind({
            file: this.file,
            keys: this.keys,
            keyCount: this.keyCount,
            firstKeys: this.firstKeys,
            formatVersion: this.formatVersionValue
          });
          const hides = this.sensitiveVariables.hider();
          if (hides !== void 0)
            this.changes.hideImportIds(hides);
          const untracked = recordsOutputChanges(this.terraformVersionValue) ? 0 : this.outputs.counts.added;
          const outputNames = this.outputNames.lists(this.outputs.shown(), this.values);
          if (untracked > 0)
            outputNames.outputsAdded = (0, bounded_list.Y4)();
          const driftCounts = this.drift.finalCounts();
          const changes = this.changes;
          return {
            file: this.file,
            formatVersion: this.formatVersionValue ?? "",
            terraformVersion: this.terraformVersionValue,
            errored: this.erroredValue,
            provisioner: provisionerOf({
              forgetThenCreate: changes.sawForgetThenCreate,
              ephemeral: changes.sawEphemeral,
              keys: this.keys,
              terraformVersion: this.terraformVersionValue
            }),
            isDriftCheck: this.isDriftCheck(driftCounts.unchanged),
            resourceCounts: { ...changes.resourceCounts },
            plannedChangesCount: changes.plannedChangesCount,
            driftCounts,
            driftedCount: this.drift.drifted.total,
            outputCounts: { ...this.outputs.counts, added: this.outputs.counts.added - untracked },
            outputs: sentOutputs(this.outputs.shown(), this.values),
            outputsOmitted: this.outputs.omitted,
            addresses: {
              ...changes.addresses,
              drifted: this.drift.drifted,
              driftDeleted: this.drift.driftDeleted,
              driftCreated: this.drift.driftCreated,
              ...outputNames
            },
            warnings: this.warnings(untracked),
            changedAttributes: changes.changedAttributes,
            ...this.driftResources === void 0 ? {} : { driftResources: this.driftResources }
          };
        }
        warnings(untrackedOutputs) {
          const warnings = [];
          if (untrackedOutputs > 0)
            warnings.push(untrackedOutputsWarning(this.file, this.terraformVersionValue ?? "", untrackedOutputs));
          const unknown = new Sightings();
          for (const seen of [this.changes.unknown, this.unknownDrift, this.unknownOutputs]) {
            unknown.count += seen.count;
            for (const example of seen.examples)
              if (unknown.examples.length < EXAMPLES)
                unknown.examples.push(example);
          }
          if (unknown.count > 0) {
            warnings.push(`${this.file}: ${unknown.count} ${unknown.count === 1 ? "entry has" : "entries have"} actions this tool does not know (${unknown.list()}); counted as changed: check the plan`);
          }
          const { omitted, values } = this.outputs;
          if (omitted > 0) {
            warnings.push(`${this.file}: ${values.size + omitted} output values; the first ${values.size} are kept for the report, ${omitted} left out`);
          }
          warnings.push(...this.changes.rolesUnread.warnings(this.file));
          if (this.repeats.count > 0) {
            warnings.push(`${this.file}: ${this.repeats.count} ${this.repeats.count === 1 ? "key is" : "keys are"} written twice (${this.repeats.list()}); read as JSON parsers read them, the last one wins: check what wrote the file`);
          }
          return warnings;
        }
        /**
         * A refresh-only plan: nothing to change, and a `resource_drift` key. `show -json` leaves an
         * empty `resource_drift` out, but HCP redacted plans write `"resource_drift": []` in every plan,
         * so an empty one counts only when `resource_changes` is absent too (as in a refresh-only plan),
         * else every no-change HCP plan would be taken for a drift check.
         *
         * A clean refresh-only plan as Terraform writes it has neither key: it is told from a plan by
         * its prior state, whose every resource a plan lists in `resource_changes` (a no-op at least).
         * So no `resource_changes` with resources in the prior state is a drift check that found
         * nothing, wherever the plan is read (a single file, a Terragrunt unit); with no resource in
         * the prior state (an outputs-only configuration) it is a plan.
         */
        isDriftCheck(priorUnchanged) {
          if (this.changes.plannedChangesCount > 0)
            return false;
          if (!this.keys.has("resource_drift"))
            return !this.keys.has("resource_changes") && priorUnchanged > 0;
          return this.drift.entries > 0 || !this.keys.has("resource_changes");
        }
      }
      var external_node_fs_ = __webpack_require__(3024);
      ;
      function change(i, actions) {
        const side = (n) => ({
          id: `id-${i}`,
          name: `name-${i}-${n}`,
          description: `a "quoted" description \\ ${n} ${"x".repeat(40 + n)}`,
          tags: { Name: `n-${i}`, Owner: `o-${n}`, [`tag-${n}`]: `v-${n}` },
          count: n * 7 + i,
          enabled: n === 1,
          nested: [{ size: n, list: [1, n, 3], deep: { a: { b: { c: n } } } }],
          same: { k: [1, 2, 3], s: "same text" }
        });
        return JSON.stringify({
          address: `terraform_data.warm_${i}`,
          mode: "managed",
          type: "terraform_data",
          name: `warm_${i}`,
          provider_name: "terraform.io/builtin/terraform",
          change: {
            actions,
            before: side(1),
            after: side(2),
            after_unknown: { id: i % 2 === 0, tags: { Name: false }, nested: [{ list: [false, true] }] },
            before_sensitive: { tags: {} },
            after_sensitive: { tags: {} },
            replace_paths: actions.length > 1 ? [["name"], ["nested", 0, "size"]] : void 0
          }
        });
      }
      function warmUpPlan() {
        const changes = [];
        for (let i = 0; i < 12; i++)
          changes.push(change(i, i % 3 === 2 ? ["delete", "create"] : ["update"]));
        const resource = (i) => JSON.stringify({
          address: `terraform_data.warm_${i}`,
          mode: "managed",
          type: "terraform_data",
          name: `warm_${i}`,
          values: { id: `id-${i}` }
        });
        const resources = Array.from({ length: 12 }, (_, i) => resource(i)).join(",");
        const text = `{"format_version":"1.2","terraform_version":"1.11.0","planned_values":{"root_module":{"resources":[${resources}]}},"resource_changes":[${changes.join(",")}],"output_changes":{"o":{"actions":["update"],"before":"a","after":"b","after_unknown":false,"before_sensitive":false,"after_sensitive":false}},"prior_state":{"values":{"root_module":{"resources":[${resources}]}}},"errored":false}`;
        return new TextEncoder().encode(text);
      }
      async function* oneChunk(bytes) {
        yield await Promise.resolve(bytes);
      }
      let warmedUp = false;
      let looked = 0;
      const WARM_UP_LOOKS = 32;
      const WARM_UP_MIN_BYTES = 4 * 1024 * 1024;
      function worthWarming(source, isStdin) {
        if (typeof source !== "string" || isStdin(source))
          return true;
        try {
          return (0, external_node_fs_.statSync)(source).size >= WARM_UP_MIN_BYTES;
        } catch {
          return false;
        }
      }
      async function warmUpReader(read, source, options, isStdin) {
        if (warmedUp)
          return;
        if (++looked > WARM_UP_LOOKS) {
          warmedUp = true;
          return;
        }
        if (!worthWarming(source, isStdin))
          return;
        warmedUp = true;
        const bytes = warmUpPlan();
        try {
          await read(oneChunk(bytes), new PlanAccumulator("warm-up"), "warm-up", {
            ...options,
            blockingReads: false
          });
        } catch {
        }
      }
      var input_file = __webpack_require__(6572);
      ;
      class InputErrors {
        label;
        exactOffsets;
        constructor(label, exactOffsets = true) {
          this.label = label;
          this.exactOffsets = exactOffsets;
        }
        error(code, detail, offset) {
          return new errors.dz(code, this.label, detail, this.exactOffsets ? offset : void 0);
        }
      }
      function showByte(b) {
        if (b >= 33 && b <= 126)
          return b === 96 ? "'`'" : `\`${String.fromCharCode(b)}\``;
        return `byte 0x${b.toString(16).padStart(2, "0").toUpperCase()}`;
      }
      function showText(bytes, max = 40) {
        let text = "";
        for (let i = 0; i < bytes.length && text.length < max; i++) {
          const b = bytes[i];
          if (b === 10 || b === 13)
            break;
          text += b >= 32 && b < 127 ? String.fromCharCode(b) : "?";
        }
        return text.length >= max ? `${text}\u2026` : text;
      }
      function copyBytes(bytes, from = 0, to = bytes.length) {
        const part = bytes.subarray(from, to);
        const copy = new Uint8Array(part.length);
        copy.set(part);
        return copy;
      }
      ;
      const HEAD_BYTES = 512;
      function concat(parts) {
        if (parts.length === 1)
          return parts[0];
        const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
        let at = 0;
        for (const p of parts) {
          out.set(p, at);
          at += p.length;
        }
        return out;
      }
      function utf16WithoutBom(head) {
        const n = Math.min(head.length, 64) & ~1;
        if (n < 2)
          return null;
        let evenZeros = 0;
        let oddZeros = 0;
        for (let i = 0; i < n; i++) {
          if (head[i] !== 0)
            continue;
          if (i % 2 === 0)
            evenZeros++;
          else
            oddZeros++;
        }
        const pairs = n / 2;
        if (oddZeros * 2 >= pairs && evenZeros * 8 <= pairs)
          return "LE";
        if (evenZeros * 2 >= pairs && oddZeros * 8 <= pairs)
          return "BE";
        return null;
      }
      function sniff(first, errors2) {
        const [b0, b1, b2, b3] = first;
        if (b0 === 239 && b1 === 187 && b2 === 191)
          return { encoding: "utf-8", bom: 3 };
        if (b0 === 255 && b1 === 254)
          return { encoding: "utf-16le", bom: 2 };
        if (b0 === 254 && b1 === 255)
          return { encoding: "utf-16be", bom: 2 };
        if (b0 === 80 && b1 === 75 && b2 === 3 && b3 === 4) {
          throw errors2.error("INPUT_BINARY", "this is a binary plan file; run `terraform show -json <file> > plan.json` (or `tofu show -json`) and pass plan.json", 0);
        }
        const utf16 = utf16WithoutBom(first);
        if (utf16 !== null) {
          throw errors2.error("INPUT_ENCODING", `this looks like UTF-16${utf16} without a byte-order mark; re-save it as UTF-8 (PowerShell: \`terraform show -json plan.tfplan | Out-File -Encoding utf8 plan.json\`)`, 0);
        }
        const nul = first.subarray(0, HEAD_BYTES).indexOf(0);
        if (nul >= 0)
          throw errors2.error("INPUT_BINARY", "binary data (NUL bytes), not JSON text", nul);
        return { encoding: "utf-8", bom: 0 };
      }
      async function pumpInput(source, scanner, errors2, onHead) {
        const it = source[Symbol.asyncIterator]();
        let finished = false;
        try {
          const parts = [];
          let size = 0;
          while (size < HEAD_BYTES) {
            const r = await it.next();
            if (r.done === true) {
              finished = true;
              break;
            }
            parts.push(size === 0 && r.value.length >= HEAD_BYTES ? r.value : copyBytes(r.value));
            size += r.value.length;
          }
          const first = concat(parts);
          if (first.length === 0)
            throw errors2.error("INPUT_EMPTY", "is empty (0 bytes)");
          const { encoding, bom } = sniff(first, errors2);
          let transcode = null;
          let text = first.subarray(bom);
          if (encoding !== "utf-8") {
            errors2.exactOffsets = false;
            transcode = utf16Transcoder(encoding, errors2);
            text = transcode(text);
          } else {
            scanner.advance(bom);
          }
          onHead(copyBytes(text, 0, HEAD_BYTES));
          scanner.feed(text);
          while (!finished) {
            const r = await it.next();
            if (r.done === true)
              break;
            scanner.feed(transcode === null ? r.value : transcode(r.value));
          }
          finished = true;
          if (transcode !== null)
            scanner.feed(transcode(null));
          scanner.end();
        } finally {
          if (!finished)
            await it.return?.();
        }
      }
      function utf16Transcoder(encoding, errors2) {
        const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
        const encoder = new TextEncoder();
        return (chunk) => {
          try {
            return encoder.encode(chunk === null ? decoder.decode() : decoder.decode(chunk, { stream: true }));
          } catch {
            throw errors2.error("INPUT_ENCODING", `invalid ${encoding.toUpperCase()} (an unpaired surrogate or an odd number of bytes); re-save the file as UTF-8`);
          }
        };
      }
      ;
      const WRAPPER_HINT = "the setup-terraform wrapper wrapped the JSON: set terraform_wrapper: false or use the plain terraform binary";
      const NDJSON_HINT = "more data after the first JSON value; it looks like NDJSON (one JSON value per line, as `terragrunt show --all -json` or a `-json` UI log write): pass one plan per file, written by `terraform show -json <planfile>`";
      function ascii(bytes, from, length) {
        let s = "";
        for (let i = from; i < bytes.length && i < from + length; i++)
          s += String.fromCharCode(bytes[i]);
        return s;
      }
      function isWrapperNoise(bytes, from) {
        const s = ascii(bytes, from, 16);
        return s.startsWith("[command]") || s.startsWith("::debug::") || s.startsWith("::set-output");
      }
      function looksBinary(head) {
        let controls = 0;
        for (const b of head) {
          if (b === 0)
            return true;
          if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12)
            controls++;
        }
        if (controls > 0 && controls * 50 >= head.length)
          return true;
        try {
          new TextDecoder("utf-8", { fatal: true }).decode(head, { stream: true });
          return false;
        } catch {
          return true;
        }
      }
      const ANSI = /\u001b\[[0-?]*[ -/]*[@-~]/g;
      const PLAN_TEXT_MARKERS = [
        /\b(Terraform|OpenTofu) will perform the following actions:/,
        /\b(Terraform|OpenTofu) used the selected providers to generate the following execution/,
        /^Plan: \d+ to add, \d+ to change, \d+ to destroy/m,
        /^No changes\. (Your infrastructure matches the configuration|Infrastructure is up-to-date)/m,
        /\b(Terraform|OpenTofu) detected the following changes made outside of/,
        /^Note: Objects have changed outside of (Terraform|OpenTofu)/m,
        /^\S+: Refreshing state\.\.\./m,
        /^Changes to Outputs:$/m,
        /^\s*# \S+ (will be (created|destroyed|updated in-place|read during apply)|must be replaced|has changed)/m
      ];
      const PLAN_TEXT_HINT = "this is the text output of `terraform plan` (or `tofu plan`), not plan JSON: save the plan with `terraform plan -out=tfplan`, then run `terraform show -json tfplan > plan.json` (OpenTofu: `tofu show -json tfplan`) and give that file";
      function looksLikePlanText(head) {
        const text = new TextDecoder("utf-8", { fatal: false }).decode(head).replace(ANSI, "");
        return PLAN_TEXT_MARKERS.some((marker) => marker.test(text));
      }
      const SCALAR_LINE = /^\s*("(?:[^"\\]|\\.)*"|-?\d[\d.eE+-]*|true|false|null)\s*$/;
      function scalarKind(text) {
        if (text.startsWith('"'))
          return "string";
        if (text === "true" || text === "false")
          return "boolean";
        if (text === "null")
          return "null";
        return "number";
      }
      function diagnoseStart(head, at, offset, errors2) {
        const first = head[at];
        if (first === void 0)
          return errors2.error("INPUT_SYNTAX", "not JSON", offset);
        if (isWrapperNoise(head, at))
          return errors2.error("INPUT_SYNTAX", WRAPPER_HINT, offset);
        if (first === 91)
          return errors2.error("INPUT_WRONG_KIND", "a JSON array, not a plan", offset);
        if (looksLikePlanText(head))
          return errors2.error("INPUT_WRONG_KIND", PLAN_TEXT_HINT, offset);
        if (looksBinary(head)) {
          return errors2.error("INPUT_BINARY", "binary data, not JSON text", offset);
        }
        const firstLine = showText(head.subarray(at), 400);
        const scalar = SCALAR_LINE.exec(firstLine);
        if (scalar?.[1] !== void 0) {
          return errors2.error("INPUT_WRONG_KIND", `a JSON ${scalarKind(scalar[1])}, not a plan (a plan is a JSON object)`, offset);
        }
        const text = new TextDecoder().decode(head);
        const lines = text.split("\n");
        const jsonLine = lines.findIndex((line, n) => n > 0 && line.trimStart().startsWith("{"));
        const where = jsonLine > 0 ? `; line ${jsonLine + 1} starts with '{': remove the text before it` : "";
        return errors2.error("INPUT_SYNTAX", `not JSON: it starts with text (${showByte(first)}), not '{'${where}`, offset);
      }
      function diagnoseTrailing(bytes, newlineBefore, offset, errors2) {
        if (isWrapperNoise(bytes, 0))
          return errors2.error("INPUT_SYNTAX", WRAPPER_HINT, offset);
        const first = bytes[0] ?? 0;
        if (newlineBefore && (first === 123 || first === 91)) {
          return errors2.error("INPUT_TRAILING", NDJSON_HINT, offset);
        }
        return errors2.error("INPUT_TRAILING", `more data after the end of the JSON value (${showByte(first)}): one plan per file, nothing after it`, offset);
      }
      ;
      const MAX_OUTPUT_VALUE_DEPTH = 64;
      const KIND_OBJECT = 0;
      const KIND_ARRAY = 1;
      const KIND_STRING = 2;
      const KIND_NUMBER = 3;
      const KIND_TRUE = 4;
      const KIND_FALSE = 5;
      const KIND_NULL = 6;
      const D_DESCEND = 0;
      const D_CAPTURE = 1;
      const D_SKIP = 2;
      const D_SCAN_TRUE = 3;
      const D_RAW = 4;
      const D_HASH = 5;
      const D_KEEP = 6;
      var scanner_tables = __webpack_require__(4529);
      ;
      const scan_state_MAX_DEPTH = 1e5;
      const MAX_CAPTURED_STRING = 16 * 1024 * 1024;
      const CONTAINER_OBJECT = 1;
      const CONTAINER_ARRAY = 2;
      class ScanState {
        handler;
        errors;
        head;
        wasm;
        state = scanner_tables.Xr;
        depth = 0;
        /** types[d] is the container at depth d (1-based). */
        types = new Uint8Array(256);
        /** Offset in the input of byte 0 of the chunk being fed. */
        base = 0;
        skipping = false;
        /**
         * WebAssembly only: the address of the key set of the object whose members come next in event
         * mode (0: report every key), and each of the handler's key sets' addresses.
         */
        keys = 0;
        keySetAddresses = [];
        /** While skipping, the depth of the container holding the skipped value. */
        skipBase = 0;
        scanTrue = false;
        sawTrue = false;
        rawOn = false;
        rawParts = [];
        rawSize = 0;
        rawOverflow = false;
        /** D_KEEP: a raw capture without the depth cap, skipped by the fast loops, up to KEEP_LIMIT. */
        rawDeep = false;
        /**
         * D_KEEP, WebAssembly only: the depth of the kept object's members (0: none), and where the
         * members of its containers end, KEEP_END_LEVELS deep (every ',' between them and the closing
         * bracket, from the value's first byte, with the container's level above bit 24: RawValue.ends
         * in raw-side.ts), for the handler.
         */
        keepDepth = 0;
        /**
         * Those ends go into a block of their own, as the bytes do (below): a value's ends are a view of
         * it from keepEndsStart, written again from its start when the bytes' block is.
         */
        keepEnds = new Int32Array(0);
        keepEndsAt = 0;
        keepEndsStart = 0;
        /**
         * D_KEEP bytes go into a block: a value is a view of it, not a copy of its own. The block is
         * written again from its start once the handler has closed the container two levels above the
         * last kept value (see ScanHandler.captured): a change entry, whose `before`/`after` were kept.
         */
        keepBlock = new Uint8Array(0);
        keepAt = 0;
        keepStart = 0;
        /** The depth of the object holding the last kept value (0: none since the block was reused). */
        keepHolder = 0;
        rawFrom = 0;
        rawOffset = 0;
        /** D_HASH: on, the two 32-bit halves of the hash, and whether the bytes so far end in a string. */
        hashOn = false;
        hashA = 0;
        hashB = 0;
        hashInString = false;
        hashEscape = false;
        /** 0: not in a string; 1: in a value string; 2: in a key. */
        inString = 0;
        /** 0: none; 1: after a backslash; 5..2: that many minus one hex digits of \u still to come. */
        escape = 0;
        capture = false;
        escaped = false;
        stringParts = [];
        stringSize = 0;
        stringFrom = 0;
        stringOffset = 0;
        words = null;
        newlineAfterDone = false;
        trailing = null;
        trailingOffset = 0;
        constructor(handler, errors2, head, wasm = null) {
          this.handler = handler;
          this.errors = errors2;
          this.head = head;
          this.wasm = wasm;
          if (wasm !== null) {
            this.types = wasm.types.subarray(0, scan_state_MAX_DEPTH + 2);
            this.keySetAddresses = wasm.loadKeySets(handler.keySets);
          }
        }
        /** Event mode entered or returned to a container: which of its keys the handler wants. */
        updateKeyFilter() {
          if (this.wasm === null)
            return;
          const set = this.handler.keyFilter();
          this.keys = set < 0 ? 0 : this.keySetAddresses[set];
        }
        push(type, i) {
          const depth = ++this.depth;
          if (this.rawOn && !this.rawDeep && depth - this.skipBase > MAX_OUTPUT_VALUE_DEPTH && !this.rawOverflow) {
            this.rawOverflow = true;
            this.rawParts = [];
          }
          if (depth >= this.types.length) {
            if (depth > scan_state_MAX_DEPTH) {
              throw this.errors.error("INPUT_SYNTAX", `nested more than ${scan_state_MAX_DEPTH} levels deep`, this.base + i);
            }
            const grown = new Uint8Array(Math.min(this.types.length * 2, scan_state_MAX_DEPTH + 2));
            grown.set(this.types);
            this.types = grown;
          }
          this.types[depth] = type;
        }
      }
      ;
      function skipString(buf, words, j, n) {
        const kinds = scanner_tables.uS;
        for (; ; ) {
          if (words !== null) {
            while (j < n && (j & 3) !== 0 && kinds[buf[j]] === 0)
              j++;
            if ((j & 3) === 0) {
              let w = j >> 2;
              const end = n >> 2;
              while (w < end) {
                const x = words[w];
                const q = x ^ 572662306;
                const b = x ^ 1549556828;
                if ((q - 16843009 & ~q | b - 16843009 & ~b | x - 538976288 & ~x | 0) & 2155905152)
                  break;
                w++;
              }
              j = w << 2;
            }
          }
          let c = 0;
          while (j < n) {
            c = buf[j];
            if (c === 34 || c === 92 || c < 32)
              break;
            j++;
          }
          if (j >= n)
            return -1;
          const k = kinds[c];
          if (k === 1)
            return j;
          if (k !== 2 || j + 1 >= n)
            return -1;
          const e = scanner_tables.sC[buf[j + 1]];
          if (e === 1) {
            j += 2;
            continue;
          }
          if (e === 0 || j + 5 >= n)
            return -1;
          const hex = scanner_tables.Yc;
          if ((hex[buf[j + 2]] & hex[buf[j + 3]] & hex[buf[j + 4]] & hex[buf[j + 5]]) === 0)
            return -1;
          j += 6;
        }
      }
      ;
      const RAW_LIMIT = 1024 * 1024;
      const KEEP_LIMIT = 8 * 1024 * 1024;
      const KEEP_BLOCK = 256 * 1024;
      const KEEP_FIRST_BLOCK = 8 * 1024;
      const KEEP_ENDS_BLOCK = 16 * 1024;
      const KEEP_FIRST_ENDS = 256;
      const KEEP_END_LEVELS = 4;
      function value_capture_concat(parts, size) {
        const out = new Uint8Array(size);
        let at = 0;
        for (const p of parts) {
          out.set(p, at);
          at += p.length;
        }
        return out;
      }
      class ValueCapture extends ScanState {
        beginSkip(disposition, i) {
          this.skipping = true;
          this.skipBase = this.depth;
          this.scanTrue = disposition === D_SCAN_TRUE;
          this.sawTrue = false;
          this.rawDeep = disposition === D_KEEP;
          this.rawOn = disposition === D_RAW || this.rawDeep;
          this.hashOn = disposition === D_HASH;
          if (this.hashOn) {
            this.hashA = 2166136261 | 0;
            this.hashB = 1779033703;
            this.hashInString = false;
            this.hashEscape = false;
            this.rawFrom = i;
            this.rawOffset = this.base + i;
          }
          if (this.rawOn) {
            this.rawParts = [];
            this.rawSize = 0;
            this.rawOverflow = false;
            this.rawFrom = i;
            this.rawOffset = this.base + i;
          }
          this.keepDepth = this.rawDeep && this.wasm !== null ? this.depth + 1 : 0;
          this.keepEndsStart = this.keepEndsAt;
          this.keepStart = this.keepAt;
          if (this.rawDeep)
            this.keepHolder = this.depth;
        }
        /** The skipped value ended just before `i` (a ',' or a close of the container around it). */
        endSkip(buf, i) {
          this.skipping = false;
          if (this.rawOn) {
            this.keepRaw(buf, this.rawFrom, i);
            this.rawOn = false;
            if (this.rawDeep) {
              const raw2 = this.rawOverflow ? null : this.keepBlock.subarray(this.keepStart, this.keepAt);
              const ends = this.rawOverflow || this.keepDepth === 0 ? null : this.keepEnds.subarray(this.keepEndsStart, this.keepEndsAt);
              this.keepDepth = 0;
              this.handler.captured(raw2, false, this.rawOffset, ends);
              return;
            }
            const parts = this.rawParts;
            const raw = this.rawOverflow ? null : parts.length === 1 ? parts[0] : value_capture_concat(parts, this.rawSize);
            this.rawParts = [];
            this.handler.captured(raw, this.sawTrue, this.rawOffset);
          } else if (this.hashOn) {
            this.hashBytes(buf, this.rawFrom, i);
            this.hashOn = false;
            this.handler.hashed((this.hashA >>> 0) * 2097152 + (this.hashB >>> 11), this.rawOffset);
          } else if (this.scanTrue) {
            this.scanTrue = false;
            this.handler.captured(null, this.sawTrue, this.base + i);
          }
        }
        /**
         * Folds bytes [from, to) of a D_HASH value into its hash: FNV-1a, and the running sum of its
         * states (one multiply per byte: this runs over every attribute value of every update). Whitespace outside strings is left out, so the same value hashes the same however it
         * is indented (before and after sit at the same depth, but need not be written alike).
         */
        hashBytes(buf, from, to) {
          let a = this.hashA;
          let b = this.hashB;
          let inString = this.hashInString;
          let escape = this.hashEscape;
          for (let i = from; i < to; i++) {
            const c = buf[i];
            if (inString) {
              if (escape)
                escape = false;
              else if (c === 92)
                escape = true;
              else if (c === 34)
                inString = false;
            } else if (c === 32 || c === 10 || c === 13 || c === 9) {
              continue;
            } else if (c === 34) {
              inString = true;
            }
            a = Math.imul(a ^ c, 16777619);
            b = b + a | 0;
          }
          this.hashA = a;
          this.hashB = b;
          this.hashInString = inString;
          this.hashEscape = escape;
        }
        keepRaw(buf, from, to) {
          if (this.rawOverflow || to <= from)
            return;
          this.rawSize += to - from;
          if (this.rawSize > (this.rawDeep ? KEEP_LIMIT : RAW_LIMIT)) {
            this.rawOverflow = true;
            this.rawParts = [];
            this.keepAt = this.keepStart;
            this.keepEndsAt = this.keepEndsStart;
            return;
          }
          if (this.rawDeep)
            this.keepBytes(buf, from, to);
          else
            this.rawParts.push(copyBytes(buf, from, to));
        }
        /** Appends bytes of a D_KEEP value to the current block (a new one when it is full). */
        keepBytes(buf, from, to) {
          const size = to - from;
          if (this.keepAt + size > this.keepBlock.length) {
            const sofar = this.keepAt - this.keepStart;
            const next = Math.min(KEEP_BLOCK, Math.max(KEEP_FIRST_BLOCK, 2 * this.keepBlock.length));
            const block = new Uint8Array(Math.max(next, 2 * (sofar + size)));
            block.set(this.keepBlock.subarray(this.keepStart, this.keepAt));
            this.keepBlock = block;
            this.keepStart = 0;
            this.keepAt = sofar;
          }
          this.keepBlock.set(new Uint8Array(buf.buffer, buf.byteOffset + from, size), this.keepAt);
          this.keepAt += size;
        }
        /**
         * A ',' or closing bracket at `i` inside a kept value: noted, as the WebAssembly loop notes it,
         * when it ends a member of a container at most KEEP_END_LEVELS below the value's top.
         */
        noteEnd(i) {
          const level = this.depth - this.keepDepth;
          if (level < 0 || level > KEEP_END_LEVELS || this.rawOverflow)
            return;
          if (this.keepEndsAt === this.keepEnds.length)
            this.roomForEnds(1);
          this.keepEnds[this.keepEndsAt++] = this.base + i - this.rawOffset | level << 24;
        }
        /**
         * Room for `more` ends after the current value's: a new block when the one in use is full (the
         * values kept before stay views of the old one; this one's ends move over).
         */
        roomForEnds(more) {
          const sofar = this.keepEndsAt - this.keepEndsStart;
          if (this.keepEndsAt + more <= this.keepEnds.length)
            return;
          const next = Math.min(KEEP_ENDS_BLOCK, Math.max(KEEP_FIRST_ENDS, 2 * this.keepEnds.length));
          const block = new Int32Array(Math.max(next, 2 * (sofar + more)));
          block.set(this.keepEnds.subarray(this.keepEndsStart, this.keepEndsAt));
          this.keepEnds = block;
          this.keepEndsStart = 0;
          this.keepEndsAt = sofar;
        }
        /** The member ends the WebAssembly loop noted for a D_KEEP value, from the value's first byte. */
        takeRecords(wasm, at) {
          const count = wasm.recordCount;
          if (count === 0 || this.rawOverflow)
            return;
          if (this.keepEndsAt + count > this.keepEnds.length)
            this.roomForEnds(count);
          const records = wasm.records;
          const ends = this.keepEnds;
          const shift = this.base - at - this.rawOffset;
          let e = this.keepEndsAt;
          for (let k = 0; k < count; k++)
            ends[e++] = records[k] + shift;
          this.keepEndsAt = e;
        }
      }
      ;
      class StringScan extends ValueCapture {
        /** `i` is at the opening quote. Returns where to go on (n when the string runs past the chunk). */
        startString(buf, i, n) {
          this.escaped = false;
          this.stringFrom = i + 1;
          this.stringOffset = this.base + i;
          let j = -1;
          if (!this.capture)
            j = skipString(buf, this.words, i + 1, n);
          else {
            const kinds = scanner_tables.uS;
            let k = i + 1;
            while (k < n && kinds[buf[k]] === 0)
              k++;
            if (k < n && buf[k] === 34)
              j = k;
          }
          if (j < 0)
            j = this.scanString(buf, i + 1, n);
          if (j < 0)
            return n;
          this.endString(buf, j);
          return j + 1;
        }
        /** Finds the closing quote from `i`; -1 if the chunk ends first (the escape state is kept). */
        scanString(buf, i, n) {
          const kinds = scanner_tables.uS;
          let esc = this.escape;
          for (; ; ) {
            if (esc === 0) {
              while (i < n && kinds[buf[i]] === 0)
                i++;
              if (i >= n) {
                this.escape = 0;
                return -1;
              }
              const k = kinds[buf[i]];
              if (k === 1)
                return i;
              if (k === 3) {
                throw this.errors.error("INPUT_SYNTAX", `${showByte(buf[i])} inside a string: control characters must be escaped`, this.base + i);
              }
              esc = 1;
              this.escaped = true;
              i++;
              continue;
            }
            if (i >= n) {
              this.escape = esc;
              return -1;
            }
            const c = buf[i];
            if (esc === 1) {
              const e = scanner_tables.sC[c];
              if (e === 0) {
                throw this.errors.error("INPUT_SYNTAX", `invalid escape \\${showByte(c)} in a string`, this.base + i);
              }
              esc = e === 2 ? 5 : 0;
            } else {
              if (scanner_tables.Yc[c] === 0) {
                throw this.errors.error("INPUT_SYNTAX", `invalid \\u escape: ${showByte(c)} is not a hex digit`, this.base + i);
              }
              esc = esc === 2 ? 0 : esc - 1;
            }
            i++;
          }
        }
        /** The closing quote is at `j`. */
        endString(buf, j) {
          const isKey = this.inString === 2;
          this.inString = 0;
          this.escape = 0;
          this.state = isKey ? scanner_tables.av : scanner_tables.rA;
          if (!this.capture)
            return;
          this.capture = false;
          let bytes = buf;
          let start = this.stringFrom;
          let end = j;
          if (this.stringParts.length > 0) {
            if (this.stringSize + j - this.stringFrom > MAX_CAPTURED_STRING)
              throw this.tooLongError();
            this.stringParts.push(buf.subarray(this.stringFrom, j));
            bytes = value_capture_concat(this.stringParts, this.stringSize + j - this.stringFrom);
            start = 0;
            end = bytes.length;
            this.stringParts = [];
            this.stringSize = 0;
          }
          if (isKey)
            this.handler.key(bytes, start, end, this.escaped, this.stringOffset);
          else {
            this.handler.string(bytes, start, end, this.escaped, this.stringOffset);
            this.updateKeyFilter();
          }
        }
        /** Keys, names and addresses are short; a huge one is not a plan (and would not fit a string). */
        tooLongError() {
          return this.errors.error("INPUT_INVALID", `a key or name longer than ${MAX_CAPTURED_STRING >> 20} MiB, where a plan has short names`, this.stringOffset);
        }
      }
      ;
      class SkipLoops extends StringScan {
        /**
         * Skip mode's hot loop, all in locals: the DFA outside strings, strings scanned inline (escapes
         * checked), containers counted on the type stack. Stops, with the state written back, at the
         * first thing it does not handle itself: the end of the skipped value, a string or escape that
         * runs past the chunk, a full stack, any error. Returns where it stopped.
         */
        skipFast(buf, i, n) {
          const wasm = this.wasm;
          if (wasm !== null && this.depth > this.skipBase && !this.scanTrue && (!this.rawOn || this.rawDeep || this.rawOverflow)) {
            const at = buf.byteOffset;
            const rec = this.keepDepth;
            const stop = wasm.skip(at + i, at + n, this.state, this.depth, this.skipBase, this.types.length - 1, 0, rec);
            this.state = wasm.state;
            this.depth = wasm.depth;
            if (rec !== 0)
              this.takeRecords(wasm, at);
            return stop - at;
          }
          return this.skipFastJs(buf, i, n);
        }
        /**
         * skipFast's JS loop. Apart, so that skipFast stays small: with WebAssembly it is called once
         * per skipped container (each update's `before` and `after` too), becomes hot, and V8's
         * optimizing compiler would otherwise compile this loop with it.
         */
        skipFastJs(buf, i, n) {
          const table = scanner_tables.Ds;
          const words = this.words;
          const types = this.types;
          const limit = this.rawOn && !this.rawOverflow && !this.rawDeep ? Math.min(types.length - 1, this.skipBase + MAX_OUTPUT_VALUE_DEPTH) : types.length - 1;
          const base = this.skipBase;
          const scanTrue = this.scanTrue;
          let sawTrue = this.sawTrue;
          let st = this.state;
          let depth = this.depth;
          loop: while (i < n) {
            const c = buf[i];
            const t = table[st << 8 | c];
            if (t < scanner_tables.pG) {
              st = t;
              i++;
              continue;
            }
            if (t === scanner_tables.bQ) {
              for (; ; ) {
                let q = skipString(buf, words, i + 1, n);
                if (q < 0)
                  break loop;
                i = q + 1;
                if (i >= n || buf[i] !== 58) {
                  st = scanner_tables.av;
                  continue loop;
                }
                i++;
                st = scanner_tables.aw;
                if (i >= n || buf[i] !== 34)
                  continue loop;
                q = skipString(buf, words, i + 1, n);
                if (q < 0)
                  break loop;
                i = q + 1;
                st = scanner_tables.rA;
                if (i + 1 >= n || buf[i] !== 44 || buf[i + 1] !== 34 || depth === base)
                  continue loop;
                i++;
                st = scanner_tables.Es;
              }
            }
            if (t === scanner_tables.H3 && c === 34) {
              const q = skipString(buf, words, i + 1, n);
              if (q < 0)
                break loop;
              i = q + 1;
              st = scanner_tables.rA;
              continue;
            }
            switch (t) {
              case scanner_tables.H3:
                if (c === 123 || c === 91) {
                  if (depth >= limit)
                    break loop;
                  const object = c === 123;
                  types[++depth] = object ? CONTAINER_OBJECT : CONTAINER_ARRAY;
                  st = object ? scanner_tables.j1 : scanner_tables.hb;
                } else {
                  if (c === 116 && scanTrue)
                    sawTrue = true;
                  st = scanner_tables.kw[c];
                }
                i++;
                continue;
              case scanner_tables.uq:
                if (depth === base)
                  break loop;
                st = types[depth] === CONTAINER_OBJECT ? scanner_tables.Es : scanner_tables.aw;
                i++;
                continue;
              case scanner_tables.pf:
                if (depth === base || types[depth] !== CONTAINER_OBJECT)
                  break loop;
                depth--;
                st = scanner_tables.rA;
                i++;
                continue;
              case scanner_tables.fp:
                if (depth === base || types[depth] !== CONTAINER_ARRAY)
                  break loop;
                depth--;
                st = scanner_tables.rA;
                i++;
                continue;
              default:
                break loop;
            }
          }
          this.state = st;
          this.depth = depth;
          this.sawTrue = sawTrue;
          return i;
        }
        /**
         * Between the members of an object with a key set (WebAssembly only): skips the members the
         * handler does not want. Where the loop stopped inside such a member (a chunk end, an error, the
         * '}' after it), the rest of it is skipped like a D_SKIP value; between members, event mode goes
         * on as usual.
         */
        skipMembers(buf, i, n) {
          const wasm = this.wasm;
          const at = buf.byteOffset;
          const depth = this.depth;
          const stop = wasm.skip(at + i, at + n, this.state, depth, depth, this.types.length - 1, this.keys);
          const st = wasm.state;
          this.state = st;
          this.depth = wasm.depth;
          if (this.depth !== depth || st !== scanner_tables.Es && st !== scanner_tables.j1) {
            this.skipping = true;
            this.skipBase = depth;
            this.scanTrue = false;
            this.rawOn = false;
            this.hashOn = false;
            this.keepDepth = 0;
          }
          return stop - at;
        }
      }
      ;
      const KIND_OF_BYTE = (() => {
        const t = new Uint8Array(256).fill(255);
        t[123] = KIND_OBJECT;
        t[91] = KIND_ARRAY;
        t[34] = KIND_STRING;
        t[45] = KIND_NUMBER;
        for (let b = 48; b <= 57; b++)
          t[b] = KIND_NUMBER;
        t[116] = KIND_TRUE;
        t[102] = KIND_FALSE;
        t[110] = KIND_NULL;
        return t;
      })();
      class JsonScanner extends SkipLoops {
        /** Counts bytes the scanner never sees (a byte-order mark), so offsets stay file offsets. */
        advance(bytes) {
          this.base += bytes;
        }
        feed(buf) {
          const wasm = this.wasm;
          if (wasm === null || buf.buffer === wasm.memory) {
            this.feedChunk(buf);
            return;
          }
          const staging = wasm.staging;
          for (let at = 0; at < buf.length; at += staging.length) {
            const piece = buf.subarray(at, at + staging.length);
            staging.set(piece);
            this.feedChunk(staging.subarray(0, piece.length));
          }
        }
        feedChunk(buf) {
          const n = buf.length;
          this.words = (buf.byteOffset & 3) === 0 && n >= 64 ? new Int32Array(buf.buffer, buf.byteOffset, n >> 2) : null;
          if (this.trailing !== null) {
            this.collectTrailing(buf, 0);
            this.base += n;
            return;
          }
          let i = 0;
          this.rawFrom = 0;
          this.stringFrom = 0;
          if (this.inString !== 0) {
            const j = this.scanString(buf, 0, n);
            if (j < 0)
              i = n;
            else {
              this.endString(buf, j);
              i = j + 1;
            }
          }
          if (i < n)
            this.run(buf, i, n);
          if (this.inString !== 0 && this.capture) {
            this.stringParts.push(copyBytes(buf, this.stringFrom, n));
            this.stringSize += n - this.stringFrom;
            if (this.stringSize > MAX_CAPTURED_STRING)
              throw this.tooLongError();
          }
          if (this.rawOn)
            this.keepRaw(buf, this.rawFrom, n);
          else if (this.hashOn)
            this.hashBytes(buf, this.rawFrom, n);
          this.base += n;
        }
        /** The input ended: complain unless exactly one complete value was read. */
        end() {
          if (this.trailing !== null)
            throw this.trailingError();
          if (this.state === scanner_tables.B9 && this.inString === 0)
            return;
          if (this.state === scanner_tables.Xr && this.inString === 0) {
            throw this.errors.error("INPUT_EMPTY", "contains only whitespace, no JSON");
          }
          const where = this.inString !== 0 ? "inside a string" : this.depth > 0 ? `${this.depth} level${this.depth === 1 ? "" : "s"} deep` : "in the middle of a value";
          throw this.errors.error("INPUT_SYNTAX", `ends before the JSON is complete (${where}); the file looks cut short`, this.base);
        }
        run(buf, i, n) {
          while (i < n) {
            if (this.skipping) {
              i = this.skipFast(buf, i, n);
              if (i >= n)
                return;
            } else if (this.keys !== 0 && (this.state === scanner_tables.Es || this.state === scanner_tables.j1)) {
              i = this.skipMembers(buf, i, n);
              if (i >= n)
                return;
            }
            i = this.step(buf, i, n);
            if (this.trailing !== null)
              return;
          }
        }
        /** The general path: whitespace and simple transitions, then one action. */
        step(buf, i, n) {
          const table = scanner_tables.Ds;
          let st = this.state;
          while (i < n) {
            const t = table[st << 8 | buf[i]];
            if (t < scanner_tables.pG) {
              st = t;
              i++;
              continue;
            }
            this.state = st;
            switch (t) {
              case scanner_tables.H3:
                return this.valueStart(buf, i, n);
              case scanner_tables.bQ:
                return this.keyStart(buf, i, n);
              case scanner_tables.uq:
                if (this.skipping && this.depth === this.skipBase)
                  this.endSkip(buf, i);
                else if (this.keepDepth !== 0)
                  this.noteEnd(i);
                this.state = this.types[this.depth] === CONTAINER_OBJECT ? scanner_tables.Es : scanner_tables.aw;
                return i + 1;
              case scanner_tables.pf:
                this.close(buf, i, CONTAINER_OBJECT);
                return i + 1;
              case scanner_tables.fp:
                this.close(buf, i, CONTAINER_ARRAY);
                return i + 1;
              case scanner_tables.sE:
                this.newlineAfterDone = true;
                return i + 1;
              case scanner_tables.NU:
                this.trailing = [];
                this.trailingOffset = this.base + i;
                this.collectTrailing(buf, i);
                return n;
              default:
                throw this.badByte(buf, i, st);
            }
          }
          this.state = st;
          return i;
        }
        valueStart(buf, i, n) {
          const c = buf[i];
          let capture = false;
          if (!this.skipping) {
            if (this.depth === 0 && c !== 123)
              throw this.startError(buf, i);
            const d = this.handler.value(KIND_OF_BYTE[c], this.base + i);
            if (d >= D_SKIP)
              this.beginSkip(d, i);
            else if (d === D_DESCEND)
              this.updateKeyFilter();
            else
              capture = d === D_CAPTURE;
          }
          if (c === 123) {
            this.push(CONTAINER_OBJECT, i);
            this.state = scanner_tables.j1;
            return i + 1;
          }
          if (c === 91) {
            this.push(CONTAINER_ARRAY, i);
            this.state = scanner_tables.hb;
            return i + 1;
          }
          if (c === 34) {
            this.inString = 1;
            this.capture = capture;
            return this.startString(buf, i, n);
          }
          if (c === 116 && this.scanTrue)
            this.sawTrue = true;
          this.state = scanner_tables.kw[c];
          return i + 1;
        }
        keyStart(buf, i, n) {
          this.inString = 2;
          this.capture = !this.skipping;
          return this.startString(buf, i, n);
        }
        close(buf, i, type) {
          if (this.skipping && this.depth === this.skipBase)
            this.endSkip(buf, i);
          if (this.types[this.depth] !== type) {
            throw this.errors.error("INPUT_SYNTAX", `${showByte(buf[i])} closes ${this.types[this.depth] === CONTAINER_OBJECT ? "a '{'" : "a '['"}`, this.base + i);
          }
          if (this.keepDepth !== 0)
            this.noteEnd(i);
          this.depth--;
          if (!this.skipping) {
            this.handler.close(this.base + i);
            this.updateKeyFilter();
            if (this.depth + 2 <= this.keepHolder) {
              this.keepAt = 0;
              this.keepEndsAt = 0;
              this.keepHolder = 0;
            }
          }
          this.state = this.depth === 0 ? scanner_tables.B9 : scanner_tables.rA;
        }
        collectTrailing(buf, from) {
          const trailing = this.trailing;
          for (let i = from; i < buf.length && trailing.length < 16; i++)
            trailing.push(buf[i]);
          if (trailing.length >= 16)
            throw this.trailingError();
        }
        trailingError() {
          return diagnoseTrailing(Uint8Array.from(this.trailing ?? []), this.newlineAfterDone, this.trailingOffset, this.errors);
        }
        startError(buf, i) {
          const head = this.head();
          let at = 0;
          while (at < head.length && (head[at] === 32 || head[at] === 9 || head[at] === 10 || head[at] === 13)) {
            at++;
          }
          if (at >= head.length)
            return diagnoseStart(buf.subarray(i), 0, this.base + i, this.errors);
          return diagnoseStart(head, at, this.base + i, this.errors);
        }
        badByte(buf, i, state) {
          if (state === scanner_tables.Xr)
            return this.startError(buf, i);
          return this.errors.error("INPUT_SYNTAX", `unexpected ${showByte(buf[i])}, expected ${(0, scanner_tables.aT)(state)}`, this.base + i);
        }
      }
      var resource_address = __webpack_require__(6938);
      var attribute_paths = __webpack_require__(5338);
      ;
      const SLOTS = 256;
      const MAX_INDEX = 256;
      const MAX_PARENTS = 8192;
      class ChildPaths {
        prefix;
        keys = [];
        paths = [];
        hashes = new Int32Array(SLOTS);
        indexes = [];
        used = 0;
        constructor(prefix2) {
          this.prefix = prefix2;
        }
        /**
         * The path of the member whose key's bytes are [from, to) of `bytes`, with hash `hash`
         * (raw-side.ts's FNV-1a of those bytes), or undefined when not interned yet.
         */
        find(bytes, from, to, hash) {
          const length = to - from;
          let slot = hash & SLOTS - 1;
          for (let probes = 0; probes < SLOTS; probes++) {
            const key = this.keys[slot];
            if (key === void 0)
              return void 0;
            if (this.hashes[slot] === hash && key.length === length) {
              let k = 0;
              while (k < length && key.charCodeAt(k) === bytes[from + k])
                k++;
              if (k === length)
                return this.paths[slot];
            }
            slot = slot + 1 & SLOTS - 1;
          }
          return void 0;
        }
        /** The path of member `key` (decoded from bytes whose hash is `hash`), interned when plain ASCII. */
        add(key, hash) {
          const path = (0, attribute_paths.Dw)(this.prefix, key);
          if (this.used >= SLOTS >> 1 || !plainAscii(key))
            return path;
          let slot = hash & SLOTS - 1;
          while (this.keys[slot] !== void 0)
            slot = slot + 1 & SLOTS - 1;
          this.keys[slot] = key;
          this.hashes[slot] = hash;
          this.paths[slot] = path;
          this.used++;
          return path;
        }
        /** The path of element `index`. */
        index(index) {
          if (index >= MAX_INDEX)
            return (0, attribute_paths.AV)(this.prefix, index);
          return this.indexes[index] ??= (0, attribute_paths.AV)(this.prefix, index);
        }
      }
      function plainAscii(key) {
        for (let k = 0; k < key.length; k++) {
          const c = key.charCodeAt(k);
          if (c < 32 || c > 126 || c === 92)
            return false;
        }
        return true;
      }
      class PathCache {
        parents = /* @__PURE__ */ new Map();
        /** The interned children of `prefix` ('' for the top level). */
        children(prefix2) {
          let kids = this.parents.get(prefix2);
          if (kids === void 0) {
            if (this.parents.size >= MAX_PARENTS)
              this.parents.clear();
            kids = new ChildPaths(prefix2);
            this.parents.set(prefix2, kids);
          }
          return kids;
        }
      }
      const caches = /* @__PURE__ */ new WeakMap();
      function pathCacheOf(strings) {
        let cache = caches.get(strings);
        if (cache === void 0) {
          cache = new PathCache();
          caches.set(strings, cache);
        }
        return cache;
      }
      ;
      const RAW_DIFF_WASM_BASE64 = "AGFzbQEAAAABhQEQYAF/AX9gAn9/AX9gA39/fwF/YAR/f39/AX9gBn9/f39/fwF/YAJ/fwBgCn9/f39/f39/f38AYAZ/f39/f38AYAd/f39/f39/AX9gB39/f39/f38AYAR/f39/AGAFf39/f38Bf2AAAX9gAABgAX8AYBF/f39/f39/f39/f39/f39/fwF/AysqAAECAwAEAQEBAQAFAgICAgAEBgcHCAEDCQoLDAwMDQABAAMOBQECAAEPBQMBAAEGvAEifwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwBBAAt/AEGAIAt/AEGAgAYLfwBBgIAIC38AQYCACQt/AEGAgAoLfwBBgIALC38AQYCAEAt/AEGAgBsLfwBBgIAcC38BQQALfwFBAAt/AUEACwdWCAZtZW1vcnkCAARkaWZmABUHdW5rbm93bgAaCWludGVybkVuZAAbCXBhdGhDb3VudAAcCWFyZW5hVXNlZAAdCnJlc2V0UGF0aHMAHgdyb2xlc0F0ACcK5SwqYQIBfwF7IABBAWohAANAIAD9AAQAIQIgAkEi/Q/9IyACQdwA/Q/9I/1Q/WQhASABRQRAIABBEGohAAwBCyAAIAFoaiEAIAAtAABBIkYEQCAAQQFqDwsgAEECaiEADAALAAvXAQECfyAALQAAIQIgAkEiRgRAIAAQAA8LIAJB+wBGIAJB2wBGcgRAA0AgACABTwRAAAsgAC0AACECIAJBIkYEQCAAEAAhAAwBCyACQSBNBEAACyAAQQFqIQAgAkH7AEYgAkHbAEZyBEAgA0EBaiEDDAELIAJB/QBGIAJB3QBGcgRAIANBAWshAyADRQRAIAAPCwsMAAsLA0AgACABTwRAIAAPCyAALQAAIQIgAkEsRiACQf0ARiACQd0ARnJyBEAgAA8LIAJBIE0EQAALIABBAWohAAwACwALZwADQCACQQhPBEAgACkDACABKQMAUgRAQQAPCyAAQQhqIQAgAUEIaiEBIAJBCGshAgwBCwsDQCACBEAgAC0AACABLQAARwRAQQAPCyAAQQFqIQAgAUEBaiEBIAJBAWshAgwBCwtBAQseACABIABrIAMgAmtHBEBBAA8LIAAgAiABIABrEAILHQEBfyMEIQEgASAAaiMFSwRAAAsgASAAaiQEIAELTQEBfyMCIwNPBEAACyMBIwJBGGxqIQYgBiAANgIAIAYgATYCBCAGIAI2AgggBiADNgIMIAYgBDYCECAGIAU2AhQjAkEBaiQCIwJBAWsL+gEDAXsFfwF+IAD9AAQAIQIgAkEi/Q/9I/1kIQMgAwRAIANoIQQgACAEaiEFIAUgAU8EQAALIAJB3AD9D/0j/WQgAv1kciADQQFrcQRAAAsgAv0MAAECAwQFBgcICQoLDA0ODyAE/Q/9Jv1OIQIgAv0dAEKV+Kn6l7fem55/fiAC/R0BIASthULP1tO+0ser2UJ+fCEIIAggCEIdiIWnJAYgBQ8LQcW78oh4IQcgACEFAkADQCAFIAFPBEAACyAFLQAAIQYgBkEiRg0BIAZB3ABGIAZBgAFPcgRAAAsgByAGc0GTg4AIbCEHIAVBAWohBQwACwsgByQGIAUL+gEBBX8jBCECIABBAWohACAALQAAQf0ARgRAIAIPCwNAIAAtAABBIkcEQAALQRQQBCEDIABBAWohBEHFu/KIeCEGIwcEQCAEIAEQBiEEIwYhBgUCQANAIAQgAU8EQAALIAQtAAAhBSAFQSJGDQEgBUHcAEYgBUGAAU9yBEAACyAGIAVzQZODgAhsIQYgBEEBaiEEDAALCwsgAyAAQQFqNgIAIAMgBDYCBCADIAY2AgggBC0AAUE6RwRAAAsgBEECaiEAIAMgADYCDCAAIAEQASEAIAMgADYCECAALQAAIQUgAEEBaiEAIAVBLEYNACAFQf0ARwRAAAsLIAILXgEDfyMEIQIgAEEBaiEAIAAtAABB3QBGBEAgAg8LA0BBCBAEIQMgAyAANgIAIAAgARABIQAgAyAANgIEIAAtAAAhBCAAQQFqIQAgBEEsRg0AIARB3QBHBEAACwsgAgu5AQEEfyMHRQRAQX8PCyAAIxBPBEAjDiQRIw8kEiMQJBMFIAAjDU8EQCMLJBEjDCQSIw0kEwUjCCQRIwkkEiMKJBMLCyMSIQMCQANAIAIgA08NASACIANqQQF2IQQjEyMRIARBAnRqKAIAQf///wdxaiAATQRAIARBAWohAgUgBCEDCwwACwsCQANAIAIjEk8NASMRIAJBAnRqKAIAIQUgBUEYdiABRgRAIAIPCyACQQFqIQIMAAsLQX8LOwEBfwNAIxQjEk8EQEF/DwsjESMUQQJ0aigCACEBIxRBAWokFCABQRh2IABHDQALIxMgAUH///8HcWoLIAAgACABTyAALQAAQSBNIAFBAWstAABBIE1ycgRAAAsLygIBC38gAEEBai0AAEH9AEYEQCMEDwsgACACEAkhCSAJQQBIBEAgACABEAcPCyMRIQsjEiEMIxMhDSMEIQMgAyEEIAAhCCAAQQFqIQADQEF/IQcCQANAIAkgDE8NASALIAlBAnRqKAIAIQogCUEBaiEJIApBGHYgAkcNACANIApB////B3FqIQcLCyAHQQBIIAcgAU9yBEAgAyQEIAggARAHDwsgAC0AAEEiRwRAAAsgBEEUaiMFSwRAAAsgAEEBaiAHEAYhBSAEIABBAWo2AgAgBCAFNgIEIAQjBjYCCCAFLQABQTpHBEAACyAFQQJqIQAgACAHTyAALQAAQSBNIAdBAWstAABBIE1ycgRAAAsgBCAANgIMIAQgBzYCECAEQRRqIQQgBy0AACEGIAdBAWohACAGQSxGDQAgBkH9AEcEQAALCyAEJAQgAwuZAQEFfyAAQQFqLQAAQd0ARgRAIwQPCyAAIAIQCSQUIxRBAEgEQCAAIAEQCA8LIwQhAyAAIQcgAEEBaiEAA0AgAhAKIQYgBkEASCAGIAFPcgRAIAMkBCAHIAEQCA8LIAAgBhALQQgQBCEEIAQgADYCACAEIAY2AgQgBi0AACEFIAZBAWohACAFQSxGDQAgBUHdAEcEQAALCyADC5cBAQR/IAJBAWpBA3QQBCEDIANBACACQQFqQQN0/AsAAkADQCAEIAFPDQEgACAEQRRsaigCCCEFIAUgAnEhBgNAIAMgBkEDdGooAgQEQCADIAZBA3RqKAIAIAVGBEAACyAGQQFqIAJxIQYMAQsLIAMgBkEDdGogBTYCACADIAZBA3RqIARBAWo2AgQgBEEBaiEEDAALCyADC0gBAn8gAiABcSEDA0AgACADQQN0aigCBCEEIARFBEBBfw8LIAAgA0EDdGooAgAgAkYEQCAEQQFrDwsgA0EBaiABcSEDDAALAAsRAEEBQSEgAEEBcmdrdEEBawuCAQEBfyAALQAAIQYgBEEESCAGIAItAABGcQRAIAZB+wBGBEAgACABIAIgAyAEQQFqIAUQE0EADwsgBkHbAEYEQCAAIAEgAiADIARBAWogBRAUQQAPCwsjByAGIAItAABGIAZB+wBGIAZB2wBGcnFxBEAgACABEAEaIAIgAxABGgtBAQtQAQF/IAUgBiAHIAgQAwRADwsgACABIAIgAyAEQQAQBSEKIAUgBiAHIAggCSAKEBEEQCMBIApBGGxqQQE2AhQPCyMCIApBAWpGBEAgCiQCCwvBAgEMfyMEIQYgACABIAQQDCEHIwQgB2tBFG4hCSACIAMgBBAMIQgjBCAIa0EUbiEKIAkgCiAJIApLGxAQIQsgByAJIAsQDiEMIAggCiALEA4hDQJAA0AgDiAJTw0BIAcgDkEUbGohECANIAsgECgCCBAPIQ8gD0EASARAIAVBACAQKAIAIBAoAgQgECgCCEEBEAUaBSAIIA9BFGxqIREgECgCACAQKAIEIBEoAgAgESgCBBADRQRAAAsgBUEAIBAoAgAgECgCBCAQKAIIIBAoAgwgECgCECARKAIMIBEoAhAgBBASCyAOQQFqIQ4MAAsLQQAhDgJAA0AgDiAKTw0BIAggDkEUbGohESAMIAsgESgCCBAPQQBIBEAgBUEBIBEoAgAgESgCBCARKAIIQQEQBRoLIA5BAWohDgwACwsgBiQEC7EBAQh/IwQhBiAAIAEgBBANIQcjBCAHa0EDdiEJIAIgAyAEEA0hCCMEIAhrQQN2IQoCQANAIAsgCU8gCyAKT3INASAHIAtBA3RqIQwgCCALQQN0aiENIAVBAEEAQX8gCyAMKAIAIAwoAgQgDSgCACANKAIEIAQQEiALQQFqIQsMAAsLAkADQCALIAlPIAsgCk9xDQEgBUEAQQBBfyALQQEQBRogC0EBaiELDAALCyAGJAQLWQBBACQHIAEkACADJAEgBCQDQQAkAiAFJAQgBiQFQQAtAABB+wBHIAEtAABB+wBHcgRAAAtBACAAIAEgASACahADRQRAQQAgACABIAEgAmpBAEF/EBMLIwILPwEBfwJAA0AgACABTw0BIAAtAAAhAiACQSJGBEAgABAAIQAMAQsgAkH0AEYEQEEBDwsgAEEBaiEADAALC0EAC6wBAQZ/IAAtAAAhBCAEQfQARgRAQQEPCyAEQfsARyAEQdsAR3EEQEEADwsgAkEETgRAIAAgARAWDwsgBEH7AEYEQCAAIAEgAkEBaiADEBlBAA8LIwQhBSAAIAEgAkEBahANIQYjBCAGa0EDdiEHAkADQCAIIAdPDQEgBiAIQQN0aiEJIANBAEF/IAggCSgCACAJKAIEIAJBAWoQGCAIQQFqIQgMAAsLIAUkBEEAC10BAn8gBC0AACEHIAdB9ABHIAdB+wBHIAdB2wBHcXEEQA8LIABBACABIAIgA0EAEAUhCCAEIAUgBiAIEBcEQCMBIAhBGGxqQQE2AhQPCyMCIAhBAWpGBEAgCCQCCwtqAQV/IwQhBCAAIAEgAhAMIQUjBCAFa0EUbiEGIAUgBiAGEBAQDhoCQANAIAcgBk8NASAFIAdBFGxqIQggAyAIKAIAIAgoAgQgCCgCCCAIKAIMIAgoAhAgAhAYIAdBAWohBwwACwsgBCQECzMAQQAkByABJAEgAiQDQQAkAiADJAQgBCQFQQAtAABB+wBHBEAAC0EAIABBAEF/EBkjAgsJACMeQYCAAWoLBAAjHwsEACMgCxUAIxdBAEGAgAL8CwBBACQfQQAkIAsKACMVIABBGGxqC2QBAn8gACABTwRAQQEPCyAAIQMDQCADLQAAIQIgAkEgckHhAGtBGkkgAkHfAEZyRQRAIAMgAEYEQEEBDwsgAkEwa0EKSSACQS1GckUEQEEBDwsLIANBAWohAyADIAFJDQALQQALJQEBf0EBIQEDQCAAQQpPBEAgAEEKbiEAIAFBAWohAQwBCwsgAQu7BAEMfyACIAFrIQggAEEBakGx893xeWwgA0GV08feBUEAIAJBAEgbc3MhBCAEIARBD3ZzQf8/cSEFAkADQCMXIAVBAnRqKAIAIQYgBkUNASAGQQFrEB8hByAHKAIAIABGIAcoAgggA0ZxBEAgAkEASARAIAcoAgRBAkYEQCAGQQFrDwsFIAcoAgRBAkcgBygCFCAIRnEEQCABIAcoAgwgBygCEGogCCAHKAIEQQF0amsgCBACBEAgBkEBaw8LCwsLIAVBAWpB/z9xIQUMAAsLIABBAE4EQCAAQRhsKAIMIQogAEEYbCgCECELCyACQQBIBEBBAiEJIAMQISEPIAsgD0ECamohDAUgASACECAhCSALIAhqQQQgC0EARyAJG2ohDAsjHyMWTyMgIAxqIxxLcgRAAAsjGyMgaiENIA0gCiAL/AoAACANIAtqIQ4gCUECRgRAIA5B2wA6AAAgAyEGIA4gD2ohBwNAIAdBMCAGQQpwajoAACAGQQpuIQYgB0EBayEHIAcgDksNAAsgDiAPQQFqakHdADoAAAUgCUUEQCALBEAgDkEuOgAAIA5BAWohDgsgDiABIAj8CgAABSAOQdvEADsBACAOQQJqIAEgCPwKAAAgDiAIQQJqakGiugE7AQALCyMfEB8hByAHIAA2AgAgByAJNgIEIAcgAzYCCCAHIA02AgwgByAMNgIQIAcgCDYCFCMXIAVBAnRqIx9BAWo2AgAjICAMaiQgIx8QIyMfQQFqJB8jH0EBawuRAQEFfyAAIQICQANAIAEgAk8NASABIAJqQQF2IQMjHSADQQJ0aigCACAAECVBAEwEQCADQQFqIQEFIAMhAgsMAAsLIx0gAUECdGohBSAFQQRqIAUgACABa0ECdPwKAAAgBSAANgIAIAEhBANAIx4jHSAEQQJ0aigCAEECdGogBDYCACAEQQFqIQQgBCAATQ0ACwtXAQN/AkADQCACIAFPDQEgACACQRhsaiEDIAMoAgAhBCADIARBAEgEf0F/BSAAIARBGGxqKAIECyADKAIIIAMoAgwgAygCEBAiNgIEIAJBAWohAgwACwsLpAEBCH8gAEEYbCgCDCECIABBGGwoAhAhBCABQRhsKAIMIQMgAUEYbCgCECEFIAQgBSAEIAVJGyEGIABBGGwoAgAgAUEYbCgCAEYgAEEYbCgCAEEATnEEQCAAQRhsKAIAEB8oAhAhBwsCQANAIAcgBk8NASACIAdqLQAAIQggAyAHai0AACEJIAggCUcEQCAIIAlrDwsgB0EBaiEHDAALCyAEIAVrC4oDAQZ/AkADQCADIAFPDQEgACADQQJ0aigCACEFAkADQCAFQRhsKAIEQQJHDQEgBUEYbCgCAEEASA0BIAVBGGwoAgAhBQwACwsgAiAFQQJ0aigCACMhRwRAIAIgBUECdGojITYCACAAIARBAnRqIAU2AgAgBEEBaiEECyADQQFqIQMMAAsLQQAhAUEAIQMCQANAIAMgBE8NASAAIANBAnRqKAIAIQVBACEHIAVBGGwoAgAhBgJAA0AgBkEASA0BIAIgBkECdGooAgAjIUYEQEEBIQcMAgsgBkEYbCgCACEGDAALCyAHRQRAIAAgAUECdGogBTYCACABQQFqIQELIANBAWohAwwACwtBASEDAkADQCADIAFPDQEgACADQQJ0aigCACEFIAMhCAJAA0AgCEUNASAAIAhBAWtBAnRqKAIAIQYgBkECdCgCgIAcIAVBAnQoAoCAHE0NASAAIAhBAnRqIAY2AgAgCEEBayEIDAALCyAAIAhBAnRqIAU2AgAgA0EBaiEDDAALCyABC24AIAAoAgAgACgCACAAKAIEECggACgCCCAAKAIIIAAoAgwQKCAAKAIQIAAoAhAgACgCFBAoIAAoAhggACgCHCAAKAIgIAAoAiQgACgCKCAAKAIsIAAoAjAgACgCNCAAKAI4IAAoAjwgACgCQBApC0EBAX8CQANAIAFFDQEgACABQQFrai0AACECIAJBIEYgAkEKRnIgAkENRiACQQlGcnJFDQEgAUEBayEBDAALCyABC48EAQx/IyFBAWokIUEBJAcgCyQIIAwkCSAAJAogDSQLIA4kDCACJA0gDyQOIBAkDyAEJBAgBiQBIAckA0EAJAIgCCQEIAkkBSAFBEAgBC0AAEH7AEcEQAALIAQgBCAFakEAQX8QGQsjAiERIAYgEUEYbGohEiASJAEgByARayQDQQAkAiAALQAAQfsARyACLQAAQfsAR3IEQAALIAAgACABaiACIAIgA2oQA0UEQCAAIAAgAWogAiACIANqQQBBfxATCyMCIRMgBiARECQgEiATECRBACEUAkADQCAUIBFPDQEgBiAUQRhsaiEVIBUoAhQEQCMYIBUoAgRBAnRqIyE2AgALIBRBAWohFAwACwsgCkEIaiEZQQAhFAJAA0AgFCATTw0BIBIgFEEYbGohFSAVKAIUBEAgFSgCBCEWQQAhHCAWIRcCQANAIBdBAEgNASMYIBdBAnRqKAIAIyFGBEBBASEcDAILIBdBGGwoAgAhFwwACwsgHEUEQCAZIBhBAnRqIBY2AgAgGEEBaiEYCwsgFEEBaiEUDAALCyAZIBgjGRAmIRogGSAaQQJ0aiEZQQAhGEEAIRQCQANAIBQgEU8NASAGIBRBGGxqIRUgFSgCFARAIBkgGEECdGogFSgCBDYCACAYQQFqIRgLIBRBAWohFAwACwsgGSAYIxoQJiEbIAogGjYCACAKIBs2AgQgGgs=";
      ;
      const MAX_WASM_BYTES = 1 << 20;
      const RECORDS_PER_BYTE = 1 / 4;
      const STACK_PER_BYTE = 8;
      const PAGE = 65536;
      let instance;
      let compiled;
      function newRawDiffInstance() {
        try {
          const api = globalThis.WebAssembly;
          if (api === void 0)
            return null;
          compiled ??= new api.Module(Buffer.from(RAW_DIFF_WASM_BASE64, "base64"));
          return new api.Instance(compiled).exports;
        } catch {
          return null;
        }
      }
      function diffModule() {
        if (instance === void 0)
          instance = newRawDiffInstance();
        return instance;
      }
      const align = (n) => n + 7 & ~7;
      const wasmDiffCounts = { compared: 0, left: 0 };
      let enabled = true;
      function useWasmDiff(on) {
        enabled = on;
      }
      function wasmDiffEnabled() {
        return enabled;
      }
      function layout(wasm, at, bytes) {
        const recAt = align(at);
        const recCap = Math.ceil(bytes * RECORDS_PER_BYTE) + 64;
        const sp = recAt + recCap * 24;
        const spEnd = sp + bytes * STACK_PER_BYTE + PAGE;
        const have = wasm.memory.buffer.byteLength;
        if (spEnd > have)
          wasm.memory.grow(Math.ceil((spEnd - have) / PAGE));
        return { recAt, recCap, sp, spEnd };
      }
      function copyIn(wasm, side, end, at) {
        new Uint8Array(wasm.memory.buffer).set(end === side.b.length ? side.b : side.b.subarray(0, end), at);
      }
      function recordPaths(wasm, recAt, count, before, after, aAt, paths) {
        const records = new Int32Array(wasm.memory.buffer, recAt, count * 6);
        const out = [];
        const pathOf2 = [];
        for (let r = 0; r < count; r++) {
          const k = r * 6;
          const parent = records[k];
          const kids = paths.children(parent < 0 ? "" : pathOf2[parent]);
          const to = records[k + 3];
          let path;
          if (to < 0)
            path = kids.index(records[k + 4]);
          else {
            const onAfter = records[k + 1] !== 0;
            const side = onAfter ? after : before;
            const base = onAfter ? aAt : 0;
            const from = records[k + 2] - base;
            const h = records[k + 4];
            path = kids.find(side.b, from, to - base, h) ?? kids.add(side.key(from, to - base), h);
          }
          pathOf2.push(path);
          if (records[k + 5] === 1)
            out.push(path);
        }
        return out;
      }
      function run(walk) {
        try {
          const count = walk();
          wasmDiffCounts.compared++;
          return count;
        } catch {
          wasmDiffCounts.left++;
          return -1;
        }
      }
      function wasmChangedPaths(before, bEnd, after, aEnd, paths) {
        const wasm = enabled && bEnd + aEnd <= MAX_WASM_BYTES ? diffModule() : null;
        if (wasm === null)
          return null;
        const aAt = align(bEnd);
        const { recAt, recCap, sp, spEnd } = layout(wasm, aAt + aEnd, bEnd + aEnd);
        copyIn(wasm, before, bEnd, 0);
        copyIn(wasm, after, aEnd, aAt);
        const count = run(() => wasm.diff(bEnd, aAt, aEnd, recAt, recCap, sp, spEnd));
        return count < 0 ? null : recordPaths(wasm, recAt, count, before, after, aAt, paths);
      }
      function wasmUnknownPaths(unknown, end, paths) {
        const wasm = enabled && end <= MAX_WASM_BYTES ? diffModule() : null;
        if (wasm === null)
          return null;
        const { recAt, recCap, sp, spEnd } = layout(wasm, end, end);
        copyIn(wasm, unknown, end, 0);
        const count = run(() => wasm.unknown(end, recAt, recCap, sp, spEnd));
        return count < 0 ? null : recordPaths(wasm, recAt, count, unknown, null, 0, paths);
      }
      ;
      const QUOTE = 34;
      const BACKSLASH = 92;
      const OPEN_OBJECT = 123;
      const CLOSE_OBJECT = 125;
      const OPEN_ARRAY = 91;
      const CLOSE_ARRAY = 93;
      const COMMA = 44;
      const TRUE_START = 116;
      function isSpace(c) {
        return c <= 32 && (c === 32 || c === 10 || c === 13 || c === 9);
      }
      function sameBytes(x, xFrom, xTo, y, yFrom, yTo) {
        const length = xTo - xFrom;
        if (length !== yTo - yFrom)
          return false;
        if (length > 0 && (x[xFrom] !== y[yFrom] || x[xTo - 1] !== y[yTo - 1]))
          return false;
        if (length > 256)
          return Buffer.compare(x.subarray(xFrom, xTo), y.subarray(yFrom, yTo)) === 0;
        for (let k = 0; k < length; k++)
          if (x[xFrom + k] !== y[yFrom + k])
            return false;
        return true;
      }
      function sameCompact(x, xFrom, xTo, y, yFrom, yTo) {
        let i = xFrom;
        let j = yFrom;
        let inString = false;
        let escape = false;
        for (; ; ) {
          if (!inString) {
            while (i < xTo && isSpace(x[i]))
              i++;
            while (j < yTo && isSpace(y[j]))
              j++;
          }
          if (i >= xTo || j >= yTo)
            return i >= xTo && j >= yTo;
          const c = x[i];
          if (c !== y[j])
            return false;
          if (inString) {
            if (escape)
              escape = false;
            else if (c === BACKSLASH)
              escape = true;
            else if (c === QUOTE)
              inString = false;
          } else if (c === QUOTE)
            inString = true;
          i++;
          j++;
        }
      }
      function endsValue(b, i) {
        const c = b[i];
        return c === void 0 || c === COMMA || c === CLOSE_OBJECT || c === CLOSE_ARRAY || isSpace(c);
      }
      ;
      const SEEN_SLOTS = 1024;
      const LEVELS = attribute_paths.jq + 2;
      const seenHash = Array.from({ length: LEVELS }, () => new Int32Array(SEEN_SLOTS));
      const seenStamp = Array.from({ length: LEVELS }, () => new Int32Array(SEEN_SLOTS));
      const pairHash = Array.from({ length: 2 * LEVELS }, () => new Int32Array(SEEN_SLOTS));
      const pairStamp = Array.from({ length: 2 * LEVELS }, () => new Int32Array(SEEN_SLOTS));
      const pairIndex = Array.from({ length: 2 * LEVELS }, () => new Int32Array(SEEN_SLOTS));
      let stamp = 0;
      function nextStamp() {
        stamp = stamp + 1 | 0;
        if (stamp === 0) {
          for (const table of seenStamp)
            table.fill(0);
          for (const table of pairStamp)
            table.fill(0);
          stamp = 1;
        }
        return stamp;
      }
      function firstSeen(h, mark, depth) {
        const stamps = seenStamp[depth + 1];
        const hashes = seenHash[depth + 1];
        let slot = h & SEEN_SLOTS - 1;
        for (let probes = 0; stamps[slot] === mark; probes++) {
          if (hashes[slot] === h || probes === SEEN_SLOTS)
            return false;
          slot = slot + 1 & SEEN_SLOTS - 1;
        }
        stamps[slot] = mark;
        hashes[slot] = h;
        return true;
      }
      function seenAt(h, mark, depth) {
        const stamps = seenStamp[depth + 1];
        const hashes = seenHash[depth + 1];
        let slot = h & SEEN_SLOTS - 1;
        for (let probes = 0; stamps[slot] === mark && probes < SEEN_SLOTS; probes++) {
          if (hashes[slot] === h)
            return true;
          slot = slot + 1 & SEEN_SLOTS - 1;
        }
        return false;
      }
      class HashSlots {
        mark;
        hashes;
        stamps;
        index;
        constructor(depth, side, mark) {
          this.mark = mark;
          const t = 2 * (depth + 1) + side;
          this.hashes = pairHash[t];
          this.stamps = pairStamp[t];
          this.index = pairIndex[t];
        }
        /** Member `k` of `at`: false when another key has its hash (or the table is full). */
        put(at, bytes, k) {
          const h = at[k + 4];
          let slot = h & SEEN_SLOTS - 1;
          for (let probes = 0; this.stamps[slot] === this.mark; probes++) {
            if (probes === SEEN_SLOTS)
              return false;
            if (this.hashes[slot] === h) {
              const first = this.index[slot];
              if (!sameBytes(bytes, at[first], at[first + 1], bytes, at[k], at[k + 1]))
                return false;
              this.index[slot] = k;
              return true;
            }
            slot = slot + 1 & SEEN_SLOTS - 1;
          }
          this.stamps[slot] = this.mark;
          this.hashes[slot] = h;
          this.index[slot] = k;
          return true;
        }
        /** The member whose key has hash `h`, or -1. */
        get(h) {
          let slot = h & SEEN_SLOTS - 1;
          for (let probes = 0; this.stamps[slot] === this.mark && probes < SEEN_SLOTS; probes++) {
            if (this.hashes[slot] === h)
              return this.index[slot];
            slot = slot + 1 & SEEN_SLOTS - 1;
          }
          return -1;
        }
      }
      ;
      const END_AT = 16777215;
      const LEVEL_SHIFT = 24;
      const KEY_HASH_START = 2166136261 | 0;
      ;
      const lastKey = { hash: 0 };
      function keyPair(b, a, i, j, mark, depth) {
        const n = b.length;
        const shift = j - i;
        let h = KEY_HASH_START;
        let k = i + 1;
        for (; k < n; k++) {
          const c = b[k];
          if (c === QUOTE || c === BACKSLASH || c !== a[k + shift])
            break;
          h = Math.imul(h ^ c, 16777619);
        }
        lastKey.hash = h;
        return b[k] !== QUOTE || a[k + shift] !== QUOTE || !firstSeen(h, mark, depth) ? -1 : k;
      }
      function scanPairs(bs, as, bStart, aStart, depth) {
        const b = bs.b;
        const a = as.b;
        const bm = { at: [], escaped: false };
        const am = { at: [], escaped: false };
        const differ = [];
        const x = bm.at;
        const y = am.at;
        let i = bs.space(bStart + 1);
        let j = as.space(aStart + 1);
        const stamp2 = nextStamp();
        if (b[i] === CLOSE_OBJECT || a[j] === CLOSE_OBJECT) {
          if (b[i] !== CLOSE_OBJECT)
            bs.membersFrom(i, bm);
          if (a[j] !== CLOSE_OBJECT)
            as.membersFrom(j, am);
          return { bm, am, ordered: b[i] === a[j], paired: 0, differ, stamp: stamp2 };
        }
        for (; ; ) {
          const keyFrom = i + 1;
          const k = keyPair(b, a, i, j, stamp2, depth);
          if (k < 0)
            break;
          const h = lastKey.hash;
          const aKeyFrom = j + 1;
          const aKeyTo = k + j - i;
          i = bs.space(bs.space(k + 1) + 1);
          j = as.space(as.space(aKeyTo + 1) + 1);
          const bTo = bs.valueEnd(i);
          let aTo = j + bTo - i;
          if (!sameBytes(b, i, bTo, a, j, aTo) || !endsValue(a, aTo)) {
            aTo = as.valueEnd(j);
            differ.push(x.length);
          }
          x.push(keyFrom, k, i, bTo, h);
          y.push(aKeyFrom, aKeyTo, j, aTo, h);
          i = bs.space(bTo);
          j = as.space(aTo);
          const more = b[i] === COMMA;
          const aMore = a[j] === COMMA;
          if (!more || !aMore) {
            const paired2 = x.length;
            if (more)
              bs.membersFrom(bs.space(i + 1), bm);
            if (aMore)
              as.membersFrom(as.space(j + 1), am);
            return { bm, am, ordered: more === aMore, paired: paired2, differ, stamp: stamp2 };
          }
          i = bs.space(i + 1);
          j = as.space(j + 1);
        }
        const paired = x.length;
        bs.membersFrom(i, bm);
        as.membersFrom(j, am);
        return { bm, am, ordered: false, paired, differ, stamp: stamp2 };
      }
      function restApart(x, y, from, stamp2, depth) {
        for (let k = from + 4; k < y.length; k += 5)
          if (seenAt(y[k], stamp2, depth))
            return false;
        for (let k = from + 4; k < x.length; k += 5)
          if (!firstSeen(x[k], stamp2, depth))
            return false;
        return true;
      }
      ;
      class Side {
        strings;
        b;
        offset;
        /** Where members end, when the scanner noted it (RawValue.ends). */
        ends;
        constructor(raw, strings) {
          this.strings = strings;
          this.b = raw.bytes;
          this.offset = raw.offset;
          this.ends = raw.ends ?? null;
        }
        space(i) {
          const b = this.b;
          while (i < b.length && isSpace(b[i]))
            i++;
          return i;
        }
        /** Back from `i` past whitespace, not before `from`. */
        spaceBack(i, from) {
          const b = this.b;
          while (i > from && isSpace(b[i - 1]))
            i--;
          return i;
        }
        /** Past the string whose opening quote is at i. */
        stringEnd(i) {
          const b = this.b;
          const n = b.length;
          i++;
          while (i < n) {
            const c = b[i++];
            if (c === QUOTE)
              return i;
            if (c === BACKSLASH)
              i++;
          }
          return n;
        }
        /** Past the value that starts at i. */
        valueEnd(i) {
          const b = this.b;
          const n = b.length;
          const c = b[i];
          if (c === QUOTE)
            return this.stringEnd(i);
          if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
            let depth = 0;
            while (i < n) {
              const d = b[i];
              if (d === QUOTE) {
                i = this.stringEnd(i);
                continue;
              }
              if (d === OPEN_OBJECT || d === OPEN_ARRAY)
                depth++;
              else if ((d === CLOSE_OBJECT || d === CLOSE_ARRAY) && --depth === 0)
                return i + 1;
              i++;
            }
            return n;
          }
          while (i < n) {
            const d = b[i];
            if (d === COMMA || d === CLOSE_OBJECT || d === CLOSE_ARRAY || isSpace(d))
              return i;
            i++;
          }
          return n;
        }
        /** The hash of the key memberKey read last. */
        keyHash = 0;
        /**
         * The key whose opening quote is at `i`: pushes its first and end byte (inside the quotes) to
         * `m.at`, keeps the hash of its bytes in keyHash, sets `m.escaped` when it holds an escape (its
         * bytes then do not tell it apart from another key), and returns where its value starts.
         */
        memberKey(i, m) {
          const b = this.b;
          const n = b.length;
          const keyFrom = i + 1;
          let h = KEY_HASH_START;
          let k = keyFrom;
          for (; k < n; k++) {
            const c = b[k];
            if (c === QUOTE)
              break;
            if (c === BACKSLASH) {
              m.escaped = true;
              k = this.stringEnd(i) - 1;
              break;
            }
            h = Math.imul(h ^ c, 16777619);
          }
          m.at.push(keyFrom, k);
          this.keyHash = h;
          return this.space(this.space(k + 1) + 1);
        }
        /**
         * The members of the object at `start`, five numbers each: the key's first and end byte (inside
         * the quotes), the value's first and end byte, a hash of the key's bytes.
         */
        members(start) {
          const out = { at: [], escaped: false };
          const i = this.space(start + 1);
          if (this.b[i] !== CLOSE_OBJECT)
            this.membersFrom(i, out);
          return out;
        }
        /** Adds to `out` the members from the key whose opening quote is at `i` to the object's end. */
        membersFrom(i, out) {
          const b = this.b;
          const at = out.at;
          const n = b.length;
          while (i < n) {
            const from = this.memberKey(i, out);
            const to = this.valueEnd(from);
            at.push(from, to, this.keyHash);
            i = this.space(to);
            if (b[i] !== COMMA)
              break;
            i = this.space(i + 1);
          }
        }
        /**
         * Where the members (or elements) of the container whose opening bracket is at `start`, `level`
         * containers below the top, end: each ',' between them and its closing bracket, as indexes. Null
         * when the scanner noted none.
         */
        endsOf(start, level) {
          const ends = this.ends;
          if (ends === null || ends.length === 0)
            return null;
          let lo = 0;
          let hi = ends.length;
          while (lo < hi) {
            const mid = lo + hi >> 1;
            if ((ends[mid] & END_AT) <= start)
              lo = mid + 1;
            else
              hi = mid;
          }
          const b = this.b;
          const out = [];
          for (let e = lo; e < ends.length; e++) {
            const end = ends[e];
            if (end >>> LEVEL_SHIFT !== level)
              continue;
            const at = end & END_AT;
            out.push(at);
            if (b[at] !== COMMA)
              return out;
          }
          return null;
        }
        /**
         * The members of the object at `start`, from the ends noted (only the keys are read, no value),
         * or null when none were noted.
         */
        membersWith(start, ends) {
          if (ends === null)
            return null;
          const i = this.space(start + 1);
          return this.notedMembers(i, ends, 0, ends.length === 1 && i === ends[0] ? 0 : ends.length);
        }
        /**
         * Members `from` to `count` - 1 of an object whose member ends were noted (`ends`), the first
         * of them with its key's opening quote at `i`: only the keys are read.
         */
        notedMembers(i, ends, from, count) {
          const out = { at: [], escaped: false };
          const at = out.at;
          for (let e = from; e < count; e++) {
            const end = ends[e];
            const value = this.memberKey(i, out);
            at.push(value, this.spaceBack(end, value), this.keyHash);
            i = this.space(end + 1);
          }
          return out;
        }
        /** The members of the object at `start`, `level` containers below the top. */
        membersAt(start, level) {
          return this.membersWith(start, this.endsOf(start, level)) ?? this.members(start);
        }
        /** The members by key (the last of a key written twice), as indexes into `m.at`. */
        byKey(m) {
          const keys = /* @__PURE__ */ new Map();
          for (let k = 0; k < m.at.length; k += 5)
            keys.set(this.key(m.at[k], m.at[k + 1]), k);
          return keys;
        }
        /** The elements of the array at `start`, `level` containers below the top: start and end of each. */
        elements(start, level) {
          const b = this.b;
          const ranges = [];
          let i = this.space(start + 1);
          if (b[i] === CLOSE_ARRAY)
            return ranges;
          const ends = this.endsOf(start, level);
          if (ends !== null) {
            for (let e = 0; e < ends.length; e++) {
              ranges.push(i, this.spaceBack(ends[e], i));
              i = this.space(ends[e] + 1);
            }
            return ranges;
          }
          while (i < b.length) {
            const to = this.valueEnd(i);
            ranges.push(i, to);
            i = this.space(to);
            if (b[i] !== COMMA)
              break;
            i = this.space(i + 1);
          }
          return ranges;
        }
        key(from, to) {
          const b = this.b;
          let escaped = false;
          for (let k = from; k < to; k++) {
            if (b[k] === BACKSLASH) {
              escaped = true;
              break;
            }
          }
          return escaped ? this.strings.text(b, from, to, true, this.offset + from - 1) : this.strings.attributeName(b, from, to, this.offset + from - 1);
        }
        /** A `true` occurs in the value (outside strings). */
        holdsTrue(from, to) {
          const b = this.b;
          for (let i = from; i < to; i++) {
            const c = b[i];
            if (c === QUOTE)
              i = this.stringEnd(i) - 1;
            else if (c === TRUE_START)
              return true;
          }
          return false;
        }
        /** The end of the whole value: the scanner's capture may end in whitespace. */
        trimmedEnd() {
          let end = this.b.length;
          while (end > 0 && isSpace(this.b[end - 1]))
            end--;
          return end;
        }
      }
      ;
      function mayHoldTrue(b, m) {
        for (let k = 2; k < m.at.length; k += 5) {
          const c = b[m.at[k]];
          if (c === TRUE_START || c === OPEN_OBJECT || c === OPEN_ARRAY)
            return true;
        }
        return false;
      }
      function plainKeys(m, depth) {
        if (m.escaped)
          return false;
        const mark = nextStamp();
        for (let k = 4; k < m.at.length; k += 5)
          if (!firstSeen(m.at[k], mark, depth))
            return false;
        return true;
      }
      class UnknownWalk {
        side;
        paths;
        out = [];
        constructor(side, paths) {
          this.side = side;
          this.paths = paths;
        }
        value(path, from, to, depth) {
          const side = this.side;
          const c = side.b[from];
          if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
            if (depth >= attribute_paths.jq) {
              if (side.holdsTrue(from, to))
                this.out.push(path);
            } else if (c === OPEN_OBJECT)
              this.members(path, side.membersAt(from, depth + 1), depth + 1);
            else {
              const e = side.elements(from, depth + 1);
              const kids = this.paths.children(path);
              for (let k = 0; k < e.length; k += 2)
                this.value(kids.index(k >> 1), e[k], e[k + 1], depth + 1);
            }
          } else if (c === TRUE_START)
            this.out.push(path);
        }
        members(prefix2, m, depth) {
          const side = this.side;
          const b = side.b;
          if (!mayHoldTrue(b, m))
            return;
          const at = m.at;
          if (plainKeys(m, depth)) {
            const kids = this.paths.children(prefix2);
            for (let k = 0; k < at.length; k += 5) {
              const path = kids.find(b, at[k], at[k + 1], at[k + 4]) ?? kids.add(side.key(at[k], at[k + 1]), at[k + 4]);
              const c = b[at[k + 2]];
              if (c === TRUE_START || c === OPEN_OBJECT || c === OPEN_ARRAY)
                this.value(path, at[k + 2], at[k + 3], depth);
            }
          } else {
            for (const [key, k] of side.byKey(m))
              this.value((0, attribute_paths.Dw)(prefix2, key), at[k + 2], at[k + 3], depth);
          }
        }
      }
      function unknownPaths(unknown, strings) {
        const side = new Side(unknown, strings);
        const paths = pathCacheOf(strings);
        const fast = side.b[0] === OPEN_OBJECT ? wasmUnknownPaths(side, side.trimmedEnd(), paths) : null;
        if (fast !== null)
          return fast;
        const walk = new UnknownWalk(side, paths);
        if (side.b[0] === OPEN_OBJECT)
          walk.members("", side.membersAt(0, 0), 0);
        return walk.out;
      }
      ;
      class Comparison {
        before;
        after;
        paths;
        out = [];
        /** inStep's differing members, per depth: key start, end and hash, before's value, after's value. */
        differ = [];
        constructor(before, after, paths) {
          this.before = before;
          this.after = after;
          this.paths = paths;
        }
        /** The path of the member of `kids` whose plain key is [from, to) of `side` (hash `h`). */
        path(kids, side, from, to, h) {
          return kids.find(side.b, from, to, h) ?? kids.add(side.key(from, to), h);
        }
        /** The values at [bFrom, bTo) and [aFrom, aTo), members of a container `depth` steps down. */
        value(path, bFrom, bTo, aFrom, aTo, depth) {
          const b = this.before.b;
          const a = this.after.b;
          if (sameBytes(b, bFrom, bTo, a, aFrom, aTo))
            return;
          const cb = b[bFrom];
          const ca = a[aFrom];
          if (depth < attribute_paths.jq && cb === ca && (cb === OPEN_OBJECT || cb === OPEN_ARRAY)) {
            if (cb === OPEN_OBJECT)
              this.objects(path, bFrom, aFrom, depth + 1);
            else
              this.arrays(path, bFrom, aFrom, depth + 1);
            return;
          }
          if (!sameCompact(b, bFrom, bTo, a, aFrom, aTo))
            this.out.push(path);
        }
        objects(prefix2, bStart, aStart, depth) {
          const mark = this.out.length;
          const b = this.before;
          const a = this.after;
          const be = b.endsOf(bStart, depth);
          const ae = be === null ? null : a.endsOf(aStart, depth);
          if (be !== null && ae !== null) {
            if (this.inStep(prefix2, bStart, aStart, depth, be, ae))
              return;
            this.out.length = mark;
          }
          const bNoted = ae === null ? null : b.membersWith(bStart, be);
          const aNoted = bNoted === null ? null : a.membersWith(aStart, ae);
          const pairs = bNoted !== null && aNoted !== null ? { bm: bNoted, am: aNoted, ordered: false, paired: 0, differ: [], stamp: 0 } : scanPairs(b, a, bStart, aStart, depth);
          const { bm, am } = pairs;
          const x = bm.at;
          const y = am.at;
          const inStep = pairs.ordered || pairs.paired > 0 && !bm.escaped && !am.escaped && restApart(x, y, pairs.paired, pairs.stamp, depth);
          if (inStep) {
            const kids = this.paths.children(prefix2);
            for (const k of pairs.differ)
              this.value(this.path(kids, b, x[k], x[k + 1], x[k + 4]), x[k + 2], x[k + 3], y[k + 2], y[k + 3], depth);
            if (pairs.ordered || this.byHash(prefix2, bm, am, depth, pairs.paired))
              return;
            this.out.length = mark;
          }
          if (this.byHash(prefix2, bm, am, depth))
            return;
          this.out.length = mark;
          const bk = b.byKey(bm);
          const ak = a.byKey(am);
          for (const [key, k] of bk) {
            const path = (0, attribute_paths.Dw)(prefix2, key);
            const j = ak.get(key);
            if (j === void 0)
              this.out.push(path);
            else
              this.value(path, bm.at[k + 2], bm.at[k + 3], am.at[j + 2], am.at[j + 3], depth);
          }
          for (const key of ak.keys())
            if (!bk.has(key))
              this.out.push((0, attribute_paths.Dw)(prefix2, key));
        }
        /**
         * Two objects, from the member ends the scanner noted (`be`, `ae`): members are paired in step
         * while their keys agree (the same bytes, no escape, none twice), each pair of values compared
         * as bytes; the rest, where a member was added or removed, are paired by key hash unless a key of
         * theirs repeats one paired in step. Paths are made only for values that differ. False when the
         * objects are not of that kind (the caller then pairs every member again, by key).
         */
        inStep(prefix2, bStart, aStart, depth, be, ae) {
          const bs = this.before;
          const as = this.after;
          const b = bs.b;
          const a = as.b;
          let i = bs.space(bStart + 1);
          let j = as.space(aStart + 1);
          const bCount = i === be[0] ? 0 : be.length;
          const aCount = j === ae[0] ? 0 : ae.length;
          const mark = nextStamp();
          const differ = this.differ[depth] ??= [];
          differ.length = 0;
          const n = Math.min(bCount, aCount);
          let e = 0;
          for (; e < n; e++) {
            const keyFrom = i + 1;
            const k = keyPair(b, a, i, j, mark, depth);
            if (k < 0)
              break;
            const aKeyTo = k + j - i;
            i = bs.space(bs.space(k + 1) + 1);
            j = as.space(as.space(aKeyTo + 1) + 1);
            const bTo = bs.spaceBack(be[e], i);
            const aTo = as.spaceBack(ae[e], j);
            if (!sameBytes(b, i, bTo, a, j, aTo))
              differ.push(keyFrom, k, lastKey.hash, i, bTo, j, aTo);
            i = bs.space(be[e] + 1);
            j = as.space(ae[e] + 1);
          }
          let bRest = null;
          let aRest = null;
          if (e < bCount || e < aCount) {
            bRest = bs.notedMembers(i, be, e, bCount);
            aRest = as.notedMembers(j, ae, e, aCount);
            if (bRest.escaped || aRest.escaped || !restApart(bRest.at, aRest.at, 0, mark, depth))
              return false;
          }
          const found = differ;
          const kids = found.length > 0 ? this.paths.children(prefix2) : null;
          for (let d = 0; d < found.length; d += 7)
            this.value(this.path(kids, bs, found[d], found[d + 1], found[d + 2]), found[d + 3], found[d + 4], found[d + 5], found[d + 6], depth);
          return bRest === null || this.byHash(prefix2, bRest, aRest, depth);
        }
        /**
         * Members paired by the hash of their key's bytes (keys in another order or set: a tag added),
         * without a string for a key whose values are the same. False where bytes cannot tell keys
         * apart (an escape) or two keys share a hash: the caller then pairs them by decoded key.
         */
        byHash(prefix2, bm, am, depth, from = 0) {
          if (bm.escaped || am.escaped)
            return false;
          const b = this.before;
          const a = this.after;
          const x = bm.at;
          const y = am.at;
          const bt = new HashSlots(depth, 0, nextStamp());
          const at = new HashSlots(depth, 1, nextStamp());
          for (let k = from; k < x.length; k += 5)
            if (!bt.put(x, b.b, k))
              return false;
          for (let k = from; k < y.length; k += 5)
            if (!at.put(y, a.b, k))
              return false;
          const kids = this.paths.children(prefix2);
          for (let k = from; k < x.length; k += 5) {
            if (bt.get(x[k + 4]) !== k)
              continue;
            const j = at.get(x[k + 4]);
            if (j >= 0 && !sameBytes(b.b, x[k], x[k + 1], a.b, y[j], y[j + 1]))
              return false;
            if (j >= 0 && sameBytes(b.b, x[k + 2], x[k + 3], a.b, y[j + 2], y[j + 3]))
              continue;
            const path = this.path(kids, b, x[k], x[k + 1], x[k + 4]);
            if (j < 0)
              this.out.push(path);
            else
              this.value(path, x[k + 2], x[k + 3], y[j + 2], y[j + 3], depth);
          }
          for (let j = from; j < y.length; j += 5)
            if (at.get(y[j + 4]) === j && bt.get(y[j + 4]) < 0)
              this.out.push(this.path(kids, a, y[j], y[j + 1], y[j + 4]));
          return true;
        }
        arrays(prefix2, bStart, aStart, depth) {
          const be = this.before.elements(bStart, depth);
          const ae = this.after.elements(aStart, depth);
          const common = Math.min(be.length, ae.length);
          const kids = this.paths.children(prefix2);
          for (let k = 0; k < common; k += 2) {
            if (sameBytes(this.before.b, be[k], be[k + 1], this.after.b, ae[k], ae[k + 1]))
              continue;
            this.value(kids.index(k >> 1), be[k], be[k + 1], ae[k], ae[k + 1], depth);
          }
          const longer = be.length > ae.length ? be : ae;
          for (let k = common; k < longer.length; k += 2)
            this.out.push(kids.index(k >> 1));
        }
      }
      function allMembers(side) {
        if (side.b[0] !== OPEN_OBJECT)
          return [];
        return [...side.byKey(side.membersAt(0, 0)).keys()].map((key) => (0, attribute_paths.Dw)("", key));
      }
      function changedPaths(before, after, strings) {
        if (before === void 0 && after === void 0)
          return [];
        if (before === void 0)
          return allMembers(new Side(after, strings));
        const b = new Side(before, strings);
        if (after === void 0)
          return allMembers(b);
        const a = new Side(after, strings);
        const paths = pathCacheOf(strings);
        const bEnd = b.trimmedEnd();
        const aEnd = a.trimmedEnd();
        const fast = b.b[0] === OPEN_OBJECT && a.b[0] === OPEN_OBJECT ? wasmChangedPaths(b, bEnd, a, aEnd, paths) : null;
        if (fast !== null)
          return fast;
        const comparison = new Comparison(b, a, paths);
        comparison.value("", 0, bEnd, 0, aEnd, -1);
        return comparison.out;
      }
      ;
      const raw_roles_wasm_MAX_WASM_BYTES = 1 << 20;
      const MAX_IDS = 4096;
      const ARENA_BYTES = 256 * 1024;
      const ROOM_IDS = 1024;
      const ROOM_BYTES = 32 * 1024;
      class RolesModule {
        wasm;
        /** Each interned path's text, and as summaries list it (cut). */
        texts = [];
        names = [];
        buffer = null;
        bytes = new Uint8Array(0);
        words = new Int32Array(0);
        text = Buffer.alloc(0);
        inputAt;
        constructor(wasm) {
          this.wasm = wasm;
          this.inputAt = wasm.internEnd();
        }
        /** Views of the memory (made again after it grows). */
        views() {
          const buffer = this.wasm.memory.buffer;
          if (buffer === this.buffer)
            return;
          this.buffer = buffer;
          this.bytes = new Uint8Array(buffer);
          this.words = new Int32Array(buffer);
          this.text = Buffer.from(buffer);
        }
        roles(before, after, unknown, limit, whole) {
          const wasm = this.wasm;
          const bLen = before.bytes.length;
          const aLen = after.bytes.length;
          const uLen = unknown === void 0 ? 0 : unknown.bytes.length;
          const bytes = bLen + aLen + uLen;
          if (bytes > raw_roles_wasm_MAX_WASM_BYTES)
            return null;
          if (wasm.pathCount() > MAX_IDS - ROOM_IDS || wasm.arenaUsed() > ARENA_BYTES - ROOM_BYTES) {
            wasm.resetPaths();
            this.texts.length = 0;
            this.names.length = 0;
          }
          const args = this.inputAt;
          const bAt = args + ARGS_BYTES;
          const aAt = bAt + bLen + 7 & ~7;
          const uAt = aAt + aLen + 7 & ~7;
          const bN = before.ends?.length ?? 0;
          const aN = after.ends?.length ?? 0;
          const uN = unknown?.ends?.length ?? 0;
          const bEnds = uAt + uLen + 7 & ~7;
          const aEnds = bEnds + 4 * bN;
          const uEnds = aEnds + 4 * aN;
          const recAt = uEnds + 4 * uN + 7 & ~7;
          const recCap = Math.ceil(bytes * RECORDS_PER_BYTE) + 64;
          const sp = recAt + recCap * 24;
          const spEnd = sp + bytes * STACK_PER_BYTE + PAGE;
          const outAt = spEnd;
          const end = outAt + recCap * 4 + 16;
          if (end > this.bytes.length) {
            const have = wasm.memory.buffer.byteLength;
            if (end > have)
              wasm.memory.grow(Math.ceil((end - have) / PAGE));
            this.views();
          }
          const memory = this.bytes;
          const words = this.words;
          memory.set(before.bytes, bAt);
          memory.set(after.bytes, aAt);
          if (unknown !== void 0)
            memory.set(unknown.bytes, uAt);
          if (bN > 0)
            words.set(before.ends, bEnds >> 2);
          if (aN > 0)
            words.set(after.ends, aEnds >> 2);
          if (uN > 0)
            words.set(unknown.ends, uEnds >> 2);
          const a = args >> 2;
          words[a] = bAt;
          words[a + 1] = bLen;
          words[a + 2] = aAt;
          words[a + 3] = aLen;
          words[a + 4] = uAt;
          words[a + 5] = uLen;
          words[a + 6] = recAt;
          words[a + 7] = recCap;
          words[a + 8] = sp;
          words[a + 9] = spEnd;
          words[a + 10] = outAt;
          words[a + 11] = bEnds;
          words[a + 12] = bN;
          words[a + 13] = aEnds;
          words[a + 14] = aN;
          words[a + 15] = uEnds;
          words[a + 16] = uN;
          if (!raw_roles_wasm_run(wasm, args))
            return null;
          const texts = this.texts;
          const cut = this.names;
          for (let id2 = texts.length, count = wasm.pathCount(); id2 < count; id2++) {
            const at = words[id2 * 6 + 3];
            const text = this.text.toString("latin1", at, at + words[id2 * 6 + 4]);
            texts.push(text);
            cut.push((0, attribute_paths.CI)(text));
          }
          const out = outAt >> 2;
          const total = words[out];
          const unknownTotal = words[out + 1];
          const pool = whole ? texts : cut;
          const names = new Array(whole ? total : Math.min(total, limit));
          for (let k = 0; k < names.length; k++)
            names[k] = pool[words[out + 2 + k]];
          const unknownNames = new Array(Math.min(unknownTotal, limit));
          for (let k = 0; k < unknownNames.length; k++)
            unknownNames[k] = cut[words[out + 2 + total + k]];
          return { names, total, unknown: unknownNames, unknownTotal };
        }
      }
      const ARGS_BYTES = 72;
      function raw_roles_wasm_run(wasm, at) {
        try {
          wasm.rolesAt(at);
        } catch {
          wasmDiffCounts.left++;
          return false;
        }
        wasmDiffCounts.compared++;
        return true;
      }
      let raw_roles_wasm_module;
      function wasmRoles(before, after, unknown, limit, whole = false) {
        if (!wasmDiffEnabled())
          return null;
        if (raw_roles_wasm_module === void 0) {
          const exports = newRawDiffInstance();
          raw_roles_wasm_module = exports === null ? null : new RolesModule(exports);
        }
        return raw_roles_wasm_module === null ? null : raw_roles_wasm_module.roles(before, after, unknown, limit, whole);
      }
      ;
      function exactWhereShared(changed, unknown) {
        if (changed.length === 0 || unknown.length === 0)
          return void 0;
        if (!changed.some(endsInIndex) && !unknown.some(endsInIndex))
          return void 0;
        const unknownNames = new Set((0, attribute_paths.xX)(unknown));
        let shared;
        for (const name of (0, attribute_paths.xX)(changed))
          if (unknownNames.has(name))
            (shared ??= /* @__PURE__ */ new Set()).add(name);
        if (shared === void 0)
          return void 0;
        const exact = /* @__PURE__ */ new Set();
        for (const p of changed)
          if (shared.has((0, attribute_paths.X2)(p)))
            exact.add(p);
        for (const p of unknown)
          if (shared.has((0, attribute_paths.X2)(p)))
            exact.add(p);
        return exact;
      }
      function endsInIndex(p) {
        return p.charCodeAt(p.length - 1) === 93;
      }
      ;
      const UNREAD_SENSITIVITY = true;
      function anyTrue(value) {
        if (value === true)
          return true;
        if (Array.isArray(value))
          return value.some(anyTrue);
        if (typeof value === "object" && value !== null)
          return Object.values(value).some(anyTrue);
        return false;
      }
      function sensitiveAt(structure, steps) {
        if (structure === void 0)
          return true;
        let node = structure;
        for (const step of steps) {
          if (node === true)
            return true;
          if (typeof node !== "object" || node === null)
            return false;
          node = node[step];
        }
        return anyTrue(node);
      }
      function stepInto(node, step) {
        return typeof node === "object" && node !== null ? node[step] : void 0;
      }
      function pathOf(steps, n) {
        let p = "";
        for (let k = 0; k < n; k++) {
          const step = steps[k];
          p = typeof step === "number" ? (0, attribute_paths.AV)(p, step) : (0, attribute_paths.Dw)(p, step);
        }
        return p;
      }
      function maskedName(name, before, after) {
        const steps = (0, attribute_paths.Vy)(name);
        let b = before;
        let a = after;
        for (let k = 0; k < steps.length; k++) {
          if (b === true || a === true)
            return pathOf(steps, Math.max(k, 1));
          b = stepInto(b, steps[k]);
          a = stepInto(a, steps[k]);
        }
        if (steps.length === 0)
          return name;
        const read = pathOf(steps, steps.length);
        return read !== name && (anyTrue(b) || anyTrue(a)) ? read : name;
      }
      function sensitiveTops(before, after) {
        if (before === true || after === true)
          return void 0;
        const tops = /* @__PURE__ */ new Set();
        for (const side of [before, after])
          if (typeof side === "object" && side !== null) {
            for (const [key, value] of Object.entries(side))
              if (anyTrue(value))
                tops.add(key);
          }
        return tops;
      }
      function inTops(name, tops) {
        for (const top of tops) {
          if (!name.startsWith(top))
            continue;
          const next = name.charCodeAt(top.length);
          if (Number.isNaN(next) || next === 46 || next === 91)
            return true;
        }
        return false;
      }
      function maskedList(names, before, after, tops) {
        let out;
        for (let k = 0; k < names.length; k++) {
          const name = names[k];
          const masked = tops !== void 0 && !inTops(name, tops) ? name : maskedName(name, before, after);
          if (masked !== name)
            out ??= names.slice(0, k);
          out?.push(masked);
        }
        return out === void 0 ? names : [...new Set(out)].sort(attribute_paths.CA);
      }
      function sensitiveNamesMasked(roles, before, after) {
        const tops = sensitiveTops(before, after);
        if (tops !== void 0 && tops.size === 0)
          return roles;
        const names = maskedList(roles.names, before, after, tops);
        const replacing = roles.replacing && maskedList(roles.replacing, before, after, tops);
        const unknown = roles.unknown && maskedList(roles.unknown, before, after, tops);
        if (names === roles.names && replacing === roles.replacing && unknown === roles.unknown)
          return roles;
        const out = {
          ...roles,
          names,
          total: roles.total - (roles.names.length - names.length)
        };
        if (replacing !== void 0)
          out.replacing = replacing;
        if (unknown !== void 0) {
          out.unknown = unknown;
          out.unknownTotal = (roles.unknownTotal ?? roles.unknown.length) - (roles.unknown.length - unknown.length);
        }
        return out;
      }
      ;
      const MAX_COMPARED_KEYS = 1e4;
      const MAX_SHOWN_VALUES = 12;
      const OBJECT_MARK = -1;
      const ARRAY_MARK = -2;
      function diffsAttributes(actions) {
        return actions.includes("update") || actions.includes("create") && (actions.includes("delete") || actions.includes("forget"));
      }
      function boundAttributeNames(changed) {
        const all = [...new Set(changed)].sort();
        return { names: firstCut(all), total: all.length };
      }
      class AttributeDiff {
        strings;
        /** Made when first written: without --show-values a change has none of these but `replaced`. */
        walked;
        /** Paths of `replace_paths`. */
        replaced;
        /** `before_sensitive` / `after_sensitive`, parsed (undefined: not in the plan). */
        beforeSensitive = void 0;
        afterSensitive = void 0;
        /**
         * Without --show-values: `before`, `after` and `after_unknown` as raw text, compared when the
         * change closes (attribute-raw-diff.ts) instead of path by path as they pass; null where a part
         * was too large to keep (the roles are then not read: see readable).
         */
        keptBefore;
        keptAfter;
        keptUnknown;
        /** `strings` decodes the keys of kept parts (see keep). */
        constructor(strings) {
          this.strings = strings;
        }
        /** A part of the change begins again (a repeated key): what the first one said is forgotten. */
        clear(part) {
          const walked = this.walked;
          if (part === "before") {
            this.keptBefore = void 0;
            walked?.before.clear();
            walked?.beforeText.clear();
          } else if (part === "after") {
            this.keptAfter = void 0;
            walked?.after.clear();
            walked?.afterText.clear();
          } else if (part === "after_unknown") {
            this.keptUnknown = void 0;
            walked?.unknown.clear();
          } else if (part === "replace_paths")
            this.replaced?.clear();
          else if (part === "before_sensitive")
            this.beforeSensitive = void 0;
          else
            this.afterSensitive = void 0;
        }
        /** A part's raw text (an object), or null when it was too large to keep. */
        keep(part, value) {
          if (part === "before")
            this.keptBefore = value;
          else if (part === "after")
            this.keptAfter = value;
          else
            this.keptUnknown = value;
        }
        /** False when a kept part was too large: the roles of this change cannot be told. */
        readable() {
          return this.keptBefore !== null && this.keptAfter !== null && this.keptUnknown !== null;
        }
        values() {
          return this.walked ??= new WalkedValues();
        }
        /** A value of `before` (after = false) or `after` at `path`, by its hash (and its text, to show). */
        value(after, path, hash, text) {
          const walked = this.values();
          const side = after ? walked.after : walked.before;
          const texts = after ? walked.afterText : walked.beforeText;
          if (side.has(path))
            forgetWithin(path, side, texts);
          if (side.size < MAX_COMPARED_KEYS) {
            side.set(path, hash);
            if (text !== void 0)
              texts.set(path, text);
          }
        }
        /** A member of `after_unknown`, and whether it holds a true (known after apply). */
        unknownMember(path, holdsTrue) {
          const unknown = this.values().unknown;
          if (unknown.has(path))
            forgetWithin(path, unknown);
          if (unknown.size < MAX_COMPARED_KEYS)
            unknown.set(path, holdsTrue);
        }
        /** A path of `replace_paths`. */
        replacePath(path) {
          const replaced = this.replaced ??= /* @__PURE__ */ new Set();
          if (replaced.size < MAX_COMPARED_KEYS && path !== "")
            replaced.add(path);
        }
        /** `before_sensitive` (after = false) or `after_sensitive`, parsed. */
        sensitivity(after, structure) {
          if (after)
            this.afterSensitive = structure;
          else
            this.beforeSensitive = structure;
        }
        /**
         * The roles; values only when `gate` lets them be shown (--show-values). Names stop at a
         * sensitive value (sensitive-names.ts): a sensitive map's keys are part of its secret.
         */
        result(address, gate) {
          const roles = this.roles(address, gate);
          return this.beforeSensitive === void 0 && this.afterSensitive === void 0 ? roles : sensitiveNamesMasked(roles, this.beforeSensitive, this.afterSensitive);
        }
        roles(address, gate) {
          const fast = this.wasmResult(gate);
          if (fast !== void 0)
            return fast;
          const keptUnknown = this.keptUnknown;
          const walked = this.walked;
          const exact = keptUnknown ? unknownPaths(keptUnknown, this.strings) : walked === void 0 ? [] : [...walked.unknown].filter(([, holdsTrue]) => holdsTrue).map(([p]) => p);
          const unknownSet = exact.length > 8 ? new Set(exact) : void 0;
          const isUnknown = exact.length === 0 ? void 0 : unknownSet !== void 0 ? (p) => (0, attribute_paths.OQ)(p, unknownSet) : (p) => (0, attribute_paths.qB)(p, exact);
          let leaves2 = [];
          const keptBefore = this.keptBefore;
          const keptAfter = this.keptAfter;
          const distinct = Boolean(keptBefore || keptAfter);
          if (distinct) {
            leaves2 = changedPaths(keptBefore ?? void 0, keptAfter ?? void 0, this.strings);
            if (isUnknown !== void 0)
              leaves2 = leaves2.filter((p) => !isUnknown(p));
          } else if (walked !== void 0) {
            const { before, after } = walked;
            for (const [p, hash] of before)
              if (after.get(p) !== hash && !isUnknown?.(p))
                leaves2.push(p);
            for (const p of after.keys())
              if (!before.has(p) && !isUnknown?.(p))
                leaves2.push(p);
          }
          const replaced = this.replaced;
          const apart = exact.length === 0 ? void 0 : exactWhereShared(replaced === void 0 || replaced.size === 0 ? leaves2 : [...leaves2, ...replaced], exact);
          const unknown = apart !== void 0 ? (0, attribute_paths.xX)(exact, apart) : keptUnknown ? (0, attribute_paths.tg)(exact.slice()) : (0, attribute_paths.xX)(exact);
          const replacing = replaced === void 0 ? [] : (0, attribute_paths.xX)(replaced, apart);
          const changed = replacing.length > 0 || apart !== void 0 ? (0, attribute_paths.xX)([...leaves2, ...replacing], apart) : distinct ? (0, attribute_paths.tg)(leaves2) : (0, attribute_paths.xX)(leaves2);
          const out = { names: firstCut(changed), total: changed.length };
          if (replacing.length > 0)
            out.replacing = firstCut(replacing);
          if (unknown.length > 0) {
            out.unknown = firstCut(unknown);
            out.unknownTotal = unknown.length;
          }
          if (gate?.policy.show === true && address !== void 0) {
            const values = this.shownValues(leaves2, address, gate);
            if (values.length > 0)
              out.values = values;
          }
          return out;
        }
        /**
         * The usual change (`before` and `after` kept whole, no values to show) read in one WebAssembly
         * call (raw-roles-wasm.ts); undefined for the rest, or where the module leaves the change to JS.
         */
        wasmResult(gate) {
          const before = this.keptBefore;
          const after = this.keptAfter;
          if (!before || !after || this.walked !== void 0 || gate?.policy.show === true)
            return void 0;
          const replaced = this.replaced;
          if (replaced !== void 0 && replaced.size > 0)
            return this.wasmReplacement(before, after, replaced);
          const roles = wasmRoles(before, after, this.keptUnknown ?? void 0, plan_summary.$9, false);
          if (roles === null)
            return void 0;
          for (const name of roles.unknown)
            if (roles.names.includes(name))
              return void 0;
          const out = { names: roles.names, total: roles.total };
          if (roles.unknownTotal > 0) {
            out.unknown = roles.unknown;
            out.unknownTotal = roles.unknownTotal;
          }
          return out;
        }
        /**
         * wasmResult for a replacement: the paths of `replace_paths` are changed too (readablePaths of
         * the union: the module's paths, all of them, are already trimmed, sorted and without those
         * under another, which it keeps).
         */
        wasmReplacement(before, after, replaced) {
          const replacing = (0, attribute_paths.xX)(replaced);
          const roles = wasmRoles(before, after, this.keptUnknown ?? void 0, plan_summary.$9, true);
          if (roles === null)
            return void 0;
          const changed = (0, attribute_paths.iU)(roles.names, replacing);
          for (const name of roles.unknown)
            if (changed.includes(name))
              return void 0;
          const out = { names: firstCut(changed), total: changed.length, replacing: firstCut(replacing) };
          if (roles.unknownTotal > 0) {
            out.unknown = roles.unknown;
            out.unknownTotal = roles.unknownTotal;
          }
          return out;
        }
        /** The changed leaves' values that may be shown. */
        shownValues(leaves2, address, gate) {
          const type = resourceTypeOf(address);
          const out = [];
          for (const p of [...new Set(leaves2)].sort()) {
            if (out.length >= MAX_SHOWN_VALUES)
              break;
            const before = this.walked?.beforeText.get(p);
            const after = this.walked?.afterText.get(p);
            if (before === void 0 && after === void 0)
              continue;
            if (gate.hiddenName(address, type, p))
              continue;
            const steps = (0, attribute_paths.Vy)(p);
            if (sensitiveAt(this.beforeSensitive, steps) || sensitiveAt(this.afterSensitive, steps))
              continue;
            if (before !== void 0 && (0, secret_names.E8)(before) || after !== void 0 && (0, secret_names.E8)(after))
              continue;
            if (before !== void 0 && gate.deniedInside(address, p, before) || after !== void 0 && gate.deniedInside(address, p, after))
              continue;
            const b = before === void 0 ? void 0 : (0, value_policy.JJ)(before);
            const a = after === void 0 ? void 0 : (0, value_policy.JJ)(after);
            if (b !== void 0 && "length" in b || a !== void 0 && "length" in a) {
              const length = Math.max(lengthOf(b), lengthOf(a));
              out.push({ path: p, note: `(${(0, thousands.o)(length)} characters, changed)` });
            } else {
              out.push({
                path: p,
                ...b === void 0 ? {} : { before: b.text },
                ...a === void 0 ? {} : { after: a.text }
              });
            }
          }
          return out;
        }
      }
      class WalkedValues {
        before = /* @__PURE__ */ new Map();
        after = /* @__PURE__ */ new Map();
        /** With --show-values: the leaves' JSON text, by path. */
        beforeText = /* @__PURE__ */ new Map();
        afterText = /* @__PURE__ */ new Map();
        /** `after_unknown` members: whether each holds a true. */
        unknown = /* @__PURE__ */ new Map();
      }
      function firstCut(paths) {
        const n = Math.min(paths.length, plan_summary.$9);
        const out = new Array(n);
        for (let k = 0; k < n; k++)
          out[k] = (0, attribute_paths.CI)(paths[k]);
        return out;
      }
      function lengthOf(shown) {
        if (shown === void 0)
          return 0;
        return "length" in shown ? shown.length : (0, value_policy.hg)(shown.text);
      }
      function resourceTypeOf(address) {
        const parts = address.replace(/\[[^\]]*\]$/, "").split(".");
        return parts.length >= 2 ? parts[parts.length - 2] : "";
      }
      function forgetWithin(path, ...maps) {
        for (const map of maps)
          for (const key of map.keys())
            if ((0, attribute_paths.UO)(key, path))
              map.delete(key);
      }
      ;
      class KeyTable {
        names;
        encoded;
        /** The id of `names[k]`, for `match`: a plain array, one load per hit. */
        idList;
        ids = /* @__PURE__ */ new Map();
        /**
         * Key `names[i]` gets the id `idOf(names[i])` (by default its position + 1); 0 means "not one of
         * these". Ids given by name keep a key's id the same in every table and under any reordering.
         */
        constructor(names, idOf = (_, index) => index + 1) {
          this.names = names;
          const encoder = new TextEncoder();
          this.encoded = names.map((name) => encoder.encode(name));
          this.idList = names.map((name, i) => idOf(name, i));
          names.forEach((name, i) => this.ids.set(name, this.idList[i]));
        }
        lookup(name) {
          return this.ids.get(name) ?? 0;
        }
        /** `decoded` is the key as text when it had escapes (its bytes are then not the key's). */
        match(bytes, start, end, decoded) {
          if (decoded !== null)
            return this.lookup(decoded);
          const length = end - start;
          const encoded = this.encoded;
          outer: for (let k = 0; k < encoded.length; k++) {
            const name = encoded[k];
            if (name.length !== length)
              continue;
            for (let j = 0; j < length; j++)
              if (bytes[start + j] !== name[j])
                continue outer;
            return this.idList[k];
          }
          return 0;
        }
      }
      ;
      const TOP_KEY_NAMES = [
        "format_version",
        "terraform_version",
        "errored",
        "resource_changes",
        "resource_drift",
        "output_changes",
        "planned_values",
        "prior_state"
      ];
      const KEY_NAMES = [
        ...TOP_KEY_NAMES,
        "address",
        "mode",
        "previous_address",
        "change",
        "actions",
        "importing",
        "after",
        "after_unknown",
        "after_sensitive",
        "outputs",
        "sensitive",
        "values",
        "root_module",
        "resources",
        "child_modules",
        "module_address",
        "type",
        "name",
        "index",
        "before",
        "replace_paths",
        "before_sensitive",
        "provider_name"
      ];
      if (KEY_NAMES.length > 31)
        throw new Error("plan-keys: more key ids than Frame.seen has bits");
      function keyName(id2) {
        return KEY_NAMES[id2 - 1] ?? "";
      }
      function keyId(name) {
        return KEY_NAMES.indexOf(name) + 1;
      }
      function keyTable(...names) {
        return new KeyTable(names, (name) => keyId(name));
      }
      const K_OTHER = 0;
      const K_FORMAT_VERSION = keyId("format_version");
      const K_TERRAFORM_VERSION = keyId("terraform_version");
      const K_ERRORED = keyId("errored");
      const K_RESOURCE_CHANGES = keyId("resource_changes");
      const K_RESOURCE_DRIFT = keyId("resource_drift");
      const K_OUTPUT_CHANGES = keyId("output_changes");
      const K_PLANNED_VALUES = keyId("planned_values");
      const K_PRIOR_STATE = keyId("prior_state");
      const K_ADDRESS = keyId("address");
      const K_MODE = keyId("mode");
      const K_PREVIOUS_ADDRESS = keyId("previous_address");
      const K_CHANGE = keyId("change");
      const K_ACTIONS = keyId("actions");
      const K_IMPORTING = keyId("importing");
      const K_AFTER = keyId("after");
      const K_AFTER_UNKNOWN = keyId("after_unknown");
      const K_AFTER_SENSITIVE = keyId("after_sensitive");
      const K_RESOURCES = keyId("resources");
      const K_CHILD_MODULES = keyId("child_modules");
      const K_BEFORE = keyId("before");
      const K_REPLACE_PATHS = keyId("replace_paths");
      const K_BEFORE_SENSITIVE = keyId("before_sensitive");
      const K_MODULE_ADDRESS = keyId("module_address");
      const K_TYPE = keyId("type");
      const K_NAME = keyId("name");
      const K_INDEX = keyId("index");
      const K_PROVIDER_NAME = keyId("provider_name");
      const TOP_KEYS = keyTable(...TOP_KEY_NAMES);
      const ENTRY_KEYS = keyTable("address", "mode", "previous_address", "change", "module_address", "type", "name", "index", "provider_name");
      const CHANGE_KEYS = keyTable("actions", "importing", "before", "after", "after_unknown", "replace_paths", "before_sensitive", "after_sensitive");
      const PLAIN_CHANGE_KEYS = keyTable("actions", "importing");
      const OUTPUT_CHANGE_KEYS = keyTable("actions", "after", "after_unknown", "after_sensitive");
      const PLANNED_KEYS = keyTable("outputs");
      const PLANNED_OUTPUT_KEYS = keyTable("sensitive");
      const PRIOR_KEYS = keyTable("values");
      const PRIOR_VALUES_KEYS = keyTable("root_module");
      const MODULE_KEYS = keyTable("resources", "child_modules", "address");
      const RESOURCE_KEYS = keyTable("address", "mode", "type", "name", "index");
      const COMMON_VALUE_NAMES = [
        "no-op",
        "create",
        "update",
        "delete",
        "read",
        "forget",
        "managed",
        "data",
        "ephemeral"
      ];
      const COMMON_VALUES = new KeyTable(COMMON_VALUE_NAMES);
      ;
      const F_TOP = 0;
      const F_CHANGE_LIST = 1;
      const F_CHANGE_ENTRY = 2;
      const F_CHANGE = 3;
      const F_ACTIONS = 4;
      const F_OUTPUT_CHANGES = 5;
      const F_OUTPUT_CHANGE = 6;
      const F_PLANNED = 7;
      const F_PLANNED_OUTPUTS = 8;
      const F_PLANNED_OUTPUT = 9;
      const F_PRIOR = 10;
      const F_PRIOR_VALUES = 11;
      const F_MODULE = 12;
      const F_RESOURCES = 13;
      const F_RESOURCE = 14;
      const F_CHILD_MODULES = 15;
      const F_ATTRIBUTES = 16;
      const F_UNKNOWN = 17;
      const F_REPLACE_PATHS = 18;
      const F_REPLACE_PATH = 19;
      const LAST_FRAME = F_REPLACE_PATH;
      const KEYS_OF_FRAME = [];
      KEYS_OF_FRAME[F_TOP] = TOP_KEYS;
      KEYS_OF_FRAME[F_CHANGE_ENTRY] = ENTRY_KEYS;
      KEYS_OF_FRAME[F_CHANGE] = CHANGE_KEYS;
      KEYS_OF_FRAME[F_OUTPUT_CHANGE] = OUTPUT_CHANGE_KEYS;
      KEYS_OF_FRAME[F_PLANNED] = PLANNED_KEYS;
      KEYS_OF_FRAME[F_PLANNED_OUTPUT] = PLANNED_OUTPUT_KEYS;
      KEYS_OF_FRAME[F_PRIOR] = PRIOR_KEYS;
      KEYS_OF_FRAME[F_PRIOR_VALUES] = PRIOR_VALUES_KEYS;
      KEYS_OF_FRAME[F_MODULE] = MODULE_KEYS;
      KEYS_OF_FRAME[F_RESOURCE] = RESOURCE_KEYS;
      const KEY_SETS = [];
      const KEY_SET_OF_FRAME = [];
      for (let kind = F_TOP; kind <= LAST_FRAME; kind++) {
        const table = KEYS_OF_FRAME[kind];
        KEY_SET_OF_FRAME[kind] = table === void 0 || table === null || kind === F_TOP ? -1 : KEY_SETS.push([...table.names]) - 1;
      }
      const PLAIN_CHANGE_KEY_SET = KEY_SETS.push([...PLAIN_CHANGE_KEYS.names]) - 1;
      const keySet = (...names) => KEY_SETS.push([...names]) - 1;
      const LABELS = ["module_address", "type", "name", "index"];
      const ENTRY_KEY_SETS = [
        [keySet("address", "mode", "previous_address", "change", ...LABELS), KEY_SET_OF_FRAME[F_CHANGE_ENTRY]],
        [
          keySet("address", "mode", "previous_address", "change"),
          keySet("address", "mode", "previous_address", "change", "provider_name")
        ]
      ];
      const NAMED_RESOURCE_KEY_SET = keySet("address", "mode");
      const KIND_NAMES = ["an object", "an array", "a string", "a number", "true", "false", "null"];
      class Frame {
        kind;
        parent;
        via;
        /** The key whose value comes next (objects), or K_OTHER. */
        key = K_OTHER;
        /** The name of the member whose value comes next (objects keyed by output name). */
        name = "";
        /** Elements seen so far (arrays). */
        count = 0;
        address = void 0;
        mode = void 0;
        /** The labels an address is rebuilt from when `address` is missing (resource-address.ts). */
        moduleAddress = void 0;
        type = void 0;
        resourceName = void 0;
        indexJson = void 0;
        /** A label came after `address` and was skipped unread (WalkerBase.label). */
        labelsSkipped = false;
        previousAddress = void 0;
        /** `provider_name` of a drift entry (only read with --send-drift-resources). */
        providerName = void 0;
        actions = void 0;
        importing = false;
        /** `change.importing.id`, read only with --show-values (a value: value-policy.ts importLabel). */
        importId = void 0;
        hasChange = false;
        after = void 0;
        afterJson = void 0;
        afterTooLarge = false;
        afterUnknown = false;
        afterSensitive = false;
        sensitive = false;
        /** Update or replacement entries: what the change's values say changed (see AttributeDiff). */
        diff = void 0;
        /** In an F_ATTRIBUTES frame: true for `after`, false for `before`. */
        isAfter = false;
        /** F_ATTRIBUTES, F_UNKNOWN and F_REPLACE_PATH frames: the attribute path of this container. */
        prefix = "";
        /** Steps below the top level (F_ATTRIBUTES, F_UNKNOWN): 0 for `before`/`after`/`after_unknown`. */
        depth = 0;
        /** An F_ATTRIBUTES or F_UNKNOWN frame over an array (its members have no keys). */
        isArray = false;
        /** The keys of this object read so far, as bits (1 << key id): a repeated key is noticed. */
        seen = 0;
        /** The current key was seen before in this object (the last one wins: JSON.parse reads so). */
        repeat = false;
        /**
         * A change entry whose `actions` was written again after the first one let its values be
         * skipped unseen: its changed attribute names cannot be known.
         */
        diffBlind = false;
        /**
         * Prior-state containers: for each key whose value holds prior-state resources, the span of
         * PlanVisitor.priorStateResource calls its last value made (from, to), by key id; a repeated
         * key takes them back (PlanVisitor.priorStateRetract).
         */
        spans = void 0;
        /** The priorStateResource calls made before this prior-state container began (see `spans`), or -1. */
        spanStart = -1;
        constructor(kind, parent, via) {
          this.kind = kind;
          this.parent = parent;
          this.via = via;
        }
        /**
         * Makes a closed frame a new one (WalkerBase.newFrame): every field as a new Frame has it, so
         * that a plan's hundred thousand containers do not each cost a frame for the garbage collector.
         */
        reuse(kind, parent, via) {
          this.kind = kind;
          this.parent = parent;
          this.via = via;
          this.key = K_OTHER;
          this.name = "";
          this.count = 0;
          this.address = void 0;
          this.mode = void 0;
          this.moduleAddress = void 0;
          this.type = void 0;
          this.resourceName = void 0;
          this.indexJson = void 0;
          this.labelsSkipped = false;
          this.previousAddress = void 0;
          this.providerName = void 0;
          this.actions = void 0;
          this.importing = false;
          this.importId = void 0;
          this.hasChange = false;
          this.after = void 0;
          this.afterJson = void 0;
          this.afterTooLarge = false;
          this.afterUnknown = false;
          this.afterSensitive = false;
          this.sensitive = false;
          this.diff = void 0;
          this.isAfter = false;
          this.prefix = "";
          this.depth = 0;
          this.isArray = false;
          this.seen = 0;
          this.repeat = false;
          this.diffBlind = false;
          this.spans = void 0;
          this.spanStart = -1;
          return this;
        }
        path() {
          const parts = [typeof this.via === "number" ? `[${this.via}]` : this.via];
          for (let f = this.parent; f !== null && f.kind !== F_TOP; f = f.parent) {
            parts.push(typeof f.via === "number" ? `[${f.via}]` : f.via);
          }
          return parts.reverse().join("").replace(/^\./, "");
        }
      }
      function member(name) {
        return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(name) ? `.${name}` : `[${JSON.stringify(name)}]`;
      }
      ;
      function changeValue(w, f, kind, offset) {
        switch (f.kind) {
          case F_CHANGE_LIST:
            return w.element(f, kind, KIND_OBJECT, F_CHANGE_ENTRY, offset);
          case F_CHANGE_ENTRY:
            return entryValue(w, f, kind, offset);
          case F_CHANGE:
            if (f.key === K_ACTIONS) {
              const entry = f.parent;
              if (f.repeat && entry.actions !== void 0 && !diffsAttributes(entry.actions))
                entry.diffBlind = true;
              return w.enter(f, kind, KIND_ARRAY, F_ACTIONS, ".actions", offset, true);
            }
            if (f.key === K_IMPORTING) {
              const entry = f.parent;
              entry.importing = kind !== KIND_NULL;
              entry.importId = void 0;
              if (kind === KIND_OBJECT && w.values?.policy.show === true)
                return D_RAW;
            } else if (f.key === K_BEFORE_SENSITIVE || f.key === K_AFTER_SENSITIVE) {
              if (w.wantsDiff(f.parent)) {
                const diff = f.parent.diff ??= new AttributeDiff(w.strings);
                if (f.repeat)
                  diff.clear(keyName(f.key));
                return D_RAW;
              }
            } else if (f.key !== K_OTHER && w.wantsDiff(f.parent))
              return diffValue(w, f, kind);
            return D_SKIP;
          case F_ATTRIBUTES:
            return attributeValue(w, f, kind);
          case F_UNKNOWN:
            return unknownValue(w, f, kind);
          case F_REPLACE_PATHS:
            if (kind !== KIND_ARRAY)
              return D_SKIP;
            w.frame = w.newFrame(F_REPLACE_PATH, f, f.count++);
            return D_DESCEND;
          default:
            if (kind === KIND_STRING)
              return D_CAPTURE;
            if (kind === KIND_NUMBER)
              return D_RAW;
            f.count = -1;
            return D_SKIP;
        }
      }
      function memberPath(f) {
        return f.isArray ? (0, attribute_paths.AV)(f.prefix, f.count++) : (0, attribute_paths.Dw)(f.prefix, f.name);
      }
      function descend(w, f, kind, path) {
        const child = w.newFrame(f.kind, f, f.via);
        child.isAfter = f.isAfter;
        child.prefix = path;
        child.depth = f.depth + 1;
        child.isArray = kind === KIND_ARRAY;
        w.frame = child;
        return D_DESCEND;
      }
      function attributeValue(w, f, kind) {
        const path = memberPath(f);
        if ((kind === KIND_OBJECT || kind === KIND_ARRAY) && f.depth < attribute_paths.jq) {
          w.diffOf(f).value(f.isAfter, path, kind === KIND_OBJECT ? OBJECT_MARK : ARRAY_MARK);
          return descend(w, f, kind, path);
        }
        f.name = path;
        return w.values?.policy.show === true ? D_RAW : D_HASH;
      }
      function unknownValue(w, f, kind) {
        const path = memberPath(f);
        if (kind === KIND_OBJECT || kind === KIND_ARRAY) {
          if (f.depth < attribute_paths.jq) {
            w.diffOf(f).unknownMember(path, false);
            return descend(w, f, kind, path);
          }
          f.name = path;
          return D_SCAN_TRUE;
        }
        w.diffOf(f).unknownMember(path, kind === KIND_TRUE);
        return D_SKIP;
      }
      function closeReplacePath(w, f) {
        if (f.count !== -1)
          w.diffOf(f).replacePath(f.prefix);
      }
      function entryValue(w, f, kind, offset) {
        switch (f.key) {
          case K_ADDRESS:
            f.address = void 0;
            return w.expectString(f, ".address", kind, offset, false);
          case K_MODE:
            f.mode = void 0;
            return w.expectString(f, ".mode", kind, offset, false);
          case K_PREVIOUS_ADDRESS:
            f.previousAddress = void 0;
            return w.expectString(f, ".previous_address", kind, offset, false);
          case K_PROVIDER_NAME:
            f.providerName = void 0;
            if (w.maxDriftResources === 0 || !w.isDrift(f))
              return D_SKIP;
            return w.expectString(f, ".provider_name", kind, offset, false);
          case K_CHANGE:
            f.hasChange = true;
            f.importing = false;
            f.importId = void 0;
            f.actions = void 0;
            f.diff = void 0;
            f.diffBlind = false;
            return w.enter(f, kind, KIND_OBJECT, F_CHANGE, ".change", offset, true);
          default:
            return w.label(f, kind, offset);
        }
      }
      function diffValue(w, f, kind) {
        const diff = f.parent.diff ??= new AttributeDiff(w.strings);
        const key = f.key;
        if (f.repeat)
          diff.clear(keyName(key));
        let child;
        if (key === K_REPLACE_PATHS) {
          if (kind !== KIND_ARRAY)
            return D_SKIP;
          child = F_REPLACE_PATHS;
        } else {
          if (kind !== KIND_OBJECT)
            return D_SKIP;
          if (w.values?.policy.show !== true)
            return D_KEEP;
          child = key === K_AFTER_UNKNOWN ? F_UNKNOWN : F_ATTRIBUTES;
        }
        const frame = w.newFrame(child, f, key === K_BEFORE ? ".before" : key === K_AFTER ? ".after" : ".x");
        frame.isAfter = key === K_AFTER;
        w.frame = frame;
        return D_DESCEND;
      }
      function closeChangeEntry(w, f, offset) {
        if (!f.hasChange)
          throw w.invalid(f, ".change", "is missing", offset);
        if (f.actions === void 0)
          throw w.invalid(f, ".change.actions", "is missing", offset);
        const parts = f.address === void 0 ? w.partsOf(f) : void 0;
        const address = parts === void 0 ? f.address : (0, resource_address.RD)(parts, f.path());
        const drift = w.isDrift(f);
        const entry = {
          address,
          wholeResource: parts !== void 0 && (0, resource_address.q1)(parts),
          mode: f.mode,
          actions: f.actions,
          importing: f.importing,
          ...f.importId !== void 0 ? { importId: f.importId } : {},
          previousAddress: f.previousAddress,
          changedAttributes: f.diff !== void 0 && !f.diffBlind && f.diff.readable() && w.wantsDiff(f) ? f.diff.result(address, w.values) : void 0,
          ...drift && f.providerName !== void 0 ? { providerName: f.providerName } : {}
        };
        if (entry.changedAttributes !== void 0) {
          if (drift)
            w.driftDiffed++;
          else
            w.diffed++;
        }
        if (drift)
          w.visitor.resourceDrift(entry);
        else
          w.visitor.resourceChange(entry);
      }
      function capturedDiffValue(w, f, raw, offset, ends) {
        if (f.kind === F_CHANGE && (f.key === K_BEFORE || f.key === K_AFTER || f.key === K_AFTER_UNKNOWN)) {
          w.diffOf(f).keep(keyName(f.key), raw === null ? null : { bytes: raw, offset, ends: ends ?? null });
          return;
        }
        const text = raw === null ? void 0 : w.strings.text(raw, 0, raw.length, false, offset);
        if (f.kind === F_CHANGE && f.key === K_IMPORTING) {
          f.parent.importId = importIdOf(text);
        } else if (f.kind === F_REPLACE_PATH) {
          const index = text === void 0 ? NaN : Number(text);
          if (Number.isInteger(index) && index >= 0)
            f.prefix = (0, attribute_paths.AV)(f.prefix, index);
          else
            f.count = -1;
        } else if (f.kind === F_ATTRIBUTES) {
          w.diffOf(f).value(f.isAfter, f.name, text === void 0 ? NaN : textHash(text), text);
        } else {
          let structure = UNREAD_SENSITIVITY;
          if (text !== void 0 && !text.includes("true"))
            structure = false;
          else if (text !== void 0)
            try {
              structure = JSON.parse(text);
            } catch {
            }
          w.diffOf(f).sensitivity(f.key === K_AFTER_SENSITIVE, structure);
        }
      }
      function importIdOf(text) {
        if (text === void 0)
          return void 0;
        try {
          const id2 = JSON.parse(text)["id"];
          return typeof id2 === "string" ? id2 : void 0;
        } catch {
          return void 0;
        }
      }
      function textHash(text) {
        let a = 2166136261;
        let b = 16777619;
        for (let i = 0; i < text.length; i++) {
          const c = text.charCodeAt(i);
          a = Math.imul(a ^ c, 16777619);
          b = Math.imul(b ^ c, 1540483477) ^ b >>> 15;
        }
        return (a >>> 0) * 2097152 + (b >>> 11);
      }
      var json_numbers = __webpack_require__(7200);
      ;
      const MAX_OUTPUT_VALUE_BYTES = 64 * 1024;
      ;
      function nestingDepth(value, limit = MAX_OUTPUT_VALUE_DEPTH) {
        let deepest = 0;
        const pending = [[value, 0]];
        while (pending.length > 0) {
          const [v, depth] = pending.pop();
          if (typeof v !== "object" || v === null)
            continue;
          deepest = Math.max(deepest, depth + 1);
          if (deepest > limit)
            return deepest;
          for (const item of Object.values(v))
            pending.push([item, depth + 1]);
        }
        return deepest;
      }
      const TOO_LARGE = { after: void 0, afterJson: void 0, afterTooLarge: true };
      function keptOutputText(text) {
        const value = JSON.parse(text);
        if (nestingDepth(value) > MAX_OUTPUT_VALUE_DEPTH)
          return TOO_LARGE;
        let json = (0, json_numbers.Ar)(text);
        if (typeof value === "object" && value !== null && (0, json_numbers.iI)(json) !== (0, json_numbers.Sg)(value))
          json = (0, json_numbers.x1)(text);
        return kept(value, json);
      }
      function kept(value, json) {
        if (json !== void 0 && Buffer.byteLength(json, "utf8") > MAX_OUTPUT_VALUE_BYTES)
          return TOO_LARGE;
        return { after: value, afterJson: json, afterTooLarge: false };
      }
      function containsTrue(value) {
        const pending = [value];
        while (pending.length > 0) {
          const v = pending.pop();
          if (v === true)
            return true;
          if (typeof v === "object" && v !== null)
            for (const item of Object.values(v))
              pending.push(item);
        }
        return false;
      }
      ;
      function outputValue(w, f, kind, offset) {
        switch (f.kind) {
          case F_OUTPUT_CHANGES:
          case F_PLANNED_OUTPUTS: {
            const child = f.kind === F_OUTPUT_CHANGES ? F_OUTPUT_CHANGE : F_PLANNED_OUTPUT;
            const entered = w.enter(f, kind, KIND_OBJECT, child, member(f.name), offset, true);
            w.frame.name = f.name;
            return entered;
          }
          case F_OUTPUT_CHANGE:
            switch (f.key) {
              case K_ACTIONS:
                return w.enter(f, kind, KIND_ARRAY, F_ACTIONS, ".actions", offset, true);
              case K_AFTER:
                return D_RAW;
              case K_AFTER_UNKNOWN:
              case K_AFTER_SENSITIVE:
                return D_SCAN_TRUE;
              default:
                return D_SKIP;
            }
          case F_PLANNED:
            return f.key === K_OTHER ? D_SKIP : w.enter(f, kind, KIND_OBJECT, F_PLANNED_OUTPUTS, ".outputs", offset, false);
          default:
            if (f.key !== K_OTHER && kind === KIND_TRUE)
              f.sensitive = true;
            return D_SKIP;
        }
      }
      function capturedOutput(w, f, raw, sawTrue, offset) {
        if (f.key === K_AFTER_UNKNOWN)
          f.afterUnknown = sawTrue;
        else if (f.key === K_AFTER_SENSITIVE)
          f.afterSensitive ||= sawTrue;
        else if (raw === null) {
          f.after = void 0;
          f.afterJson = void 0;
          f.afterTooLarge = true;
        } else {
          let kept2;
          try {
            kept2 = keptOutputText(w.strings.text(raw, 0, raw.length, false, offset));
          } catch (error) {
            if (!(error instanceof SyntaxError))
              throw error;
            throw w.errors.error("INPUT_SYNTAX", `${f.path()}.after is not valid JSON`, offset);
          }
          f.after = kept2.after;
          f.afterJson = kept2.afterJson;
          f.afterTooLarge = kept2.afterTooLarge;
        }
      }
      function closeOutput(w, f, offset) {
        if (f.kind === F_PLANNED_OUTPUT) {
          if (f.sensitive)
            w.visitor.plannedOutputSensitive(f.name);
          return;
        }
        if (f.actions === void 0)
          throw w.invalid(f, ".actions", "is missing", offset);
        w.visitor.outputChange({
          name: f.name,
          actions: f.actions,
          after: f.after,
          afterJson: f.afterJson,
          afterTooLarge: f.afterTooLarge,
          afterUnknown: f.afterUnknown,
          afterSensitive: f.afterSensitive
        });
      }
      ;
      function priorValue(w, f, kind, offset) {
        switch (f.kind) {
          case F_PRIOR:
            return f.key === K_OTHER ? D_SKIP : enterPrior(w, f, kind, KIND_OBJECT, F_PRIOR_VALUES, ".values", offset);
          case F_PRIOR_VALUES:
            return f.key === K_OTHER ? D_SKIP : enterPrior(w, f, kind, KIND_OBJECT, F_MODULE, ".root_module", offset);
          case F_MODULE:
            if (f.key === K_ADDRESS) {
              f.address = void 0;
              return w.expectString(f, ".address", kind, offset, false);
            }
            if (f.key === K_RESOURCES)
              return enterPrior(w, f, kind, KIND_ARRAY, F_RESOURCES, ".resources", offset);
            if (f.key === K_CHILD_MODULES) {
              return enterPrior(w, f, kind, KIND_ARRAY, F_CHILD_MODULES, ".child_modules", offset);
            }
            return D_SKIP;
          case F_RESOURCES:
            return w.element(f, kind, KIND_OBJECT, F_RESOURCE, offset);
          case F_CHILD_MODULES:
            return w.element(f, kind, KIND_OBJECT, F_MODULE, offset);
          default:
            if (f.key === K_ADDRESS) {
              f.address = void 0;
              return w.expectString(f, ".address", kind, offset, false);
            }
            if (f.key === K_MODE) {
              f.mode = void 0;
              return w.expectString(f, ".mode", kind, offset, false);
            }
            return f.key === K_MODULE_ADDRESS ? D_SKIP : w.label(f, kind, offset);
        }
      }
      function enterPrior(w, f, kind, want, child, via, offset) {
        if (f.repeat && f.spans !== void 0) {
          const from = f.spans[2 * f.key];
          const to = f.spans[2 * f.key + 1];
          if (from !== void 0 && to !== void 0 && to > from)
            w.visitor.priorStateRetract(from, to);
          f.spans[2 * f.key] = f.spans[2 * f.key + 1] = w.priorCalls;
        }
        const disposition = w.enter(f, kind, want, child, via, offset, false);
        if (disposition === D_DESCEND)
          w.frame.spanStart = w.priorCalls;
        return disposition;
      }
      function endSpan(w, f) {
        const parent = f.parent;
        const spans = parent.spans ??= [];
        spans[2 * parent.key] = f.spanStart;
        spans[2 * parent.key + 1] = w.priorCalls;
      }
      function closeResource(w, f) {
        const address = f.address ?? (0, resource_address.RD)({ ...w.partsOf(f), moduleAddress: f.parent.parent.address }, f.path());
        w.visitor.priorStateResource(address, f.mode);
        w.priorCalls++;
      }
      ;
      const NAME_SLOTS = 1024;
      class StringReader {
        errors;
        utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
        /** Interned attribute names (see attributeName). */
        names = new Array(NAME_SLOTS);
        constructor(errors2) {
          this.errors = errors2;
        }
        /**
         * An attribute name (a key without escapes). The same few dozen names come back in every
         * resource of a type, so they are interned: found by a hash of their bytes and checked byte by
         * byte, without building a string each time.
         */
        attributeName(bytes, start, end, offset) {
          const length = end - start;
          if (length > 64)
            return this.text(bytes, start, end, false, offset);
          let h = length;
          for (let k = start; k < end; k++)
            h = Math.imul(h ^ bytes[k], 16777619);
          const slot = h >>> 0 & NAME_SLOTS - 1;
          const known = this.names[slot];
          if (known !== void 0 && known.length === length) {
            let k = 0;
            while (k < length && known.charCodeAt(k) === bytes[start + k])
              k++;
            if (k === length)
              return known;
          }
          const name = this.text(bytes, start, end, false, offset);
          if (/^[\x20-\x7e]*$/.test(name))
            this.names[slot] = name;
          return name;
        }
        /** A string's bytes as text: invalid UTF-8 is an encoding error, escapes are decoded. */
        text(bytes, start, end, escaped, offset) {
          if (!escaped && end - start <= 128) {
            let k = start;
            while (k < end && bytes[k] < 128)
              k++;
            if (k === end) {
              return Buffer.isBuffer(bytes) ? bytes.toString("latin1", start, end) : String.fromCharCode.apply(null, bytes.subarray(start, end));
            }
          }
          let text;
          try {
            text = this.utf8.decode(bytes.subarray(start, end));
          } catch {
            throw this.errors.error("INPUT_ENCODING", "invalid UTF-8 in a string; save the file as UTF-8", offset);
          }
          if (!escaped)
            return text;
          return JSON.parse(`"${text}"`);
        }
      }
      ;
      const MAX_SPARE_FRAMES = 64;
      class WalkerBase {
        visitor;
        errors;
        values;
        maxDiffed;
        maxDriftResources;
        /** The innermost open container, or null before the document begins. */
        frame = null;
        /** Entries whose attribute names were read (at most MAX_ATTRIBUTE_ADDRESSES). */
        diffed = 0;
        /** Drift entries whose attribute names were read (--send-drift-resources only). */
        driftDiffed = 0;
        /** PlanVisitor.priorStateResource calls so far (their numbers, for priorStateRetract). */
        priorCalls = 0;
        strings;
        /** Closed frames, for newFrame to use again (no more than the deepest nesting seen, capped). */
        spare = [];
        constructor(visitor, errors2, values, maxDiffed = plan_summary.pu, maxDriftResources = 0) {
          this.visitor = visitor;
          this.errors = errors2;
          this.values = values;
          this.maxDiffed = maxDiffed;
          this.maxDriftResources = maxDriftResources;
          this.strings = new StringReader(errors2);
        }
        /** A frame for a container the walker goes into: a closed one made new, or a new one. */
        newFrame(kind, parent, via) {
          const spare = this.spare.pop();
          return spare === void 0 ? new Frame(kind, parent, via) : spare.reuse(kind, parent, via);
        }
        /** A frame whose container closed, once nothing reads it any more (PlanWalker.close). */
        releaseFrame(f) {
          if (this.spare.length < MAX_SPARE_FRAMES)
            this.spare.push(f);
        }
        /** A resource change entry whose attribute names are gathered (actions unknown yet: maybe). */
        wantsDiff(entry) {
          const actions = entry.actions === void 0 || diffsAttributes(entry.actions);
          if (this.isDrift(entry))
            return actions && this.driftDiffed < this.maxDriftResources;
          return this.diffed < this.maxDiffed && actions;
        }
        /** An entry of `resource_drift` (not `resource_changes`). */
        isDrift(entry) {
          return entry.parent.via === ".resource_drift";
        }
        /** The AttributeDiff of the entry a frame under `change` belongs to. */
        diffOf(f) {
          let entry = f;
          while (entry.kind !== F_CHANGE_ENTRY)
            entry = entry.parent;
          return entry.diff;
        }
        /**
         * A label of a change entry or state resource (`module_address`, `type`, `name`: strings;
         * `index`: a number or a string); null is the same as absent; other keys are skipped.
         */
        label(f, kind, offset) {
          if (f.address !== void 0 && f.key !== K_OTHER)
            return D_SKIP;
          switch (f.key) {
            case K_MODULE_ADDRESS:
              f.moduleAddress = void 0;
              return this.expectString(f, ".module_address", kind, offset, false);
            case K_TYPE:
              f.type = void 0;
              return this.expectString(f, ".type", kind, offset, false);
            case K_NAME:
              f.resourceName = void 0;
              return this.expectString(f, ".name", kind, offset, false);
            case K_INDEX:
              f.indexJson = void 0;
              if (kind === KIND_NUMBER)
                return D_RAW;
              return this.expectString(f, ".index", kind, offset, false, "a number or a string");
            default:
              return D_SKIP;
          }
        }
        /**
         * The labels an address is rebuilt from. None when some were skipped unread (see label) and the
         * address was then written again as null: the entry is named by its place, never by half its
         * labels.
         */
        partsOf(f) {
          if (f.labelsSkipped)
            return {};
          return {
            address: f.address,
            moduleAddress: f.moduleAddress,
            mode: f.mode,
            type: f.type,
            name: f.resourceName,
            indexJson: f.indexJson
          };
        }
        /** A container value the walker goes into; null skips it unless the field is required. */
        enter(f, kind, want, child, via, offset, required) {
          if (kind === want) {
            this.frame = this.newFrame(child, f, via);
            if (child === F_ACTIONS)
              (f.kind === F_CHANGE ? f.parent : f).actions = [];
            return D_DESCEND;
          }
          if (kind === KIND_NULL && !required)
            return D_SKIP;
          throw this.invalid(f, via, `is ${KIND_NAMES[kind]}, not ${KIND_NAMES[want]}`, offset);
        }
        /** An element of an array of objects. */
        element(f, kind, want, child, offset) {
          const index = f.count++;
          if (kind !== want)
            throw this.invalid(f, `[${index}]`, `is ${KIND_NAMES[kind]}, not ${KIND_NAMES[want]}`, offset);
          this.frame = this.newFrame(child, f, index);
          return D_DESCEND;
        }
        expectString(f, field, kind, offset, required, want = "a string") {
          if (kind === KIND_STRING)
            return D_CAPTURE;
          if (kind === KIND_NULL && !required)
            return D_SKIP;
          throw this.invalid(f, field, `is ${KIND_NAMES[kind]}, not ${want}`, offset);
        }
        invalid(f, field, problem, offset) {
          const base = f.path();
          const joint = field === "" || field.startsWith(".") || field.startsWith("[") || base === "" ? "" : ".";
          return this.errors.error("INPUT_INVALID", `${`${base}${joint}${field}`.replace(/^\./, "")} ${problem}`, offset);
        }
      }
      ;
      class PlanWalker extends WalkerBase {
        keySets = KEY_SETS;
        key(bytes, start, end, escaped, offset) {
          const f = this.frame;
          if (f.kind === F_TOP) {
            const key = this.strings.text(bytes, start, end, escaped, offset);
            this.visitor.topLevelKey(key);
            f.key = TOP_KEYS.lookup(key);
            f.name = key;
          } else if (f.kind === F_ATTRIBUTES || f.kind === F_UNKNOWN) {
            f.name = escaped ? this.strings.text(bytes, start, end, true, offset) : this.strings.attributeName(bytes, start, end, offset);
          } else if (f.kind === F_OUTPUT_CHANGES || f.kind === F_PLANNED_OUTPUTS) {
            f.name = this.strings.text(bytes, start, end, escaped, offset);
          } else {
            const table = KEYS_OF_FRAME[f.kind];
            const key = table ? table.match(bytes, start, end, escaped ? this.strings.text(bytes, start, end, true, offset) : null) : K_OTHER;
            f.key = key;
            const bit = key === K_OTHER ? 0 : 1 << key;
            f.repeat = (f.seen & bit) !== 0;
            f.seen |= bit;
            if (f.repeat)
              this.visitor.repeatedKey(`${f.path()}.${keyName(key)}`);
          }
        }
        /** Every frame with a key table but the top one answers D_SKIP to other keys and does nothing. */
        keyFilter() {
          const f = this.frame;
          if (f === null)
            return -1;
          if (f.kind === F_CHANGE && !this.wantsDiff(f.parent)) {
            return PLAIN_CHANGE_KEY_SET;
          }
          if (f.kind === F_CHANGE_ENTRY) {
            const provider = this.maxDriftResources > 0 && this.isDrift(f);
            return ENTRY_KEY_SETS[f.address === void 0 ? 0 : 1][provider ? 1 : 0];
          }
          if (f.kind === F_RESOURCE && f.address !== void 0)
            return NAMED_RESOURCE_KEY_SET;
          return KEY_SET_OF_FRAME[f.kind];
        }
        value(kind, offset) {
          const f = this.frame;
          if (f === null) {
            this.frame = this.newFrame(F_TOP, null, "");
            return D_DESCEND;
          }
          switch (f.kind) {
            case F_TOP:
              return this.topValue(f, kind, offset);
            case F_ACTIONS:
              f.count++;
              if (kind !== KIND_STRING)
                throw this.invalid(f, "", `is not an array of strings (holds ${KIND_NAMES[kind]})`, offset);
              return D_CAPTURE;
            case F_CHANGE_LIST:
            case F_CHANGE_ENTRY:
            case F_CHANGE:
            case F_ATTRIBUTES:
            case F_UNKNOWN:
            case F_REPLACE_PATHS:
            case F_REPLACE_PATH:
              return changeValue(this, f, kind, offset);
            case F_OUTPUT_CHANGES:
            case F_PLANNED_OUTPUTS:
            case F_OUTPUT_CHANGE:
            case F_PLANNED:
            case F_PLANNED_OUTPUT:
              return outputValue(this, f, kind, offset);
            case F_PRIOR:
            case F_PRIOR_VALUES:
            case F_MODULE:
            case F_RESOURCES:
            case F_CHILD_MODULES:
            case F_RESOURCE:
              return priorValue(this, f, kind, offset);
            default:
              return D_SKIP;
          }
        }
        string(bytes, start, end, escaped, offset) {
          const f = this.frame;
          if (f.kind === F_REPLACE_PATH) {
            f.prefix = (0, attribute_paths.Dw)(f.prefix, this.strings.text(bytes, start, end, escaped, offset));
            return;
          }
          const common = f.kind === F_ACTIONS || f.key === K_MODE ? COMMON_VALUES.match(bytes, start, end, null) : 0;
          const text = common > 0 ? COMMON_VALUE_NAMES[common - 1] : this.strings.text(bytes, start, end, escaped, offset);
          if (f.kind === F_ACTIONS) {
            const owner = f.parent;
            (owner.kind === F_CHANGE ? owner.parent : owner).actions.push(text);
            return;
          }
          if (f.kind === F_TOP) {
            if (f.key === K_FORMAT_VERSION)
              this.visitor.formatVersion(text);
            else
              this.visitor.terraformVersion(text);
            return;
          }
          if (f.kind === F_MODULE)
            f.address = text;
          else if (f.key === K_ADDRESS) {
            f.address = text;
            f.labelsSkipped = true;
          } else if (f.key === K_MODE)
            f.mode = text;
          else if (f.key === K_PREVIOUS_ADDRESS)
            f.previousAddress = text;
          else if (f.key === K_PROVIDER_NAME)
            f.providerName = text;
          else if (f.key === K_MODULE_ADDRESS)
            f.moduleAddress = text;
          else if (f.key === K_TYPE)
            f.type = text;
          else if (f.key === K_NAME)
            f.resourceName = text;
          else
            f.indexJson = (0, resource_address.oH)(text);
        }
        close(offset) {
          const f = this.frame;
          this.frame = f.parent;
          if (f.spanStart >= 0)
            endSpan(this, f);
          if (f.kind === F_CHANGE_ENTRY)
            closeChangeEntry(this, f, offset);
          else if (f.kind === F_OUTPUT_CHANGE || f.kind === F_PLANNED_OUTPUT)
            closeOutput(this, f, offset);
          else if (f.kind === F_RESOURCE)
            closeResource(this, f);
          else if (f.kind === F_REPLACE_PATH)
            closeReplacePath(this, f);
          this.releaseFrame(f);
        }
        hashed(hash) {
          const f = this.frame;
          this.diffOf(f).value(f.isAfter, f.name, hash);
        }
        captured(raw, sawTrue, offset, ends) {
          const f = this.frame;
          if (f.kind === F_TOP)
            this.visitor.topLevelValue?.(f.name, raw === null ? void 0 : this.strings.text(raw, 0, raw.length, false, offset));
          else if (f.kind === F_UNKNOWN)
            this.diffOf(f).unknownMember(f.name, sawTrue);
          else if (f.kind === F_OUTPUT_CHANGE)
            capturedOutput(this, f, raw, sawTrue, offset);
          else if (f.kind === F_ATTRIBUTES || f.kind === F_REPLACE_PATH || f.kind === F_CHANGE)
            capturedDiffValue(this, f, raw, offset, ends);
          else
            f.indexJson = raw === null ? void 0 : (0, resource_address.eL)(raw) ?? (0, resource_address.oH)(Number(this.strings.text(raw, 0, raw.length, false, offset)));
        }
        topValue(f, kind, offset) {
          switch (f.key) {
            case K_FORMAT_VERSION:
            case K_TERRAFORM_VERSION:
              return this.expectString(f, f.key === K_FORMAT_VERSION ? "format_version" : "terraform_version", kind, offset, false);
            case K_ERRORED:
              if (kind === KIND_TRUE || kind === KIND_FALSE)
                this.visitor.errored(kind === KIND_TRUE);
              else if (kind !== KIND_NULL)
                throw this.invalid(f, "errored", `is ${KIND_NAMES[kind]}, not true or false`, offset);
              return D_SKIP;
            case K_RESOURCE_CHANGES:
              return this.enter(f, kind, KIND_ARRAY, F_CHANGE_LIST, ".resource_changes", offset, false);
            case K_RESOURCE_DRIFT:
              return this.enter(f, kind, KIND_ARRAY, F_CHANGE_LIST, ".resource_drift", offset, false);
            case K_OUTPUT_CHANGES:
              return this.enter(f, kind, KIND_OBJECT, F_OUTPUT_CHANGES, ".output_changes", offset, false);
            case K_PLANNED_VALUES:
              return this.enter(f, kind, KIND_OBJECT, F_PLANNED, ".planned_values", offset, false);
            case K_PRIOR_STATE:
              return this.enter(f, kind, KIND_OBJECT, F_PRIOR, ".prior_state", offset, false);
            default:
              return this.values?.policy.show === true && (f.name === "variables" || f.name === "configuration") ? D_RAW : D_SKIP;
          }
        }
      }
      ;
      function chunkBuffers(chunkBytes, into) {
        return into !== void 0 && into[0].length >= chunkBytes && into[1].length >= chunkBytes ? into : [Buffer.allocUnsafeSlow(chunkBytes), Buffer.allocUnsafeSlow(chunkBytes)];
      }
      async function* openPlanFileBlocking(path, label, chunkBytes, into, maxBytes = input_file.di) {
        let fd;
        try {
          (0, input_file.xc)((0, external_node_fs_.statSync)(path), label, maxBytes);
          fd = (0, external_node_fs_.openSync)(path, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK);
        } catch (error) {
          throw error instanceof Error && "errno" in error ? await (0, input_file.zS)(error, path, label) : error;
        }
        try {
          (0, input_file.xc)((0, external_node_fs_.fstatSync)(fd), label, maxBytes);
          const buffers = chunkBuffers(chunkBytes, into);
          let turn = 0;
          let total = 0;
          for (; ; ) {
            if (total > 0)
              await new Promise((done) => setImmediate(done));
            let bytesRead;
            try {
              bytesRead = (0, external_node_fs_.readSync)(fd, buffers[turn], 0, chunkBytes, null);
            } catch (error) {
              throw await (0, input_file.zS)(error, path, label);
            }
            if (bytesRead === 0)
              return;
            total += bytesRead;
            if (total > maxBytes)
              throw (0, input_file.g$)(label, maxBytes);
            const chunk = buffers[turn].subarray(0, bytesRead);
            turn ^= 1;
            yield chunk;
          }
        } finally {
          (0, external_node_fs_.closeSync)(fd);
        }
      }
      var skip_wasm = __webpack_require__(7529);
      ;
      const FILE_CHUNK_BYTES = 1024 * 1024;
      async function readPlanStream(source, visitor, label, options = {}) {
        const name = label ?? (typeof source === "string" ? source : "<stream>");
        await warmUpReader(readPlanStream, source, options, input_file.I0);
        const wasm = (0, skip_wasm.rY)(options.skip ?? "auto");
        try {
          const open = options.blockingReads === true && typeof source === "string" && !(0, input_file.I0)(source) ? openPlanFileBlocking : openPlanFile;
          const bytes = typeof source === "string" ? open(source, name, FILE_CHUNK_BYTES, wasm?.fileBuffers) : source;
          const errors2 = new InputErrors(name);
          let head = new Uint8Array(0);
          const scanner = new JsonScanner(new PlanWalker(visitor, errors2, options.values, options.attributeRoles, options.driftResources), errors2, () => head, wasm);
          await pumpInput(bytes, scanner, errors2, (h) => {
            head = h;
          });
        } finally {
          (0, skip_wasm.io)(wasm);
        }
      }
      async function* openPlanFile(path, label = path, chunkBytes = FILE_CHUNK_BYTES, into, maxBytes = input_file.di) {
        if ((0, input_file.I0)(path)) {
          yield* cappedStream((0, input_file.n_)(label), label, maxBytes);
          return;
        }
        const file = await (0, input_file.lt)(path, label, maxBytes);
        const buffers = chunkBuffers(chunkBytes, into);
        let turn = 0;
        let total = 0;
        let pending = null;
        try {
          pending = file.read(buffers[0], 0, chunkBytes, null);
          for (; ; ) {
            let bytesRead;
            try {
              ({ bytesRead } = await pending);
            } catch (error) {
              pending = null;
              throw await (0, input_file.zS)(error, path, label);
            }
            if (bytesRead === 0) {
              pending = null;
              return;
            }
            total += bytesRead;
            if (total > maxBytes) {
              pending = null;
              throw (0, input_file.g$)(label, maxBytes);
            }
            const chunk = buffers[turn].subarray(0, bytesRead);
            turn ^= 1;
            pending = file.read(buffers[turn], 0, chunkBytes, null);
            yield chunk;
          }
        } finally {
          await pending?.catch(() => void 0);
          await file.close();
        }
      }
      async function* cappedStream(chunks, label, maxBytes) {
        let total = 0;
        for await (const chunk of chunks) {
          total += chunk.length;
          if (total > maxBytes)
            throw (0, input_file.g$)(label, maxBytes);
          yield chunk;
        }
      }
      ;
      async function readPlanFile(file, opts = {}) {
        const label = opts.label ?? file;
        const accumulator = new PlanAccumulator(label, opts.values, opts.driftResources === true);
        await readPlanStream(file, accumulator, label, {
          values: opts.values,
          blockingReads: opts.blocking,
          ...opts.driftResources === true ? { driftResources: plan_summary.$5 } : {}
        });
        return accumulator.finish();
      }
    })
  ),
  /***/
  6938: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        RD: () => (
          /* binding */
          displayAddress
        ),
        /* harmony export */
        eL: () => (
          /* binding */
          indexJsonOfDigits
        ),
        /* harmony export */
        lS: () => (
          /* binding */
          splitAddress
        ),
        /* harmony export */
        oH: () => (
          /* binding */
          indexJsonOf
        ),
        /* harmony export */
        q1: () => (
          /* binding */
          namesWholeResource
        )
        /* harmony export */
      });
      function displayAddress(parts, place) {
        if (parts.address !== void 0)
          return parts.address;
        if (parts.type === void 0 || parts.name === void 0)
          return place;
        const module = parts.moduleAddress === void 0 || parts.moduleAddress === "" ? "" : `${parts.moduleAddress}.`;
        const data = parts.mode === "data" ? "data." : "";
        const index = parts.indexJson === void 0 ? "" : `[${parts.indexJson}]`;
        return `${module}${data}${parts.type}.${parts.name}${index}`;
      }
      function indexJsonOf(value) {
        if (typeof value === "number" || typeof value === "string")
          return JSON.stringify(value);
        return void 0;
      }
      const SMALL_INDEXES = Array.from({ length: 256 }, (_, n) => String(n));
      function indexJsonOfDigits(bytes) {
        if (bytes.length === 0 || bytes.length > 15)
          return void 0;
        let n = 0;
        for (let k = 0; k < bytes.length; k++) {
          const digit = bytes[k] - 48;
          if (digit < 0 || digit > 9)
            return void 0;
          n = n * 10 + digit;
        }
        return n < SMALL_INDEXES.length ? SMALL_INDEXES[n] : String(n);
      }
      function namesWholeResource(parts) {
        return parts.address === void 0 && parts.indexJson === void 0 && parts.type !== void 0 && parts.name !== void 0;
      }
      function splitAddress(address) {
        const steps = [];
        let start = 0;
        let inKey = false;
        for (let i = 0; i < address.length; i++) {
          const c = address[i];
          if (inKey) {
            if (c === "\\")
              i++;
            else if (c === '"')
              inKey = false;
          } else if (c === '"')
            inKey = true;
          else if (c === ".") {
            steps.push(address.slice(start, i));
            start = i + 1;
          }
        }
        steps.push(address.slice(start));
        const modules2 = [];
        let k = 0;
        while (steps[k] === "module" && k + 2 < steps.length) {
          modules2.push(`module.${steps[k + 1]}`);
          k += 2;
        }
        if (steps[k] === "data" && steps.length - k === 3)
          k++;
        const [type, name] = [steps[k], steps[k + 1]];
        if (steps.length - k !== 2 || !type || !name || type === "module" || !/^[A-Za-z_][\w-]*$/.test(type))
          return void 0;
        return { module: modules2.join("."), type, name };
      }
    })
  ),
  /***/
  9326: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        E8: () => (
          /* binding */
          secretShaped
        ),
        /* harmony export */
        RS: () => (
          /* binding */
          addressNames
        ),
        /* harmony export */
        n1: () => (
          /* binding */
          secretLikeName
        ),
        /* harmony export */
        t8: () => (
          /* binding */
          containerOf
        )
        /* harmony export */
      });
      const SECRET_WORDS = [
        "password",
        "passwd",
        "passphrase",
        "pwd",
        "secret",
        "token",
        "private_key",
        "privatekey",
        "credential",
        "creds",
        "certificate",
        "cert",
        "connection_string",
        "api_key",
        "access_key",
        "auth",
        "signature",
        "cookie",
        "session",
        "key_material",
        "kubeconfig",
        "user_data",
        "custom_data",
        "sensitive"
      ];
      const SECRET_STEMS = SECRET_WORDS.map(squash);
      const SECRET_SHAPES = [
        /-----BEGIN [A-Z ]*(PRIVATE KEY|CERTIFICATE)/,
        /\b[ps]at\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/,
        /\bgh[pousr]_[A-Za-z0-9]{20,}/,
        /\bgithub_pat_[A-Za-z0-9_]{20,}/,
        // GitLab: personal, deploy, trigger, runner, CI job, OAuth, feed, mail, agent, SCIM tokens
        /\bgl(pat|dt|ptt|rt|cbt|oas|ft|imt|agent|soat|ffct)-[A-Za-z0-9_.-]{20,}/,
        /\b(AKIA|ASIA)[A-Z0-9]{16}\b/,
        /\bAIza[A-Za-z0-9_-]{35}/,
        /\bxox[abprs]-[A-Za-z0-9-]{10,}/,
        // Webhook URLs whose path is the secret (Slack, Discord, Microsoft Teams)
        /hooks\.slack\.com\/(services|workflows|triggers)\/|discord(app)?\.com\/api\/webhooks\/|\.webhook\.office\.com\//,
        // HashiCorp Vault and HCP Terraform / Terraform Enterprise tokens
        /\bhv[sbr]\.[A-Za-z0-9_-]{20,}|\.atlasv1\.[A-Za-z0-9_-]{20,}/,
        /\b[rs]k_(live|test)_[A-Za-z0-9]{16,}|\bsk-(proj|ant|svcacct)-[A-Za-z0-9_-]{20,}|\bnpm_[A-Za-z0-9]{36}\b/,
        /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\./,
        /\bbearer\s+[A-Za-z0-9._~+/=-]{12,}/i,
        /:\/\/[^\s/:@"]+:[^\s/@"]+@/,
        // A signed URL's signature (Azure SAS `sig=`, S3 and GCS presigned); `&` is `\u0026` in plan JSON
        /([?&]|\\u0026)(sig|x-amz-signature|x-goog-signature|signature)=/i,
        /(pass(word|wd|phrase)?|pwd|secret|token|api[_-]?key|access[_-]?key|account[_-]?key|credentials?|authorization)\s*[=:]/i
      ];
      function squash(name) {
        return name.toLowerCase().replace(/[^a-z0-9]/g, "");
      }
      function secretLikeName(name) {
        const squashed = squash(name);
        return SECRET_STEMS.some((stem) => squashed.includes(stem));
      }
      function addressNames(address) {
        const names = [];
        const name = /\["((?:[^"\\]|\\.)*)"\]|\[\d+\]|([^.[\]]+)/g;
        for (const match of address.matchAll(name)) {
          if (match[2] !== void 0)
            names.push(match[2]);
          else if (match[1] !== void 0)
            try {
              names.push(JSON.parse(`"${match[1]}"`));
            } catch {
              names.push(match[1]);
            }
        }
        return names;
      }
      function containerOf(text) {
        const first = text.trimStart()[0];
        if (first !== "{" && first !== "[")
          return void 0;
        try {
          return JSON.parse(text);
        } catch {
          return void 0;
        }
      }
      function secretShaped(text) {
        return SECRET_SHAPES.some((shape) => shape.test(text)) || keysOf(text).some(secretLikeName);
      }
      function keysOf(text) {
        const value = containerOf(text);
        if (value === void 0)
          return [];
        const keys = [];
        const pending = [value];
        while (pending.length > 0) {
          const v = pending.pop();
          if (typeof v !== "object" || v === null)
            continue;
          if (!Array.isArray(v))
            for (const key of Object.keys(v))
              keys.push(key);
          for (const item of Object.values(v))
            pending.push(item);
        }
        return keys;
      }
    })
  ),
  /***/
  8757: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        BU: () => (
          /* binding */
          ValueGate
        ),
        /* harmony export */
        JJ: () => (
          /* binding */
          shownValue
        ),
        /* harmony export */
        Wb: () => (
          /* binding */
          importLabel
        ),
        /* harmony export */
        hg: () => (
          /* binding */
          characters
        )
        /* harmony export */
      });
      var picomatch__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4006);
      var picomatch__WEBPACK_IMPORTED_MODULE_2___default = /* @__PURE__ */ __webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_2__);
      var _plain_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8763);
      var _attribute_paths_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5338);
      var _thousands_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5580);
      var _hidden_reason_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4912);
      var _secret_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9326);
      const MAX_VALUE_CHARS = 120;
      const HIDE_ALL = { show: false, hide: [] };
      const SLASH = "\u2215";
      function attributeGlob(glob) {
        return glob.replaceAll("/", SLASH).replace(/(?<!\\)["[\]]/g, "\\$&");
      }
      class ValueGate {
        policy;
        denied;
        constructor(policy) {
          this.policy = policy;
          const globs = policy.hide.filter((g) => g.trim() !== "").map(attributeGlob);
          if (globs.length === 0)
            this.denied = () => false;
          else {
            const match = picomatch__WEBPACK_IMPORTED_MODULE_2___default()(globs, { dot: true, nocase: true });
            this.denied = (text) => match(text.replaceAll("/", SLASH));
          }
        }
        /**
         * Whether a path's values may not be shown for its name (sensitivity aside). An attribute's
         * value is also hidden where a name in the resource's address is secret-like
         * (`terraform_data.db_password`'s `input`): the resource holds what its name says. An import id
         * (hiddenNameReason alone) names the object, it is not its content.
         */
        hiddenName(address, resourceType, path) {
          return this.secretLikeAddress(address) || this.hiddenNameReason(address, resourceType, path) !== void 0;
        }
        /** Why a path's values may not be shown for its name, or undefined when they may. */
        hiddenNameReason(address, resourceType, path) {
          if ((0, _secret_names_js__WEBPACK_IMPORTED_MODULE_1__.n1)(resourceType))
            return "secret-like name";
          for (const step of (0, _attribute_paths_js__WEBPACK_IMPORTED_MODULE_0__.Vy)(path))
            if (typeof step === "string" && (0, _secret_names_js__WEBPACK_IMPORTED_MODULE_1__.n1)(step))
              return "secret-like name";
          return this.denied(path) || this.denied(`${address}.${path}`) ? "deny-listed" : void 0;
        }
        lastAddress;
        lastAddressSecret = false;
        /**
         * A name in the resource's address is secret-like: `terraform_data.db_password`,
         * `module.credentials.x.y`, `x.y["api_token"]` (asked once per value: the last answer is kept).
         */
        secretLikeAddress(address) {
          if (address !== this.lastAddress) {
            this.lastAddress = address;
            this.lastAddressSecret = (0, _secret_names_js__WEBPACK_IMPORTED_MODULE_1__.RS)(address).some(_secret_names_js__WEBPACK_IMPORTED_MODULE_1__.n1);
          }
          return this.lastAddressSecret;
        }
        /**
         * A value shown whole (its JSON text) holds a member the deny list names: `--hide-values-of
         * 'input.a.b.c.d.secret'` hides the value compared whole at `input.a.b.c.d`.
         */
        deniedInside(address, path, text) {
          if (this.policy.hide.length === 0)
            return false;
          return pathsInside(text, path).some((p) => this.denied(p) || this.denied(`${address}.${p}`));
        }
      }
      function pathsInside(text, prefix) {
        const value = (0, _secret_names_js__WEBPACK_IMPORTED_MODULE_1__.t8)(text);
        if (value === void 0)
          return [];
        const paths = [];
        const pending = [[value, prefix]];
        while (pending.length > 0) {
          const [v, at] = pending.pop();
          if (typeof v !== "object" || v === null)
            continue;
          if (Array.isArray(v))
            v.forEach((item, i) => pending.push([item, (0, _attribute_paths_js__WEBPACK_IMPORTED_MODULE_0__.AV)(at, i)]));
          else
            for (const [key, item] of Object.entries(v)) {
              const p = (0, _attribute_paths_js__WEBPACK_IMPORTED_MODULE_0__.Dw)(at, key);
              paths.push(p);
              pending.push([item, p]);
            }
        }
        return paths;
      }
      function shownValue(json) {
        const text = (0, _plain_text_js__WEBPACK_IMPORTED_MODULE_3__.wh)(json);
        if (text.length <= MAX_VALUE_CHARS || characters(text) <= MAX_VALUE_CHARS)
          return { text };
        let length = characters(text);
        if (json.startsWith('"')) {
          try {
            length = characters(JSON.parse(json));
          } catch {
          }
        }
        return { length };
      }
      function characters(text) {
        let pairs = 0;
        for (let i = 0; i < text.length - 1; i++) {
          const c = text.charCodeAt(i);
          if (c >= 55296 && c <= 56319) {
            const d = text.charCodeAt(i + 1);
            if (d >= 56320 && d <= 57343) {
              pairs++;
              i++;
            }
          }
        }
        return text.length - pairs;
      }
      function importLabel(address, id2, gate) {
        if (gate?.policy.show !== true)
          return (0, _hidden_reason_js__WEBPACK_IMPORTED_MODULE_4__.Q)(address, "values off");
        if (id2 === void 0)
          return address;
        const type = address.replace(/\[[^\]]*\]$/, "").split(".").slice(-2, -1)[0] ?? "";
        const json = JSON.stringify(id2);
        const reason = gate.hiddenNameReason(address, type, "importing.id") ?? ((0, _secret_names_js__WEBPACK_IMPORTED_MODULE_1__.E8)(json) ? "looks like a secret" : void 0);
        if (reason !== void 0)
          return (0, _hidden_reason_js__WEBPACK_IMPORTED_MODULE_4__.Q)(address, reason);
        const shown = shownValue(json);
        return "text" in shown ? `${address} (imported from ${shown.text})` : `${address} (imported from an id of ${(0, _thousands_js__WEBPACK_IMPORTED_MODULE_5__.o)(shown.length)} characters)`;
      }
    })
  ),
  /***/
  7200: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        Ar: () => (
          /* binding */
          compactJson
        ),
        /* harmony export */
        Sg: () => (
          /* binding */
          memberCountOfValue
        ),
        /* harmony export */
        iI: () => (
          /* binding */
          memberCountOfCompact
        ),
        /* harmony export */
        vj: () => (
          /* binding */
          quoteJsonNumbers
        ),
        /* harmony export */
        x1: () => (
          /* binding */
          compactJsonLastWins
        )
        /* harmony export */
      });
      function quoteJsonNumbers(text, prefix = "") {
        let out = "";
        let copiedTo = 0;
        let i = 0;
        while (i < text.length) {
          const c = text.charCodeAt(i);
          if (c === 34) {
            i = endOfString(text, i);
          } else if (c === 45 || c >= 48 && c <= 57) {
            const end = endOfNumber(text, i);
            out += `${text.slice(copiedTo, i)}"${prefix}${text.slice(i, end)}"`;
            copiedTo = end;
            i = end;
          } else {
            i++;
          }
        }
        return out + text.slice(copiedTo);
      }
      function compactJson(text) {
        let out = "";
        let i = 0;
        while (i < text.length) {
          const c = text.charCodeAt(i);
          if (c === 34) {
            const end = endOfString(text, i);
            const token = text.slice(i, end);
            out += token.includes("\\") ? JSON.stringify(JSON.parse(token)) : token;
            i = end;
          } else if (isJsonWhiteSpace(c)) {
            i++;
          } else {
            let end = i + 1;
            while (end < text.length && text.charCodeAt(end) !== 34 && !isJsonWhiteSpace(text.charCodeAt(end))) {
              end++;
            }
            out += text.slice(i, end);
            i = end;
          }
        }
        return out;
      }
      function isJsonWhiteSpace(c) {
        return c === 32 || c === 10 || c === 13 || c === 9;
      }
      function endOfString(text, start) {
        let i = start + 1;
        while (i < text.length) {
          const c = text.charCodeAt(i);
          if (c === 92)
            i += 2;
          else if (c === 34)
            return i + 1;
          else
            i++;
        }
        return i;
      }
      function endOfNumber(text, start) {
        let i = start + 1;
        while (i < text.length && /[0-9.eE+-]/.test(text.charAt(i)))
          i++;
        return i;
      }
      function memberCountOfCompact(compact) {
        let n = 0;
        for (let i = 0; i < compact.length; ) {
          const c = compact.charCodeAt(i);
          if (c === 34) {
            i = endOfString(compact, i);
          } else {
            if (c === 58)
              n++;
            i++;
          }
        }
        return n;
      }
      function memberCountOfValue(value) {
        let n = 0;
        const pending = [value];
        while (pending.length > 0) {
          const v = pending.pop();
          if (typeof v !== "object" || v === null)
            continue;
          if (!Array.isArray(v))
            n += Object.keys(v).length;
          for (const item of Object.values(v))
            pending.push(item);
        }
        return n;
      }
      const NUMBER_MARK = "\\u0000#";
      function compactJsonLastWins(text) {
        const plain = JSON.stringify(JSON.parse(text));
        if (plain.includes(NUMBER_MARK))
          return plain;
        const marked = JSON.stringify(JSON.parse(quoteJsonNumbers(text, NUMBER_MARK)));
        return marked.replace(/"\\u0000#([^"]*)"/g, "$1");
      }
    })
  ),
  /***/
  4529: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        B9: () => (
          /* binding */
          S_DONE
        ),
        /* harmony export */
        Ds: () => (
          /* binding */
          TRANSITIONS
        ),
        /* harmony export */
        Es: () => (
          /* binding */
          S_KEY
        ),
        /* harmony export */
        H3: () => (
          /* binding */
          A_VALUE_START
        ),
        /* harmony export */
        NU: () => (
          /* binding */
          A_TRAILING
        ),
        /* harmony export */
        Xr: () => (
          /* binding */
          S_START
        ),
        /* harmony export */
        Yc: () => (
          /* binding */
          HEX_BYTES
        ),
        /* harmony export */
        aT: () => (
          /* binding */
          expectedIn
        ),
        /* harmony export */
        av: () => (
          /* binding */
          S_COLON
        ),
        /* harmony export */
        aw: () => (
          /* binding */
          S_VALUE
        ),
        /* harmony export */
        bQ: () => (
          /* binding */
          A_KEY_QUOTE
        ),
        /* harmony export */
        fp: () => (
          /* binding */
          A_CLOSE_ARRAY2
        ),
        /* harmony export */
        hb: () => (
          /* binding */
          S_ARR_FIRST
        ),
        /* harmony export */
        j1: () => (
          /* binding */
          S_OBJ_FIRST
        ),
        /* harmony export */
        kw: () => (
          /* binding */
          STATE_AFTER_FIRST
        ),
        /* harmony export */
        l6: () => (
          /* binding */
          A_ERROR
        ),
        /* harmony export */
        pG: () => (
          /* binding */
          ACTION_BASE
        ),
        /* harmony export */
        pf: () => (
          /* binding */
          A_CLOSE_OBJECT2
        ),
        /* harmony export */
        rA: () => (
          /* binding */
          S_AFTER
        ),
        /* harmony export */
        sC: () => (
          /* binding */
          ESCAPE_BYTES
        ),
        /* harmony export */
        sE: () => (
          /* binding */
          A_DONE_NEWLINE
        ),
        /* harmony export */
        uS: () => (
          /* binding */
          STRING_BYTES
        ),
        /* harmony export */
        uq: () => (
          /* binding */
          A_COMMA2
        )
        /* harmony export */
      });
      const S_START = 0;
      const S_VALUE = 1;
      const S_ARR_FIRST = 2;
      const S_OBJ_FIRST = 3;
      const S_KEY = 4;
      const S_COLON = 5;
      const S_AFTER = 6;
      const S_DONE = 7;
      const S_MINUS = 8;
      const S_ZERO = 9;
      const S_INT = 10;
      const S_DOT = 11;
      const S_FRAC = 12;
      const S_E = 13;
      const S_ESIGN = 14;
      const S_EXP = 15;
      const S_T1 = 16;
      const S_T2 = 17;
      const S_T3 = 18;
      const S_F1 = 19;
      const S_F2 = 20;
      const S_F3 = 21;
      const S_F4 = 22;
      const S_N1 = 23;
      const S_N2 = 24;
      const S_N3 = 25;
      const STATE_COUNT = 26;
      const ACTION_BASE = 64;
      const A_VALUE_START = 64;
      const A_KEY_QUOTE = 65;
      const A_COMMA2 = 66;
      const A_CLOSE_OBJECT2 = 67;
      const A_CLOSE_ARRAY2 = 68;
      const A_DONE_NEWLINE = 69;
      const A_TRAILING = 70;
      const A_ERROR = 255;
      const WHITESPACE = [32, 9, 10, 13];
      const VALUE_STARTS = '{["-0123456789tfn';
      function codes(chars) {
        return [...chars].map((ch) => ch.charCodeAt(0));
      }
      function buildTransitions() {
        const t = new Uint8Array(STATE_COUNT * 256).fill(A_ERROR);
        const set = (state, bytes, to) => {
          for (const b of typeof bytes === "string" ? codes(bytes) : bytes)
            t[state << 8 | b] = to;
        };
        for (const s of [S_START, S_VALUE, S_ARR_FIRST, S_OBJ_FIRST, S_KEY, S_COLON, S_AFTER]) {
          set(s, WHITESPACE, s);
        }
        for (const s of [S_START, S_VALUE, S_ARR_FIRST])
          set(s, VALUE_STARTS, A_VALUE_START);
        set(S_ARR_FIRST, "]", A_CLOSE_ARRAY2);
        set(S_OBJ_FIRST, '"', A_KEY_QUOTE);
        set(S_OBJ_FIRST, "}", A_CLOSE_OBJECT2);
        set(S_KEY, '"', A_KEY_QUOTE);
        set(S_COLON, ":", S_VALUE);
        const afterValue = (s) => {
          set(s, WHITESPACE, S_AFTER);
          set(s, ",", A_COMMA2);
          set(s, "}", A_CLOSE_OBJECT2);
          set(s, "]", A_CLOSE_ARRAY2);
        };
        afterValue(S_AFTER);
        for (let b = 0; b < 256; b++)
          t[S_DONE << 8 | b] = A_TRAILING;
        set(S_DONE, [32, 9, 13], S_DONE);
        set(S_DONE, [10], A_DONE_NEWLINE);
        const digits = "0123456789";
        set(S_MINUS, "0", S_ZERO);
        set(S_MINUS, "123456789", S_INT);
        afterValue(S_ZERO);
        set(S_ZERO, ".", S_DOT);
        set(S_ZERO, "eE", S_E);
        afterValue(S_INT);
        set(S_INT, digits, S_INT);
        set(S_INT, ".", S_DOT);
        set(S_INT, "eE", S_E);
        set(S_DOT, digits, S_FRAC);
        afterValue(S_FRAC);
        set(S_FRAC, digits, S_FRAC);
        set(S_FRAC, "eE", S_E);
        set(S_E, "+-", S_ESIGN);
        set(S_E, digits, S_EXP);
        set(S_ESIGN, digits, S_EXP);
        afterValue(S_EXP);
        set(S_EXP, digits, S_EXP);
        set(S_T1, "r", S_T2);
        set(S_T2, "u", S_T3);
        set(S_T3, "e", S_AFTER);
        set(S_F1, "a", S_F2);
        set(S_F2, "l", S_F3);
        set(S_F3, "s", S_F4);
        set(S_F4, "e", S_AFTER);
        set(S_N1, "u", S_N2);
        set(S_N2, "l", S_N3);
        set(S_N3, "l", S_AFTER);
        return t;
      }
      const TRANSITIONS = buildTransitions();
      const STATE_AFTER_FIRST = (() => {
        const t = new Uint8Array(256);
        t[45] = S_MINUS;
        t[48] = S_ZERO;
        for (let b = 49; b <= 57; b++)
          t[b] = S_INT;
        t[116] = S_T1;
        t[102] = S_F1;
        t[110] = S_N1;
        return t;
      })();
      const STRING_BYTES = (() => {
        const t = new Uint8Array(256);
        for (let b = 0; b < 32; b++)
          t[b] = 3;
        t[34] = 1;
        t[92] = 2;
        return t;
      })();
      const ESCAPE_BYTES = (() => {
        const t = new Uint8Array(256);
        for (const b of codes('"\\/bfnrt'))
          t[b] = 1;
        t[117] = 2;
        return t;
      })();
      const HEX_BYTES = (() => {
        const t = new Uint8Array(256);
        for (const b of codes("0123456789abcdefABCDEF"))
          t[b] = 1;
        return t;
      })();
      function expectedIn(state) {
        switch (state) {
          case S_START:
          case S_VALUE:
            return "a value";
          case S_ARR_FIRST:
            return "a value or ']'";
          case S_OBJ_FIRST:
            return "a key in double quotes or '}'";
          case S_KEY:
            return "a key in double quotes";
          case S_COLON:
            return "':'";
          case S_AFTER:
            return "',' or a closing bracket";
          case S_DONE:
            return "the end of the file";
          case S_T1:
          case S_T2:
          case S_T3:
            return "the rest of `true`";
          case S_F1:
          case S_F2:
          case S_F3:
          case S_F4:
            return "the rest of `false`";
          case S_N1:
          case S_N2:
          case S_N3:
            return "the rest of `null`";
          default:
            return "the rest of a number";
        }
      }
    })
  ),
  /***/
  7529: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        rY: () => (
          /* binding */
          acquireWasmSkipper
        ),
        io: () => (
          /* binding */
          releaseWasmSkipper
        ),
        j4: () => (
          /* binding */
          wasmFallbackNote
        )
      });
      ;
      const SKIP_WASM_BASE64 = "AGFzbQEAAAABFAJgA39/fwF/YAh/f39/f39/fwF/AwYFAAAAAAEFAwEAOAasARx/AEEAC38AQYAIC38AQYA8C38AQYA+C38AQYDAAAt/AEGAgAELfwBBgAgLfwBBIAt/AEGAgAQLfwBBgIAIC38AQYCAEAt/AEGAgMQAC38AQYCAwAALfwBBCAt/AEGAgNwBC38AQYCAAQt/AEEBC38AQQMLfwBBAgt/AEEEC38AQQULfwBBBgt/AEHAAAt/AEHBAAt/AEHCAAt/AEHDAAt/AEHEAAt/AEHFAAsHgQMeBm1lbW9yeQIACFNUQVRFX0FUAwAIVEFCTEVfQVQDAQlFU0NBUEVfQVQDAgZIRVhfQVQDAw9NRU1CRVJfVEFCTEVfQVQDBAtLRVlfU0VUU19BVAMFDUtFWV9TRVRfQllURVMDBg1LRVlfU0VUX0NPVU5UAwcIVFlQRVNfQVQDCAtUWVBFU19CWVRFUwMJCkJVRkZFUlNfQVQDCg1CVUZGRVJfU1RSSURFAwsMQlVGRkVSX0JZVEVTAwwPUkVDT1JEX0NPVU5UX0FUAw0KUkVDT1JEU19BVAMOClJFQ09SRF9DQVADDwdTX1ZBTFVFAxALU19PQkpfRklSU1QDEQtTX0FSUl9GSVJTVAMSBVNfS0VZAxMHU19DT0xPTgMUB1NfQUZURVIDFQ1XX09QRU5fT0JKRUNUAxYMV19PUEVOX0FSUkFZAxcHV19DT01NQQMYDldfQ0xPU0VfT0JKRUNUAxkNV19DTE9TRV9BUlJBWQMaBVdfS0VZAxsEc2tpcAAECoQMBRIAQQAgATYCAEEEIAI2AgAgAAsSACAAQQRBASABQQVGGyACEAALzwECBH8BeyAAQQFqIQMCQANAIAMgAU8EQEEBDwsgA/0ABAAhByAHQSL9D/0jIAdB3AD9D/0j/VD9ZCEEIAQNASADQRBqIQMMAAsLIAMgBGhqIQMgAyABTwRAQQEPCyADLQAAQdwARgRAQQEPCyACLQAAIQYgAkEQaiEFAkADQCAGRQ0BIAD9AAQBIAX9AAQg/U4gBf0ABAD9I/1jIAD9AAQRIAX9AAQw/U4gBf0ABBD9I/1jcQRAQQEPCyAFQcAAaiEFIAZBAWshBgwACwtBAAs6AQF/QQgoAgAhAyADQYCAAU8EQEEBDwsgA0ECdCAAIAEgAmtBGHRyNgKAgNwBQQggA0EBajYCAEEAC88JAwl/B3sPfkEi/Q8hFUHcAP0PIRZBIP0PIRcgACEIIAAhD0EIQQA2AgBBgMAAQYAIIAYbIRACQANAIAggAU8NASAI/QAEACERIAj9AAQQIRIgCP0ABCAhEyAI/QAEMCEUIAEgCGshCSAJQcAATwR+Qn8FQgEgCa2GQgF9CyEYIBggESAV/SP9ZCASIBX9I/1kQRB0cq0gEyAV/SP9ZCAUIBX9I/1kQRB0cq1CIIaEgyEZIBggESAW/SP9ZCASIBb9I/1kQRB0cq0gEyAW/SP9ZCAUIBb9I/1kQRB0cq1CIIaEgyEaIBggESAX/Sb9ZCASIBf9Jv1kQRB0cq0gEyAX/Sb9ZCAUIBf9Jv1kQRB0cq1CIIaEgyEbIBpQBEAgHSEcQgAhHQUgGiAdQn+FgyEfIB9CAYZCqtWq1arVqtWqf4QgH31CqtWq1arVqtWqf4UhHiAYIB4gGiAdhIWDIRwgHiAag0I/iCEdCyAZIBxCf4WDIRkgGSEmICYgJkIBhoUhJiAmICZCAoaFISYgJiAmQgSGhSEmICYgJkIIhoUhJiAmICZCEIaFISYgJiAmQiCGhSEmICYgIYUhICAgQj+HISEgGSAggyEiIBsgIIMhIyAcISUCQANAICVQDQEgJXqnIQ0gCCANaiEKIAotAAAtAIA8IQ4gDkEBRwRAIA5FBEAgI0IBIA2thoQhIwwDCyAKLQABLQCAPiAKLQACLQCAPnEgCi0AAy0AgD4gCi0ABC0AgD5xcUUEQCAjQgEgDa2GhCEjDAMLCyAlICVCAX2DISUMAAsLIBggICAZhEJ/hSAihIMhJCAjQgBSBEAgI0IAICN9g0IBfSEmICQgJoMhJCAiICaDISILAkADQCAkUA0BIAggJHqnaiEKICQgJEIBfYMhJCAKLQAAIQsgECACQQh0IAtyai0AACEMIAxBwABJBEAgDCECDAELAkACQAJAAkACQAJAAkAgDEHAAGsOBgABAgMEBQYLIAMgBU8EQCAKIAIgAxAADwsgA0EBaiEDIANBAToAgIAEQQMhAkGACCEQDAYLIAMgBU8EQCAKIAIgAxAADwsgA0EBaiEDIANBAjoAgIAEQQIhAkGACCEQDAULIAMgBEYEQCAGRQRAIAogAiADEAAPC0EEIQIMBQsgB0EARyADIAdrQQRNcQRAIAogAyAHEAMEQCAKIAIgAxAADwsLQQRBASADLQCAgARBAUYbIQIMBAsgAyAERiADLQCAgARBAUdyBEAgCiACIAMQAA8LIAdBAEcgAyAHa0EETXEEQCAKIAMgBxADBEAgCiACIAMQAA8LCyADQQFrIQNBBiECIAMgBEYgBkEAR3EEQEGAwAAhEAsMAwsgAyAERiADLQCAgARBAkdyBEAgCiACIAMQAA8LIAdBAEcgAyAHa0EETXEEQCAKIAMgBxADBEAgCiACIAMQAA8LCyADQQFrIQNBBiECIAMgBEYgBkEAR3EEQEGAwAAhEAsMAgsgCiABIAYQAgRAIAogAiADEAAPC0EFIQIMAQsgCiACIAMQAA8LCyAiQgBSBEAgCEE/aiAieadrIQ8LICNCAFIEQCAPIAIgAxABDwsgCEHAAGohCAwACwsgIUIAUgRAIA8gAiADEAEPCyABIAIgAxAACw==";
      var scanner_tables = __webpack_require__(4529);
      ;
      const W_OPEN_OBJECT = 64;
      const W_OPEN_ARRAY = 65;
      const W_COMMA = (
        /* unused pure expression or super */
        null
      );
      const W_CLOSE_OBJECT = (
        /* unused pure expression or super */
        null
      );
      const W_CLOSE_ARRAY = (
        /* unused pure expression or super */
        null
      );
      const W_KEY = 69;
      const MAX_FILTERED_KEY_BYTES = 31;
      function skipEntry(a, b) {
        if (a < scanner_tables.pG)
          return a;
        if (a === scanner_tables.bQ)
          return scanner_tables.av;
        if (a === scanner_tables.H3) {
          return b === 34 ? scanner_tables.rA : b === 123 ? W_OPEN_OBJECT : b === 91 ? W_OPEN_ARRAY : scanner_tables.kw[b];
        }
        return a === scanner_tables.uq || a === scanner_tables.pf || a === scanner_tables.fp ? a : scanner_tables.l6;
      }
      function buildSkipTable() {
        const t = scanner_tables.Ds.slice();
        for (let a = scanner_tables.pG; a < scanner_tables.l6; a++) {
          for (let i = scanner_tables.Ds.indexOf(a); i >= 0; i = scanner_tables.Ds.indexOf(a, i + 1))
            t[i] = skipEntry(a, i & 255);
        }
        return t;
      }
      function buildMemberTable(skipTable = buildSkipTable()) {
        const t = skipTable.slice();
        t[scanner_tables.Es << 8 | 34] = W_KEY;
        t[scanner_tables.j1 << 8 | 34] = W_KEY;
        return t;
      }
      let compiled;
      function wasmApi() {
        return globalThis.WebAssembly;
      }
      function compiledModule() {
        if (compiled === void 0) {
          const api = wasmApi();
          const bytes = Buffer.from(SKIP_WASM_BASE64, "base64");
          compiled = api !== void 0 && api.validate(bytes) ? new api.Module(bytes) : null;
        }
        return compiled;
      }
      function wasmSkipAvailable() {
        return compiledModule() !== null;
      }
      class WasmSkipper {
        /**
         * Runs the skip loop (see skip-wasm.wat); then `state` and `depth` hold where it stopped. `keys`
         * is 0, or the address of a key set (from loadKeySets) to skip an object's other members. `rec`
         * is 0, or the depth of an object whose member ends are noted (`recordCount` of them, as memory
         * addresses, in `records`).
         */
        skip;
        /** The memory's bytes: chunks with this `buffer` are scanned in place. */
        memory;
        /** The container-type stack the JS path shares. */
        types;
        /** The file reader's two read buffers. */
        fileBuffers;
        /** Chunks that are not in the memory are copied here, this many bytes at a time. */
        staging;
        /** Member ends noted by the last `skip` (its `rec`): addresses of each ',' and the '}'. */
        records;
        out;
        at;
        loadedSets = null;
        loadedAddresses = [];
        constructor(module, api) {
          const { exports } = new api.Instance(module);
          const at = (name) => exports[name].value;
          this.at = at;
          this.skip = exports["skip"];
          this.memory = exports["memory"].buffer;
          const bytes = new Uint8Array(this.memory);
          const skipTable = buildSkipTable();
          bytes.set(skipTable, at("TABLE_AT"));
          bytes.set(buildMemberTable(skipTable), at("MEMBER_TABLE_AT"));
          bytes.set(scanner_tables.sC, at("ESCAPE_AT"));
          bytes.set(scanner_tables.Yc, at("HEX_AT"));
          this.types = new Uint8Array(this.memory, at("TYPES_AT"), at("TYPES_BYTES"));
          const buffer = (k) => Buffer.from(this.memory, at("BUFFERS_AT") + k * at("BUFFER_STRIDE"), at("BUFFER_BYTES"));
          this.fileBuffers = [buffer(0), buffer(1)];
          this.staging = buffer(2);
          this.out = new Int32Array(this.memory, at("STATE_AT"), 3);
          this.records = new Int32Array(this.memory, at("RECORDS_AT"), at("RECORD_CAP"));
        }
        /**
         * Stores the key sets of a ScanHandler (set k's keys are the ones the handler wants to see in an
         * object it answers keyFilter() = k for). Returns each set's address for `skip`.
         */
        loadKeySets(sets) {
          if (sets === this.loadedSets)
            return this.loadedAddresses;
          if (sets.length > this.at("KEY_SET_COUNT"))
            throw new Error("too many key sets");
          const bytes = new Uint8Array(this.memory);
          const region = this.at("KEY_SETS_AT");
          bytes.fill(0, region, region + this.at("KEY_SET_COUNT") * this.at("KEY_SET_BYTES"));
          const encoder = new TextEncoder();
          this.loadedSets = sets;
          this.loadedAddresses = sets.map((keys, k) => {
            const address = this.at("KEY_SETS_AT") + k * this.at("KEY_SET_BYTES");
            if (16 + keys.length * 64 > this.at("KEY_SET_BYTES"))
              throw new Error("too many keys in a key set");
            bytes[address] = keys.length;
            keys.forEach((key, e) => {
              const encoded = encoder.encode(key);
              if (encoded.length > MAX_FILTERED_KEY_BYTES)
                throw new Error(`key too long to filter: ${key}`);
              const entry = address + 16 + e * 64;
              bytes.set(encoded, entry);
              bytes[entry + encoded.length] = 34;
              bytes.fill(255, entry + 32, entry + 32 + encoded.length + 1);
            });
            return address;
          });
          return this.loadedAddresses;
        }
        get state() {
          return this.out[0];
        }
        get depth() {
          return this.out[1];
        }
        /** How many member ends the last `skip` noted in `records`. */
        get recordCount() {
          return this.out[2];
        }
      }
      const idle = [];
      const MAX_IDLE = 4;
      function acquireWasmSkipper(engine) {
        if (engine === "js")
          return null;
        const module = compiledModule();
        if (module === null) {
          if (engine === "wasm")
            throw new Error("WebAssembly SIMD is not available in this runtime");
          return null;
        }
        const pooled = idle.pop();
        if (pooled !== void 0)
          return pooled;
        if (instanceFailure !== void 0 && engine === "auto")
          return null;
        try {
          return new WasmSkipper(module, wasmApi());
        } catch (error) {
          if (engine === "wasm")
            throw error;
          instanceFailure = error instanceof Error ? error.message : String(error);
          return null;
        }
      }
      let instanceFailure;
      function wasmFallbackNote() {
        if (instanceFailure === void 0)
          return void 0;
        return `note: the WebAssembly plan reader could not start (${instanceFailure.replace(/\s+/g, " ").slice(0, 200)}; a virtual-memory limit such as ulimit -v?); plans were read by the JavaScript reader, which is slower`;
      }
      function releaseWasmSkipper(skipper) {
        if (skipper !== null && idle.length < MAX_IDLE && !idle.includes(skipper))
          idle.push(skipper);
      }
    })
  ),
  /***/
  2647: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        B: () => (
          /* binding */
          toWire
        ),
        /* harmony export */
        k: () => (
          /* binding */
          fromWire
        )
        /* harmony export */
      });
      var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
      const MAX_CAUSES = 8;
      function toWire(error, depth = 0) {
        if (!(error instanceof Error))
          return { name: "Error", message: String(error) };
        const code = error.code;
        const cause = depth < MAX_CAUSES && error.cause !== void 0 ? toWire(error.cause, depth + 1) : void 0;
        return {
          name: error.name,
          message: error.message,
          code: typeof code === "string" ? code : void 0,
          input: error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__.dz ? { code: error.code, file: error.file, detail: error.detail, offset: error.offset } : void 0,
          cause
        };
      }
      function fromWire(wire, label) {
        const cause = wire.cause === void 0 ? void 0 : fromWire(wire.cause);
        const options = cause === void 0 ? void 0 : { cause };
        if (wire.input !== void 0) {
          const { code, file, detail, offset } = wire.input;
          return new _errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(code, file, detail, offset, options);
        }
        const message = label === void 0 || wire.message.includes(label) ? wire.message : `${label}: ${wire.message}`;
        const error = new Error(message, options);
        if (wire.name !== "Error")
          Object.defineProperty(error, "name", { value: wire.name });
        if (wire.code !== void 0)
          error.code = wire.code;
        return error;
      }
    })
  ),
  /***/
  5580: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        o: () => (
          /* binding */
          thousands
        )
        /* harmony export */
      });
      function thousands(n) {
        if (!Number.isSafeInteger(n))
          return String(n);
        const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+$)/g, ",");
        return n < 0 ? `-${digits}` : digits;
      }
    })
  )
};
