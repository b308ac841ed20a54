package main

import "fmt"

// Print puts spaces between complex operands (they are not strings);
// complex64 prints with float32 precision.
func main() {
	fmt.Print(1i, 2i, "\n")
	fmt.Print("a", 1i, "b\n")
	fmt.Println(complex64(0.1+0.2i), 0.1+0.2i)
	s := fmt.Sprint(complex64(1.0/3), complex(1.0/3, 0))
	fmt.Println(s, len(s))
	fmt.Println(fmt.Sprintln(1e20i, 1e21i, 1e-4+1e-5i))
	fmt.Println(complex(123456789, 0.000001), complex64(complex(123456789, 0.000001)))
}

// Output:
// (0+1i) (0+2i)
// a(0+1i)b
// (0.1+0.2i) (0.1+0.2i)
// (0.33333334+0i) (0.3333333333333333+0i) 39
// (0+1e+20i) (0+1e+21i) (0.0001+1e-05i)
//
// (1.23456789e+08+1e-06i) (1.2345679e+08+1e-06i)
