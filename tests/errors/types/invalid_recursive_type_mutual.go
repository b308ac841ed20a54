package main

type A struct {
	b B
}

type B struct {
	a A
}

func main() {
	var a A
	println(a.b.a.b)
}

// Error:
// 3:6: invalid recursive type A
// 	3:6: A refers to
// 	7:6: B refers to
// 	3:6: A
