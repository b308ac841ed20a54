package main

import "fmt"

type Node struct{ V int }

func main() {
	p := &Node{1}
	q := &Node{1}
	var a interface{} = p
	var b interface{} = q
	var c interface{} = p
	fmt.Println(a == b)
	fmt.Println(a == c)
	fmt.Println(*p == *q)
	var d interface{} = *p
	var e interface{} = *q
	fmt.Println(d == e)
	q.V = 2
	fmt.Println(d == e, a == b)
}

// Output:
// false
// true
// true
// true
// true false
