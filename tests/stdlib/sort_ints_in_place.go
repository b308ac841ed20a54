package main

import (
	"fmt"
	"sort"
)

func main() {
	xs := []int{5, -2, 9, 0, 5, 3, -7, 1}
	alias := xs[:3]
	fmt.Println(sort.IntsAreSorted(xs))
	sort.Ints(xs)
	fmt.Println(xs, sort.IntsAreSorted(xs))
	fmt.Println(alias)
	var empty []int
	sort.Ints(empty)
	fmt.Println(empty == nil, sort.IntsAreSorted(empty))
}

// Output:
// false
// [-7 -2 0 1 3 5 5 9] true
// [-7 -2 0]
// true true
