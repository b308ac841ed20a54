package main

import "fmt"

func main() {
	codes := []int{3, 1, 4}
	sum := 0
	for _, c := range codes {
		sum += c
		fmt.Println("sum", sum)
	}
	if sum > 5 {
		panic(sum * 10)
	}
	fmt.Println("unreachable")
}

// Output:
// sum 3
// sum 4
// sum 8
// Panic: 80
