package main

import "fmt"

func main() {
	odd := make(chan bool)
	even := make(chan bool)
	done := make(chan bool)
	go func() {
		for i := 1; i <= 9; i += 2 {
			<-odd
			fmt.Println(i)
			even <- true
		}
	}()
	go func() {
		for i := 2; i <= 10; i += 2 {
			<-even
			fmt.Println(i)
			if i == 10 {
				done <- true
				return
			}
			odd <- true
		}
	}()
	odd <- true
	<-done
}

// Output:
// 1
// 2
// 3
// 4
// 5
// 6
// 7
// 8
// 9
// 10
