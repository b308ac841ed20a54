// The lexical functions on Linux: Join, Clean, Split, Base, Dir, Ext,
// IsAbs, VolumeName, ToSlash, FromSlash, SplitList and the separators.
package main

import (
	"fmt"
	"path/filepath"
)

func main() {
	fmt.Println(string(filepath.Separator), string(filepath.ListSeparator))
	fmt.Printf("%q\n", filepath.Join("a", "b/../c", "", "d/"))
	fmt.Printf("%q\n", filepath.Join("", ""))
	fmt.Printf("%q\n", filepath.Join("/", "..", "x"))
	fmt.Printf("%q\n", filepath.Clean("a//b/./../c/"))
	d, f := filepath.Split("/usr/local/bin/go")
	fmt.Printf("%q %q\n", d, f)
	fmt.Printf("%q %q %q\n", filepath.Base("/a/b.tar.gz"), filepath.Dir("/a/b.tar.gz"), filepath.Ext("/a/b.tar.gz"))
	fmt.Printf("%q %q %q\n", filepath.Base(""), filepath.Base("///"), filepath.Dir(""))
	fmt.Println(filepath.IsAbs("/x"), filepath.IsAbs("x/y"), filepath.IsAbs(""))
	fmt.Printf("%q %q %q\n", filepath.VolumeName("/a/b"), filepath.ToSlash("a/b"), filepath.FromSlash("a/b"))
	fmt.Printf("%q\n", filepath.SplitList("/bin:/usr/bin::/opt"))
	fmt.Printf("%q %d\n", filepath.SplitList(""), len(filepath.SplitList("")))
	fmt.Println(filepath.HasPrefix("/a/b", "/a"))
}

// Output:
// / :
// "a/c/d"
// ""
// "/x"
// "a/c"
// "/usr/local/bin/" "go"
// "b.tar.gz" "/a" ".gz"
// "." "/" "."
// true false false
// "" "a/b" "a/b"
// ["/bin" "/usr/bin" "" "/opt"]
// [] 0
// true
