package main

import "fmt"

func main() {
	for i := 0; i < 5; i++ {
		switch i {
		case 2:
			fmt.Println("break only leaves the switch")
			break
		case 3:
			fmt.Println("three")
		}
		fmt.Println("after switch", i)
	}
loop:
	for i := 0; ; i++ {
		switch {
		case i == 2:
			continue
		case i > 3:
			break loop
		}
		fmt.Println("loop", i)
	}
	fmt.Println("done")
}

// Output:
// after switch 0
// after switch 1
// break only leaves the switch
// after switch 2
// three
// after switch 3
// after switch 4
// loop 0
// loop 1
// loop 3
// done
