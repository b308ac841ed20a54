// Type-set constraints with unions and ~T allow the operations of their
// types: arithmetic, ordering, conversions, and defined types whose
// underlying type is in the set.
package main

import "fmt"

type Number interface {
	~int | ~int64 | ~float64
}

type Ordered interface {
	~int | ~int64 | ~float64 | ~string
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Max[T Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Convert[T, U Number](x T) U { return U(x) }

func Avg[T ~int64 | ~float64](xs ...T) T { return Sum(xs) / T(len(xs)) }

type Celsius float64

func main() {
	fmt.Println(Sum([]int{1, 2, 3}), Sum([]float64{1.5, 2.25}))
	fmt.Println(Sum([]Celsius{10, 20.5}))
	fmt.Println(Max(3, 7), Max("abc", "abd"), Max[float64](2, 1.5))
	c := Max[Celsius](1, 2)
	fmt.Printf("%T %v\n", c, c)
	fmt.Println(Convert[int, float64](3), Convert[float64, int](3.9))
	fmt.Println(Avg(1.0, 2.0, 4.5), Avg[int64](7, 8))
}

// Output:
// 6 3.75
// 30.5
// 7 abd 2
// main.Celsius 2
// 3 3
// 2.5 7
