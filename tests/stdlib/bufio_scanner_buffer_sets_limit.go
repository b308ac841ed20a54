package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	sc := bufio.NewScanner(strings.NewReader("ok\n0123456789abcdef\n"))
	sc.Buffer(make([]byte, 2), 8)
	for sc.Scan() {
		fmt.Println(sc.Text())
	}
	fmt.Println(sc.Err())
	big := strings.Repeat("y", 100000)
	sc = bufio.NewScanner(strings.NewReader(big))
	sc.Buffer(nil, 200000)
	for sc.Scan() {
		fmt.Println(len(sc.Text()))
	}
	fmt.Println(sc.Err())
}

// Output:
// ok
// bufio.Scanner: token too long
// 100000
// <nil>
