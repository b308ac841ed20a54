package main

func main() {
	x := iota
	println(x)
}

// Error:
// 4:7: cannot use iota outside constant declaration
