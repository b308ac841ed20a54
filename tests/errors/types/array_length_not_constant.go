package main

func main() {
	n := 4
	var a [n]int
	println(len(a), n)
}

// Error:
// 5:9: invalid array length n
