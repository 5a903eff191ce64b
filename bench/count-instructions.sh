#!/bin/bash
# Instructions one Node process executes, in millions (callgrind; deterministic to about ±5%, unlike
# times on a shared machine): bench/count-instructions.sh bin/filmcli.js show mask
# Clean environment, stdout a pipe. Takes 5-20 s a run. Compare with `bench/count-instructions.sh -e 0`.
out=$(mktemp)
env -u NODE_EXTRA_CA_CERTS valgrind --tool=callgrind --callgrind-out-file="$out.cg" --smc-check=all-non-file node "$@" 2>"$out" | cat >/dev/null
refs=$(grep -o 'refs: *[0-9,]*' "$out" | tr -dc 0-9)
echo "$((refs / 1000000))M  $*"
rm -f "$out" "$out.cg"
