package main

import "fmt"

func main() {
	zero := 0.0
	pos := 1.0 / zero
	neg := -1.0 / zero
	nan := zero / zero
	fmt.Println(pos, neg, nan)
	fmt.Println(pos > 1e308, neg < -1e308)
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1)
	fmt.Println(pos+neg, pos*0 == pos*0)
	fmt.Println(pos - pos)
	fmt.Printf("%f %.2f\n", pos, neg)
}

// Output:
// +Inf -Inf NaN
// true true
// false true false false
// NaN false
// NaN
// +Inf -Inf
