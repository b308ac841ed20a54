package main

import "fmt"

// Go 1.19 does not take a type parameter as the argument of real, imag
// or complex, even when its every type would do.
func Re[T complex64 | complex128](x T) float64 {
	return float64(real(x))
}

func main() {
	fmt.Println(Re(1 + 2i))
}

// Error:
// 8:22: x (variable of type T constrained by complex64|complex128) not supported as argument to real for go1.18 (see issue #50937)
