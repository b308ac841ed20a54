// Split, Join, Base, Dir, Ext and IsAbs on slash-separated paths.
package main

import (
	"fmt"
	"path"
)

func main() {
	for _, p := range []string{"", "a", "/", "a/b", "/a/b/", "a/b.c.txt", ".hidden", "dir.d/file", "//x//"} {
		dir, file := path.Split(p)
		fmt.Printf("%q: split %q %q base %q dir %q ext %q abs %v\n", p, dir, file, path.Base(p), path.Dir(p), path.Ext(p), path.IsAbs(p))
	}
	fmt.Printf("%q\n", path.Join())
	fmt.Printf("%q\n", path.Join("", ""))
	fmt.Printf("%q\n", path.Join("a", "b/", "../c", "/d"))
	fmt.Printf("%q\n", path.Join("/", "a"))
	fmt.Printf("%q\n", path.Join("", "a", ""))
}

// Output:
// "": split "" "" base "." dir "." ext "" abs false
// "a": split "" "a" base "a" dir "." ext "" abs false
// "/": split "/" "" base "/" dir "/" ext "" abs true
// "a/b": split "a/" "b" base "b" dir "a" ext "" abs false
// "/a/b/": split "/a/b/" "" base "b" dir "/a/b" ext "" abs true
// "a/b.c.txt": split "a/" "b.c.txt" base "b.c.txt" dir "a" ext ".txt" abs false
// ".hidden": split "" ".hidden" base ".hidden" dir "." ext ".hidden" abs false
// "dir.d/file": split "dir.d/" "file" base "file" dir "dir.d" ext "" abs false
// "//x//": split "//x//" "" base "x" dir "/x" ext "" abs true
// ""
// ""
// "a/c/d"
// "/a"
// "a"
