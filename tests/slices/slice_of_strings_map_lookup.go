package main

import "fmt"

func main() {
	names := []string{"ann", "bob", "cat"}
	index := map[string]int{}
	for i, n := range names {
		index[n] = i
	}
	fmt.Println(index)
	fmt.Println(names[index["cat"]])
	i, ok := index["dan"]
	fmt.Println(i, ok)
	names = append(names, "dan")
	index["dan"] = len(names) - 1
	fmt.Println(index["dan"], names[index["dan"]])
}

// Output:
// map[ann:0 bob:1 cat:2]
// cat
// 0 false
// 3 dan
