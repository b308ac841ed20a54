package main

func main() {
	var p *int = 5
	println(p)
}

// Error:
// 4:15: cannot use 5 (untyped int constant) as *int value in variable declaration
