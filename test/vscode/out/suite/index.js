"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// test/vscode/suite/index.ts
var index_exports = {};
__export(index_exports, {
  run: () => run
});
module.exports = __toCommonJS(index_exports);
var fs2 = __toESM(require("fs"));
var path2 = __toESM(require("path"));
var import_mocha = __toESM(require("mocha"));

// test/vscode/suite/report.ts
var fs = __toESM(require("fs"));
var os = __toESM(require("os"));
var path = __toESM(require("path"));
var vscode = __toESM(require("vscode"));
function resultsPath() {
  const ipc = process.env.XINXI_VSCODE_IPC_DIR;
  if (ipc) return path.join(ipc, "results.json");
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (folder && folder.uri.scheme === "file") return path.join(folder.uri.fsPath, ".vscode-test-results.json");
  return path.join(os.tmpdir(), "xinxi-vscode-test-results.json");
}
function errorText(err) {
  if (err instanceof Error) return err.stack || `${err.name}: ${err.message}`;
  return String(err);
}
var ResultsWriter = class {
  file = resultsPath();
  results = {
    done: false,
    startedAt: (/* @__PURE__ */ new Date()).toISOString(),
    vscodeVersion: vscode.version,
    passed: 0,
    failed: 0,
    skipped: 0,
    tests: []
  };
  constructor() {
    this.write();
  }
  attach(runner) {
    runner.on("pass", (test) => this.add(test, "passed"));
    runner.on("pending", (test) => this.add(test, "skipped"));
    runner.on("fail", (test, err) => this.add(test, "failed", err));
  }
  counts() {
    const { passed, failed, skipped } = this.results;
    return { passed, failed, skipped };
  }
  finish(err) {
    if (err !== void 0 && !/test\(s\) failed$/.test(String(err?.message ?? ""))) {
      this.results.error = errorText(err);
    }
    this.results.done = true;
    this.results.finishedAt = (/* @__PURE__ */ new Date()).toISOString();
    this.write();
  }
  add(test, state, err) {
    this.results.tests.push({
      title: test.title,
      fullTitle: test.fullTitle(),
      file: test.file ? path.basename(test.file) : void 0,
      state,
      durationMs: test.duration,
      error: err === void 0 ? void 0 : errorText(err)
    });
    this.results[state] += 1;
    this.write();
  }
  write() {
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      const tmp = `${this.file}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, JSON.stringify(this.results, null, 2));
      fs.renameSync(tmp, this.file);
    } catch (e) {
      console.error(`[xinxi-tests] cannot write ${this.file}: ${errorText(e)}`);
    }
  }
};

// test/vscode/suite/index.ts
async function run() {
  const writer = new ResultsWriter();
  try {
    const mocha = new import_mocha.default({
      ui: "bdd",
      color: false,
      timeout: 6e4,
      // The runner's UI checks wait on the suite; never retry a test behind its back.
      retries: 0
    });
    if (process.env.XINXI_VSCODE_GREP) mocha.grep(process.env.XINXI_VSCODE_GREP);
    const files = fs2.readdirSync(__dirname).filter((f) => f.endsWith(".test.js")).sort();
    if (files.length === 0) throw new Error(`no *.test.js files beside ${__filename}`);
    for (const f of files) mocha.addFile(path2.join(__dirname, f));
    const failures = await new Promise((resolve, reject) => {
      try {
        const runner = mocha.run((n) => resolve(n));
        writer.attach(runner);
      } catch (err) {
        reject(err);
      }
    });
    writer.finish();
    if (failures > 0) throw new Error(`${failures} test(s) failed`);
    if (writer.counts().passed === 0) throw new Error("no test passed (were all skipped or filtered out?)");
  } catch (err) {
    writer.finish(err);
    throw err;
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  run
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vc3VpdGUvaW5kZXgudHMiLCAiLi4vLi4vc3VpdGUvcmVwb3J0LnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKipcbiAqIFRlc3QgZW50cnkgaW4gdGhlIGZvcm1hdCBAdnNjb2RlL3Rlc3QtZWxlY3Ryb24gcnVucyAoYGV4dGVuc2lvblRlc3RzUGF0aGApOiBWUyBDb2RlIGxvYWRzIHRoaXMgbW9kdWxlIGluc2lkZSB0aGVcbiAqIGV4dGVuc2lvbiBob3N0IGFuZCBhd2FpdHMgYHJ1bigpYC4gVGhlIHNhbWUgY29tcGlsZWQgZW50cnkgcnVucyB1bmRlciBjb2RlLXNlcnZlciAodGVzdC92c2NvZGUvcnVuLm1qcykgYW5kIHVuZGVyXG4gKiBAdnNjb2RlL3Rlc3QtZWxlY3Ryb24gKHRlc3QvdnNjb2RlL3J1bi1lbGVjdHJvbi5tanMpLlxuICpcbiAqIFRoZSBleHRlbnNpb24gaG9zdCBjYW5ub3QgaGFuZCByZXN1bHRzIGJhY2sgdG8gdGhlIHByb2Nlc3MgdGhhdCBzdGFydGVkIFZTIENvZGUsIHNvIHRoaXMgZW50cnkgd3JpdGVzIHRoZW0gaXRzZWxmXG4gKiB0byBhIEpTT04gZmlsZSAoc2VlIC4vcmVwb3J0LnRzKTogdGhlIHJ1bm5lciBwb2xscyBpdCwgcHJpbnRzIGVhY2ggdGVzdCBhbmQgYnVpbGRzIHRoZSBzdW1tYXJ5LlxuICovXG5pbXBvcnQgKiBhcyBmcyBmcm9tICdmcyc7XG5pbXBvcnQgKiBhcyBwYXRoIGZyb20gJ3BhdGgnO1xuaW1wb3J0IE1vY2hhIGZyb20gJ21vY2hhJztcbmltcG9ydCB7IFJlc3VsdHNXcml0ZXIgfSBmcm9tICcuL3JlcG9ydCc7XG5cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBydW4oKTogUHJvbWlzZTx2b2lkPiB7XG4gIGNvbnN0IHdyaXRlciA9IG5ldyBSZXN1bHRzV3JpdGVyKCk7XG4gIHRyeSB7XG4gICAgY29uc3QgbW9jaGEgPSBuZXcgTW9jaGEoe1xuICAgICAgdWk6ICdiZGQnLFxuICAgICAgY29sb3I6IGZhbHNlLFxuICAgICAgdGltZW91dDogNjBfMDAwLFxuICAgICAgLy8gVGhlIHJ1bm5lcidzIFVJIGNoZWNrcyB3YWl0IG9uIHRoZSBzdWl0ZTsgbmV2ZXIgcmV0cnkgYSB0ZXN0IGJlaGluZCBpdHMgYmFjay5cbiAgICAgIHJldHJpZXM6IDAsXG4gICAgfSk7XG4gICAgaWYgKHByb2Nlc3MuZW52LlhJTlhJX1ZTQ09ERV9HUkVQKSBtb2NoYS5ncmVwKHByb2Nlc3MuZW52LlhJTlhJX1ZTQ09ERV9HUkVQKTtcbiAgICBjb25zdCBmaWxlcyA9IGZzXG4gICAgICAucmVhZGRpclN5bmMoX19kaXJuYW1lKVxuICAgICAgLmZpbHRlcigoZikgPT4gZi5lbmRzV2l0aCgnLnRlc3QuanMnKSlcbiAgICAgIC5zb3J0KCk7XG4gICAgaWYgKGZpbGVzLmxlbmd0aCA9PT0gMCkgdGhyb3cgbmV3IEVycm9yKGBubyAqLnRlc3QuanMgZmlsZXMgYmVzaWRlICR7X19maWxlbmFtZX1gKTtcbiAgICBmb3IgKGNvbnN0IGYgb2YgZmlsZXMpIG1vY2hhLmFkZEZpbGUocGF0aC5qb2luKF9fZGlybmFtZSwgZikpO1xuXG4gICAgY29uc3QgZmFpbHVyZXMgPSBhd2FpdCBuZXcgUHJvbWlzZTxudW1iZXI+KChyZXNvbHZlLCByZWplY3QpID0+IHtcbiAgICAgIHRyeSB7XG4gICAgICAgIGNvbnN0IHJ1bm5lciA9IG1vY2hhLnJ1bigobikgPT4gcmVzb2x2ZShuKSk7XG4gICAgICAgIHdyaXRlci5hdHRhY2gocnVubmVyKTtcbiAgICAgIH0gY2F0Y2ggKGVycikge1xuICAgICAgICByZWplY3QoZXJyKTtcbiAgICAgIH1cbiAgICB9KTtcbiAgICB3cml0ZXIuZmluaXNoKCk7XG4gICAgaWYgKGZhaWx1cmVzID4gMCkgdGhyb3cgbmV3IEVycm9yKGAke2ZhaWx1cmVzfSB0ZXN0KHMpIGZhaWxlZGApO1xuICAgIGlmICh3cml0ZXIuY291bnRzKCkucGFzc2VkID09PSAwKSB0aHJvdyBuZXcgRXJyb3IoJ25vIHRlc3QgcGFzc2VkICh3ZXJlIGFsbCBza2lwcGVkIG9yIGZpbHRlcmVkIG91dD8pJyk7XG4gIH0gY2F0Y2ggKGVycikge1xuICAgIHdyaXRlci5maW5pc2goZXJyKTtcbiAgICB0aHJvdyBlcnI7XG4gIH1cbn1cbiIsICIvKipcbiAqIFdyaXRlcyB0aGUgc3VpdGUncyBwcm9ncmVzcyBhbmQgcmVzdWx0cyBhcyBKU09OLCBmb3IgdGhlIHJ1bm5lciAodGVzdC92c2NvZGUvcnVuLm1qcykgdG8gcmVhZC5cbiAqXG4gKiBXaGVyZTogJFhJTlhJX1ZTQ09ERV9JUENfRElSL3Jlc3VsdHMuanNvbiB3aGVuIHRoZSBydW5uZXIgc2V0IHRoYXQgdmFyaWFibGUgb24gY29kZS1zZXJ2ZXIgKHRoZSBleHRlbnNpb24gaG9zdFxuICogaW5oZXJpdHMgdGhlIHNlcnZlcidzIGVudmlyb25tZW50KSwgZWxzZSBgLnZzY29kZS10ZXN0LXJlc3VsdHMuanNvbmAgaW4gdGhlIGZpcnN0IHdvcmtzcGFjZSBmb2xkZXIsIGVsc2UgdGhlXG4gKiBzeXN0ZW0gdGVtcCBmb2xkZXIuIEVhY2ggd3JpdGUgcmVwbGFjZXMgdGhlIHdob2xlIGZpbGUgYXRvbWljYWxseSAod3JpdGUgKyByZW5hbWUpLCBzbyBhIHJlYWRlciBuZXZlciBzZWVzIGhhbGYuXG4gKi9cbmltcG9ydCAqIGFzIGZzIGZyb20gJ2ZzJztcbmltcG9ydCAqIGFzIG9zIGZyb20gJ29zJztcbmltcG9ydCAqIGFzIHBhdGggZnJvbSAncGF0aCc7XG5pbXBvcnQgKiBhcyB2c2NvZGUgZnJvbSAndnNjb2RlJztcbmltcG9ydCB0eXBlIE1vY2hhIGZyb20gJ21vY2hhJztcblxuZXhwb3J0IGludGVyZmFjZSBUZXN0UmVzdWx0IHtcbiAgdGl0bGU6IHN0cmluZztcbiAgZnVsbFRpdGxlOiBzdHJpbmc7XG4gIGZpbGU/OiBzdHJpbmc7XG4gIHN0YXRlOiAncGFzc2VkJyB8ICdmYWlsZWQnIHwgJ3NraXBwZWQnO1xuICBkdXJhdGlvbk1zPzogbnVtYmVyO1xuICBlcnJvcj86IHN0cmluZztcbn1cblxuZXhwb3J0IGludGVyZmFjZSBTdWl0ZVJlc3VsdHMge1xuICBkb25lOiBib29sZWFuO1xuICBzdGFydGVkQXQ6IHN0cmluZztcbiAgZmluaXNoZWRBdD86IHN0cmluZztcbiAgdnNjb2RlVmVyc2lvbjogc3RyaW5nO1xuICBwYXNzZWQ6IG51bWJlcjtcbiAgZmFpbGVkOiBudW1iZXI7XG4gIHNraXBwZWQ6IG51bWJlcjtcbiAgdGVzdHM6IFRlc3RSZXN1bHRbXTtcbiAgLyoqIEFuIGVycm9yIG91dHNpZGUgYW55IHRlc3QgKHRoZSBlbnRyeSBjb3VsZCBub3QgbG9hZCBvciBydW4gbW9jaGEpLiAqL1xuICBlcnJvcj86IHN0cmluZztcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIHJlc3VsdHNQYXRoKCk6IHN0cmluZyB7XG4gIGNvbnN0IGlwYyA9IHByb2Nlc3MuZW52LlhJTlhJX1ZTQ09ERV9JUENfRElSO1xuICBpZiAoaXBjKSByZXR1cm4gcGF0aC5qb2luKGlwYywgJ3Jlc3VsdHMuanNvbicpO1xuICBjb25zdCBmb2xkZXIgPSB2c2NvZGUud29ya3NwYWNlLndvcmtzcGFjZUZvbGRlcnM/LlswXTtcbiAgaWYgKGZvbGRlciAmJiBmb2xkZXIudXJpLnNjaGVtZSA9PT0gJ2ZpbGUnKSByZXR1cm4gcGF0aC5qb2luKGZvbGRlci51cmkuZnNQYXRoLCAnLnZzY29kZS10ZXN0LXJlc3VsdHMuanNvbicpO1xuICByZXR1cm4gcGF0aC5qb2luKG9zLnRtcGRpcigpLCAneGlueGktdnNjb2RlLXRlc3QtcmVzdWx0cy5qc29uJyk7XG59XG5cbmZ1bmN0aW9uIGVycm9yVGV4dChlcnI6IHVua25vd24pOiBzdHJpbmcge1xuICBpZiAoZXJyIGluc3RhbmNlb2YgRXJyb3IpIHJldHVybiBlcnIuc3RhY2sgfHwgYCR7ZXJyLm5hbWV9OiAke2Vyci5tZXNzYWdlfWA7XG4gIHJldHVybiBTdHJpbmcoZXJyKTtcbn1cblxuZXhwb3J0IGNsYXNzIFJlc3VsdHNXcml0ZXIge1xuICBwcml2YXRlIHJlYWRvbmx5IGZpbGUgPSByZXN1bHRzUGF0aCgpO1xuICBwcml2YXRlIHJlYWRvbmx5IHJlc3VsdHM6IFN1aXRlUmVzdWx0cyA9IHtcbiAgICBkb25lOiBmYWxzZSxcbiAgICBzdGFydGVkQXQ6IG5ldyBEYXRlKCkudG9JU09TdHJpbmcoKSxcbiAgICB2c2NvZGVWZXJzaW9uOiB2c2NvZGUudmVyc2lvbixcbiAgICBwYXNzZWQ6IDAsXG4gICAgZmFpbGVkOiAwLFxuICAgIHNraXBwZWQ6IDAsXG4gICAgdGVzdHM6IFtdLFxuICB9O1xuXG4gIGNvbnN0cnVjdG9yKCkge1xuICAgIHRoaXMud3JpdGUoKTtcbiAgfVxuXG4gIGF0dGFjaChydW5uZXI6IE1vY2hhLlJ1bm5lcik6IHZvaWQge1xuICAgIHJ1bm5lci5vbigncGFzcycsICh0ZXN0KSA9PiB0aGlzLmFkZCh0ZXN0LCAncGFzc2VkJykpO1xuICAgIHJ1bm5lci5vbigncGVuZGluZycsICh0ZXN0KSA9PiB0aGlzLmFkZCh0ZXN0LCAnc2tpcHBlZCcpKTtcbiAgICAvLyAnZmFpbCcgYWxzbyBmaXJlcyBmb3IgaG9va3MgKGJlZm9yZS9hZnRlclx1MjAyNik6IHJlY29yZCB0aG9zZSBhcyBmYWlsZWQgZW50cmllcyB0b28uXG4gICAgcnVubmVyLm9uKCdmYWlsJywgKHRlc3QsIGVycikgPT4gdGhpcy5hZGQodGVzdCwgJ2ZhaWxlZCcsIGVycikpO1xuICB9XG5cbiAgY291bnRzKCk6IHsgcGFzc2VkOiBudW1iZXI7IGZhaWxlZDogbnVtYmVyOyBza2lwcGVkOiBudW1iZXIgfSB7XG4gICAgY29uc3QgeyBwYXNzZWQsIGZhaWxlZCwgc2tpcHBlZCB9ID0gdGhpcy5yZXN1bHRzO1xuICAgIHJldHVybiB7IHBhc3NlZCwgZmFpbGVkLCBza2lwcGVkIH07XG4gIH1cblxuICBmaW5pc2goZXJyPzogdW5rbm93bik6IHZvaWQge1xuICAgIGlmIChlcnIgIT09IHVuZGVmaW5lZCAmJiAhL3Rlc3RcXChzXFwpIGZhaWxlZCQvLnRlc3QoU3RyaW5nKChlcnIgYXMgRXJyb3IpPy5tZXNzYWdlID8/ICcnKSkpIHtcbiAgICAgIHRoaXMucmVzdWx0cy5lcnJvciA9IGVycm9yVGV4dChlcnIpO1xuICAgIH1cbiAgICB0aGlzLnJlc3VsdHMuZG9uZSA9IHRydWU7XG4gICAgdGhpcy5yZXN1bHRzLmZpbmlzaGVkQXQgPSBuZXcgRGF0ZSgpLnRvSVNPU3RyaW5nKCk7XG4gICAgdGhpcy53cml0ZSgpO1xuICB9XG5cbiAgcHJpdmF0ZSBhZGQodGVzdDogTW9jaGEuUnVubmFibGUsIHN0YXRlOiBUZXN0UmVzdWx0WydzdGF0ZSddLCBlcnI/OiB1bmtub3duKTogdm9pZCB7XG4gICAgdGhpcy5yZXN1bHRzLnRlc3RzLnB1c2goe1xuICAgICAgdGl0bGU6IHRlc3QudGl0bGUsXG4gICAgICBmdWxsVGl0bGU6IHRlc3QuZnVsbFRpdGxlKCksXG4gICAgICBmaWxlOiB0ZXN0LmZpbGUgPyBwYXRoLmJhc2VuYW1lKHRlc3QuZmlsZSkgOiB1bmRlZmluZWQsXG4gICAgICBzdGF0ZSxcbiAgICAgIGR1cmF0aW9uTXM6IHRlc3QuZHVyYXRpb24sXG4gICAgICBlcnJvcjogZXJyID09PSB1bmRlZmluZWQgPyB1bmRlZmluZWQgOiBlcnJvclRleHQoZXJyKSxcbiAgICB9KTtcbiAgICB0aGlzLnJlc3VsdHNbc3RhdGVdICs9IDE7XG4gICAgdGhpcy53cml0ZSgpO1xuICB9XG5cbiAgcHJpdmF0ZSB3cml0ZSgpOiB2b2lkIHtcbiAgICB0cnkge1xuICAgICAgZnMubWtkaXJTeW5jKHBhdGguZGlybmFtZSh0aGlzLmZpbGUpLCB7IHJlY3Vyc2l2ZTogdHJ1ZSB9KTtcbiAgICAgIGNvbnN0IHRtcCA9IGAke3RoaXMuZmlsZX0uJHtwcm9jZXNzLnBpZH0udG1wYDtcbiAgICAgIGZzLndyaXRlRmlsZVN5bmModG1wLCBKU09OLnN0cmluZ2lmeSh0aGlzLnJlc3VsdHMsIG51bGwsIDIpKTtcbiAgICAgIGZzLnJlbmFtZVN5bmModG1wLCB0aGlzLmZpbGUpO1xuICAgIH0gY2F0Y2ggKGUpIHtcbiAgICAgIGNvbnNvbGUuZXJyb3IoYFt4aW54aS10ZXN0c10gY2Fubm90IHdyaXRlICR7dGhpcy5maWxlfTogJHtlcnJvclRleHQoZSl9YCk7XG4gICAgfVxuICB9XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBUUEsSUFBQUEsTUFBb0I7QUFDcEIsSUFBQUMsUUFBc0I7QUFDdEIsbUJBQWtCOzs7QUNIbEIsU0FBb0I7QUFDcEIsU0FBb0I7QUFDcEIsV0FBc0I7QUFDdEIsYUFBd0I7QUF5QmpCLFNBQVMsY0FBc0I7QUFDcEMsUUFBTSxNQUFNLFFBQVEsSUFBSTtBQUN4QixNQUFJLElBQUssUUFBWSxVQUFLLEtBQUssY0FBYztBQUM3QyxRQUFNLFNBQWdCLGlCQUFVLG1CQUFtQixDQUFDO0FBQ3BELE1BQUksVUFBVSxPQUFPLElBQUksV0FBVyxPQUFRLFFBQVksVUFBSyxPQUFPLElBQUksUUFBUSwyQkFBMkI7QUFDM0csU0FBWSxVQUFRLFVBQU8sR0FBRyxnQ0FBZ0M7QUFDaEU7QUFFQSxTQUFTLFVBQVUsS0FBc0I7QUFDdkMsTUFBSSxlQUFlLE1BQU8sUUFBTyxJQUFJLFNBQVMsR0FBRyxJQUFJLElBQUksS0FBSyxJQUFJLE9BQU87QUFDekUsU0FBTyxPQUFPLEdBQUc7QUFDbkI7QUFFTyxJQUFNLGdCQUFOLE1BQW9CO0FBQUEsRUFDUixPQUFPLFlBQVk7QUFBQSxFQUNuQixVQUF3QjtBQUFBLElBQ3ZDLE1BQU07QUFBQSxJQUNOLFlBQVcsb0JBQUksS0FBSyxHQUFFLFlBQVk7QUFBQSxJQUNsQyxlQUFzQjtBQUFBLElBQ3RCLFFBQVE7QUFBQSxJQUNSLFFBQVE7QUFBQSxJQUNSLFNBQVM7QUFBQSxJQUNULE9BQU8sQ0FBQztBQUFBLEVBQ1Y7QUFBQSxFQUVBLGNBQWM7QUFDWixTQUFLLE1BQU07QUFBQSxFQUNiO0FBQUEsRUFFQSxPQUFPLFFBQTRCO0FBQ2pDLFdBQU8sR0FBRyxRQUFRLENBQUMsU0FBUyxLQUFLLElBQUksTUFBTSxRQUFRLENBQUM7QUFDcEQsV0FBTyxHQUFHLFdBQVcsQ0FBQyxTQUFTLEtBQUssSUFBSSxNQUFNLFNBQVMsQ0FBQztBQUV4RCxXQUFPLEdBQUcsUUFBUSxDQUFDLE1BQU0sUUFBUSxLQUFLLElBQUksTUFBTSxVQUFVLEdBQUcsQ0FBQztBQUFBLEVBQ2hFO0FBQUEsRUFFQSxTQUE4RDtBQUM1RCxVQUFNLEVBQUUsUUFBUSxRQUFRLFFBQVEsSUFBSSxLQUFLO0FBQ3pDLFdBQU8sRUFBRSxRQUFRLFFBQVEsUUFBUTtBQUFBLEVBQ25DO0FBQUEsRUFFQSxPQUFPLEtBQXFCO0FBQzFCLFFBQUksUUFBUSxVQUFhLENBQUMsb0JBQW9CLEtBQUssT0FBUSxLQUFlLFdBQVcsRUFBRSxDQUFDLEdBQUc7QUFDekYsV0FBSyxRQUFRLFFBQVEsVUFBVSxHQUFHO0FBQUEsSUFDcEM7QUFDQSxTQUFLLFFBQVEsT0FBTztBQUNwQixTQUFLLFFBQVEsY0FBYSxvQkFBSSxLQUFLLEdBQUUsWUFBWTtBQUNqRCxTQUFLLE1BQU07QUFBQSxFQUNiO0FBQUEsRUFFUSxJQUFJLE1BQXNCLE9BQTRCLEtBQXFCO0FBQ2pGLFNBQUssUUFBUSxNQUFNLEtBQUs7QUFBQSxNQUN0QixPQUFPLEtBQUs7QUFBQSxNQUNaLFdBQVcsS0FBSyxVQUFVO0FBQUEsTUFDMUIsTUFBTSxLQUFLLE9BQVksY0FBUyxLQUFLLElBQUksSUFBSTtBQUFBLE1BQzdDO0FBQUEsTUFDQSxZQUFZLEtBQUs7QUFBQSxNQUNqQixPQUFPLFFBQVEsU0FBWSxTQUFZLFVBQVUsR0FBRztBQUFBLElBQ3RELENBQUM7QUFDRCxTQUFLLFFBQVEsS0FBSyxLQUFLO0FBQ3ZCLFNBQUssTUFBTTtBQUFBLEVBQ2I7QUFBQSxFQUVRLFFBQWM7QUFDcEIsUUFBSTtBQUNGLE1BQUcsYUFBZSxhQUFRLEtBQUssSUFBSSxHQUFHLEVBQUUsV0FBVyxLQUFLLENBQUM7QUFDekQsWUFBTSxNQUFNLEdBQUcsS0FBSyxJQUFJLElBQUksUUFBUSxHQUFHO0FBQ3ZDLE1BQUcsaUJBQWMsS0FBSyxLQUFLLFVBQVUsS0FBSyxTQUFTLE1BQU0sQ0FBQyxDQUFDO0FBQzNELE1BQUcsY0FBVyxLQUFLLEtBQUssSUFBSTtBQUFBLElBQzlCLFNBQVMsR0FBRztBQUNWLGNBQVEsTUFBTSw4QkFBOEIsS0FBSyxJQUFJLEtBQUssVUFBVSxDQUFDLENBQUMsRUFBRTtBQUFBLElBQzFFO0FBQUEsRUFDRjtBQUNGOzs7QUQvRkEsZUFBc0IsTUFBcUI7QUFDekMsUUFBTSxTQUFTLElBQUksY0FBYztBQUNqQyxNQUFJO0FBQ0YsVUFBTSxRQUFRLElBQUksYUFBQUMsUUFBTTtBQUFBLE1BQ3RCLElBQUk7QUFBQSxNQUNKLE9BQU87QUFBQSxNQUNQLFNBQVM7QUFBQTtBQUFBLE1BRVQsU0FBUztBQUFBLElBQ1gsQ0FBQztBQUNELFFBQUksUUFBUSxJQUFJLGtCQUFtQixPQUFNLEtBQUssUUFBUSxJQUFJLGlCQUFpQjtBQUMzRSxVQUFNLFFBQ0gsZ0JBQVksU0FBUyxFQUNyQixPQUFPLENBQUMsTUFBTSxFQUFFLFNBQVMsVUFBVSxDQUFDLEVBQ3BDLEtBQUs7QUFDUixRQUFJLE1BQU0sV0FBVyxFQUFHLE9BQU0sSUFBSSxNQUFNLDZCQUE2QixVQUFVLEVBQUU7QUFDakYsZUFBVyxLQUFLLE1BQU8sT0FBTSxRQUFhLFdBQUssV0FBVyxDQUFDLENBQUM7QUFFNUQsVUFBTSxXQUFXLE1BQU0sSUFBSSxRQUFnQixDQUFDLFNBQVMsV0FBVztBQUM5RCxVQUFJO0FBQ0YsY0FBTSxTQUFTLE1BQU0sSUFBSSxDQUFDLE1BQU0sUUFBUSxDQUFDLENBQUM7QUFDMUMsZUFBTyxPQUFPLE1BQU07QUFBQSxNQUN0QixTQUFTLEtBQUs7QUFDWixlQUFPLEdBQUc7QUFBQSxNQUNaO0FBQUEsSUFDRixDQUFDO0FBQ0QsV0FBTyxPQUFPO0FBQ2QsUUFBSSxXQUFXLEVBQUcsT0FBTSxJQUFJLE1BQU0sR0FBRyxRQUFRLGlCQUFpQjtBQUM5RCxRQUFJLE9BQU8sT0FBTyxFQUFFLFdBQVcsRUFBRyxPQUFNLElBQUksTUFBTSxvREFBb0Q7QUFBQSxFQUN4RyxTQUFTLEtBQUs7QUFDWixXQUFPLE9BQU8sR0FBRztBQUNqQixVQUFNO0FBQUEsRUFDUjtBQUNGOyIsCiAgIm5hbWVzIjogWyJmcyIsICJwYXRoIiwgIk1vY2hhIl0KfQo=
