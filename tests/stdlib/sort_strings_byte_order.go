package main

import (
	"fmt"
	"sort"
)

func main() {
	words := []string{"banana", "Apple", "cherry", "apple", "", "Ärger", "zebra", "Zebra", "app"}
	sort.Strings(words)
	for _, w := range words {
		fmt.Printf("%q\n", w)
	}
	fmt.Println(sort.StringsAreSorted(words))
}

// Output:
// ""
// "Apple"
// "Zebra"
// "app"
// "apple"
// "banana"
// "cherry"
// "zebra"
// "Ärger"
// true
