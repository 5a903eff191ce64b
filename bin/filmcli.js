#!/usr/bin/env node
"use strict";
// The program is one bundled file (fast to start); build it with `npm run build`.
require("../dist/filmcli.cjs").run(require("node:path").join(__dirname, ".."));
