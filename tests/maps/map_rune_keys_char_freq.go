package main

import "fmt"

func main() {
	freq := map[rune]int{}
	for _, r := range "mississippi ünï ünï" {
		if r != ' ' {
			freq[r]++
		}
	}
	fmt.Println(freq)
	keys := []rune{}
	for r := range freq {
		keys = append(keys, r)
	}
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	for _, r := range keys {
		fmt.Printf("%c=%d\n", r, freq[r])
	}
}

// Output:
// map[105:4 109:1 110:2 112:2 115:4 239:2 252:2]
// i=4
// m=1
// n=2
// p=2
// s=4
// ï=2
// ü=2
