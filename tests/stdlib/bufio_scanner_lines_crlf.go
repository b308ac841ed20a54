package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	sc := bufio.NewScanner(strings.NewReader("first\nsecond\r\n\nlast without newline"))
	n := 0
	for sc.Scan() {
		n++
		fmt.Printf("%d %q\n", n, sc.Text())
	}
	fmt.Println(sc.Err())
	fmt.Println(sc.Scan())
}

// Output:
// 1 "first"
// 2 "second"
// 3 ""
// 4 "last without newline"
// <nil>
// false
