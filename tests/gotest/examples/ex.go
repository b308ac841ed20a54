package examples

import "fmt"

// Greet prints a greeting.
func Greet(name string) { fmt.Printf("hello, %s\n", name) }
