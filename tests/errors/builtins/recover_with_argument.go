package main

func main() {
	defer func() {
		recover(1)
	}()
}

// Error:
// 5:3: invalid operation: too many arguments for recover(1) (expected 0, found 1)
