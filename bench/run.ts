// `npm run bench`: Portlight's latency, CPU, memory and bytes, beside polling and full-snapshot
// baselines on the same private engine in the same run. See docs/performance.md.
import { readOptions, USAGE } from './options.js';
import { runBench } from './bench.js';

const options = readOptions(process.argv.slice(2));
if (options === 'help') {
  process.stdout.write(USAGE);
} else {
  runBench(options).then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error instanceof Error ? error.stack : String(error));
      process.exit(1);
    },
  );
}
