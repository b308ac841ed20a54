package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 4; i++ {
		i := i
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		fmt.Print(f(), ";")
	}
	fmt.Println()
	var gs []func() string
	for _, w := range []string{"x", "y", "z"} {
		w := w
		gs = append(gs, func() string { return w + w })
	}
	for _, g := range gs {
		fmt.Print(g(), ";")
	}
	fmt.Println()
	var hs []func() int
	for i := 0; i < 3; i++ {
		hs = append(hs, func(n int) func() int { return func() int { return n + 100 } }(i))
	}
	fmt.Println(hs[0](), hs[1](), hs[2]())
}

// Output:
// 0;1;4;9;
// xx;yy;zz;
// 100 101 102
