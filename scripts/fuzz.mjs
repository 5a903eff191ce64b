// `npm run fuzz`: runs the whole-program fuzzer (tests/cli/fuzz.test.ts) long, with a random seed.
// FUZZ_SEED replays a seed, FUZZ_RUNS sets the count (default 3000). The seed is printed first and
// again on failure, with fast-check's counterexample and the path that replays it.
import { spawnSync } from "node:child_process";
import { randomInt } from "node:crypto";

const seed = process.env.FUZZ_SEED ?? String(randomInt(2 ** 31 - 1));
const runs = process.env.FUZZ_RUNS ?? "3000";
console.log(`fuzz: seed ${seed}, ${runs} runs`);
const started = Date.now();
const result = spawnSync("npx", ["vitest", "run", "tests/cli/fuzz.test.ts"], {
  stdio: "inherit",
  env: { ...process.env, FUZZ_SEED: seed, FUZZ_RUNS: runs },
});
const seconds = ((Date.now() - started) / 1000).toFixed(0);
if (result.status === 0) {
  console.log(`fuzz: seed ${seed}, ${runs} runs, ${seconds} s: nothing found`);
} else {
  console.log(`fuzz: FAILED with seed ${seed} after ${seconds} s; replay with FUZZ_SEED=${seed} FUZZ_RUNS=${runs} npm run fuzz`);
  process.exitCode = 1;
}
