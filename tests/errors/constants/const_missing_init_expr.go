package main

const x int

func main() {
	println(x)
}

// Error:
// 3:7: missing init expr for x
