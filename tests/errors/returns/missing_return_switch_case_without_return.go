package main

func name(n int) string {
	switch {
	case n < 0:
		return "neg"
	case n == 0:
		println("zero")
	default:
		return "pos"
	}
}

func main() {
	println(name(1))
}

// Error:
// 12:1: missing return
