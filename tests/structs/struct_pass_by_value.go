package main

import "fmt"

type Counter struct {
	Name string
	N    int
}

func bump(c Counter) {
	c.N += 10
	c.Name = "changed"
	fmt.Println("inside:", c.Name, c.N)
}

func bumpPtr(c *Counter) {
	c.N += 10
}

func main() {
	c := Counter{"hits", 1}
	bump(c)
	fmt.Println("after bump:", c.Name, c.N)
	bumpPtr(&c)
	fmt.Println("after bumpPtr:", c.Name, c.N)
	bump(c)
	fmt.Println("final:", c)
}

// Output:
// inside: changed 11
// after bump: hits 1
// after bumpPtr: hits 11
// inside: changed 21
// final: {hits 11}
