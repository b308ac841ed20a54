package main

import "fmt"

func main() {
	count := 0
	var handlers []func() int
	for i := 0; i < 3; i++ {
		step := i + 1
		handlers = append(handlers, func() int {
			count += step
			return count
		})
	}
	for round := 0; round < 2; round++ {
		for _, h := range handlers {
			fmt.Print(h(), ";")
		}
		fmt.Println()
	}
	fmt.Println("count", count)
}

// Output:
// 1;3;6;
// 7;9;12;
// count 12
