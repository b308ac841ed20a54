package main

import "fmt"

func mergeSort(xs []string) []string {
	if len(xs) <= 1 {
		return xs
	}
	mid := len(xs) / 2
	left := mergeSort(xs[:mid])
	right := mergeSort(xs[mid:])
	out := make([]string, 0, len(xs))
	i, j := 0, 0
	for i < len(left) && j < len(right) {
		if left[i] <= right[j] {
			out = append(out, left[i])
			i++
		} else {
			out = append(out, right[j])
			j++
		}
	}
	out = append(out, left[i:]...)
	out = append(out, right[j:]...)
	return out
}

func main() {
	words := []string{"pear", "apple", "fig", "banana", "cherry", "apple", "date", "Zebra"}
	sorted := mergeSort(words)
	fmt.Println(sorted)
	fmt.Println(words[0], len(sorted))
	fmt.Println(mergeSort([]string{}), mergeSort([]string{"solo"}))
}

// Output:
// [Zebra apple apple banana cherry date fig pear]
// pear 8
// [] [solo]
