package main

func main() {
	s := []int{1}
	s = append(s, "two")
	println(len(s))
}

// Error:
// 5:16: cannot use "two" (untyped string constant) as int value in argument to append
