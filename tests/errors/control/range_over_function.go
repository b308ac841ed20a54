package main

func f() int {
	return 3
}

func main() {
	for i := range f {
		println(i)
	}
}

// Error:
// 8:17: cannot range over f (value of type func() int)
