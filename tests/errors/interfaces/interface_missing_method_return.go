package main

type Namer interface {
	Name() string
}

type Cat struct{}

func get() Namer {
	return Cat{}
}

func main() {
	println(get() != nil)
}

// Error:
// 10:9: cannot use Cat{} (value of type Cat) as type Namer in return statement:
// 	Cat does not implement Namer (missing Name method)
