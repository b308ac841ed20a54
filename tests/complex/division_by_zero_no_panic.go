package main

import "fmt"

// A complex division by a zero variable gives Inf and NaN parts; only
// integer division panics.
func main() {
	var z complex128
	var z64 complex64
	fmt.Println(1/z, (1+1i)/z, 0/z, -1i/z)
	fmt.Println(1/z64, complex64(1i)/z64)
	x := 3 + 4i
	x /= z
	fmt.Println(x)
}

// Output:
// (+Inf+NaNi) (+Inf+Infi) (NaN+NaNi) (NaN-Infi)
// (+Inf+NaNi) (NaN+Infi)
// (+Inf+Infi)
