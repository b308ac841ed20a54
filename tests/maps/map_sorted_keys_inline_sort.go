package main

import "fmt"

func main() {
	ages := map[string]int{"mia": 31, "bob": 45, "zed": 19, "amy": 27, "kim": 33}
	keys := []string{}
	for k := range ages {
		keys = append(keys, k)
	}
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	for _, k := range keys {
		fmt.Printf("%-4s %3d\n", k, ages[k])
	}
	fmt.Println(keys)
}

// Output:
// amy   27
// bob   45
// kim   33
// mia   31
// zed   19
// [amy bob kim mia zed]
