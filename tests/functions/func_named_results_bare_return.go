package main

import "fmt"

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func stats(xs []int) (count int, total int, mean float64) {
	for _, x := range xs {
		count++
		total += x
	}
	if count == 0 {
		return
	}
	mean = float64(total) / float64(count)
	return
}

func override() (s string) {
	s = "named"
	return "explicit"
}

func main() {
	fmt.Println(split(17))
	fmt.Println(stats([]int{1, 2, 3, 4}))
	fmt.Println(stats(nil))
	fmt.Println(override())
}

// Output:
// 7 10
// 4 10 2.5
// 0 0 0
// explicit
