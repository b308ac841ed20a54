package main

func main() {
	var x interface{} = 1
	println(x)
	println(x.(type))
}

// Error:
// 6:10: invalid AST: use of .(type) outside type switch
