package main

import "fmt"

func bubbleSort(a []int) (swaps int) {
	n := len(a)
	for {
		swapped := false
		for i := 1; i < n; i++ {
			if a[i-1] > a[i] {
				a[i-1], a[i] = a[i], a[i-1]
				swapped = true
				swaps++
			}
		}
		n--
		if !swapped {
			break
		}
	}
	return
}

func main() {
	data := []int{5, 1, 4, 2, 8, 0, -3, 7}
	s := bubbleSort(data)
	fmt.Println(data, "swaps:", s)
	sorted := []int{1, 2, 3}
	fmt.Println(bubbleSort(sorted), sorted)
	rev := []int{5, 4, 3, 2, 1}
	fmt.Println(bubbleSort(rev), rev)
	var empty []int
	fmt.Println(bubbleSort(empty), empty)
}

// Output:
// [-3 0 1 2 4 5 7 8] swaps: 16
// 0 [1 2 3]
// 10 [1 2 3 4 5]
// 0 []
