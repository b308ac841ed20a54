package main

func main() {
L:
	{
		for i := 0; i < 3; i++ {
			continue L
		}
	}
}

// Error:
// 7:13: invalid continue label L
