package main

import (
	"fmt"
	"time"
)

func main() {
	done := make(chan bool)
	t := time.AfterFunc(time.Millisecond, func() { done <- true })
	fmt.Println("C is nil:", t.C == nil)
	<-done
	fmt.Println("done")
}

// Output:
// C is nil: true
// done
