package main

import "fmt"

func main() {
	ops := map[string]func(float64, float64) float64{
		"+": func(a, b float64) float64 { return a + b },
		"-": func(a, b float64) float64 { return a - b },
		"*": func(a, b float64) float64 { return a * b },
		"/": func(a, b float64) float64 { return a / b },
	}
	for _, k := range []string{"+", "-", "*", "/"} {
		fmt.Println(k, ops[k](7, 2))
	}
	if f, ok := ops["%"]; !ok {
		fmt.Println("no % op", f == nil)
	}
	ops["max"] = func(a, b float64) float64 {
		if a > b {
			return a
		}
		return b
	}
	fmt.Println(ops["max"](3, 9), len(ops))
}

// Output:
// + 9
// - 5
// * 14
// / 3.5
// no % op true
// 9 5
