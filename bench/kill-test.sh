#!/usr/bin/env bash
# Kills `yusuan build` (SIGKILL) at random instants N times while it replaces an earlier output, and checks after each
# kill that the folder holds the whole old set or the whole new set once the next run has recovered (docs: AtomicOutput),
# and that no staging folder (.yusuan-…) is left next to it.
#   bench/kill-test.sh [N=20] [max delay in ms=3000] [pause per file moved, ms=0]
# With a pause (YUSUAN_COMMIT_DELAY_MS, e.g. 100) the replacement lasts long enough for kills to land inside it.
# Uses the built CLI (dotnet build src/Yusuan.Cli first). Exit 0 when every trial is old-or-new.
set -u
cd "$(dirname "$0")/.."
N=${1:-20}
MAX_MS=${2:-3000}
export YUSUAN_COMMIT_DELAY_MS=${3:-0}
DLL=src/Yusuan.Cli/bin/Debug/net10.0/yusuan.dll
[ -f "$DLL" ] || { echo "build src/Yusuan.Cli first"; exit 2; }
Y() { dotnet "$DLL" "$@"; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
OLD_IN=samples/department-2025
NEW_IN=samples/guangyuan-2025-corrected
YUSUAN_COMMIT_DELAY_MS=0 Y build "$OLD_IN" -o "$WORK/old" --format xlsx,csv >/dev/null 2>&1 || { echo "old build failed"; exit 2; }
Y build "$NEW_IN" -o "$WORK/new" --format xlsx,csv >/dev/null 2>&1 || { echo "new build failed"; exit 2; }
# The old folder also holds a file of the user's: it must survive every trial.
echo "mine" > "$WORK/old/notes.txt"; cp "$WORK/old/notes.txt" "$WORK/new/notes.txt"
sig() { (cd "$1" && find . -type f ! -name 'tables.xlsx' -print0 | sort -z | xargs -0 sha256sum; [ -f tables.xlsx ] && echo "xlsx $(stat -c %s tables.xlsx)") ; }
# tables.xlsx differs between runs only by its zip timestamps at most; its size and the CSVs identify the set.
OLD_SIG=$(sig "$WORK/old"); NEW_SIG=$(sig "$WORK/new")
[ "$OLD_SIG" != "$NEW_SIG" ] || { echo "old and new outputs are identical"; exit 2; }
pass=0; fail=0; olds=0; news=0; recovered=0
for i in $(seq 1 "$N"); do
  rm -rf "$WORK/p"; mkdir -p "$WORK/p"; cp -r "$WORK/old" "$WORK/p/out"
  dotnet "$DLL" build "$NEW_IN" -o "$WORK/p/out" --format xlsx,csv >/dev/null 2>&1 &
  pid=$!
  delay=$(( (RANDOM * 32768 + RANDOM) % MAX_MS ))
  sleep "$(printf '%d.%03d' $((delay / 1000)) $((delay % 1000)))"
  kill -9 "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
  journal=no; [ -f "$WORK/p/out/.yusuan-journal" ] && journal=yes
  # The next run (here one that fails on its input) finishes or discards what the killed run left.
  msg=$(Y build "$WORK/missing.json" -o "$WORK/p/out" 2>&1 >/dev/null)
  echo "$msg" | grep -q "已按 .yusuan-journal 完成替换" && recovered=$((recovered + 1))
  s=$(sig "$WORK/p/out")
  left=$(find "$WORK/p" -maxdepth 2 -name '.yusuan-*' | wc -l)
  if [ "$s" = "$OLD_SIG" ] && [ "$left" = 0 ]; then pass=$((pass + 1)); olds=$((olds + 1)); state=old
  elif [ "$s" = "$NEW_SIG" ] && [ "$left" = 0 ]; then pass=$((pass + 1)); news=$((news + 1)); state=new
  else fail=$((fail + 1)); state="MIX (left: $left)"; diff <(echo "$OLD_SIG") <(echo "$s") | head -5; fi
  echo "trial $i: killed after ${delay} ms, journal $journal → $state"
done
echo "kill test: $pass of $N old-or-new ($olds old, $news new, $recovered completed from a journal), $fail failed"
[ "$fail" = 0 ]
