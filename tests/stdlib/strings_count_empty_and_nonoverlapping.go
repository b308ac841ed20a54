package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.Count("cheese", "e"))
	fmt.Println(strings.Count("five", ""))
	fmt.Println(strings.Count("héllo", ""))
	fmt.Println(strings.Count("aaaa", "aa"))
	fmt.Println(strings.Count("", ""))
	fmt.Println(strings.Count("abc", "abcd"))
}

// Output:
// 3
// 5
// 6
// 2
// 1
// 0
