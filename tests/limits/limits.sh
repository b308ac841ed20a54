#!/usr/bin/env bash
# Hostile input: every file here must end with a clear error and exit
# status 1 (or run to completion), never a signal, a hang, or a sanitizer
# report (the sanitizer build exits 99 on one; see tests/CMakeLists.txt).
#
# usage: limits.sh GOSH TESTS_DIR
set -u
gosh=$1
tests=$2
# Every run is capped: a test program cut short loses its "// Flags:" line,
# and tests/runtime/out_of_memory_*.gosh rely on --max-memory to stop.
export GOSH_MAX_MEMORY=${GOSH_MAX_MEMORY:-256M}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0

# expect FILE STATUS...: runs gosh on FILE, accepting the listed statuses.
expect() {
  local file=$1; shift
  timeout 60 "$gosh" "$file" >"$tmp/out" 2>"$tmp/err"
  local rc=$?
  for ok in "$@"; do
    if [ "$rc" = "$ok" ]; then
      if [ "$rc" = 1 ] && ! grep -q . "$tmp/err"; then
        echo "FAIL: $file: exit 1 without a message"; failures=$((failures + 1))
      fi
      return
    fi
  done
  echo "FAIL: $file: exit status $rc, want one of: $*"
  head -c 2000 "$tmp/err"; echo
  failures=$((failures + 1))
}

# 100,000 nested parentheses, brackets and braces.
awk 'BEGIN { s = "x := "; for (i = 0; i < 100000; i++) s = s "("; s = s "1"; for (i = 0; i < 100000; i++) s = s ")"; print s }' >"$tmp/parens.gosh"
expect "$tmp/parens.gosh" 1
awk 'BEGIN { s = "x := "; for (i = 0; i < 100000; i++) s = s "[]"; s = s "int{}"; print s }' >"$tmp/brackets.gosh"
expect "$tmp/brackets.gosh" 1
awk 'BEGIN { for (i = 0; i < 100000; i++) printf "{"; print ""; for (i = 0; i < 100000; i++) printf "}"; print "" }' >"$tmp/braces.gosh"
expect "$tmp/braces.gosh" 1
# a long left-leaning chain: 1+1+1+...
awk 'BEGIN { s = "x := 1"; for (i = 0; i < 100000; i++) s = s "+1"; print s; print "println(x)" }' >"$tmp/chain.gosh"
expect "$tmp/chain.gosh" 0 1
# deep unary nesting: - - - - 1
awk 'BEGIN { s = "x := "; for (i = 0; i < 100000; i++) s = s "-"; print s "1" }' >"$tmp/unary.gosh"
expect "$tmp/unary.gosh" 0 1

# a 5 MB string literal, printed (valid), and one left open
awk 'BEGIN { printf "s := \""; for (i = 0; i < 5 * 1024 * 1024 / 64; i++) printf "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"; print "\""; print "println(len(s))" }' >"$tmp/bigstring.gosh"
expect "$tmp/bigstring.gosh" 0
awk 'BEGIN { printf "s := \""; for (i = 0; i < 5 * 1024 * 1024 / 64; i++) printf "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"; print "" }' >"$tmp/openstring.gosh"
expect "$tmp/openstring.gosh" 1

# invalid UTF-8 in code, in a string and in a comment
printf 'x := 1\n\xff\xfe := 2\n' >"$tmp/utf8_code.gosh"
expect "$tmp/utf8_code.gosh" 1
printf 'println("a\xc3")\n' >"$tmp/utf8_string.gosh"
expect "$tmp/utf8_string.gosh" 1
printf '// \xed\xa0\x80 surrogate\nprintln(1)\n' >"$tmp/utf8_comment.gosh"
expect "$tmp/utf8_comment.gosh" 1
printf 'x := 1\x00\n' >"$tmp/nul.gosh"
expect "$tmp/nul.gosh" 1

# random bytes (deterministic seeds), and random tokens
for seed in 1 2 3 4 5 6 7 8; do
  awk -v seed="$seed" 'BEGIN { srand(seed); for (i = 0; i < 4000; i++) printf "%c", int(rand() * 256) }' >"$tmp/random$seed.gosh"
  expect "$tmp/random$seed.gosh" 1
  awk -v seed="$seed" 'BEGIN { srand(seed); split("func ( ) { } [ ] x y := = + - * / , ; . 1 \"s\" if for range go chan <- select case default switch type struct interface map var const return break 0x 1e 2.5 '\''a'\'' ... & | ^ ! < > == %", t, " ");
       n = 0; for (k in t) n++; for (i = 0; i < 3000; i++) { printf "%s ", t[int(rand() * n) + 1]; if (rand() < 0.1) print "" } }' >"$tmp/tokens$seed.gosh"
  expect "$tmp/tokens$seed.gosh" 1
done

# every test program cut short at a third and two thirds of its length
for f in $(find "$tests" -name '*.go' -o -name '*.gosh' | sort); do
  size=$(wc -c <"$f")
  for frac in 3 2; do
    head -c $((size * (frac - 1) / 3)) "$f" >"$tmp/cut.go"
    # --timeout: a cut program may loop for ever (tests/grading/ has
    # runaways that only their flags stop)
    timeout 20 "$gosh" --timeout 5s "$tmp/cut.go" </dev/null >/dev/null 2>"$tmp/err"
    rc=$?
    case $rc in
      0|1|2|3|4|7|42|255) ;;
      *) echo "FAIL: $f cut to $((frac - 1))/3: exit status $rc"; head -c 1500 "$tmp/err"; echo
         failures=$((failures + 1)) ;;
    esac
  done
done

if [ "$failures" -gt 0 ]; then
  echo "$failures failure(s)"
  exit 1
fi
echo "all hostile inputs handled"
