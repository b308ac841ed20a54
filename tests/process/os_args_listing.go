package main

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	args := os.Args[1:]
	fmt.Println(len(args))
	sum := 0
	for i, a := range args {
		n, err := strconv.Atoi(a)
		if err != nil {
			fmt.Println(i, "word", a)
			continue
		}
		sum += n
		fmt.Println(i, "number", n)
	}
	fmt.Println("sum", sum)
}

// Args: 10 abc 32 -2
// Output:
// 4
// 0 number 10
// 1 word abc
// 2 number 32
// 3 number -2
// sum 40
