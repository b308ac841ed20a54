package main

import "fmt"

type Vec3 [3]float64

func (v Vec3) Dot(w Vec3) float64 {
	return v[0]*w[0] + v[1]*w[1] + v[2]*w[2]
}

func (v *Vec3) Scale(k float64) {
	for i := range v {
		v[i] *= k
	}
}

func (v Vec3) Scaled(k float64) Vec3 {
	v.Scale(k)
	return v
}

func main() {
	a := Vec3{1, 2, 3}
	b := Vec3{4, 5, 6}
	fmt.Println(a.Dot(b))
	c := a.Scaled(10)
	fmt.Println(a, c)
	a.Scale(2)
	fmt.Println(a, len(a))
	fmt.Printf("%v %T\n", a == Vec3{2, 4, 6}, a)
}

// Output:
// 32
// [1 2 3] [10 20 30]
// [2 4 6] 3
// true main.Vec3
