package main

func (s []int) Len() int {
	return len(s)
}

func main() {
	println(1)
}

// Error:
// 3:7: invalid receiver type []int
