package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	_, err := strconv.ParseInt("12", 1, 64)
	fmt.Println(err)
	_, err = strconv.ParseInt("12", 37, 64)
	fmt.Println(err)
	_, err = strconv.ParseInt("12", 10, 65)
	fmt.Println(err)
	_, err = strconv.ParseUint("12", 10, -1)
	fmt.Println(err, errors.Is(err, strconv.ErrSyntax))
	_, err = strconv.ParseInt("", 1, 64)
	fmt.Println(err)
}

// Output:
// strconv.ParseInt: parsing "12": invalid base 1
// strconv.ParseInt: parsing "12": invalid base 37
// strconv.ParseInt: parsing "12": invalid bit size 65
// strconv.ParseUint: parsing "12": invalid bit size -1 false
// strconv.ParseInt: parsing "": invalid syntax
