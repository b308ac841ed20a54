package main

import "fmt"

func sortStrings(a []string) {
	for i := 1; i < len(a); i++ {
		x := a[i]
		j := i - 1
		for j >= 0 && a[j] > x {
			a[j+1] = a[j]
			j--
		}
		a[j+1] = x
	}
}

func main() {
	ages := map[string]int{"carol": 41, "alice": 30, "eve": 25, "bob": 35, "dave": 29}
	var keys []string
	for k := range ages {
		keys = append(keys, k)
	}
	sortStrings(keys)
	for _, k := range keys {
		fmt.Println(k, ages[k])
	}
	fmt.Println(len(keys))
}

// Output:
// alice 30
// bob 35
// carol 41
// dave 29
// eve 25
// 5
