package main

type Person struct {
	Name string
	Age  int
}

func main() {
	p := Person{Name: "Ann", Age: "forty"}
	println(p.Name)
}

// Error:
// 9:32: cannot use "forty" (untyped string constant) as int value in struct literal
