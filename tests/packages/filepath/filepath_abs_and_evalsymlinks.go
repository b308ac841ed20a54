// Abs joins a relative path to the working directory; EvalSymlinks
// follows relative and absolute links and reports a missing file.
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	root, _ := os.MkdirTemp("", "links")
	defer os.RemoveAll(root)
	root, _ = filepath.EvalSymlinks(root)
	os.MkdirAll(filepath.Join(root, "real/inner"), 0755)
	os.WriteFile(filepath.Join(root, "real/inner/f"), nil, 0644)
	os.Symlink("real", filepath.Join(root, "rel"))
	os.Symlink(filepath.Join(root, "real/inner"), filepath.Join(root, "abs"))
	os.Symlink("../rel/inner/f", filepath.Join(root, "real/up"))
	os.Chdir(root)
	show := func(p string) {
		r, err := filepath.EvalSymlinks(p)
		fmt.Printf("%q: %q %v\n", strings.ReplaceAll(p, root, "ROOT"), strings.ReplaceAll(r, root, "ROOT"), err != nil)
	}
	show("rel/inner/f")
	show("abs/f")
	show("real/up")
	show(filepath.Join(root, "rel/./inner/../inner"))
	show("real/../rel")
	show("nosuch/x")
	_, err := filepath.EvalSymlinks("real/inner/f/x")
	fmt.Println(err)
	_, err = filepath.EvalSymlinks("nosuch")
	fmt.Println(err)
	a, err := filepath.Abs("x/../y")
	fmt.Println(strings.ReplaceAll(a, root, "ROOT"), err)
	a, _ = filepath.Abs("/p/./q/")
	fmt.Println(a)
}

// Output:
// "rel/inner/f": "real/inner/f" false
// "abs/f": "ROOT/real/inner/f" false
// "real/up": "real/inner/f" false
// "ROOT/rel/inner": "ROOT/real/inner" false
// "real/../rel": "real" false
// "nosuch/x": "" true
// not a directory
// lstat nosuch: no such file or directory
// ROOT/y <nil>
// /p/q
