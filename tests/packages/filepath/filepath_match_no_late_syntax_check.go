// filepath.Match in Go 1.19 does not check the rest of a pattern after a
// mismatch (path.Match does).
package main

import (
	"fmt"
	"path"
	"path/filepath"
)

func main() {
	for _, c := range [][2]string{{"a[", "x"}, {"x*[", "y"}, {"a[", "a"}, {"*.go", "main.go"}, {"*.go", "dir/main.go"}, {"[", "a"}} {
		m1, e1 := filepath.Match(c[0], c[1])
		m2, e2 := path.Match(c[0], c[1])
		fmt.Printf("%q %q: %v %v | %v %v\n", c[0], c[1], m1, e1, m2, e2)
	}
}

// Output:
// "a[" "x": false syntax error in pattern | false syntax error in pattern
// "x*[" "y": false <nil> | false syntax error in pattern
// "a[" "a": false syntax error in pattern | false syntax error in pattern
// "*.go" "main.go": true <nil> | true <nil>
// "*.go" "dir/main.go": false <nil> | false <nil>
// "[" "a": false syntax error in pattern | false syntax error in pattern
