package main

import "fmt"

func finish(out chan<- string) {
	out <- "last"
	close(out)
}

func drain(in <-chan string) []string {
	var all []string
	for s := range in {
		all = append(all, s)
	}
	return all
}

func main() {
	c := make(chan string, 2)
	c <- "first"
	go finish(c)
	fmt.Println(drain(c))
}

// Output:
// [first last]
