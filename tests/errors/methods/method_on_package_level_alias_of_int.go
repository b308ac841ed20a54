package main

type Int = int

func (i Int) Twice() int {
	return int(i) * 2
}

func main() {
	println(1)
}

// Error:
// 5:7: cannot define new methods on non-local type int
