package main

import "fmt"

type shape interface{ area() int }
type sq int

func (s sq) area() int { return int(s * s) }

// goto out of expression switch and type switch cases, forward and back.
func main() {
	step := 0
top:
	switch step {
	case 0:
		fmt.Println("zero")
		step = 2
		goto top
	case 1:
		fmt.Println("one")
	case 2:
		fmt.Println("two")
		step = 1
		goto top
	}
	var v interface{} = sq(3)
	switch x := v.(type) {
	case shape:
		fmt.Println("shape", x.area())
		goto end
	case int:
		fmt.Println("int", x)
	}
	fmt.Println("not printed")
end:
	fmt.Println("end")
	for i := 0; i < 4; i++ {
		switch {
		case i == 2:
			goto done
		default:
			fmt.Println("i", i)
		}
	}
done:
	fmt.Println("done")
}

// Output:
// zero
// two
// one
// shape 9
// end
// i 0
// i 1
// done
