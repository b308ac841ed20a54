#!/bin/sh
# gen_html_entities.sh: rewrites the end of stdlib/html.go (after the
# line "// Generated below by tools/gen_html_entities.sh.") with the
# HTML5 named character references (WHATWG's list, as Go 1.19's html
# package has them) as one string that package html reads into maps on
# first use. A package is one embedded file, so the data lives there.
# Usage: tools/gen_html_entities.sh [/usr/share/go-1.19/src/html/entity.go]
src=${1:-/usr/share/go-1.19/src/html/entity.go}
out=$(dirname "$0")/../stdlib/html.go
marker='// Generated below by tools/gen_html_entities.sh.'
head=$(sed "/^\/\/ Generated below by/q" "$out")
{
  printf '%s\n\n' "$head"
  echo '// entityData lists "name:hex[,hex]" for every named character'
  echo '// reference (with its ";" where HTML5 requires one), space-separated.'
  printf 'const entityData = "'
  grep -E "^\s+\"[A-Za-z0-9]+;?\":\s+('|\{)" "$src" |
    sed -E "s/^\s+\"([A-Za-z0-9;]+)\":\s+'\\\\[uU]0*([0-9A-Fa-f]+)',?/\1:\2/; s/^\s+\"([A-Za-z0-9;]+)\":\s+\{'\\\\[uU]0*([0-9A-Fa-f]+)', '\\\\[uU]0*([0-9A-Fa-f]+)'\},?/\1:\2,\3/" |
    tr '\n' ' ' | sed 's/ $//'
  echo '"'
  echo
  printf 'const longestEntityWithoutSemicolon = %s\n' "$(grep -o 'longestEntityWithoutSemicolon = [0-9]*' "$src" | grep -o '[0-9]*$')"
} > "$out.new" && mv "$out.new" "$out"
