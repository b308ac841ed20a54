package main

import (
	"fmt"
	"io/fs"
	"os"
)

func main() {
	modes := []os.FileMode{0, 0644, 0755, 0600 | os.ModeDir, fs.ModeSymlink | 0777, fs.ModeNamedPipe | 0640, 0700 | fs.ModeSetuid}
	for _, m := range modes {
		fmt.Println(m, m.IsDir(), m.IsRegular(), m.Perm())
	}
	fmt.Printf("%v %d %o\n", os.FileMode(0750), os.FileMode(0750), os.FileMode(0750))
}

// Output:
// ---------- false true ----------
// -rw-r--r-- false true -rw-r--r--
// -rwxr-xr-x false true -rwxr-xr-x
// drw------- true false -rw-------
// Lrwxrwxrwx false false -rwxrwxrwx
// prw-r----- false false -rw-r-----
// urwx------ false true -rwx------
// -rwxr-x--- 488 750
