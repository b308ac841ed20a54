package main

import "fmt"

func tryRecv(c chan string) (string, bool) {
	select {
	case v := <-c:
		return v, true
	default:
		return "", false
	}
}

func main() {
	c := make(chan string, 1)
	fmt.Println(tryRecv(c))
	c <- "hello"
	fmt.Println(tryRecv(c))
	fmt.Println(tryRecv(c))
	close(c)
	fmt.Println(tryRecv(c))
}

// Output:
//  false
// hello true
//  false
//  true
