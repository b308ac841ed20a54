// Walk and WalkDir do not follow symbolic links, not even a root that is
// one: the link is visited as itself; SkipDir from a file's callback
// skips the rest of its directory; a walk of a single file visits it.
package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

func main() {
	dir, _ := os.MkdirTemp("", "walk")
	defer os.RemoveAll(dir)
	os.MkdirAll(filepath.Join(dir, "a/b"), 0o755)
	os.WriteFile(filepath.Join(dir, "a/f1"), []byte("x"), 0o644)
	os.WriteFile(filepath.Join(dir, "a/f2"), []byte("x"), 0o644)
	os.WriteFile(filepath.Join(dir, "a/b/g"), []byte("xy"), 0o644)
	os.Symlink("a", filepath.Join(dir, "link"))
	rel := func(p string) string { r, _ := filepath.Rel(dir, p); return r }
	walk := func(root string) {
		err := filepath.Walk(root, func(p string, info fs.FileInfo, err error) error {
			fmt.Println("walk", rel(p), info.IsDir(), info.Mode()&fs.ModeSymlink != 0)
			if info.Name() == "f1" {
				return filepath.SkipDir
			}
			return nil
		})
		fmt.Println("=>", err)
		err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			fmt.Println("walkdir", rel(p), d.IsDir(), d.Type()&fs.ModeSymlink != 0)
			return nil
		})
		fmt.Println("=>", err)
	}
	walk(dir)
	walk(filepath.Join(dir, "link"))
	walk(filepath.Join(dir, "a/b/g"))
}

// Output:
// walk . true false
// walk a true false
// walk a/b true false
// walk a/b/g false false
// walk a/f1 false false
// walk link false true
// => <nil>
// walkdir . true false
// walkdir a true false
// walkdir a/b true false
// walkdir a/b/g false false
// walkdir a/f1 false false
// walkdir a/f2 false false
// walkdir link false true
// => <nil>
// walk link false true
// => <nil>
// walkdir link false true
// => <nil>
// walk a/b/g false false
// => <nil>
// walkdir a/b/g false false
// => <nil>
