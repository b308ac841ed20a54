package main

var handlers map[func(int)]string

func main() {
	println(len(handlers))
}

// Error:
// 3:22: invalid map key type func(int)
