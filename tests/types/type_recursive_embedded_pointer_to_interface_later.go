// An embedded pointer to a type that is still being declared is checked
// once that type is known: a pointer to an interface cannot be embedded.
package main

type B interface{ M() A }
type A struct{ *B }

func main() {}

// Error:
// 6:16: embedded field type cannot be a pointer to an interface
