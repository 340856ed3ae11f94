import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
var __webpack_modules__ = {
  /***/
  6097: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        B_: () => (
          /* binding */
          inReaderThread
        ),
        /* harmony export */
        S2: () => (
          /* binding */
          READER_THREAD_ARG
        ),
        /* harmony export */
        kp: () => (
          /* binding */
          workerThreads
        )
        /* harmony export */
      });
      const READER_THREAD_ARG = "--iacm-reporter-reader-thread";
      function workerThreads() {
        return process.getBuiltinModule("node:worker_threads");
      }
      function inReaderThread() {
        return process.argv.includes(READER_THREAD_ARG) && !workerThreads().isMainThread;
      }
    })
  ),
  /***/
  1585: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        Ab: () => (
          /* binding */
          READER_WORKER_MARKER
        ),
        /* harmony export */
        Ao: () => (
          /* binding */
          readerWorkerHost
        ),
        /* harmony export */
        Ve: () => (
          /* binding */
          enter
        )
        /* harmony export */
      });
      var _reader_thread_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(6097);
      const READER_WORKER_MARKER = "iacmReporterUnitReader";
      function isReaderWorker() {
        if (!(0, _reader_thread_js__WEBPACK_IMPORTED_MODULE_0__.B_)())
          return false;
        const workerData = (0, _reader_thread_js__WEBPACK_IMPORTED_MODULE_0__.kp)().workerData;
        return typeof workerData === "object" && workerData !== null && workerData[READER_WORKER_MARKER] !== void 0;
      }
      let host;
      function enter(entry, run) {
        if (isReaderWorker()) {
          void Promise.all(
            /* import() */
            [__nccwpck_require__2.e(6), __nccwpck_require__2.e(370), __nccwpck_require__2.e(249)]
          ).then(__nccwpck_require__2.bind(__nccwpck_require__2, 3249)).then((worker) => worker.serveUnitReads());
          return;
        }
        host = entry;
        run();
      }
      function readerWorkerHost() {
        return host;
      }
    })
  ),
  /***/
  4243: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        N: () => (
          /* binding */
          setV8Flag
        ),
        /* harmony export */
        _: () => (
          /* binding */
          setV8FlagsAgain
        )
        /* harmony export */
      });
      var node_v8__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(8877);
      var node_v8__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __nccwpck_require__2.n(node_v8__WEBPACK_IMPORTED_MODULE_0__);
      const SET = /* @__PURE__ */ Symbol.for("iacm-reporter.v8-flags-set");
      function flagsSet() {
        const holder = globalThis;
        return holder[SET] ??= [];
      }
      function setV8Flag(flag) {
        (0, node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString)(flag);
        const set = flagsSet();
        if (!set.includes(flag))
          set.push(flag);
      }
      function setV8FlagsAgain() {
        for (const flag of flagsSet()) {
          try {
            (0, node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString)(flag);
          } catch {
          }
        }
      }
    })
  ),
  /***/
  4589: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");
    })
  ),
  /***/
  6698: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");
    })
  ),
  /***/
  4573: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");
    })
  ),
  /***/
  7540: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");
    })
  ),
  /***/
  7598: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
    })
  ),
  /***/
  3053: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");
    })
  ),
  /***/
  610: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");
    })
  ),
  /***/
  8474: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");
    })
  ),
  /***/
  3024: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
    })
  ),
  /***/
  1455: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
    })
  ),
  /***/
  7067: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
    })
  ),
  /***/
  2467: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");
    })
  ),
  /***/
  7030: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");
    })
  ),
  /***/
  6760: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
    })
  ),
  /***/
  643: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");
    })
  ),
  /***/
  1792: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");
    })
  ),
  /***/
  99: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:sqlite");
    })
  ),
  /***/
  7075: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");
    })
  ),
  /***/
  6193: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");
    })
  ),
  /***/
  7997: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers");
    })
  ),
  /***/
  1692: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");
    })
  ),
  /***/
  3136: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
    })
  ),
  /***/
  7975: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
    })
  ),
  /***/
  3429: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");
    })
  ),
  /***/
  8877: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");
    })
  ),
  /***/
  5919: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
    })
  ),
  /***/
  8522: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
    })
  )
  /******/
};
var __webpack_module_cache__ = {};
function __nccwpck_require__(moduleId) {
  var cachedModule = __webpack_module_cache__[moduleId];
  if (cachedModule !== void 0) {
    return cachedModule.exports;
  }
  var module = __webpack_module_cache__[moduleId] = {
    /******/
    id: moduleId,
    /******/
    loaded: false,
    /******/
    exports: {}
    /******/
  };
  var threw = true;
  try {
    __webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
    threw = false;
  } finally {
    if (threw) delete __webpack_module_cache__[moduleId];
  }
  module.loaded = true;
  return module.exports;
}
__nccwpck_require__.m = __webpack_modules__;
if (typeof __nccwpck_require__ !== "undefined") __nccwpck_require__.ab = decodeURIComponent(new URL(".", import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
(() => {
  __nccwpck_require__.n = (module) => {
    var getter = module && module.__esModule ? (
      /******/
      () => module["default"]
    ) : (
      /******/
      () => module
    );
    __nccwpck_require__.d(getter, { a: getter });
    return getter;
  };
})();
(() => {
  var getProto = Object.getPrototypeOf ? (obj) => Object.getPrototypeOf(obj) : (obj) => obj.__proto__;
  var leafPrototypes;
  __nccwpck_require__.t = function(value, mode) {
    if (mode & 1) value = this(value);
    if (mode & 8) return value;
    if (typeof value === "object" && value) {
      if (mode & 4 && value.__esModule) return value;
      if (mode & 16 && typeof value.then === "function") return value;
    }
    var ns = /* @__PURE__ */ Object.create(null);
    __nccwpck_require__.r(ns);
    var def = {};
    leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
    for (var current = mode & 2 && value; typeof current == "object" && !~leafPrototypes.indexOf(current); current = getProto(current)) {
      Object.getOwnPropertyNames(current).forEach((key) => def[key] = () => value[key]);
    }
    def["default"] = () => value;
    __nccwpck_require__.d(ns, def);
    return ns;
  };
})();
(() => {
  __nccwpck_require__.d = (exports, definition) => {
    for (var key in definition) {
      if (__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
        Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
      }
    }
  };
})();
(() => {
  __nccwpck_require__.f = {};
  __nccwpck_require__.e = (chunkId) => {
    return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
      __nccwpck_require__.f[key](chunkId, promises);
      return promises;
    }, []));
  };
})();
(() => {
  __nccwpck_require__.u = (chunkId) => {
    return "" + chunkId + ".index.js";
  };
})();
(() => {
  __nccwpck_require__.o = (obj, prop) => Object.prototype.hasOwnProperty.call(obj, prop);
})();
(() => {
  __nccwpck_require__.r = (exports) => {
    if (typeof Symbol !== "undefined" && Symbol.toStringTag) {
      Object.defineProperty(exports, Symbol.toStringTag, { value: "Module" });
    }
    Object.defineProperty(exports, "__esModule", { value: true });
  };
})();
(() => {
  __nccwpck_require__.nmd = (module) => {
    module.paths = [];
    if (!module.children) module.children = [];
    return module;
  };
})();
(() => {
  var installedChunks = {
    /******/
    792: 0
    /******/
  };
  var installChunk = (data) => {
    var { ids, modules, runtime } = data;
    var moduleId, chunkId, i = 0;
    for (moduleId in modules) {
      if (__nccwpck_require__.o(modules, moduleId)) {
        __nccwpck_require__.m[moduleId] = modules[moduleId];
      }
    }
    if (runtime) runtime(__nccwpck_require__);
    for (; i < ids.length; i++) {
      chunkId = ids[i];
      if (__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
        installedChunks[chunkId][0]();
      }
      installedChunks[ids[i]] = 0;
    }
  };
  __nccwpck_require__.f.j = (chunkId, promises) => {
    var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : void 0;
    if (installedChunkData !== 0) {
      if (installedChunkData) {
        promises.push(installedChunkData[1]);
      } else {
        if (true) {
          var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
            if (installedChunks[chunkId] !== 0) installedChunks[chunkId] = void 0;
            throw e;
          });
          var promise = Promise.race([promise, new Promise((resolve) => installedChunkData = installedChunks[chunkId] = [resolve])]);
          promises.push(installedChunkData[1] = promise);
        }
      }
    }
  };
})();
var __webpack_exports__ = {};
var reader_thread = __nccwpck_require__(6097);
var external_node_v8_ = __nccwpck_require__(8877);
;
function limitOptimizerInlining() {
  try {
    (0, external_node_v8_.setFlagsFromString)("--no-turbo-inlining");
  } catch {
  }
}
var v8_flags = __nccwpck_require__(4243);
;
function keepYoungGenerationSmall() {
  try {
    (0, v8_flags.N)("--semi-space-growth-factor=1");
  } catch {
  }
}
;
function applyEngineSettings() {
  if ((0, reader_thread.B_)())
    return;
  keepYoungGenerationSmall();
  limitOptimizerInlining();
}
var reader_worker_entry = __nccwpck_require__(1585);
;
applyEngineSettings();
(0, reader_worker_entry.Ve)(import.meta.url, () => void Promise.all(
  /* import() */
  [__nccwpck_require__.e(6), __nccwpck_require__.e(725), __nccwpck_require__.e(370), __nccwpck_require__.e(964)]
).then(__nccwpck_require__.bind(__nccwpck_require__, 9964)).then((plugin) => plugin.run()));
