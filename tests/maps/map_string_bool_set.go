package main

import "fmt"

func main() {
	seen := map[string]bool{}
	words := []string{"a", "b", "a", "c", "b", "a"}
	var uniq []string
	for _, w := range words {
		if !seen[w] {
			seen[w] = true
			uniq = append(uniq, w)
		}
	}
	fmt.Println(uniq)
	fmt.Println(seen)
	fmt.Println(seen["a"], seen["zzz"], len(seen))
	seen["a"] = false
	fmt.Println(seen)
}

// Output:
// [a b c]
// map[a:true b:true c:true]
// true false 3
// map[a:false b:true c:true]
