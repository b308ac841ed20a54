package main

import "fmt"

func main() {
	fmt.Printf("%d + %d = %d\n", 2, 3, 2+3)
	fmt.Printf("%s is %d years and %.1f%% done\n", "task", 3, 42.55)
	fmt.Printf("%v %v %v %v\n", 1, "two", 3.0, []int{4})
	fmt.Printf("%c%c|%q|%x\n", 'o', 'k', "q", 16)
	items := []string{"pen", "ink", "pad"}
	prices := []float64{1.5, 12.25, 3}
	for i := range items {
		fmt.Printf("%-5s%6.2f\n", items[i], prices[i])
	}
}

// Output:
// 2 + 3 = 5
// task is 3 years and 42.5% done
// 1 two 3 [4]
// ok|"q"|10
// pen    1.50
// ink   12.25
// pad    3.00
