package main

func main() {
	s := "hello"
	s[0] = 'H'
	println(s)
}

// Error:
// 5:2: cannot assign to s[0] (value of type byte)
