package main

func main() {
	ch := make(chan int)
	close(ch)
	for i, v := range ch {
		println(i, v)
	}
}

// Error:
// 6:9: range over ch (variable of type chan int) permits only one iteration variable
