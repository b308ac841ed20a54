// Clean removes repeated slashes, "." elements and ".." after a name;
// ".." at the root stays at the root and leading ".." of a relative path
// are kept.
package main

import (
	"fmt"
	"path"
)

func main() {
	for _, p := range []string{"", ".", "..", "/", "//", "a/b/c", "a//b", "a/./b", "a/b/..", "a/../..",
		"/../a", "../../a/b/../c", "a/b/", "/a/b/c/../../..", "abc/./../def", "./a/", "a/..x/..y/.."} {
		fmt.Printf("%q -> %q\n", p, path.Clean(p))
	}
}

// Output:
// "" -> "."
// "." -> "."
// ".." -> ".."
// "/" -> "/"
// "//" -> "/"
// "a/b/c" -> "a/b/c"
// "a//b" -> "a/b"
// "a/./b" -> "a/b"
// "a/b/.." -> "a"
// "a/../.." -> ".."
// "/../a" -> "/a"
// "../../a/b/../c" -> "../../a/c"
// "a/b/" -> "a/b"
// "/a/b/c/../../.." -> "/"
// "abc/./../def" -> "def"
// "./a/" -> "a"
// "a/..x/..y/.." -> "a/..x"
