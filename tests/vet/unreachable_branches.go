// unreachable: break inside a switch leaves the switch, not the loop;
// a labelled break leaves the loop; type switches, fallthrough, select,
// a for with no condition, a block that returns, if-else chains; a
// panic that is a local func is not the builtin; a func literal's dead
// code comes after its function's (go vet's order).
package main

import "fmt"

func a(x int) int {
	for {
		switch x {
		case 1:
			break
		default:
			return 0
		}
	}
	return 1
}

func b(x int) int {
L:
	for {
		switch x {
		case 1:
			break L
		}
	}
	return 1
}

func c(x interface{}) int {
	switch x.(type) {
	case int:
		return 1
	default:
		return 2
	}
	fmt.Println()
	return 0
}

func d(x int) int {
	switch x {
	case 1:
		fallthrough
	case 2:
		return 2
	default:
		return 3
	}
	return 4
}

func e(ch chan int) int {
	select {
	case <-ch:
		return 1
	case ch <- 1:
		return 2
	}
	return 3
}

func f(ch chan int) int {
	for {
		select {
		case <-ch:
			break
		}
	}
	return 3
}

func g() {
	func() {
		return
		fmt.Println("inner")
	}()
	for i := 0; ; i++ {
	}
	fmt.Println("after")
}

func h(x int) {
	{
		return
	}
	fmt.Println("x")
}

func i2(x bool) int {
	if x {
		return 1
	} else if !x {
		return 2
	} else {
		panic("x")
	}
	return 3
}

func j() {
	panic := func(s string) {}
	panic("x")
	fmt.Println("not dead")
}

func k(xs []int) {
outer:
	for _, x := range xs {
		for {
			if x > 0 {
				continue outer
			}
			break
		}
		fmt.Println(x)
	}
}

func main() {
	fmt.Println(a(2), b(1), c(1), d(1), e(nil), f(nil))
	g()
	h(1)
	i2(true)
	j()
	k(nil)
}

// Vet:
// unreachable_branches.go:19:2: unreachable code
// unreachable_branches.go:40:2: unreachable code
// unreachable_branches.go:53:2: unreachable code
// unreachable_branches.go:63:2: unreachable code
// unreachable_branches.go:73:2: unreachable code
// unreachable_branches.go:83:2: unreachable code
// unreachable_branches.go:79:3: unreachable code
// unreachable_branches.go:90:2: unreachable code
// unreachable_branches.go:101:2: unreachable code
