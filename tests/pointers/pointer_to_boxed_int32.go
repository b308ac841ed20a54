package main

import "fmt"

func set(p *int32, v int32) { *p = v }

func main() {
	var x int32 = -1
	set(&x, 5)
	fmt.Println(x, x+1)
	var y int8 = -3
	py := &y
	*py = 100
	fmt.Println(y)
}

// Output:
// 5 6
// 100
