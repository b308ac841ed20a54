package main

func main() {
	i := 3
	for i {
		i--
	}
}

// Error:
// 5:6: non-boolean condition in for statement
