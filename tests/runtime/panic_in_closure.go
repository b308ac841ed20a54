package main

import "fmt"

func main() {
	total := 0
	add := func(n int) {
		if n < 0 {
			panic(fmt.Sprint("negative value: ", n))
		}
		total += n
	}
	add(5)
	fmt.Println(total)
	add(-1)
	fmt.Println(total)
}

// Output:
// 5
// Panic: negative value: -1
