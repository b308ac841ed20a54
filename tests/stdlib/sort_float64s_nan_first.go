package main

import (
	"fmt"
	"math"
	"sort"
)

func main() {
	fs := []float64{3.5, math.Inf(1), -1, math.NaN(), 0, math.Inf(-1), 2.25, math.NaN()}
	sort.Float64s(fs)
	fmt.Println(fs)
	fmt.Println(sort.Float64sAreSorted(fs))
	fmt.Println(sort.SearchFloat64s(fs, 2.25), sort.SearchFloat64s(fs, 100))
}

// Output:
// [NaN NaN -Inf -1 0 2.25 3.5 +Inf]
// true
// 5 7
