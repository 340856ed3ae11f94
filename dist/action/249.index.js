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
        serveUnitReads: () => (
          /* binding */
          serveUnitReads
        )
        /* harmony export */
      });
      var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5919);
      var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
      var _plan_read_plan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1623);
      var _plan_value_policy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8757);
      var _reader_thread_messages_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2647);
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
          for (let task = queue.shift(); task !== void 0; task = queue.shift()) {
            try {
              const summary = await (0, _plan_read_plan_js__WEBPACK_IMPORTED_MODULE_1__.w)(task.file, {
                label: task.label,
                values,
                driftResources,
                blocking: true
              });
              port.postMessage({ id: task.id, summary });
            } catch (error) {
              port.postMessage({ id: task.id, error: (0, _reader_thread_messages_js__WEBPACK_IMPORTED_MODULE_3__.B)(error) });
            }
          }
          busy = false;
        };
        port.on("message", (task) => {
          queue.push(task);
          if (!busy)
            void drain();
        });
      }
    })
  )
};
