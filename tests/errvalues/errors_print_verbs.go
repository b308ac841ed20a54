package main

import (
	"errors"
	"fmt"
)

type E struct{ code int }

func (e E) Error() string { return fmt.Sprintf("E%d happened", e.code) }

func main() {
	err := errors.New(`bad "quoted" thing`)
	fmt.Println(err)
	fmt.Printf("%v\n", err)
	fmt.Printf("%s\n", err)
	fmt.Printf("%q\n", err)
	fmt.Printf("%x\n", errors.New("hi"))
	fmt.Printf("[%20v]\n", errors.New("padded"))
	fmt.Printf("[%-10s]\n", errors.New("left"))
	var e error = E{7}
	fmt.Println(e)
	fmt.Printf("%v %+v %d\n", e, e, e)
	fmt.Print(e, "\n")
	fmt.Println(fmt.Sprint(e) + "!")
	var nilErr error
	fmt.Printf("%v %s\n", nilErr, nilErr)
}

// Output:
// bad "quoted" thing
// bad "quoted" thing
// bad "quoted" thing
// "bad \"quoted\" thing"
// 6869
// [              padded]
// [left      ]
// E7 happened
// E7 happened E7 happened {7}
// E7 happened
// E7 happened!
// <nil> %!s(<nil>)
