package main

import "fmt"

func main() {
	text := "The quick brown fox jumps over the lazy dog"
	vowels, spaces, other := 0, 0, 0
	for _, r := range text {
		switch r {
		case 'a', 'e', 'i', 'o', 'u':
			vowels++
		case ' ':
			spaces++
		default:
			other++
		}
	}
	fmt.Println(vowels, spaces, other)
	fmt.Println(vowels+spaces+other == len(text))
	counts := map[rune]int{}
	for _, r := range text {
		if r == 'o' || r == 'e' {
			counts[r]++
		}
	}
	fmt.Println(counts)
}

// Output:
// 11 8 24
// true
// map[101:3 111:4]
