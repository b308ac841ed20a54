package main

func main() {
	for i := 0; i < 3; i++ {
		continue missing
	}
}

// Error:
// 5:12: continue label not defined: missing
