package main

func main() {
	x := make(int, 3)
	println(x)
}

// Error:
// 4:12: invalid argument: cannot make int; type must be slice, map, or channel
