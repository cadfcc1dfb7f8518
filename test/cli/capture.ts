import { runCli } from '../../src/cli/cli';

/** What one `huibao` run printed and returned, with its output captured instead of written. */
export interface CliRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** Runs the command line in this process, as `huibao <argv>` would run, and captures what it prints. */
export async function cli(argv: string[]): Promise<CliRun> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}
