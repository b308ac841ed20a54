package main

import "fmt"

func sortStrings(a []string) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func main() {
	words := []string{"pear", "Apple", "fig", "apple", "banana", "", "Zed", "éclair", "ab"}
	sortStrings(words)
	fmt.Printf("%q\n", words)
	for _, w := range words {
		fmt.Printf("%d [%s]\n", len(w), w)
	}
}

// Output:
// ["" "Apple" "Zed" "ab" "apple" "banana" "fig" "pear" "éclair"]
// 0 []
// 5 [Apple]
// 3 [Zed]
// 2 [ab]
// 5 [apple]
// 6 [banana]
// 3 [fig]
// 4 [pear]
// 7 [éclair]
