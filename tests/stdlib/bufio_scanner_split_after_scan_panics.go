package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	sc := bufio.NewScanner(strings.NewReader("x\ny"))
	sc.Scan()
	fmt.Println(sc.Text())
	sc.Split(bufio.ScanWords)
}

// Output:
// x
// Panic: Split called after Scan
