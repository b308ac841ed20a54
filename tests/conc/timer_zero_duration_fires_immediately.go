package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(0)
	v := <-t.C
	fmt.Println("fired:", !v.IsZero())
	neg := time.NewTimer(-time.Second)
	<-neg.C
	fmt.Println("negative duration fires too")
	<-time.After(0)
	fmt.Println("After(0) fires")
}

// Output:
// fired: true
// negative duration fires too
// After(0) fires
