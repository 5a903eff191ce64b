// Build step: writes dist/filmcli.1 from the command definitions (npm run build runs it).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { COMMANDS } from "../cli/commandList";
import { GLOBAL_OPTIONS, SHARED_OPTIONS } from "../cli/options";
import { renderManPage } from "../render/renderManPage";
import { version } from "../../package.json";

// The date is the package's, not the build's, so that rebuilding changes nothing.
const date = process.env.SOURCE_DATE_EPOCH ? new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000) : new Date("2026-11-21");
writeFileSync(join(process.cwd(), "dist", "filmcli.1"),
  renderManPage({ version, date: date.toISOString().slice(0, 10), commands: COMMANDS, global: GLOBAL_OPTIONS, shared: SHARED_OPTIONS }));
