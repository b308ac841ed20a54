package main

type Point struct {
	X int
}

func main() {
	p := &Point{1}
	pp := &p
	println(pp.X)
}

// Error:
// 10:13: pp.X undefined (type **Point has no field or method X)
