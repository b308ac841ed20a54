package main

import "fmt"

func main() {
	results := make(chan string, 3)
	ops := map[string]func(int, int) int{
		"add": func(a, b int) int { return a + b },
	}
	var work func(string, int, int)
	work = func(name string, a, b int) {
		results <- fmt.Sprint(name, " ", ops[name](a, b))
	}
	go work("add", 2, 3)
	fmt.Println(<-results)
	f := func(s string) { results <- s }
	go f("via variable")
	fmt.Println(<-results)
}

// Output:
// add 5
// via variable
