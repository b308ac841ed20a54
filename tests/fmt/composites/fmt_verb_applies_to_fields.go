package main

import "fmt"

type Rec struct {
	A int
	B int
	C uint8
}

type F struct {
	X, Y float64
}

func main() {
	r := Rec{10, 255, 7}
	fmt.Printf("%d\n", r)
	fmt.Printf("%x\n", r)
	fmt.Printf("%X\n", r)
	fmt.Printf("%o\n", r)
	fmt.Printf("%b\n", Rec{1, 2, 3})
	f := F{1.5, 2.75}
	fmt.Printf("%.1f\n", f)
	fmt.Printf("%e\n", f)
	fmt.Printf("%+.2f\n", []F{{1, -2}})
}

// Output:
// {10 255 7}
// {a ff 7}
// {A FF 7}
// {12 377 7}
// {1 10 11}
// {1.5 2.8}
// {1.500000e+00 2.750000e+00}
// [{+1.00 -2.00}]
