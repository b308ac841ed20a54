package main

import (
	"fmt"
	"os"
)

var total = count() + 1

func main() {
	fmt.Println("args:", os.Args[1:])
	s := shape{3, 4}
	fmt.Println(s.area(), describe(s), total)
	fmt.Println(where())
}
