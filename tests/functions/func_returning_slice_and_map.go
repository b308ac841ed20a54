package main

import "fmt"

func evens(n int) []int {
	var out []int
	for i := 0; i < n; i += 2 {
		out = append(out, i)
	}
	return out
}

func lengths(ws []string) map[string]int {
	m := make(map[string]int, len(ws))
	for _, w := range ws {
		m[w] = len(w)
	}
	return m
}

func main() {
	fmt.Println(evens(9))
	fmt.Println(evens(0), evens(0) == nil)
	fmt.Println(lengths([]string{"a", "héllo", "世"}))
	fmt.Println(len(lengths(nil)))
}

// Output:
// [0 2 4 6 8]
// [] true
// map[a:1 héllo:6 世:3]
// 0
