package main

type Stringer interface {
	String() string
}

func main() {
	var s Stringer = 42
	println(s.String())
}

// Error:
// 8:19: cannot use 42 (constant of type int) as type Stringer in variable declaration:
// 	int does not implement Stringer (missing String method)
