package main

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	total := 0
	bad := 0
	for _, a := range os.Args[1:] {
		n, err := strconv.Atoi(a)
		if err != nil {
			fmt.Println("skip:", err)
			bad++
			continue
		}
		total += n
	}
	fmt.Println("total", total)
	fmt.Println("bad", bad)
}

// Args: 10 20 x -5 3.5 7
// Output:
// skip: strconv.Atoi: parsing "x": invalid syntax
// skip: strconv.Atoi: parsing "3.5": invalid syntax
// total 32
// bad 2
