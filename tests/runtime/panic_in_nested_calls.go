package main

func a() { b() }

func b() { c() }

func c() {
	var xs []string
	println(xs[2])
}

func main() {
	a()
}

// Panic: runtime error: index out of range [2] with length 0
