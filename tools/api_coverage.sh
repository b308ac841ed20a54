#!/usr/bin/env bash
# api_coverage.sh: how much of Go 1.19's API each standard package of gosh
# has, from Go's own API lists (api/go1*.txt, shipped with golang-go) and
# what `gosh --stdlib-doc` says gosh exports.
#
# usage: tools/api_coverage.sh GOSH [PACKAGE...] [-v]
#   -v   also list each missing name
#
# Names compared: package-level functions, types, constants and variables,
# and methods (T.M); struct fields and interface methods are left out on
# both sides (the doc does not list them). Platform-specific entries other
# than linux-amd64's are ignored, and so are deprecated syscall names.
# Exit status 0; the table is the result (no bar is checked here).
set -u
gosh=${1:?usage: api_coverage.sh GOSH [PACKAGE...] [-v]}
shift
verbose=0
pkgs=()
for a in "$@"; do
  if [ "$a" = -v ]; then verbose=1; else pkgs+=("$a"); fi
done
api=${GO_API_DIR:-/usr/share/go-1.19/api}
if ! ls "$api"/go1*.txt >/dev/null 2>&1; then
  echo "api_coverage: no Go API lists in $api (apt-get install golang-go)"
  exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Go's names: "pkg NAME" lines, one per exported name
cat "$api"/go1*.txt | awk '
  /^pkg [^ ,]+ \(/ && !/\(linux-amd64\)/ { next }   # another platform
  /^pkg / {
    line = $0
    sub(/^pkg /, "", line)
    pkg = line; sub(/[ ,].*/, "", pkg)
    rest = line; sub(/^[^,]*, /, "", rest)
    if (rest ~ /^func /) { n = rest; sub(/^func /, "", n); sub(/[(\[].*/, "", n); print pkg " " n }
    else if (rest ~ /^method /) {
      n = rest; sub(/^method \(/, "", n)
      recv = n; sub(/\).*/, "", recv); sub(/^\*/, "", recv); sub(/\[.*/, "", recv)
      m = n; sub(/^[^)]*\) /, "", m); sub(/[(\[].*/, "", m)
      print pkg " " recv "." m
    }
    else if (rest ~ /^type /) { n = rest; sub(/^type /, "", n); if (n ~ /^[^ ]+ (struct|interface), /) next; sub(/[ \[].*/, "", n); print pkg " " n }
    else if (rest ~ /^(const|var) /) { n = rest; sub(/^(const|var) /, "", n); sub(/ .*/, "", n); print pkg " " n }
  }' | sort -u >"$tmp/go"

# gosh's names, from the doc
"$gosh" --stdlib-doc | awk '
  /^## / { pkg = $2; next }
  /^- `/ {
    line = $0; sub(/^- `/, "", line)
    name = line; sub(/[ (`\[].*/, "", name)
    print pkg " " name
    # a type line lists its methods: "- `T`: M(...) R, N(...)"
    if (line ~ /^[A-Za-z0-9_]+`: /) {
      ms = line; sub(/^[^`]*`: /, "", ms)
      promoted = ""
      if (index(ms, "promoted: ")) {
        promoted = substr(ms, index(ms, "promoted: ") + 10)
        ms = substr(ms, 1, index(ms, "promoted: ") - 1)
      }
      while (match(ms, /(^|, )[A-Z][A-Za-z0-9_]*\(/)) {
        m = substr(ms, RSTART, RLENGTH); sub(/^, /, "", m); sub(/\($/, "", m)
        print pkg " " name "." m
        ms = substr(ms, RSTART + RLENGTH)
      }
      np = split(promoted, ps, /, /)
      for (i = 1; i <= np; i++) { sub(/`.*/, "", ps[i]); if (ps[i] != "") print pkg " " name "." ps[i] }
    }
  }' | sort -u >"$tmp/gosh"

cut -d' ' -f1 "$tmp/gosh" | sort -u >"$tmp/ours"
if [ ${#pkgs[@]} -gt 0 ]; then printf '%s\n' "${pkgs[@]}" | sort -u >"$tmp/ours"; fi
printf '%-24s %6s %6s %7s\n' package go gosh covered
total=0 have=0
while read -r p; do
  grep "^$p " "$tmp/go" >"$tmp/p.go" || true
  n=$(wc -l <"$tmp/p.go")
  [ "$n" -eq 0 ] && continue
  comm -12 "$tmp/p.go" <(grep "^$p " "$tmp/gosh" | sort -u) >"$tmp/p.both"
  h=$(wc -l <"$tmp/p.both")
  total=$((total + n)); have=$((have + h))
  printf '%-24s %6d %6d %6d%%\n' "$p" "$n" "$h" $((h * 100 / n))
  if [ $verbose = 1 ]; then
    comm -23 "$tmp/p.go" "$tmp/p.both" | sed 's/^[^ ]* /    missing: /'
  fi
done <"$tmp/ours"
[ "$total" -gt 0 ] && printf '%-24s %6d %6d %6d%%\n' all "$total" "$have" $((have * 100 / total))
exit 0
