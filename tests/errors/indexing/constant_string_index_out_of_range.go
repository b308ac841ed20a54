package main

func main() {
	const s = "abc"
	println(s[5])
}

// Error:
// 5:12: invalid argument: index 5 out of bounds [0:3]
