package main

import "fmt"

type Stringer interface{ String() string }

type ID int

func (i ID) String() string { return fmt.Sprintf("ID-%03d", int(i)) }

type Code int

func classify(v interface{}) string {
	switch x := v.(type) {
	case Stringer:
		return "stringer " + x.String()
	case ID:
		return "never reached for ID"
	case Code, int:
		return fmt.Sprint("number ", x)
	case error:
		return "error " + x.Error()
	}
	return "none"
}

func main() {
	fmt.Println(classify(ID(7)))
	fmt.Println(classify(Code(8)))
	fmt.Println(classify(9))
	fmt.Println(classify(fmt.Errorf("bad")))
	fmt.Println(classify(1.5))
}

// Output:
// stringer ID-007
// number 8
// number 9
// error bad
// none
