package main

import "fmt"

func main() {
	names := []string{"apple", "kiwi", "watermelon"}
	qty := []int{3, 12, 1}
	price := []float64{0.5, 0.25, 3.999}
	fmt.Printf("%-10s|%5s|%8s\n", "item", "qty", "price")
	for i := range names {
		fmt.Printf("%-10s|%5d|%8.2f\n", names[i], qty[i], price[i])
	}
	total := 0.0
	for i := range names {
		total += float64(qty[i]) * price[i]
	}
	fmt.Printf("%-10s|%5s|%8.2f\n", "total", "", total)
}

// Output:
// item      |  qty|   price
// apple     |    3|    0.50
// kiwi      |   12|    0.25
// watermelon|    1|    4.00
// total     |     |    8.50
