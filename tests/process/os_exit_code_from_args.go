package main

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	code, err := strconv.Atoi(os.Args[1])
	if err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	fmt.Println("exiting with", code)
	fmt.Println("args:", os.Args[2:])
	fmt.Println("count:", len(os.Args)-2)
	os.Exit(code)
}

// Args: 7 x y
// Exit: 7
// Output:
// exiting with 7
// args: [x y]
// count: 2
