package main

func main() {
	n := 0
L:
	switch n {
	default:
		for n < 3 {
			n++
			if n == 2 {
				continue L
			}
		}
	}
	println(n)
}

// Error:
// 11:14: invalid continue label L
