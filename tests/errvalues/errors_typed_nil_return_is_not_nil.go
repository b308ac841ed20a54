package main

import "fmt"

type MyErr struct{ msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "nil MyErr"
	}
	return e.msg
}

func bad(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{"failed"}
	}
	return p
}

func good(fail bool) error {
	if fail {
		return &MyErr{"failed"}
	}
	return nil
}

func main() {
	if err := bad(false); err != nil {
		fmt.Println("bad(false) reports error:", err)
		fmt.Printf("%T %v\n", err, err == (*MyErr)(nil))
	}
	if err := good(false); err != nil {
		fmt.Println("never")
	} else {
		fmt.Println("good(false) is nil")
	}
	fmt.Println(bad(true), good(true))
}

// Output:
// bad(false) reports error: nil MyErr
// *main.MyErr true
// good(false) is nil
// failed failed
