package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	f, err := os.CreateTemp("", "gosh-seek-*")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.Remove(f.Name())
	defer f.Close()
	f.WriteString("0123456789")
	pos, err := f.Seek(2, io.SeekStart)
	fmt.Println(pos, err)
	buf := make([]byte, 3)
	n, _ := f.Read(buf)
	fmt.Println(string(buf[:n]))
	pos, _ = f.Seek(1, io.SeekCurrent)
	fmt.Println(pos)
	n, _ = f.Read(buf)
	fmt.Println(string(buf[:n]))
	pos, _ = f.Seek(-2, io.SeekEnd)
	rest, err := io.ReadAll(f)
	fmt.Println(pos, string(rest), err)
	_, err = f.Seek(-100, io.SeekStart)
	fmt.Println(err.(*os.PathError).Op, err.(*os.PathError).Err)
}

// Output:
// 2 <nil>
// 234
// 6
// 678
// 8 89 <nil>
// seek invalid argument
