package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	orig := s
	out := s[:0]
	for _, v := range s {
		if v%3 != 0 {
			out = append(out, v)
		}
	}
	fmt.Println(out, len(out), cap(out))
	fmt.Println(orig)
	words := []string{"go", "", "is", "", "", "fun"}
	n := 0
	for _, w := range words {
		if w != "" {
			words[n] = w
			n++
		}
	}
	words = words[:n]
	fmt.Println(words, len(words))
}

// Output:
// [1 2 4 5 7 8 10] 7 10
// [1 2 4 5 7 8 10 8 9 10]
// [go is fun] 3
