package main

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
)

func main() {
	r := bufio.NewReader(strings.NewReader("3\nrest\n"))
	var a int
	fmt.Fscan(r, &a)
	line, _ := r.ReadString('\n')
	fmt.Printf("%d %q\n", a, line)
	sr := strings.NewReader("7 8\nnext")
	fmt.Fscan(sr, &a)
	var rest bytes.Buffer
	rest.ReadFrom(sr)
	fmt.Printf("%d %q\n", a, rest.String())
	var b, c int
	bb := bytes.NewBufferString("10 20 30")
	fmt.Fscan(bb, &b, &c)
	fmt.Println(b, c, bb.String())
}

// Output:
// 3 "\n"
// 7 " 8\nnext"
// 10 20  30
