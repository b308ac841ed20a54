package main

import "fmt"

// goto in the function literal of a package variable and in a deferred one.
var f = func(n int) (r int) {
L:
	if n > 0 {
		r += n
		n--
		goto L
	}
	return
}

func main() {
	fmt.Println(f(4))
	defer func() {
		i := 0
	again:
		if i < 2 {
			fmt.Println("deferred", i)
			i++
			goto again
		}
	}()
}

// Output:
// 10
// deferred 0
// deferred 1
