// `npm test`: every check the project has, in order, then one closing line `Tests: N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const steps = [
  { name: 'typecheck', cmd: 'npx', args: ['tsc', '-p', 'tsconfig.json', '--noEmit'] },
  { name: 'typecheck (pure core)', cmd: 'npx', args: ['tsc', '-p', 'tsconfig.core.json', '--noEmit'] },
  { name: 'lint', cmd: 'npx', args: ['eslint', '.', '--max-warnings=0'] },
  { name: 'format', cmd: 'npx', args: ['prettier', '--check', '.'] },
  {
    name: 'build',
    cmd: 'npm',
    args: ['run', 'build', '--silent'],
    when: () => existsSync('webpack.config.js'),
  },
  { name: 'unit tests', jest: 'jest.config.cjs' },
  { name: 'end-to-end tests', jest: 'jest.e2e.config.cjs', when: () => existsSync('test/e2e') },
];

mkdirSync('test/artifacts', { recursive: true });
let passed = 0;
let failed = 0;
const failures = [];
for (const step of steps) {
  if (step.when && !step.when()) continue;
  process.stdout.write(`\n== ${step.name}\n`);
  if (step.jest) {
    const out = `test/artifacts/${step.jest.replace(/\W+/g, '-')}.json`;
    const run = spawnSync('npx', ['jest', '-c', step.jest, '--json', `--outputFile=${out}`], {
      stdio: 'inherit',
    });
    let counted = false;
    if (existsSync(out)) {
      const result = JSON.parse(readFileSync(out, 'utf8'));
      passed += result.numPassedTests;
      failed += result.numFailedTests + (result.numRuntimeErrorTestSuites ?? 0);
      counted = true;
      if (result.numFailedTests > 0 || result.numRuntimeErrorTestSuites > 0) failures.push(step.name);
    }
    if (run.status !== 0 && (!counted || !failures.includes(step.name))) {
      failed += 1;
      failures.push(step.name);
    }
    continue;
  }
  const run = spawnSync(step.cmd, step.args, { stdio: 'inherit' });
  if (run.status === 0) passed += 1;
  else {
    failed += 1;
    failures.push(step.name);
  }
}
if (failures.length) process.stdout.write(`\nFailed: ${failures.join(', ')}\n`);
process.stdout.write(`\nTests: ${passed} passed, ${failed} failed\n`);
process.exit(failed === 0 ? 0 : 1);
