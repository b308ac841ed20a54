package main

import "fmt"

func main() {
	groups := map[string][]int{}
	for i := 1; i <= 10; i++ {
		key := "odd"
		if i%2 == 0 {
			key = "even"
		}
		groups[key] = append(groups[key], i)
	}
	fmt.Println(groups["odd"])
	fmt.Println(groups["even"])
	fmt.Println(len(groups["none"]), groups["none"] == nil)
	groups["odd"][0] = 100
	fmt.Println(groups["odd"][:2])
	byLen := map[int][]string{}
	for _, w := range []string{"a", "bb", "cc", "d", "eee"} {
		byLen[len(w)] = append(byLen[len(w)], w)
	}
	fmt.Println(byLen[1], byLen[2], byLen[3])
}

// Output:
// [1 3 5 7 9]
// [2 4 6 8 10]
// 0 true
// [100 3]
// [a d] [bb cc] [eee]
