package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(time.Millisecond)
	<-t.C
	fmt.Println("stop after receiving:", t.Stop())
	t2 := time.NewTimer(time.Hour)
	fmt.Println("stop before firing:", t2.Stop())
	fmt.Println("stop twice:", t2.Stop())
}

// Output:
// stop after receiving: false
// stop before firing: true
// stop twice: false
