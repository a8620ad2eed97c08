/**
 * Checking many files: one file (`checkFile`), a serial run, and a parallel run over worker threads.
 *
 * The worker is the CLI bundle itself (dist/cli.js) started with `workerData.xinxiWorker`: no second bundle.
 * Work is handed out in small batches to whichever thread is free (the main thread takes batches too), and
 * the results are put back in input order, so the output is identical to the serial run.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { availableParallelism, loadavg } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { ConfigLoader } from '../core/config-node.js';
import { lint } from '../core/engine.js';
import { allRules } from '../index.js';
import { checkedFileOf, type CheckedFile } from './formats.js';
import { describeFileError } from '../core/fs-errors.js';
import { displayPath, FileProblem, readDraft, type EncodingOption } from './io.js';
import { useLexiconFile } from './lexicon-file.js';
// The Word reader is loaded only when a Word file is met (a run over Markdown and text drafts never needs it).
import { isWordFileName } from '../word/names.js';

export interface CheckOptions {
  cwd: string;
  encoding: EncodingOption;
  docsUrl: (ruleId: string) => string;
  /** Drafts with more characters are not checked (--max-file-size). */
  maxChars?: number;
}

/** Read, decode and lint one file. Never throws: a file that cannot be checked gets `problem`. */
export async function checkFile(path: string, options: CheckOptions, loader: ConfigLoader): Promise<CheckedFile> {
  if (isWordFileName(path)) return (await import('./word.js')).checkWordFile(path, options, loader);
  const file = displayPath(path, options.cwd);
  let decoded;
  try {
    decoded = readDraft(path, options.encoding, options.maxChars);
  } catch (error) {
    if (error instanceof FileProblem) return { file, path, messages: [], problem: error.message, problemEn: error.messageEn };
    const d = describeFileError(error, 'read');
    return { file, path, messages: [], problem: `无法读取：${d.message}。`, problemEn: `Cannot read: ${d.messageEn}.` };
  }
  let config;
  try {
    config = await loader.forFile(path);
  } catch (error) {
    return { file, path, messages: [], problem: `无法读取配置：${(error as Error).message}`, problemEn: `Cannot read the configuration: ${(error as Error).message}` };
  }
  const configProblems = config.problems.length ? config.problems : undefined;
  try {
    const result = lint(decoded.text, { path, config, rules: allRules, docsUrl: options.docsUrl });
    return { ...checkedFileOf(file, path, decoded.text, result, config.unit), ...(configProblems ? { configProblems } : {}) };
  } catch (error) {
    return {
      file,
      path,
      messages: [],
      problem: `检查时出现内部错误，请报告此问题：${(error as Error).message}`,
      problemEn: `Internal error while checking; please report it: ${(error as Error).message}`,
      ...(configProblems ? { configProblems } : {}),
    };
  }
}

export type Progress = (done: number, total: number) => void;

export async function checkSerial(paths: readonly string[], options: CheckOptions, progress?: Progress, loader = new ConfigLoader(allRules)): Promise<CheckedFile[]> {
  const out: CheckedFile[] = [];
  for (const path of paths) {
    out.push(await checkFile(path, options, loader));
    progress?.(out.length, paths.length);
  }
  return out;
}

/** Files above which `--jobs auto` uses worker threads. */
// Below this many files a worker costs more (loading the bundle, warming up) than it saves on a 2-core machine
// (bench/RESULTS.md: 1000 drafts serial 1.7 s vs 2.1 s with a worker; 4000 drafts 5.7 s vs 5.0 s).
export const PARALLEL_THRESHOLD = 2000;
const BATCH = 20;

/**
 * Number of extra worker threads for `count` files (`jobs` undefined = auto). Auto runs as many threads (the main one
 * included) as the rest of the machine leaves cores idle, by the one-minute load average (all cores where it is 0, as on
 * Windows): a worker on a busy core
 * pays its start and warm-up (about half a second of CPU) and the contention, and gains nothing (bench/RESULTS.md:
 * 1,000 drafts with --jobs 2 at load 7–9 took 1.26 times as long as with --jobs 1).
 */
export function workersFor(count: number, jobs?: number, load: number = loadavg()[0] ?? 0, cores: number = availableParallelism()): number {
  if (jobs !== undefined) return Math.max(0, Math.min(jobs - 1, Math.ceil(count / BATCH) - 1));
  if (count <= PARALLEL_THRESHOLD) return 0;
  // As many threads (the main one included) as cores left idle, rounded.
  const idle = Number.isFinite(load) && load > 0 ? Math.round(cores - load) : cores;
  return Math.max(0, Math.min(cores - 1, idle - 1));
}

interface WorkerInit {
  xinxiWorker: true;
  cwd: string;
  encoding: EncodingOption;
  docsRoot: string;
  maxChars?: number;
}

type ToWorker = { type: 'work'; batches: string[][]; next: SharedArrayBuffer };
type FromWorker = { type: 'result'; id: number; files: CheckedFile[] };

/**
 * Check `paths` on the main thread plus `workers` worker threads running `script` (the CLI bundle).
 * Resolves with the results in input order.
 *
 * Every thread takes the next batch from one shared counter (Atomics.add), so no thread waits for another to hand
 * it work: with the main thread handing out batches, a worker that finished one sat idle until the main thread
 * finished its own batch and read the message (about a fifth of a worker's time on 2 cores).
 */
export async function checkParallel(
  paths: readonly string[],
  options: CheckOptions & { script: string; workers: number; docsRoot: string },
  progress?: Progress,
): Promise<CheckedFile[]> {
  const batches: string[][] = [];
  for (let i = 0; i < paths.length; i += BATCH) batches.push(paths.slice(i, i + BATCH));
  const results: CheckedFile[][] = new Array(batches.length);
  const next = new SharedArrayBuffer(4);
  const counter = new Int32Array(next);
  let done = 0;
  const report = (n: number) => {
    done += n;
    progress?.(done, paths.length);
  };
  const take = (): number | undefined => {
    const id = Atomics.add(counter, 0, 1);
    return id < batches.length ? id : undefined;
  };

  const init: WorkerInit = { xinxiWorker: true, cwd: options.cwd, encoding: options.encoding, docsRoot: options.docsRoot, maxChars: options.maxChars };
  const threads = Array.from({ length: options.workers }, () =>
    new Promise<void>((resolve, reject) => {
      const launcher = launcherOf(options.script);
      // Through the launcher the worker compiles the bundle from the same V8 code cache as the main thread.
      const worker = launcher
        ? new Worker(`require(${JSON.stringify(launcher)}).load(${JSON.stringify(options.script)});`, { eval: true, workerData: init })
        : new Worker(options.script, { workerData: init });
      worker.postMessage({ type: 'work', batches, next } satisfies ToWorker);
      worker.on('message', (msg: FromWorker) => {
        results[msg.id] = msg.files;
        report(msg.files.length);
      });
      worker.on('error', reject);
      // A worker that dies leaves its batch undone; the main thread checks it below.
      worker.on('exit', () => resolve());
    }),
  );

  // The main thread works too, yielding between batches so it can take in the workers' results.
  const loader = new ConfigLoader(allRules);
  const mine = async () => {
    for (;;) {
      const id = take();
      if (id === undefined) return;
      results[id] = await checkBatch(batches[id]!, options, loader);
      report(batches[id]!.length);
      await new Promise((r) => setImmediate(r));
    }
  };
  await Promise.allSettled([mine(), ...threads]);
  // Anything a failed worker left undone is checked here, so a run never loses files.
  for (let id = 0; id < batches.length; id++) {
    if (results[id] === undefined) {
      results[id] = await checkBatch(batches[id]!, options, loader);
      report(batches[id]!.length);
    }
  }
  return results.flat();
}

async function checkBatch(paths: readonly string[], options: CheckOptions, loader: ConfigLoader): Promise<CheckedFile[]> {
  const out: CheckedFile[] = [];
  for (const p of paths) out.push(await checkFile(p, options, loader));
  return out;
}

/** Worker side: take batches from the shared counter until none is left, posting each batch's results. */
function workerLoop(init: WorkerInit): void {
  const port = parentPort!;
  // As on the main thread (main.ts run): the lexicon's precomputed tables beside the bundle.
  if (typeof __dirname === 'string') useLexiconFile(__dirname);
  const docsUrl = (id: string) => `${init.docsRoot}/${id}.md`;
  const loader = new ConfigLoader(allRules);
  const options: CheckOptions = { cwd: init.cwd, encoding: init.encoding, docsUrl, maxChars: init.maxChars };
  port.once('message', (msg: ToWorker) => {
    const counter = new Int32Array(msg.next);
    void (async () => {
      try {
        for (;;) {
          const id = Atomics.add(counter, 0, 1);
          if (id >= msg.batches.length) break;
          port.postMessage({ type: 'result', id, files: await checkBatch(msg.batches[id]!, options, loader) } satisfies FromWorker);
        }
      } finally {
        // The worker then exits; a batch it took and did not answer is checked by the main thread.
        port.close();
      }
    })();
  });
}

/**
 * The `xinxi` launcher beside the bundle `script` (bin/xinxi.js of the same package), whose `load` reads the bundle
 * through the V8 code cache the command keeps; undefined when there is none (the bundle is then started as it is).
 */
function launcherOf(script: string): string | undefined {
  const launcher = join(dirname(script), '..', 'bin', 'xinxi.js');
  return script.endsWith('.js') && existsSync(launcher) ? launcher : undefined;
}

/** The script a worker runs: this bundle when running from dist/, else dist/cli.js when it exists. */
export function workerScript(packageRoot: string): string | undefined {
  const self = typeof __filename === 'string' ? __filename : '';
  if (self.endsWith('.js') && existsSync(self)) return self;
  const built = `${packageRoot}/dist/cli.js`;
  return existsSync(built) ? built : undefined;
}

if (!isMainThread && (workerData as Partial<WorkerInit> | undefined)?.xinxiWorker === true) {
  workerLoop(workerData as WorkerInit);
}
