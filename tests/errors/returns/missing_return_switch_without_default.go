package main

func name(n int) string {
	switch n {
	case 1:
		return "one"
	case 2:
		return "two"
	}
}

func main() {
	println(name(1))
}

// Error:
// 10:1: missing return
