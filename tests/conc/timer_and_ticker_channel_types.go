package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(time.Hour)
	defer t.Stop()
	tk := time.NewTicker(time.Hour)
	defer tk.Stop()
	fmt.Printf("%T %T %T\n", t.C, tk.C, time.After(time.Hour))
	fmt.Println(cap(t.C), cap(tk.C), len(t.C))
	fmt.Printf("%T %T\n", t, tk)
}

// Output:
// <-chan time.Time <-chan time.Time <-chan time.Time
// 1 1 0
// *time.Timer *time.Ticker
