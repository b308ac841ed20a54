// Glob matches patterns against the file system, sorted within each
// directory; a malformed pattern is ErrBadPattern, no match is nil.
package main

import (
	"fmt"
	"os"
	"path/filepath"
)

func main() {
	root, _ := os.MkdirTemp("", "glob")
	defer os.RemoveAll(root)
	for _, d := range []string{"src/a", "src/b", "doc"} {
		os.MkdirAll(filepath.Join(root, d), 0755)
	}
	for _, f := range []string{"src/a/x.go", "src/a/y.go", "src/b/z.go", "src/b/z.txt", "doc/r.md", "top.go"} {
		os.WriteFile(filepath.Join(root, f), nil, 0644)
	}
	os.Chdir(root)
	for _, p := range []string{"*.go", "src/*/*.go", "*/*", "src/?/z.*", "nosuch*", "top.go", "missing.go", "[", "src/[ab]/*.txt", "*/[", "s*c"} {
		m, err := filepath.Glob(p)
		fmt.Printf("%q: %q %v %v\n", p, m, m == nil, err)
	}
}

// Output:
// "*.go": ["top.go"] false <nil>
// "src/*/*.go": ["src/a/x.go" "src/a/y.go" "src/b/z.go"] false <nil>
// "*/*": ["doc/r.md" "src/a" "src/b"] false <nil>
// "src/?/z.*": ["src/b/z.go" "src/b/z.txt"] false <nil>
// "nosuch*": [] true <nil>
// "top.go": ["top.go"] false <nil>
// "missing.go": [] true <nil>
// "[": [] true syntax error in pattern
// "src/[ab]/*.txt": ["src/b/z.txt"] false <nil>
// "*/[": [] true syntax error in pattern
// "s*c": ["src"] false <nil>
