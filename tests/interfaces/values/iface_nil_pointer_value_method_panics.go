package main

import "fmt"

type Temp struct{ deg int }

func (t Temp) Show() string { return fmt.Sprint(t.deg, "C") }

type Shower interface{ Show() string }

func main() {
	var s Shower = &Temp{21}
	fmt.Println(s.Show())
	var p *Temp
	s = p
	fmt.Println(s != nil)
	fmt.Println(s.Show())
}

// Output:
// 21C
// true
// Panic: value method main.Temp.Show called using nil *Temp pointer
