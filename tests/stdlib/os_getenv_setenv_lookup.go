package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Printf("%q\n", os.Getenv("GOSH_SURELY_UNSET_VAR"))
	v, ok := os.LookupEnv("GOSH_SURELY_UNSET_VAR")
	fmt.Printf("%q %v\n", v, ok)
	fmt.Println(os.Setenv("GOSH_TEST_VAR", "hello world"))
	v, ok = os.LookupEnv("GOSH_TEST_VAR")
	fmt.Printf("%q %v\n", v, ok)
	fmt.Println(os.Setenv("GOSH_TEST_EMPTY", ""))
	v, ok = os.LookupEnv("GOSH_TEST_EMPTY")
	fmt.Printf("%q %v\n", v, ok)
	fmt.Println(os.Unsetenv("GOSH_TEST_VAR"), os.Getenv("GOSH_TEST_VAR") == "")
	fmt.Println(os.Setenv("", "x"))
}

// Output:
// ""
// "" false
// <nil>
// "hello world" true
// <nil>
// "" true
// <nil> true
// setenv: invalid argument
