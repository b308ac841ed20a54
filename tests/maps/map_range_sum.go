package main

import "fmt"

func main() {
	prices := map[string]int{"apple": 3, "bread": 5, "milk": 2, "eggs": 4}
	total := 0
	maxPrice := 0
	count := 0
	for _, p := range prices {
		total += p
		if p > maxPrice {
			maxPrice = p
		}
		count++
	}
	fmt.Println(total, maxPrice, count)
	keyLen := 0
	for k := range prices {
		keyLen += len(k)
	}
	fmt.Println(keyLen)
	squares := map[int]int{}
	for i := 1; i <= 10; i++ {
		squares[i] = i * i
	}
	sum := 0
	for k, v := range squares {
		sum += k * v
	}
	fmt.Println(sum, len(squares))
}

// Output:
// 14 5 4
// 18
// 3025 10
