package main

type T struct{}

func (t *T) M() {}

func main() {
	t := &T{}
	pp := &t
	pp.M()
}

// Error:
// 10:5: pp.M undefined (type **T has no field or method M)
