package main

func main() {
	s := "hello"
	p := &s[0]
	println(*p)
}

// Error:
// 5:8: invalid operation: cannot take address of s[0] (value of type byte)
