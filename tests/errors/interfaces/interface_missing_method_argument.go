package main

type Namer interface {
	Name() string
}

type Dog struct{}

func show(n Namer) {
	println(n.Name())
}

func main() {
	show(Dog{})
}

// Error:
// 14:7: cannot use Dog{} (value of type Dog) as type Namer in argument to show:
// 	Dog does not implement Namer (missing Name method)
