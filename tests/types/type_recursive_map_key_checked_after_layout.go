// A map key whose type is still being declared is checked once the type is
// complete: a struct holding a map cannot be a key.
package main

type A struct{ m map[A]int }

type K struct{ m map[L]int }
type L struct{ k K }

func main() {}

// Error:
// 5:22: invalid map key type A
// 7:22: invalid map key type L
