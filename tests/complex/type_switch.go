package main

import "fmt"

type C complex128

func kind(v any) string {
	switch x := v.(type) {
	case complex64:
		return fmt.Sprint("complex64 ", x, real(x))
	case complex128:
		return fmt.Sprint("complex128 ", x, imag(x))
	case C:
		return fmt.Sprint("C ", x)
	case float64:
		return fmt.Sprint("float64 ", x)
	}
	return "other"
}

func main() {
	fmt.Println(kind(1i))
	fmt.Println(kind(complex64(2 + 1i)))
	fmt.Println(kind(C(3)))
	fmt.Println(kind(1.5))
	fmt.Println(kind(complex(1, 2)))
	fmt.Println(kind(complex(float32(1), 2)))
}

// Output:
// complex128 (0+1i) 1
// complex64 (2+1i) 2
// C (3+0i)
// float64 1.5
// complex128 (1+2i) 2
// complex64 (1+2i) 1
