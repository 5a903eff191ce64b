// Keeps the README's examples true: every fenced block after a `<!-- example: ARGS -->` marker is
// the real output of `filmcli ARGS` at 80 columns without colour. `npm run readme` rewrites them;
// tests/readme.test.ts fails when one is stale.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const MARKER = /(<!-- example: (.+?) -->\n```\n)([\s\S]*?)(```)/g;

/** The output of one example, as a terminal shows it: the command, stdout, then stderr. */
function run(args) {
  const argv = args.match(/'[^']*'|\S+/g).map((a) => a.replace(/^'|'$/g, ""));
  const result = spawnSync(process.execPath, [join(root, "bin/filmcli.js"), ...argv], {
    cwd: root, encoding: "utf8", env: { PATH: process.env.PATH, COLUMNS: "80", NO_COLOR: "1", TERM: "xterm" },
  });
  const display = args.replace(/--data tests\/fixtures\/films\.json /, "--data films.json ");
  return `$ filmcli ${display}\n${result.stdout}${result.stderr}`;
}

/** The README text with every example block replaced by fresh output. */
export function renderReadme(text) {
  return text.replace(MARKER, (_all, head, args, _old, tail) => `${head}${run(args)}${tail}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const path = join(root, "README.md");
  writeFileSync(path, renderReadme(readFileSync(path, "utf8")));
}
