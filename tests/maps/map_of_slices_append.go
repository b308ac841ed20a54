package main

import "fmt"

func main() {
	groups := map[string][]int{}
	nums := []int{1, 2, 3, 4, 5, 6, 7}
	for _, n := range nums {
		key := "odd"
		if n%2 == 0 {
			key = "even"
		}
		groups[key] = append(groups[key], n)
	}
	fmt.Println(groups)
	fmt.Println(len(groups["odd"]), len(groups["even"]), len(groups["none"]))
	groups["even"][0] = 200
	fmt.Println(groups["even"])
	s := groups["odd"]
	s[0] = -1
	fmt.Println(groups)
}

// Output:
// map[even:[2 4 6] odd:[1 3 5 7]]
// 4 3 0
// [200 4 6]
// map[even:[200 4 6] odd:[-1 3 5 7]]
