package main

import "fmt"

func main() {
	x := 1
	done := make(chan bool)
	go func() {
		x *= 10
		done <- true
	}()
	<-done
	fmt.Println(x)
	x = 7
	go func() {
		x += 1
		done <- true
	}()
	<-done
	fmt.Println(x)
}

// Output:
// 10
// 8
