package main

import (
	"fmt"
	"sort"
)

type Item struct {
	Key, Seq int
}

type ByKey []Item

func (b ByKey) Len() int           { return len(b) }
func (b ByKey) Less(i, j int) bool { return b[i].Key < b[j].Key }
func (b ByKey) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	var items []Item
	seed := uint32(12345)
	for i := 0; i < 500; i++ {
		seed = seed*1103515245 + 12345
		items = append(items, Item{int(seed>>16) % 7, i})
	}
	sort.Stable(ByKey(items))
	ok := true
	for i := 1; i < len(items); i++ {
		a, b := items[i-1], items[i]
		if a.Key > b.Key || (a.Key == b.Key && a.Seq > b.Seq) {
			ok = false
		}
	}
	fmt.Println(ok, sort.IsSorted(ByKey(items)))
	fmt.Println(items[:5])
	fmt.Println(items[len(items)-3:])
}

// Output:
// true true
// [{0 0} {0 1} {0 12} {0 15} {0 18}]
// [{6 476} {6 486} {6 497}]
