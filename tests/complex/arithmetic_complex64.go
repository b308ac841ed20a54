package main

import "fmt"

// complex64 rounds each part to float32: + and - in float32, * and /
// computed in float64 and rounded, as Go's compiler does.
func main() {
	var a complex64 = complex(0.1, 0.2)
	var b complex64 = complex(1.0/3, -2.0/3)
	fmt.Println(a+b, a-b, a*b, a/b)
	s := complex64(0)
	for i := 0; i < 10; i++ {
		s += a
	}
	fmt.Println(s, s == 1+2i)
	var big complex64 = complex(1e20, 1e20)
	fmt.Println(big*big, big/complex(1e-30, 0))
	x := complex64(complex(float32(16777216), 1))
	fmt.Println(x+1, x*x)
	fmt.Println(real(a*b), imag(a/b))
	fmt.Printf("%T %T\n", a*b, real(a))
}

// Output:
// (0.43333334-0.4666667i) (-0.23333335+0.8666667i) (0.16666667+0i) (-0.17999999+0.24i)
// (1.0000001+2.0000002i) false
// (0+Infi) (+Inf+Infi)
// (1.6777216e+07+1i) (2.8147498e+14+3.3554432e+07i)
// 0.16666667 0.24
// complex64 float32
