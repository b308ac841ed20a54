package main

import "fmt"

type Res struct{ open bool }

func use(r *Res) (status string) {
	r.open = true
	defer func() {
		r.open = false
		status += " (closed)"
	}()
	if r.open {
		return "used"
	}
	return "unused"
}

func main() {
	r := &Res{}
	st := use(r)
	fmt.Println(st, r.open)
	counts := map[string]int{}
	func() {
		defer func() { counts["deferred"]++ }()
		counts["body"]++
	}()
	fmt.Println(counts["body"], counts["deferred"])
	arr := [3]int{1, 2, 3}
	func() {
		defer func(a [3]int) { fmt.Println("array copy", a) }(arr)
		arr[0] = 9
	}()
	fmt.Println(arr)
}

// Output:
// used (closed) false
// 1 1
// array copy [1 2 3]
// [9 2 3]
