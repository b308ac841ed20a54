package main

import (
	"fmt"
	"math"
)

// Division follows Go's runtime complex128div: Smith's algorithm, then
// C99's corrections when both parts come out NaN.
func main() {
	inf, nan := math.Inf(1), math.NaN()
	zero := 0.0
	vals := []complex128{0, 1, -1i, complex(-zero, zero), complex(inf, 0), complex(0, -inf),
		complex(inf, inf), complex(nan, 1), complex(1, nan), complex(1e308, -1e308), complex(2, 3)}
	for _, a := range vals {
		for _, b := range vals {
			fmt.Print(a/b, " ")
		}
		fmt.Println()
	}
}

// Output:
// (NaN+NaNi) (0+0i) (-0+0i) (NaN+NaNi) (0+0i) (-0+0i) (0+0i) (NaN+NaNi) (NaN+NaNi) (0+0i) (0+0i) 
// (+Inf+NaNi) (1+0i) (-0+1i) (-Inf+NaNi) (0+0i) (-0+0i) (0-0i) (NaN+NaNi) (NaN+NaNi) (0+0i) (0.15384615384615385-0.23076923076923078i) 
// (NaN-Infi) (0-1i) (1-0i) (NaN+Infi) (0-0i) (0-0i) (-0-0i) (NaN+NaNi) (NaN+NaNi) (0-0i) (-0.23076923076923078-0.15384615384615385i) 
// (NaN+NaNi) (0+0i) (-0-0i) (NaN+NaNi) (0+0i) (-0-0i) (0+0i) (NaN+NaNi) (NaN+NaNi) (-0+0i) (0+0i) 
// (+Inf+NaNi) (+Inf+NaNi) (NaN+Infi) (-Inf+NaNi) (NaN+NaNi) (NaN+NaNi) (NaN+NaNi) (NaN+NaNi) (NaN+NaNi) (+Inf+Infi) (+Inf-Infi) 
// (NaN-Infi) (NaN-Infi) (+Inf+NaNi) (NaN+Infi) (NaN+NaNi) (NaN+NaNi) (NaN+NaNi) (NaN+NaNi) (NaN+NaNi) (+Inf-Infi) (-Inf-Infi) 
// (+Inf+Infi) (+Inf+Infi) (-Inf+Infi) (-Inf-Infi) (NaN+NaNi) (NaN+NaNi) (NaN+NaNi) (NaN+NaNi) (NaN+NaNi) (NaN+Infi) (+Inf+NaNi) 
// (NaN+Infi) (NaN+NaNi) (NaN+NaNi) (NaN-Infi) (NaN+NaNi) (NaN+NaNi) (NaN+NaNi) (NaN+NaNi) (NaN+NaNi) (NaN+NaNi) (NaN+NaNi) 
// (+Inf+NaNi) (NaN+NaNi) (NaN+NaNi) (-Inf+NaNi) (NaN+NaNi) (NaN+NaNi) (NaN+NaNi) (NaN+NaNi) (NaN+NaNi) (NaN+NaNi) (NaN+NaNi) 
// (+Inf-Infi) (1e+308-1e+308i) (1e+308+1e+308i) (-Inf+Infi) (0-0i) (0+0i) (0+NaNi) (NaN+NaNi) (NaN+NaNi) (NaN+0i) (-7.692307692307694e+306-3.846153846153846e+307i) 
// (+Inf+Infi) (2+3i) (-3+2i) (-Inf-Infi) (0+0i) (-0+0i) (0+0i) (NaN+NaNi) (NaN+NaNi) (-0+0i) (1+0i) 
