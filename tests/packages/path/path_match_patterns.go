// Match: * within an element, ?, classes with ranges and negation,
// escapes, and ErrBadPattern even after a mismatch.
package main

import (
	"fmt"
	"path"
)

func main() {
	cases := [][2]string{
		{"abc", "abc"}, {"*", "abc"}, {"*c", "abc"}, {"a*", "a"}, {"a*", "ab/c"}, {"a*/b", "abc/b"},
		{"a*b*c*d*e*/f", "axbxcxdxe/f"}, {"a*b?c*x", "abxbbxdbxebxczzx"}, {"ab[c]", "abc"},
		{"ab[b-d]", "abc"}, {"ab[^c]", "abc"}, {"ab[^b-d]", "abe"}, {"a\\*b", "a*b"}, {"a\\*b", "ab"},
		{"a?b", "a☺b"}, {"a[^a]b", "a☺b"}, {"a???b", "a☺b"}, {"[a-ζ]*", "α"}, {"a?b", "a/b"},
		{"[\\]a]", "]"}, {"[\\-]", "-"}, {"[x\\-]", "z"}, {"[", "a"}, {"[^", "a"}, {"[^bc", "a"},
		{"a[", "a"}, {"a[", "ab"}, {"a[", "x"}, {"a/b[", "x"}, {"*x", "xxx"}, {"[]a]", "]"},
		{"[-]", "-"}, {"[a-]", "a"}, {"\\", "a"}, {"*[", "a"}, {"a*[", "b"},
	}
	for _, c := range cases {
		m, err := path.Match(c[0], c[1])
		fmt.Printf("%q %q: %v %v\n", c[0], c[1], m, err)
	}
	fmt.Println(path.ErrBadPattern)
}

// Output:
// "abc" "abc": true <nil>
// "*" "abc": true <nil>
// "*c" "abc": true <nil>
// "a*" "a": true <nil>
// "a*" "ab/c": false <nil>
// "a*/b" "abc/b": true <nil>
// "a*b*c*d*e*/f" "axbxcxdxe/f": true <nil>
// "a*b?c*x" "abxbbxdbxebxczzx": true <nil>
// "ab[c]" "abc": true <nil>
// "ab[b-d]" "abc": true <nil>
// "ab[^c]" "abc": false <nil>
// "ab[^b-d]" "abe": true <nil>
// "a\\*b" "a*b": true <nil>
// "a\\*b" "ab": false <nil>
// "a?b" "a☺b": true <nil>
// "a[^a]b" "a☺b": true <nil>
// "a???b" "a☺b": false <nil>
// "[a-ζ]*" "α": true <nil>
// "a?b" "a/b": false <nil>
// "[\\]a]" "]": true <nil>
// "[\\-]" "-": true <nil>
// "[x\\-]" "z": false <nil>
// "[" "a": false syntax error in pattern
// "[^" "a": false syntax error in pattern
// "[^bc" "a": false syntax error in pattern
// "a[" "a": false syntax error in pattern
// "a[" "ab": false syntax error in pattern
// "a[" "x": false syntax error in pattern
// "a/b[" "x": false syntax error in pattern
// "*x" "xxx": true <nil>
// "[]a]" "]": false syntax error in pattern
// "[-]" "-": false syntax error in pattern
// "[a-]" "a": false syntax error in pattern
// "\\" "a": false syntax error in pattern
// "*[" "a": false syntax error in pattern
// "a*[" "b": false syntax error in pattern
// syntax error in pattern
