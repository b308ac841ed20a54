package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("ping\n")), bufio.NewWriter(os.Stdout))
	line, err := rw.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	rw.WriteString("pong\n")
	rw.Flush()
	var sb strings.Builder
	w := bufio.NewWriter(&sb)
	n, err := w.ReadFrom(strings.NewReader("copied through"))
	fmt.Println(n, err, sb.Len())
	w.Flush()
	fmt.Println(sb.String())
	r := bufio.NewReader(strings.NewReader("to stdout\n"))
	m, err := r.WriteTo(os.Stdout)
	fmt.Println(m, err)
}

// Output:
// "ping\n" <nil>
// pong
// 14 <nil> 0
// copied through
// to stdout
// 10 <nil>
