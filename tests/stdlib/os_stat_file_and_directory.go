package main

import (
	"fmt"
	"os"
)

func main() {
	dir, _ := os.MkdirTemp("", "gosh-stat-*")
	defer os.RemoveAll(dir)
	os.WriteFile(dir+"/report.txt", []byte("twelve bytes"), 0640)
	fi, err := os.Stat(dir + "/report.txt")
	fmt.Println(fi.Name(), fi.Size(), fi.Mode(), fi.IsDir(), err)
	di, err := os.Stat(dir)
	fmt.Println(di.IsDir(), di.Mode().IsDir(), di.Mode().Perm(), err)
	_, err = os.Stat(dir + "/nope")
	fmt.Println(os.IsNotExist(err), err.(*os.PathError).Op)
}

// Output:
// report.txt 12 -rw-r----- false <nil>
// true true -rwx------ <nil>
// true stat
