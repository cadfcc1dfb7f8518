/** A small, strict argument parser: unknown flags are usage errors, not silently ignored. */

/** What is wrong with an argument; each has its own message (cli.ts). */
export type UsageProblem = 'unknown' | 'needsFile' | 'needsValue' | 'extra';

export class UsageError extends Error {
  constructor(
    readonly arg: string,
    readonly problem: UsageProblem = 'extra',
  ) {
    super(arg);
  }
}

export interface ParsedArgs {
  readonly positional: readonly string[];
  readonly flags: Readonly<Record<string, string | true>>;
}

export interface FlagSpec {
  /** Long name without dashes → takes a value? `file`: the value is a file name (for the message when it is left out). */
  readonly [name: string]: { readonly value: boolean; readonly short?: string; readonly file?: boolean };
}

export function parseArgs(argv: readonly string[], spec: FlagSpec): ParsedArgs {
  const positional: string[] = [];
  const flags: Record<string, string | true> = {};
  const byShort = new Map<string, string>();
  for (const [name, s] of Object.entries(spec)) if (s.short) byShort.set(s.short, name);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    let name: string | undefined;
    let inlineValue: string | undefined;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
      inlineValue = eq > 0 ? arg.slice(eq + 1) : undefined;
    } else if (arg.startsWith('-') && arg.length === 2) {
      name = byShort.get(arg.slice(1));
      if (!name) throw new UsageError(arg, 'unknown');
    }
    if (name === undefined) {
      positional.push(arg);
      continue;
    }
    const s = spec[name];
    if (!s) throw new UsageError(eq0(arg), 'unknown');
    if (!s.value) {
      flags[name] = true;
      continue;
    }
    const value = inlineValue ?? argv[++i];
    // `-o --json x` and a trailing `-o` both leave -o without its value; `--json=` too.
    if (value === undefined || value === '' || (inlineValue === undefined && /^-./.test(value)))
      throw new UsageError(eq0(arg), s.file ? 'needsFile' : 'needsValue');
    flags[name] = value;
  }
  return { positional, flags };
}

/** `--json=` → `--json`: the flag as people know it. */
function eq0(arg: string): string {
  const eq = arg.indexOf('=');
  return eq > 0 ? arg.slice(0, eq) : arg;
}

export function stringFlag(args: ParsedArgs, name: string): string | undefined {
  const value = args.flags[name];
  return typeof value === 'string' ? value : undefined;
}
