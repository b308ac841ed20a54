package main

import (
	"fmt"
	"math"
)

// Multiplication is the textbook product with no Inf fixups, as Go's
// compiler emits it: (Inf+0i)*(Inf+0i) has a NaN part.
func main() {
	inf, nan := math.Inf(1), math.NaN()
	vals := []complex128{0, 1i, complex(inf, 0), complex(0, inf), complex(inf, -inf),
		complex(nan, 0), complex(1e200, 1e200), complex(-2, 0.5)}
	for _, a := range vals {
		for _, b := range vals {
			fmt.Print(a*b, " ")
		}
		fmt.Println()
	}
	var f complex64 = complex(float32(math.MaxFloat32), 1)
	fmt.Println(f*f, f*2)
}

// Output:
// (0+0i) (0+0i) (NaN+NaNi) (NaN+NaNi) (NaN+NaNi) (NaN+NaNi) (0+0i) (-0+0i) 
// (0+0i) (-1+0i) (NaN+Infi) (-Inf+NaNi) (NaN+NaNi) (NaN+NaNi) (-1e+200+1e+200i) (-0.5-2i) 
// (NaN+NaNi) (NaN+Infi) (+Inf+NaNi) (NaN+Infi) (NaN+NaNi) (NaN+NaNi) (+Inf+Infi) (-Inf+Infi) 
// (NaN+NaNi) (-Inf+NaNi) (NaN+Infi) (-Inf+NaNi) (NaN+NaNi) (NaN+NaNi) (-Inf+Infi) (-Inf-Infi) 
// (NaN+NaNi) (NaN+NaNi) (NaN+NaNi) (NaN+NaNi) (NaN-Infi) (NaN+NaNi) (+Inf+NaNi) (NaN+Infi) 
// (NaN+NaNi) (NaN+NaNi) (NaN+NaNi) (NaN+NaNi) (NaN+NaNi) (NaN+NaNi) (NaN+NaNi) (NaN+NaNi) 
// (0+0i) (-1e+200+1e+200i) (+Inf+Infi) (-Inf+Infi) (+Inf+NaNi) (NaN+NaNi) (NaN+Infi) (-2.4999999999999998e+200-1.5e+200i) 
// (-0+0i) (-0.5-2i) (-Inf+Infi) (-Inf-Infi) (NaN+Infi) (NaN+NaNi) (-2.4999999999999998e+200-1.5e+200i) (3.75-2i) 
// (+Inf+Infi) (+Inf+2i)
