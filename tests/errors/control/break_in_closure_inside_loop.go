package main

func main() {
	for i := 0; i < 3; i++ {
		func() {
			break
		}()
	}
}

// Error:
// 6:4: break is not in a loop, switch, or select
