package main

func main() {
	var count int
	count = "three"
}

// Error:
// 5:10: cannot use "three" (untyped string constant) as int value in assignment
