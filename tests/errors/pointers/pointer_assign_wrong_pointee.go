package main

func main() {
	f := 1.5
	var p *int = &f
	println(p)
}

// Error:
// 5:15: cannot use &f (value of type *float64) as type *int in variable declaration
