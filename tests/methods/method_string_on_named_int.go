package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

var dayNames = [...]string{"Sun", "Mon", "Tue"}

func (d Weekday) String() string {
	if d < 0 || int(d) >= len(dayNames) {
		return fmt.Sprintf("Weekday(%d)", int(d))
	}
	return dayNames[d]
}

func main() {
	fmt.Println(Sunday, Monday, Tuesday)
	fmt.Printf("%v %s %d\n", Monday, Tuesday, Tuesday)
	fmt.Println(Weekday(7))
	fmt.Println([]Weekday{Tuesday, Sunday})
	fmt.Printf("%q\n", Monday)
	fmt.Printf("%x %05d\n", Tuesday, Monday)
	m := map[Weekday]int{Monday: 1, Sunday: 0}
	fmt.Println(m)
}

// Output:
// Sun Mon Tue
// Mon Tue 2
// Weekday(7)
// [Tue Sun]
// "Mon"
// 547565 00001
// map[Sun:0 Mon:1]
