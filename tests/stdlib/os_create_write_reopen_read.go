package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	f, err := os.CreateTemp("", "gosh-create-*.txt")
	if err != nil {
		fmt.Println(err)
		return
	}
	name := f.Name()
	defer os.Remove(name)
	for i := 1; i <= 3; i++ {
		fmt.Fprintf(f, "row %d\n", i)
	}
	n, err := f.WriteString("end\n")
	fmt.Println(n, err)
	fmt.Println(f.Close())

	g, err := os.Open(name)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer g.Close()
	buf := make([]byte, 7)
	for {
		n, err := g.Read(buf)
		if err == io.EOF {
			fmt.Println("EOF", n)
			break
		}
		fmt.Printf("%q\n", buf[:n])
	}
}

// Output:
// 4 <nil>
// <nil>
// "row 1\nr"
// "ow 2\nro"
// "w 3\nend"
// "\n"
// EOF 0
