package main

import "fmt"

func main() {
	a := complex(3, 4)
	b := complex(1, -2)
	fmt.Println(a+b, a-b, a*b, a/b)
	fmt.Println(b+a, b-a, b*a, b/a)
	fmt.Println(a*a*a, a/a, (a+b)*(a-b))
	c := 0.1 + 0.2i
	d := 0.3 - 0.7i
	fmt.Println(c*d, c/d, c+d, c-d)
	x := 1 + 1i
	p := complex(1, 0)
	for i := 0; i < 8; i++ {
		p *= x
	}
	fmt.Println(p)
	e := complex(1e-310, 1e308)
	fmt.Println(e*e, e/e, e/(1+0i))
}

// Output:
// (4+2i) (2+6i) (11-2i) (-1+2i)
// (4+2i) (-2-6i) (11-2i) (-0.2-0.4i)
// (-117+44i) (1+0i) (-4+28i)
// (0.16999999999999998-0.009999999999999995i) (-0.18965517241379312+0.2241379310344828i) (0.4-0.49999999999999994i) (-0.19999999999999998+0.8999999999999999i)
// (16+0i)
// (-Inf+0.019999999999999938i) (1-0i) (1e-310+1e+308i)
