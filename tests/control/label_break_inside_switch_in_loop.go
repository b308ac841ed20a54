package main

import "fmt"

func main() {
	for i := 0; i < 4; i++ {
		switch i {
		case 1:
			fmt.Println("break leaves only the switch")
			break
		case 2:
			fmt.Println("two")
		}
		fmt.Println("after switch", i)
	}
loop:
	for i := 0; i < 10; i++ {
		switch {
		case i == 3:
			fmt.Println("labelled break at", i)
			break loop
		case i%2 == 0:
			fmt.Println("even", i)
		}
	}
	fmt.Println("done")
}

// Output:
// after switch 0
// break leaves only the switch
// after switch 1
// two
// after switch 2
// after switch 3
// even 0
// even 2
// labelled break at 3
// done
