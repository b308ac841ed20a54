package main

import (
	"fmt"
	"strings"
)

func main() {
	text := "the quick brown fox jumps over the lazy dog the fox"
	freq := map[string]int{}
	for _, w := range strings.Split(text, " ") {
		freq[w]++
	}
	var words []string
	for w := range freq {
		words = append(words, w)
	}
	// sort by count descending, then word ascending
	for i := 1; i < len(words); i++ {
		x := words[i]
		j := i - 1
		for j >= 0 && (freq[words[j]] < freq[x] || freq[words[j]] == freq[x] && words[j] > x) {
			words[j+1] = words[j]
			j--
		}
		words[j+1] = x
	}
	for _, w := range words {
		fmt.Printf("%-6s %d\n", w, freq[w])
	}
	fmt.Println(len(words), "distinct words")
}

// Output:
// the    3
// fox    2
// brown  1
// dog    1
// jumps  1
// lazy   1
// over   1
// quick  1
// 8 distinct words
