// os.ReadDir returns DirEntries sorted by name, with their types and
// Info; a file that is not a directory and a missing one are errors.
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func main() {
	dir, _ := os.MkdirTemp("", "rd")
	defer os.RemoveAll(dir)
	os.MkdirAll(filepath.Join(dir, "sub/inner"), 0755)
	os.WriteFile(filepath.Join(dir, "b.txt"), []byte("bb"), 0644)
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("a"), 0644)
	os.Symlink("a.txt", filepath.Join(dir, "link"))
	es, err := os.ReadDir(dir)
	fmt.Println(len(es), err)
	for _, e := range es {
		info, err := e.Info()
		fmt.Println(e.Name(), e.IsDir(), e.Type(), info.Name(), info.Size() > 0, err)
	}
	f, _ := os.Open(dir)
	names, err := f.Readdirnames(2)
	fmt.Println(len(names), err)
	rest, err := f.Readdirnames(-1)
	fmt.Println(len(rest), err)
	more, err := f.Readdirnames(1)
	fmt.Println(more, err)
	all := append(names, rest...)
	sort.Strings(all)
	fmt.Println(all)
	f.Close()
	_, err = f.Readdirnames(-1)
	fmt.Println(strings.ReplaceAll(err.Error(), dir, "DIR"))
	_, err = os.ReadDir(filepath.Join(dir, "a.txt"))
	fmt.Println(strings.ReplaceAll(err.Error(), dir, "DIR"))
	_, err = os.ReadDir("nosuch")
	fmt.Println(err)
	l, err := os.Readlink(filepath.Join(dir, "link"))
	fmt.Println(l, err)
	_, err = os.Readlink("nosuch")
	fmt.Println(err)
	fmt.Println(os.MkdirAll(filepath.Join(dir, "x/y/z"), 0755), os.MkdirAll(filepath.Join(dir, "x/y"), 0755))
	err = os.MkdirAll(filepath.Join(dir, "a.txt/q"), 0755)
	fmt.Println(strings.ReplaceAll(err.Error(), dir, "DIR"))
	err = os.Symlink("a", filepath.Join(dir, "link"))
	fmt.Println(strings.ReplaceAll(err.Error(), dir, "DIR"))
	fmt.Println(os.Chdir("nosuch"), os.IsPathSeparator('/'), string(os.PathListSeparator))
}

// Output:
// 4 <nil>
// a.txt false ---------- a.txt true <nil>
// b.txt false ---------- b.txt true <nil>
// link false L--------- link true <nil>
// sub true d--------- sub true <nil>
// 2 <nil>
// 2 <nil>
// [] EOF
// [a.txt b.txt link sub]
// readdirent DIR: use of closed file
// readdirent DIR/a.txt: not a directory
// open nosuch: no such file or directory
// a.txt <nil>
// readlink nosuch: no such file or directory
// <nil> <nil>
// mkdir DIR/a.txt: not a directory
// symlink a DIR/link: file exists
// chdir nosuch: no such file or directory true :
