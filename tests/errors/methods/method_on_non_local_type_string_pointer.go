package main

func (s *string) Reset() {
	*s = ""
}

func main() {
	println(1)
}

// Error:
// 3:7: cannot define new methods on non-local type string
