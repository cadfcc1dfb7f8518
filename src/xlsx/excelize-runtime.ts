/**
 * Loads excelize-wasm once, in Node and in the browser. We do not call the package's own `init`: in Node it reads
 * the file through a dynamic `import()` hidden in `Function`, which fails under jest's VM and would drag `fs` into
 * a web bundle. Instead we fetch (browser) or read (Node, via `process.getBuiltinModule`, invisible to bundlers)
 * the gzipped wasm ourselves, gunzip it with fflate and start the Go runtime the package defines on `globalThis.Go`.
 */
import type { init } from 'excelize-wasm';
import { gunzipSync } from 'fflate';

export type Excelize = Awaited<ReturnType<typeof init>>;

interface GoRuntime {
  readonly importObject: WebAssembly.Imports;
  run(instance: WebAssembly.Instance): Promise<void>;
}
type GoConstructor = new () => GoRuntime;

export interface XlsxConfig {
  /** Where the browser fetches `excelize.wasm.gz` (copied next to the bundle). Not needed in Node. */
  readonly wasmUrl?: string;
  /** The wasm (gzipped or not) already in memory, e.g. for tests or an offline pane. */
  readonly wasmBytes?: Uint8Array;
}

let config: XlsxConfig = {};
let loading: Promise<Excelize> | null = null;

export function configureXlsx(next: XlsxConfig): void {
  config = { ...config, ...next };
  loading = null;
}

export function loadExcelize(): Promise<Excelize> {
  if (!loading) {
    loading = start().catch((error: unknown) => {
      loading = null;
      throw error;
    });
  }
  return loading;
}

async function start(): Promise<Excelize> {
  // Importing the package defines `globalThis.Go` (and small polyfills); its `init` is not used.
  await import('excelize-wasm');
  const Go = (globalThis as unknown as { Go?: GoConstructor }).Go;
  if (!Go) throw new Error('excelize-wasm did not define its Go runtime');
  let bytes = await wasmBytes();
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
  const go = new Go();
  const holder = globalThis as unknown as { excelize: Excelize };
  holder.excelize = {} as Excelize;
  const { instance } = await WebAssembly.instantiate(bytes as BufferSource, go.importObject);
  // The Go program registers its functions on globalThis.excelize synchronously, then waits for calls forever.
  void go.run(instance);
  return holder.excelize;
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
