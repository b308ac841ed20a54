package main

func three() [3]int {
	return [3]int{1, 2, 3}
}

func main() {
	s := three()[1:]
	println(len(s))
}

// Error:
// 8:7: invalid operation: three() (value of type [3]int) (slice of unaddressable value)
