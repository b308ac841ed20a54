package main

import (
	"fmt"
	"sort"
)

type Entry struct {
	Word string
	Len  int
}

func main() {
	words := []string{"go", "sort", "is", "a", "fine", "tool", "to", "keep", "by", "me"}
	var es []Entry
	for _, w := range words {
		es = append(es, Entry{w, len(w)})
	}
	sort.SliceStable(es, func(i, j int) bool { return es[i].Len < es[j].Len })
	fmt.Println(es)
	sort.SliceStable(es, func(i, j int) bool { return es[i].Len > es[j].Len })
	fmt.Println(es)
}

// Output:
// [{a 1} {go 2} {is 2} {to 2} {by 2} {me 2} {sort 4} {fine 4} {tool 4} {keep 4}]
// [{sort 4} {fine 4} {tool 4} {keep 4} {go 2} {is 2} {to 2} {by 2} {me 2} {a 1}]
