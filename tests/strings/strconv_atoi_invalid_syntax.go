package main

import (
	"fmt"
	"strconv"
)

func main() {
	inputs := []string{"12a", "", " 1", "1.5", "abc", "--1", "0x10", "+", "1_000"}
	for _, s := range inputs {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
	_, err := strconv.Atoi("x")
	if err != nil {
		fmt.Println("error:", err)
	}
}

// Output:
// 0 strconv.Atoi: parsing "12a": invalid syntax
// 0 strconv.Atoi: parsing "": invalid syntax
// 0 strconv.Atoi: parsing " 1": invalid syntax
// 0 strconv.Atoi: parsing "1.5": invalid syntax
// 0 strconv.Atoi: parsing "abc": invalid syntax
// 0 strconv.Atoi: parsing "--1": invalid syntax
// 0 strconv.Atoi: parsing "0x10": invalid syntax
// 0 strconv.Atoi: parsing "+": invalid syntax
// 0 strconv.Atoi: parsing "1_000": invalid syntax
// error: strconv.Atoi: parsing "x": invalid syntax
