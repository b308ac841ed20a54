package main

import "fmt"

func main() {
	ops := map[string]func(float64, float64) float64{
		"+": func(a, b float64) float64 { return a + b },
		"-": func(a, b float64) float64 { return a - b },
		"*": func(a, b float64) float64 { return a * b },
		"/": func(a, b float64) float64 { return a / b },
	}
	exprs := [][]string{{"+", "3", "4"}, {"*", "2.5", "4"}, {"/", "1", "8"}, {"%", "1", "2"}}
	nums := map[string]float64{"1": 1, "2": 2, "3": 3, "4": 4, "8": 8, "2.5": 2.5}
	for _, e := range exprs {
		f, ok := ops[e[0]]
		if !ok {
			fmt.Println("unknown op", e[0])
			continue
		}
		fmt.Println(e[1], e[0], e[2], "=", f(nums[e[1]], nums[e[2]]))
	}
	fmt.Println(len(ops))
}

// Output:
// 3 + 4 = 7
// 2.5 * 4 = 10
// 1 / 8 = 0.125
// unknown op %
// 4
