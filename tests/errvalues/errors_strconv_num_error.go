package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	_, err := strconv.Atoi("12a")
	fmt.Println(err)
	fmt.Printf("%T\n", err)
	fmt.Println(errors.Is(err, strconv.ErrSyntax))
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		fmt.Println(ne.Func, ne.Num, ne.Err)
	}
	_, err = strconv.Atoi("99999999999999999999")
	fmt.Println(err)
	fmt.Println(errors.Is(err, strconv.ErrRange), errors.Is(err, strconv.ErrSyntax))
	_, err = strconv.ParseBool("yes")
	fmt.Println(err)
	_, err = strconv.ParseFloat("1.5", 64)
	fmt.Println(err == nil)
}

// Output:
// strconv.Atoi: parsing "12a": invalid syntax
// *strconv.NumError
// true
// Atoi 12a invalid syntax
// strconv.Atoi: parsing "99999999999999999999": value out of range
// true false
// strconv.ParseBool: parsing "yes": invalid syntax
// true
