package main

type Person struct {
	Name string
	Age  int
}

func main() {
	p := Person{42, "Ann"}
	println(p.Name)
}

// Error:
// 9:14: cannot use 42 (untyped int constant) as string value in struct literal
// 9:18: cannot use "Ann" (untyped string constant) as int value in struct literal
