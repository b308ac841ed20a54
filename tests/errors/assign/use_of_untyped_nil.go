package main

func main() {
	x := nil
	println(x)
}

// Error:
// 4:7: use of untyped nil in assignment
