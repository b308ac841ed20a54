#!/usr/bin/env bash
# The command line: flags, usage errors, -e, stdin, disasm.
# usage: cli.sh GOSH   (run from tests/)
set -u
gosh=$1
failures=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# check NAME WANT_STATUS WANT_STDOUT_REGEX WANT_STDERR_REGEX -- CMD...
check() {
  local name=$1 want_rc=$2 want_out=$3 want_err=$4
  shift 5
  "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
  local rc=$?
  local ok=1
  [ "$rc" = "$want_rc" ] || ok=0
  if [ -n "$want_out" ] && ! grep -Eq -- "$want_out" "$tmp/out"; then ok=0; fi
  if [ -n "$want_err" ] && ! grep -Eq -- "$want_err" "$tmp/err"; then ok=0; fi
  if [ "$ok" = 0 ]; then
    echo "FAIL: $name (status $rc, want $want_rc)"
    echo "--- stdout"; head -20 "$tmp/out"; echo "--- stderr"; head -20 "$tmp/err"
    failures=$((failures + 1))
  fi
}

check version 0 '^gosh [0-9]+\.[0-9]+\.[0-9]+$' '' -- "$gosh" --version
check help 0 'usage: gosh' '' -- "$gosh" --help
check unknown-option 2 '' "^gosh: unknown option --bogus \(run 'gosh --help' for usage\)$" -- "$gosh" --bogus x.gosh
check missing-file 1 '' 'gosh: open no/such/file.gosh: No such file or directory' -- "$gosh" no/such/file.gosh
check e-flag 0 '^3$' '' -- "$gosh" -e 'fmt.Println(1 + 2)'
check e-args 0 '^\[a b\]$' '' -- "$gosh" -e 'fmt.Println(os.Args[1:])' a b
check e-missing 2 '' 'needs the code' -- "$gosh" -e
check procs-zero 2 '' 'procs must be between' -- "$gosh" --procs 0 x.gosh
check procs-word 2 '' 'needs a number' -- "$gosh" --procs many x.gosh
check seed-word 2 '' 'needs a number' -- "$gosh" --seed x x.gosh
# --max-memory SIZE and GOSH_MAX_MEMORY: a bad size is one line, status 2
mm_err="^gosh: --max-memory must be a positive size such as 512M, 2G or 1500K, not %s \\(run 'gosh --help' for usage\\)\$"
for bad in abc 0 -5 -1M 1.5G 12X 99999999999999999999 ''; do
  # shellcheck disable=SC2059
  check "max-memory-$bad" 2 '' "$(printf "$mm_err" "$bad")" -- "$gosh" --max-memory "$bad" -e 'fmt.Println(1)'
done
check max-memory-equals 2 '' 'not abc' -- "$gosh" --max-memory=abc -e 'fmt.Println(1)'
check max-memory-missing 2 '' "^gosh: --max-memory needs a size such as 512M, 2G or 1500K \(run 'gosh --help' for usage\)$" -- "$gosh" --max-memory
for good in 64M 64m 64MB 64MiB 65536K 67108864 67108864B 1G 1T; do
  check "max-memory-$good" 0 '^1$' '' -- "$gosh" --max-memory "$good" -e 'fmt.Println(1)'
done
check max-memory-env-bad 2 '' "^gosh: GOSH_MAX_MEMORY must be a positive size such as 512M, 2G or 1500K, not lots \(run 'gosh --help' for usage\)$" -- env GOSH_MAX_MEMORY=lots "$gosh" -e 'fmt.Println(1)'
check max-memory-env-empty 0 '^1$' '' -- env GOSH_MAX_MEMORY= "$gosh" -e 'fmt.Println(1)'
check max-memory-flag-beats-env 0 '^1$' '' -- env GOSH_MAX_MEMORY=lots "$gosh" --max-memory 64M -e 'fmt.Println(1)'
check max-memory-help 0 '--max-memory SIZE' '' -- "$gosh" --help
check disasm 0 'func main\.main' '' -- "$gosh" disasm ../samples/hello.gosh
check disasm-ops 0 'CALLN' '' -- "$gosh" disasm ../samples/hello.gosh
check disasm-missing 2 '' 'disasm needs a FILE' -- "$gosh" disasm
check compile-error 1 '' '^<string>:1:1: undefined: nope$|:1:1: undefined: nope$' -- "$gosh" -e 'nope()'
check args-script 0 '^\[x y\]$' '' -- "$gosh" cli/print_args.gosh x y

# stdin: as a script when it is not a terminal, and with "-"
printf 'fmt.Println("from stdin")\n' >"$tmp/in.gosh"
"$gosh" <"$tmp/in.gosh" >"$tmp/out" 2>&1
grep -q '^from stdin$' "$tmp/out" || { echo "FAIL: stdin script"; cat "$tmp/out"; failures=$((failures + 1)); }
"$gosh" - a b <"$tmp/in.gosh" >"$tmp/out" 2>&1
grep -q '^from stdin$' "$tmp/out" || { echo "FAIL: dash script"; cat "$tmp/out"; failures=$((failures + 1)); }

check vet-no-file 2 '' 'vet needs a FILE' -- "$gosh" vet
check vet-bad-flag 2 '' 'gosh vet has no flag --bogus' -- "$gosh" vet --bogus
check vet-missing-file 1 '' 'open nosuch.go' -- "$gosh" vet nosuch.go
check vet-help 0 'usage: gosh vet FILE' '' -- "$gosh" vet -h
# --vet: the findings on stderr, then the program runs, with its own status
printf 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Printf("%%d\\n", "x")\n\tfmt.Println("ran")\n}\n' >"$tmp/warn.go"
check vet-then-run 0 '^ran$' 'warn.go:6:2: fmt.Printf format %d has arg "x" of wrong type string' -- "$gosh" --vet "$tmp/warn.go"
# the run options may also follow "run": gosh run --vet FILE
check run-vet-then-run 0 '^ran$' 'warn.go:6:2: fmt.Printf format %d has arg "x" of wrong type string' -- "$gosh" run --vet "$tmp/warn.go"
check run-seed-option 0 '^ran$' '' -- "$gosh" run --seed 3 "$tmp/warn.go"
printf 'package main\n\nfunc main() {\n\tpanic("boom")\n\tprintln("dead")\n}\n' >"$tmp/dead.go"
check vet-then-panic 2 '' 'dead.go:5:2: unreachable code' -- "$gosh" --vet "$tmp/dead.go"
# a script imports implicitly, so lostcancel looks at it too
printf 'func work() error {\n\tctx, cancel := context.WithCancel(context.Background())\n\tif ctx == nil {\n\t\treturn nil\n\t}\n\tcancel()\n\treturn nil\n}\n\nwork()\n' >"$tmp/leak.gosh"
check vet-script-lostcancel 2 'leak.gosh:4:3: this return statement may be reached without using the cancel var defined on line 2' '' -- "$gosh" vet "$tmp/leak.gosh"
# a compile error is reported once, by the run
printf 'package main\n\nfunc main() {\n\tx := 1\n}\n' >"$tmp/bad.go"
check vet-compile-error 1 '' 'declared (and not used|but not used)' -- "$gosh" --vet "$tmp/bad.go"
[ "$(grep -c 'not used' "$tmp/err")" = 1 ] || { echo "FAIL: --vet repeated the compile error"; cat "$tmp/err"; failures=$((failures + 1)); }

# a #! script made executable runs by name, with its arguments
gosh_dir=$(dirname "$gosh")
printf '#!/usr/bin/env gosh\nimport "os"\nfmt.Println(os.Args[1:])\n' >"$tmp/exe.gosh"
chmod +x "$tmp/exe.gosh"
PATH="$gosh_dir:$PATH" "$tmp/exe.gosh" a b >"$tmp/out" 2>&1
grep -q '^\[a b\]$' "$tmp/out" || { echo "FAIL: executable #! script"; cat "$tmp/out"; failures=$((failures + 1)); }
# a .go file may not start with #!, as go run says
printf '#!/usr/bin/env gosh\npackage main\nfunc main() {}\n' >"$tmp/shebang.go"
"$gosh" "$tmp/shebang.go" >"$tmp/out" 2>&1 && { echo "FAIL: #! in a .go file ran"; failures=$((failures + 1)); }
grep -q ':1:1: invalid character U+0023' "$tmp/out" || { echo "FAIL: #! in a .go file: wrong error"; cat "$tmp/out"; failures=$((failures + 1)); }

if [ "$failures" -gt 0 ]; then
  echo "$failures failure(s)"
  exit 1
fi
echo "cli ok"
