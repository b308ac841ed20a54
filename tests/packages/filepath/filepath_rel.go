// Rel finds a relative path by lexical processing, and says when it
// cannot.
package main

import (
	"fmt"
	"path/filepath"
)

func main() {
	pairs := [][2]string{
		{"a/b", "a/b"}, {"a/b/.", "a/b"}, {"a/b", "a/b/c/d"}, {"a/b/c", "a/d"}, {"/a/b", "/c/d"},
		{"/", "/a/b"}, {".", "a/b"}, {"a", "."}, {"../a", "b"}, {"a", "../b"}, {"/a", "b"},
		{"a/b/c", "a"}, {"/a/b/c/d", "/a/x"}, {"..", "."}, {"a/../b", "b/c"},
	}
	for _, p := range pairs {
		r, err := filepath.Rel(p[0], p[1])
		fmt.Printf("%q %q: %q %v\n", p[0], p[1], r, err)
	}
}

// Output:
// "a/b" "a/b": "." <nil>
// "a/b/." "a/b": "." <nil>
// "a/b" "a/b/c/d": "c/d" <nil>
// "a/b/c" "a/d": "../../d" <nil>
// "/a/b" "/c/d": "../../c/d" <nil>
// "/" "/a/b": "a/b" <nil>
// "." "a/b": "a/b" <nil>
// "a" ".": "../." <nil>
// "../a" "b": "" Rel: can't make b relative to ../a
// "a" "../b": "../../b" <nil>
// "/a" "b": "" Rel: can't make b relative to /a
// "a/b/c" "a": "../.." <nil>
// "/a/b/c/d" "/a/x": "../../../x" <nil>
// ".." ".": "" Rel: can't make . relative to ..
// "a/../b" "b/c": "c" <nil>
