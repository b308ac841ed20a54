package main

import "fmt"

var x = trace("x", y+1)
var y = trace("y", 10)
var z = trace("z", 100)
var w = trace("w", x+z)

func trace(name string, v int) int {
	fmt.Println("init", name, v)
	return v
}

func main() {
	fmt.Println("main", x, y, z, w)
}

// Output:
// init y 10
// init x 11
// init z 100
// init w 111
// main 11 10 100 111
