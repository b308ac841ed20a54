package main

import (
	"fmt"
	"math"
)

func main() {
	inf, nan := math.Inf(1), math.NaN()
	vals := []complex128{complex(nan, inf), complex(-inf, nan), complex(inf, -inf), complex(nan, nan)}
	for _, v := range vals {
		fmt.Println(v)
		fmt.Printf("%v %.2f %+e %8.3g %08.1f\n", v, v, v, v, v)
	}
	fmt.Println(complex64(complex(inf, 0)), fmt.Sprint(complex(0, -inf)))
}

// Output:
// (NaN+Infi)
// (NaN+Infi) (NaN+Infi) (+NaN+Infi) (     NaN    +Infi) (     NaN    +Infi)
// (-Inf+NaNi)
// (-Inf+NaNi) (-Inf+NaNi) (-Inf+NaNi) (    -Inf    +NaNi) (    -Inf    +NaNi)
// (+Inf-Infi)
// (+Inf-Infi) (+Inf-Infi) (+Inf-Infi) (    +Inf    -Infi) (    +Inf    -Infi)
// (NaN+NaNi)
// (NaN+NaNi) (NaN+NaNi) (+NaN+NaNi) (     NaN    +NaNi) (     NaN    +NaNi)
// (+Inf+0i) (0-Infi)
