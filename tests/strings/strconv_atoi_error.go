package main

import (
	"fmt"
	"strconv"
)

func main() {
	inputs := []string{"12", "12a", "", " 3", "9999999999999999999"}
	for _, in := range inputs {
		n, err := strconv.Atoi(in)
		if err != nil {
			fmt.Println("error:", err)
			fmt.Println("n is", n)
			continue
		}
		fmt.Println("ok:", n)
	}
}

// Output:
// ok: 12
// error: strconv.Atoi: parsing "12a": invalid syntax
// n is 0
// error: strconv.Atoi: parsing "": invalid syntax
// n is 0
// error: strconv.Atoi: parsing " 3": invalid syntax
// n is 0
// error: strconv.Atoi: parsing "9999999999999999999": value out of range
// n is 9223372036854775807
