package main

import (
	"fmt"
	"strings"
)

func permutations(items []string) [][]string {
	if len(items) <= 1 {
		return [][]string{append([]string{}, items...)}
	}
	var out [][]string
	for i, it := range items {
		rest := make([]string, 0, len(items)-1)
		rest = append(rest, items[:i]...)
		rest = append(rest, items[i+1:]...)
		for _, p := range permutations(rest) {
			out = append(out, append([]string{it}, p...))
		}
	}
	return out
}

func main() {
	ps := permutations([]string{"a", "b", "c"})
	for _, p := range ps {
		fmt.Println(strings.Join(p, ""))
	}
	fmt.Println(len(permutations([]string{"1", "2", "3", "4", "5"})))
	fmt.Println(permutations(nil))
}

// Output:
// abc
// acb
// bac
// bca
// cab
// cba
// 120
// [[]]
