package main

import "fmt"

func main() {
	result := make(chan string)
	go func() {
		defer func() {
			r := recover()
			result <- fmt.Sprint("first recover: ", r)
		}()
		func() {
			defer func() {
				r := recover()
				panic(fmt.Sprint("wrapped(", r, ")"))
			}()
			panic("inner")
		}()
	}()
	fmt.Println(<-result)
}

// Output:
// first recover: wrapped(inner)
