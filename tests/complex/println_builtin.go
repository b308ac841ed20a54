package main

import "math"

func main() {
	println(1 + 2i)
	var c64 complex64 = 0.5 - 0.25i
	println(c64, -1i)
	var z complex128
	println(z, -z)
	println(complex(math.Inf(1), math.NaN()))
	print(1i, 2i, "\n")
}

// Stderr:
// (+1.000000e+000+2.000000e+000i)
// (+5.000000e-001-2.500000e-001i) (+0.000000e+000-1.000000e+000i)
// (+0.000000e+000+0.000000e+000i) (-0.000000e+000-0.000000e+000i)
// (+InfNaNi)
// (+0.000000e+000+1.000000e+000i)(+0.000000e+000+2.000000e+000i)
