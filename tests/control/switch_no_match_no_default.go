package main

import "fmt"

func main() {
	hits := 0
	for _, v := range []int{1, 5, 9} {
		switch v {
		case 2, 4:
			hits++
		case 6:
			hits += 10
		}
	}
	fmt.Println(hits)
	switch {
	}
	switch x := 3; x {
	}
	fmt.Println("empty switches ok")
	switch s := "z"; s {
	case "a":
		fmt.Println("a")
	}
	fmt.Println("end")
}

// Output:
// 0
// empty switches ok
// end
