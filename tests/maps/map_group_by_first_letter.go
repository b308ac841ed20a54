package main

import (
	"fmt"
	"strings"
)

func main() {
	words := strings.Split("apple avocado banana blueberry cherry apricot", " ")
	groups := map[string][]string{}
	for _, w := range words {
		k := w[:1]
		groups[k] = append(groups[k], w)
	}
	fmt.Println(groups)
	fmt.Println(len(groups["a"]), strings.Join(groups["b"], "+"))
	sizes := map[string]int{}
	for k, v := range groups {
		sizes[strings.ToUpper(k)] = len(v)
	}
	fmt.Println(sizes)
}

// Output:
// map[a:[apple avocado apricot] b:[banana blueberry] c:[cherry]]
// 3 banana+blueberry
// map[A:3 B:2 C:1]
