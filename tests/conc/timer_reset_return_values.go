package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(time.Hour)
	fmt.Println("reset active timer:", t.Reset(time.Millisecond))
	<-t.C
	fmt.Println("reset fired timer:", t.Reset(time.Millisecond))
	<-t.C
	t.Stop()
	fmt.Println("reset stopped timer:", t.Reset(time.Hour))
	t.Stop()
}

// Output:
// reset active timer: true
// reset fired timer: false
// reset stopped timer: false
