export const id = 249;
export const ids = [249];
export const modules = {
  /***/
  3249: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.r(__webpack_exports__);
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        ANSWERS_PER_MESSAGE: () => (
          /* binding */
          ANSWERS_PER_MESSAGE
        ),
        /* harmony export */
        serveUnitReads: () => (
          /* binding */
          serveUnitReads
        )
        /* harmony export */
      });
      var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5919);
      var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
      var _plan_read_plan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1096);
      var _plan_value_policy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8757);
      var _reader_thread_messages_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2647);
      const ANSWERS_PER_MESSAGE = 8;
      function serveUnitReads() {
        const port = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort;
        if (port === null)
          throw new Error("serveUnitReads: not in a worker thread");
        const data = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData;
        const values = data.values === void 0 ? void 0 : new _plan_value_policy_js__WEBPACK_IMPORTED_MODULE_2__.BU(data.values);
        const driftResources = data.driftResources;
        const queue = [];
        let busy = false;
        const drain = async () => {
          busy = true;
          const answers = [];
          for (let task = queue.shift(); task !== void 0; task = queue.shift()) {
            try {
              const summary = await (0, _plan_read_plan_js__WEBPACK_IMPORTED_MODULE_1__.w)(task.file, {
                label: task.label,
                values,
                driftResources,
                blocking: true
              });
              answers.push({ id: task.id, summary });
            } catch (error) {
              answers.push({ id: task.id, error: (0, _reader_thread_messages_js__WEBPACK_IMPORTED_MODULE_3__.B)(error) });
            }
            if (answers.length >= ANSWERS_PER_MESSAGE || queue.length === 0) {
              port.postMessage(answers.splice(0));
            }
          }
          busy = false;
        };
        port.on("message", (tasks) => {
          queue.push(...tasks);
          if (!busy)
            void drain();
        });
      }
    })
  )
};
