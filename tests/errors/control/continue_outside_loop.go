package main

func main() {
	println("a")
	continue
}

// Error:
// 5:2: continue is not in a loop
