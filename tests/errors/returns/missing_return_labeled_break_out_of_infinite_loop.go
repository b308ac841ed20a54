package main

func spin() int {
outer:
	for {
		for {
			break outer
		}
	}
}

func main() {
	println(spin())
}

// Error:
// 10:1: missing return
