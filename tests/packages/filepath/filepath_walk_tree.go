// Walk and WalkDir visit a tree in lexical order; SkipDir skips a
// directory (or the rest of a file's directory), and a walk function's error is
// returned.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

func main() {
	root, _ := os.MkdirTemp("", "walk")
	defer os.RemoveAll(root)
	for _, d := range []string{"b/x", "a", "c/deep/er"} {
		os.MkdirAll(filepath.Join(root, d), 0755)
	}
	for _, f := range []string{"z.txt", "a/1.txt", "a/2.txt", "b/x/f", "c/deep/er/leaf", "c/top"} {
		os.WriteFile(filepath.Join(root, f), []byte(f), 0644)
	}
	rel := func(p string) string {
		r, _ := filepath.Rel(root, p)
		return r
	}
	err := filepath.Walk(root, func(p string, info fs.FileInfo, err error) error {
		fmt.Println("walk", rel(p), info.IsDir(), info.Name() == filepath.Base(p), err)
		if info.Name() == "b" {
			return filepath.SkipDir
		}
		return nil
	})
	fmt.Println("=>", err)
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		fmt.Println("walkdir", rel(p), d.IsDir(), d.Type().IsDir(), err)
		if d.Name() == "1.txt" {
			return filepath.SkipDir
		}
		return nil
	})
	fmt.Println("=>", err)
	stop := errors.New("stop")
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if d.Name() == "b" {
			return stop
		}
		return nil
	})
	fmt.Println("=>", err)
	err = filepath.Walk(filepath.Join(root, "nosuch"), func(p string, info fs.FileInfo, err error) error {
		fmt.Println("missing", rel(p), info == nil, err != nil)
		return err
	})
	fmt.Println("=>", errors.Is(err, fs.ErrNotExist))
	err = filepath.WalkDir(filepath.Join(root, "z.txt"), func(p string, d fs.DirEntry, err error) error {
		fmt.Println("file root", rel(p), d.Name(), d.IsDir())
		return filepath.SkipDir
	})
	fmt.Println("=>", err)
}

// Output:
// walk . true true <nil>
// walk a true true <nil>
// walk a/1.txt false true <nil>
// walk a/2.txt false true <nil>
// walk b true true <nil>
// walk c true true <nil>
// walk c/deep true true <nil>
// walk c/deep/er true true <nil>
// walk c/deep/er/leaf false true <nil>
// walk c/top false true <nil>
// walk z.txt false true <nil>
// => <nil>
// walkdir . true true <nil>
// walkdir a true true <nil>
// walkdir a/1.txt false false <nil>
// walkdir b true true <nil>
// walkdir b/x true true <nil>
// walkdir b/x/f false false <nil>
// walkdir c true true <nil>
// walkdir c/deep true true <nil>
// walkdir c/deep/er true true <nil>
// walkdir c/deep/er/leaf false false <nil>
// walkdir c/top false false <nil>
// walkdir z.txt false false <nil>
// => <nil>
// => stop
// missing nosuch true true
// => true
// file root z.txt z.txt false
// => <nil>
