package main

func main() {
	a := [2]int{1, "two"}
	println(a[0])
}

// Error:
// 4:17: cannot use "two" (untyped string constant) as int value in array or slice literal
