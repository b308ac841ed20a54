package main

func main() {
	ch := make(chan int)
	go func() { ch <- 1 }()
	var s []int
	_ = s[1]
}

// Flags: --leaks --seed 1
// Panic: runtime error: index out of range [1] with length 0
