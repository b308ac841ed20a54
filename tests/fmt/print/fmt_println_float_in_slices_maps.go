package main

import "fmt"

func main() {
	fs := []float64{1, 2.5, 1e6, 1e21, 0.000001}
	fmt.Println(fs)
	fmt.Printf("%v\n", fs)
	m := map[string]float64{"a": 3, "b": 0.5}
	fmt.Println(m)
	fmt.Print(1.0, 2.0, "\n")
	s := fmt.Sprint(3.0)
	fmt.Println(s, len(s))
	fmt.Println(fmt.Sprintf("%v|%f", 1e21, 1.0))
}

// Output:
// [1 2.5 1e+06 1e+21 1e-06]
// [1 2.5 1e+06 1e+21 1e-06]
// map[a:3 b:0.5]
// 1 2
// 3 1
// 1e+21|1.000000
