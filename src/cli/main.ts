/** `huibao`: the command line over .xlsx files. Each command lives in its own module. */
import { runCli } from './cli';

/**
 * Exits once what was written has left the process: into a pipe (`--json - | jq`) Node writes asynchronously, and
 * `process.exit` at once would cut the output at the pipe's buffer (64 KB).
 */
function exitAfterOutput(code: number): void {
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
}

runCli(process.argv.slice(2)).then(exitAfterOutput, (error: unknown) => {
  // Last resort: a clear line, never a stack trace (set HUIBAO_DEBUG=1 to see one).
  process.stderr.write(`huibao: ${error instanceof Error ? error.message : String(error)}\n`);
  if (process.env.HUIBAO_DEBUG) console.error(error);
  exitAfterOutput(2);
});
