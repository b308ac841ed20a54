package main

import "fmt"

func main() {
	var disabled chan int
	enabled := make(chan int, 1)
	for i := 0; i < 3; i++ {
		enabled <- i
		select {
		case v := <-disabled:
			fmt.Println("nil channel case", v)
		case v := <-enabled:
			fmt.Println("enabled case", v)
		}
	}
	select {
	case disabled <- 1:
		fmt.Println("sent on nil")
	default:
		fmt.Println("send to nil channel never ready")
	}
}

// Output:
// enabled case 0
// enabled case 1
// enabled case 2
// send to nil channel never ready
