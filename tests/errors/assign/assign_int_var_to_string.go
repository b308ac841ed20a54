package main

func main() {
	n := 5
	var s string
	s = n
	println(s)
}

// Error:
// 6:6: cannot use n (variable of type int) as type string in assignment
