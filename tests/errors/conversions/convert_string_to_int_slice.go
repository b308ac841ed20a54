package main

func main() {
	s := "abc"
	r := []int(s)
	println(len(r))
}

// Error:
// 5:13: cannot convert s (variable of type string) to type []int
