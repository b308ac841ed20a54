package main

func work() {}

func main() {
	x := work()
	println(x)
}

// Error:
// 6:7: work() (no value) used as value
