package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.FormatInt(10, 36))
	fmt.Println(strconv.FormatInt(10, 37))
}

// Output:
// a
// Panic: strconv: illegal AppendInt/FormatInt base
