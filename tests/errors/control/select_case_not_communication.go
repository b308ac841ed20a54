package main

func main() {
	ch := make(chan int)
	select {
	case len(ch) > 0:
		println("ready")
	}
}

// Error:
// 4:2: ch declared but not used
// 6:15: select case must be send or receive (possibly with assignment)
