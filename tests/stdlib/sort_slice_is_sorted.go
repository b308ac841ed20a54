package main

import (
	"fmt"
	"sort"
)

type Run struct {
	Name string
	Secs float64
}

func main() {
	runs := []Run{{"a", 9.5}, {"b", 10.1}, {"c", 10.1}, {"d", 12}}
	byTime := func(i, j int) bool { return runs[i].Secs < runs[j].Secs }
	fmt.Println(sort.SliceIsSorted(runs, byTime))
	runs[0].Secs = 11
	fmt.Println(sort.SliceIsSorted(runs, byTime))
	fmt.Println(sort.SliceIsSorted([]int{}, func(i, j int) bool { return false }))
}

// Output:
// true
// false
// true
