package main

func main() {
	m := map[string]int{}
	println(cap(m))
}

// Error:
// 5:14: invalid argument: m (variable of type map[string]int) for cap
