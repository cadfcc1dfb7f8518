/**
 * Loads excelize-wasm once, in Node and in the browser. We do not call the package's own `init`: in Node it reads
 * the file through a dynamic `import()` hidden in `Function`, which fails under jest's VM and would drag `fs` into
 * a web bundle. Instead we fetch (browser) or read (Node, via `process.getBuiltinModule`, invisible to bundlers)
 * the gzipped wasm ourselves, gunzip it with fflate and start the Go runtime the package defines on `globalThis.Go`.
 *
 * A Go panic (a nil dereference inside excelize, say) makes the runtime exit, and every later call into it throws
 * "Go program has already exited". The pane lives long, so `loadExcelize` starts a fresh runtime when the last one
 * has stopped, and `excelizeStopped` tells the writer why it stopped (the panic's first line, kept from stderr).
 */
import type { init } from 'excelize-wasm';
import { gunzipSync } from 'fflate';

export type Excelize = Awaited<ReturnType<typeof init>>;

interface GoRuntime {
  readonly importObject: WebAssembly.Imports;
  run(instance: WebAssembly.Instance): Promise<void>;
  /** Set by the runtime once the Go program has exited (a panic exits with code 2). */
  readonly exited?: boolean;
  /** Called with the exit code; the package's default only logs non-zero codes to the console. */
  exit: (code: number) => void;
}
type GoConstructor = new () => GoRuntime;

export interface XlsxConfig {
  /** Where the browser fetches `excelize.wasm.gz` (copied next to the bundle). Not needed in Node. */
  readonly wasmUrl?: string;
  /** The wasm (gzipped or not) already in memory, e.g. for tests or an offline pane. */
  readonly wasmBytes?: Uint8Array;
}

interface Runtime {
  readonly go: GoRuntime;
  readonly api: Excelize;
  exitCode: number | null;
}

let config: XlsxConfig = {};
let loading: Promise<Runtime> | null = null;
/** The runtime the last `loadExcelize` handed out, for `excelizeStopped`. */
let current: Runtime | null = null;
/** The start of what the Go program wrote to stderr since the current runtime started (only a panic writes there). */
let stderr = '';
const STDERR_CAP = 4096;

export function configureXlsx(next: XlsxConfig): void {
  config = { ...config, ...next };
  loading = null;
}

/** The running excelize API, started on first use and started again when the previous runtime has exited. */
export async function loadExcelize(): Promise<Excelize> {
  for (;;) {
    const pending = (loading ??= start().catch((error: unknown) => {
      loading = null;
      throw error;
    }));
    const runtime = await pending;
    current = runtime;
    if (!runtime.go.exited) return runtime.api;
    // `start` refuses a runtime that exits at once, so this loop starts at most one more.
    if (loading === pending) loading = null;
  }
}

/**
 * Why the runtime handed out last has stopped (the panic's first line, or its exit code), or null while it runs.
 * Calls into a stopped runtime return nothing or throw, so the writer asks this to word its error.
 */
export function excelizeStopped(): string | null {
  if (!current?.go.exited) return null;
  const panic = /^(?:panic|fatal error):.*$/m.exec(stderr)?.[0];
  return panic ?? `excelize runtime exited with code ${current.exitCode ?? '?'}`;
}

async function start(): Promise<Runtime> {
  // Importing the package defines `globalThis.Go` (and small polyfills); its `init` is not used.
  await import('excelize-wasm');
  const Go = (globalThis as unknown as { Go?: GoConstructor }).Go;
  if (!Go) throw new Error('excelize-wasm did not define its Go runtime');
  captureStderr();
  let bytes = await wasmBytes();
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
  const go = new Go();
  const holder = globalThis as unknown as { excelize: Excelize };
  holder.excelize = {} as Excelize;
  const { instance } = await WebAssembly.instantiate(bytes as BufferSource, go.importObject);
  const runtime: Runtime = { go, api: holder.excelize, exitCode: null };
  // Recorded rather than logged: the writer reports it in its error message.
  go.exit = (code) => {
    runtime.exitCode = code;
  };
  stderr = '';
  // The Go program registers its functions on globalThis.excelize synchronously, then waits for calls forever.
  void go.run(instance);
  if (go.exited) throw new Error(`excelize runtime exited at start (code ${runtime.exitCode ?? '?'})`);
  return runtime;
}

interface FsPolyfill {
  writeSync(fd: number, bytes: Uint8Array): number;
  huibaoCaptured?: true;
}

/**
 * The Go runtime writes through `globalThis.fs.writeSync` (the package's polyfill, which discards the text); keep
 * the start of what goes to stderr so a panic can be named. Wrapped once, whatever runtime writes.
 */
function captureStderr(): void {
  const fs = (globalThis as { fs?: FsPolyfill }).fs;
  if (!fs || typeof fs.writeSync !== 'function' || fs.huibaoCaptured) return;
  const write = fs.writeSync.bind(fs);
  const decoder = new TextDecoder('utf-8');
  fs.writeSync = (fd, bytes) => {
    if (fd === 2 && stderr.length < STDERR_CAP) stderr += decoder.decode(bytes);
    return write(fd, bytes);
  };
  fs.huibaoCaptured = true;
}

async function wasmBytes(): Promise<Uint8Array> {
  if (config.wasmBytes) return config.wasmBytes;
  if (config.wasmUrl) {
    const response = await fetch(config.wasmUrl);
    if (!response.ok) throw new Error(`${config.wasmUrl}: HTTP ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  }
  const node = nodeModules();
  if (!node)
    throw new Error('configureXlsx({ wasmUrl }) must be called before reading or writing in a browser');
  const path = node.require.resolve('excelize-wasm/excelize.wasm.gz');
  return new Uint8Array(node.fs.readFileSync(path));
}

interface NodeBits {
  readonly require: NodeJS.Require;
  readonly fs: typeof import('fs');
}

/** Node's `fs` and a `require`, or null in a browser. `getBuiltinModule` keeps bundlers from seeing them. */
function nodeModules(): NodeBits | null {
  const proc = (globalThis as { process?: NodeJS.Process }).process;
  const getBuiltin = proc?.getBuiltinModule as ((id: string) => unknown) | undefined;
  if (!proc?.versions?.node || typeof getBuiltin !== 'function') return null;
  const moduleApi = getBuiltin('module') as typeof import('module');
  const fs = getBuiltin('fs') as typeof import('fs');
  const base = typeof __filename === 'string' ? __filename : `${proc.cwd()}/`;
  return { require: moduleApi.createRequire(base), fs };
}
