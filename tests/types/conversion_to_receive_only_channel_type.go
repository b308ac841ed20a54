package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	r := (<-chan int)(ch)
	ch <- 5
	fmt.Println(len(r), <-r)
	fmt.Printf("%T\n", r)
	var fs []<-chan int
	fs = append(fs, (<-chan int)(ch))
	fmt.Println(len(fs))
}

// Output:
// 1 5
// <-chan int
// 1
