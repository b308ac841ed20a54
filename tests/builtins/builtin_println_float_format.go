package main

func main() {
	println(2.5)
	println(0.0)
	x := 1.0 / 3.0
	println(x)
	println(-100.25)
	println(1e21)
}

// Stderr:
// +2.500000e+000
// +0.000000e+000
// +3.333333e-001
// -1.002500e+002
// +1.000000e+021
