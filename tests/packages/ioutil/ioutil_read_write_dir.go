// ioutil's helpers: WriteFile, ReadFile, ReadAll, ReadDir (sorted
// FileInfos), TempDir, TempFile, NopCloser and Discard, and their errors.
package main

import (
	"fmt"
	"io/ioutil"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	dir, err := ioutil.TempDir("", "iou-*")
	fmt.Println(err, strings.HasPrefix(filepath.Base(dir), "iou-"))
	defer os.RemoveAll(dir)
	fmt.Println(ioutil.WriteFile(filepath.Join(dir, "b.txt"), []byte("bee"), 0644))
	fmt.Println(ioutil.WriteFile(filepath.Join(dir, "a.txt"), []byte("a"), 0600))
	os.Mkdir(filepath.Join(dir, "sub"), 0755)
	b, err := ioutil.ReadFile(filepath.Join(dir, "b.txt"))
	fmt.Printf("%q %v\n", b, err)
	_, err = ioutil.ReadFile("nosuch")
	fmt.Println(err)
	infos, err := ioutil.ReadDir(dir)
	for _, fi := range infos {
		fmt.Println(fi.Name(), fi.Size(), fi.IsDir(), fi.Mode().Perm())
	}
	fmt.Println(err)
	_, err = ioutil.ReadDir("nosuch")
	fmt.Println(err)
	all, err := ioutil.ReadAll(strings.NewReader("everything"))
	fmt.Printf("%q %v\n", all, err)
	rc := ioutil.NopCloser(strings.NewReader("x"))
	fmt.Println(rc.Close())
	n, err := ioutil.Discard.Write([]byte("abc"))
	fmt.Println(n, err)
	f, err := ioutil.TempFile(dir, "t*.log")
	fmt.Println(err, strings.HasPrefix(filepath.Base(f.Name()), "t"), strings.HasSuffix(f.Name(), ".log"))
	f.Close()
	_, err = ioutil.TempFile(dir, "bad/pattern")
	fmt.Println(strings.ReplaceAll(err.Error(), dir, "DIR"))
}

// Output:
// <nil> true
// <nil>
// <nil>
// "bee" <nil>
// open nosuch: no such file or directory
// a.txt 1 false -rw-------
// b.txt 3 false -rw-r--r--
// sub 4096 true -rwxr-xr-x
// <nil>
// open nosuch: no such file or directory
// "everything" <nil>
// <nil>
// 3 <nil>
// <nil> true true
// createtemp bad/pattern: pattern contains path separator
