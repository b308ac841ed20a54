#!/bin/bash
# syntax_multi.sh: checks gosh's recovery from syntax errors against Go.
#
# Combines the suite's single-syntax-error tests (those whose Error: block
# says "syntax error") into files with several errors: pairs and threes of
# whole programs one after another (each error in its own function or
# declaration), and pairs of main bodies merged into one function (two
# errors in one body). For each it takes Go's error lines (go build) and
# gosh's, and prints whether they agree.
#
#   tools/syntax_multi.sh GOSH OUTDIR          compare, files left in OUTDIR
#   tools/syntax_multi.sh GOSH OUTDIR --write  also write each agreeing file,
#                        with Go's lines as its Error: block, to
#                        tests/errors/syntax_multi/
set -u
gosh=$(realpath "$1")
out=$2
write=${3:-}
root=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$out"
dest=$root/tests/errors/syntax_multi

mapfile -t singles < <(cd "$root" && grep -rl --include='*.go' '^// Error:' tests/errors tests/types tests/scope tests/lang 2>/dev/null |
    grep -v -e '^tests/errors/syntax_multi/' -e '^tests/errors/syntax_recovery/' | sort | while read -r f; do
        sed -n '/^\/\/ Error:/,$p' "$f" | grep -q 'syntax error' && echo "$f"
    done)

# The program of a test: its lines before the directives.
program() {
    sed '/^\/\/ Error:/,$d' "$root/$1" | sed -e :a -e '/^\n*$/{$d;N;ba' -e '}'
}

# A main body, when the program is just `func main() { ... }`.
body() {
    local p
    p=$(program "$1")
    [ "$(grep -c '^func ' <<<"$p")" = 1 ] || return 1
    grep -qx 'func main() {' <<<"$p" || return 1
    [ "$(tail -n 1 <<<"$p")" = '}' ] || return 1
    sed -n '/^func main() {$/,$p' <<<"$p" | sed '1d;$d'
}

short() {
    basename "$1" .go | sed 's/^syntax_//'
}

go_errors() {
    (cd "$out/go" && cp "$1" x.go && go build -o /dev/null x.go 2>&1 |
        grep '^\./x\.go:' | sed 's/^\.\/x\.go://')
}

gosh_errors() {
    "$gosh" "$1" 2>&1 | grep "^$(basename "$1"):" | sed "s/^$(basename "$1")://"
}

agree=0
differ=0
mkdir -p "$out/go"
check() { # NAME (file written to $out/NAME.go)
    local f=$out/$1.go want got
    want=$(go_errors "$f")
    got=$(cd "$out" && gosh_errors "$1.go")
    if [ "$want" = "$got" ]; then
        agree=$((agree + 1))
        echo "agree  $1"
        if [ "$write" = --write ]; then
            mkdir -p "$dest"
            # (the test runner leaves out Go's "too many errors" line)
            { cat "$f"; echo; echo '// Error:'
              grep -v ': too many errors$' <<<"$want" | sed 's|^|// |'; } >"$dest/$1.go"
        fi
    else
        differ=$((differ + 1))
        echo "DIFFER $1"
        diff <(echo "$want") <(echo "$got") | sed 's/^/       /'
    fi
}

n=${#singles[@]}
# pairs and threes of neighbours in the list, so each test takes part a few
# times in different company
for ((i = 0; i < n; i++)); do
    for step in 1 3; do
        j=$(((i + step) % n))
        name="$(short "${singles[i]}")__$(short "${singles[j]}")"
        { program "${singles[i]}"; echo; program "${singles[j]}" | sed 1d; } >"$out/$name.go"
        check "$name"
    done
    j=$(((i + 1) % n)); k=$(((i + 2) % n))
    name="$(short "${singles[i]}")__$(short "${singles[j]}")__$(short "${singles[k]}")"
    { program "${singles[i]}"; echo; program "${singles[j]}" | sed 1d; echo
      program "${singles[k]}" | sed 1d; } >"$out/$name.go"
    check "$name"
done
# two errors in one function body
bodies=()
for f in "${singles[@]}"; do body "$f" >/dev/null && bodies+=("$f"); done
m=${#bodies[@]}
for ((i = 0; i < m; i++)); do
    j=$(((i + 1) % m))
    name="body_$(short "${bodies[i]}")__$(short "${bodies[j]}")"
    { echo 'package main'; echo; echo 'func main() {'; body "${bodies[i]}"
      body "${bodies[j]}"; echo '}'; } >"$out/$name.go"
    check "$name"
done
echo "agree: $agree, differ: $differ"
