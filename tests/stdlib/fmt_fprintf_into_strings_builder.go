package main

import (
	"fmt"
	"strings"
)

func main() {
	var sb strings.Builder
	for i := 1; i <= 3; i++ {
		fmt.Fprintf(&sb, "%d:%s;", i, strings.Repeat("*", i))
	}
	fmt.Fprint(&sb, " total=", 3)
	fmt.Fprintln(&sb, " done")
	fmt.Printf("%q\n", sb.String())
	fmt.Println(sb.Len())
}

// Output:
// "1:*;2:**;3:***; total=3 done\n"
// 29
