package main

func main() {
	println("a")
	break
}

// Error:
// 5:2: break is not in a loop, switch, or select
