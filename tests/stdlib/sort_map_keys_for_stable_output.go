package main

import (
	"fmt"
	"sort"
)

func main() {
	stock := map[string]int{"pears": 4, "apples": 10, "kiwis": 0, "figs": 7}
	keys := make([]string, 0, len(stock))
	for k := range stock {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%-6s %2d\n", k, stock[k])
	}
	byCount := make([]string, len(keys))
	copy(byCount, keys)
	sort.SliceStable(byCount, func(i, j int) bool { return stock[byCount[i]] > stock[byCount[j]] })
	fmt.Println(byCount)
}

// Output:
// apples 10
// figs    7
// kiwis   0
// pears   4
// [apples figs pears kiwis]
