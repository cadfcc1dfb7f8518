/** `huibao`: the command line over .xlsx files. Each command lives in its own module. */
import { runCli } from './cli';

runCli(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    // Last resort: a clear line, never a stack trace (set HUIBAO_DEBUG=1 to see one).
    process.stderr.write(`huibao: ${error instanceof Error ? error.message : String(error)}\n`);
    if (process.env.HUIBAO_DEBUG) console.error(error);
    process.exit(2);
  },
);
