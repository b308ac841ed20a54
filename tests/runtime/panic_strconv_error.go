package main

import (
	"fmt"
	"strconv"
)

func main() {
	n, err := strconv.Atoi("12x")
	if err != nil {
		panic(err)
	}
	fmt.Println(n)
}

// Panic: strconv.Atoi: parsing "12x": invalid syntax
