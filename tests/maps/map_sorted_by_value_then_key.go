package main

import "fmt"

func main() {
	score := map[string]int{"ann": 3, "bob": 7, "cid": 3, "dee": 9, "eve": 7}
	var names []string
	for k := range score {
		names = append(names, k)
	}
	less := func(a, b string) bool {
		if score[a] != score[b] {
			return score[a] > score[b]
		}
		return a < b
	}
	for i := 1; i < len(names); i++ {
		for j := i; j > 0 && less(names[j], names[j-1]); j-- {
			names[j], names[j-1] = names[j-1], names[j]
		}
	}
	for rank, n := range names {
		fmt.Printf("%d. %s %d\n", rank+1, n, score[n])
	}
}

// Output:
// 1. dee 9
// 2. bob 7
// 3. eve 7
// 4. ann 3
// 5. cid 3
