package main

import "fmt"

func scale(p *complex128, k complex128) { *p *= k }

func main() {
	ch := make(chan complex128, 3)
	go func() {
		for i := 1; i <= 3; i++ {
			ch <- complex(float64(i), -float64(i))
		}
		close(ch)
	}()
	var sum complex128
	for v := range ch {
		sum += v
	}
	fmt.Println(sum)
	acc := 0i
	add := func(c complex128) { acc += c }
	add(1)
	add(2i)
	fmt.Println(acc)
	z := new(complex128)
	*z = 1 + 1i
	scale(z, 2i)
	fmt.Println(*z)
	type box struct{ v complex64 }
	b := &box{3}
	pv := &b.v
	*pv *= 2i
	fmt.Println(b.v, *pv)
	fns := []func() complex128{}
	for i := 0; i < 3; i++ {
		i := i
		fns = append(fns, func() complex128 { return complex(0, float64(i)) })
	}
	for _, f := range fns {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}


// Output:
// (6-6i)
// (1+2i)
// (-2+2i)
// (0+6i) (0+6i)
// (0+0i) (0+1i) (0+2i) 
