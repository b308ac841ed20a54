package main

import "fmt"

func classify(n int) string {
	result := "none"
sw:
	switch {
	case n > 0:
		for i := 2; i < n; i++ {
			if n%i == 0 {
				result = fmt.Sprint("composite by ", i)
				break sw
			}
		}
		result = "prime or one"
	case n < 0:
		result = "negative"
	}
	return result
}

func main() {
	for _, n := range []int{7, 9, 1, -3, 0, 15} {
		fmt.Println(n, classify(n))
	}
}

// Output:
// 7 prime or one
// 9 composite by 3
// 1 prime or one
// -3 negative
// 0 none
// 15 composite by 3
