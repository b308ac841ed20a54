package main

func main() {
	x := _
	println(x)
}

// Error:
// 4:7: cannot use _ as value or type
