package main

import "fmt"

type NotFound struct{ Key string }

func (e NotFound) Error() string { return "not found: " + e.Key }

type Both struct{}

func (Both) Error() string  { return "as error" }
func (Both) String() string { return "as string" }

func main() {
	e := NotFound{"k1"}
	fmt.Println(e)
	fmt.Printf("%v|%s|%+v\n", e, e, e)
	fmt.Println(Both{})
	fmt.Printf("%v %s\n", Both{}, Both{})
	fmt.Println(e.Error() == fmt.Sprint(e))
	fmt.Printf("%#v\n", e)
}

// Output:
// not found: k1
// not found: k1|not found: k1|not found: k1
// as error
// as error as error
// true
// main.NotFound{Key:"k1"}
