package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	sc := bufio.NewScanner(strings.NewReader("  the quick\tbrown\u00a0fox\u3000jumps \n over  "))
	sc.Split(bufio.ScanWords)
	count := 0
	for sc.Scan() {
		count++
		fmt.Printf(" %q", sc.Text())
	}
	fmt.Println()
	fmt.Println(count)
}

// Output:
//  "the" "quick" "brown" "fox" "jumps" "over"
// 6
