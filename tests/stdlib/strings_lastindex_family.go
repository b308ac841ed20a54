package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.LastIndex("go gopher", "go"), strings.LastIndex("go gopher", "rodent"), strings.LastIndex("go", ""))
	fmt.Println(strings.LastIndexByte("Hello, world", 'o'), strings.LastIndexByte("Hello", 'x'))
	fmt.Println(strings.LastIndexAny("go gopher", "ordent"), strings.LastIndexAny("日本語", "日x"), strings.LastIndexAny("abc", ""))
}

// Output:
// 3 -1 2
// 8 -1
// 8 0 -1
