package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.Title("her royal highness"))
	fmt.Println(strings.Title("hello_world foo-bar 3d x.y"))
	fmt.Println(strings.Title("ünïcode ǆungla élan"))
	fmt.Println(strings.Title("it's O'neil"))
}

// Output:
// Her Royal Highness
// Hello_world Foo-Bar 3d X.Y
// Ünïcode ǅungla Élan
// It'S O'Neil
