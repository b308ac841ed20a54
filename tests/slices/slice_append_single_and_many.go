package main

import "fmt"

func main() {
	var s []int
	s = append(s, 1)
	fmt.Println(s)
	s = append(s, 2, 3, 4)
	fmt.Println(s, len(s))
	s = append(s)
	fmt.Println(s)
	t := []int{10, 20}
	s = append(s, t...)
	fmt.Println(s, len(s))
	s = append(s, s...)
	fmt.Println(s)
	words := append([]string{}, "a", "b")
	words = append(words, words[0]+words[1])
	fmt.Println(words, len(words))
}

// Output:
// [1]
// [1 2 3 4] 4
// [1 2 3 4]
// [1 2 3 4 10 20] 6
// [1 2 3 4 10 20 1 2 3 4 10 20]
// [a b ab] 3
