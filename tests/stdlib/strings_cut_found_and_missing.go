package main

import (
	"fmt"
	"strings"
)

func show(s, sep string) {
	before, after, found := strings.Cut(s, sep)
	fmt.Printf("Cut(%q, %q) = %q, %q, %v\n", s, sep, before, after, found)
}

func main() {
	show("key=value=more", "=")
	show("Gopher", "ph")
	show("Gopher", "Go")
	show("Gopher", "er")
	show("Gopher", "Badger")
	show("Gopher", "")
}

// Output:
// Cut("key=value=more", "=") = "key", "value=more", true
// Cut("Gopher", "ph") = "Go", "er", true
// Cut("Gopher", "Go") = "", "pher", true
// Cut("Gopher", "er") = "Goph", "", true
// Cut("Gopher", "Badger") = "Gopher", "", false
// Cut("Gopher", "") = "", "Gopher", true
