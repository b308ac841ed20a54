package main

type T struct{}

func main() {
	t := T{}
	t.M()
}

// Error:
// 7:4: t.M undefined (type T has no field or method M)
