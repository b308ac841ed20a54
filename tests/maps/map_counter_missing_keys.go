package main

import "fmt"

func main() {
	counts := map[string]int{}
	for _, w := range []string{"a", "b", "a", "c", "a", "b"} {
		counts[w]++
	}
	fmt.Println(counts["a"], counts["b"], counts["c"], counts["d"])
	counts["d"] += 10
	counts["e"] -= 1
	counts["a"] *= 5
	fmt.Println(counts["a"], counts["d"], counts["e"], len(counts))
	totals := map[string]float64{}
	totals["x"] += 1.5
	totals["x"] += 2.25
	fmt.Println(totals["x"])
	strs := map[int]string{}
	strs[1] += "ab"
	strs[1] += "cd"
	fmt.Println(strs[1], len(strs))
}

// Output:
// 3 2 1 0
// 15 10 -1 5
// 3.75
// abcd 1
