package main

import "strconv"

func main() {
	_, err := strconv.Atoi("99999999999999999999")
	panic(err)
}

// Panic: strconv.Atoi: parsing "99999999999999999999": value out of range
