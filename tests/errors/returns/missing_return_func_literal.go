package main

func main() {
	f := func(n int) int {
		if n > 0 {
			return n
		}
	}
	println(f(1))
}

// Error:
// 8:2: missing return
