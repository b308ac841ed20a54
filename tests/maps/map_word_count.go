package main

import (
	"fmt"
	"strings"
)

func main() {
	text := "the cat and the hat and the bat"
	counts := map[string]int{}
	for _, w := range strings.Split(text, " ") {
		counts[w]++
	}
	fmt.Println(counts)
	fmt.Println(len(counts), counts["the"], counts["dog"])
	letters := map[rune]int{}
	for _, r := range "hello" {
		letters[r]++
	}
	fmt.Println(letters)
}

// Output:
// map[and:2 bat:1 cat:1 hat:1 the:3]
// 5 3 0
// map[101:1 104:1 108:2 111:1]
