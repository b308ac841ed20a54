package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var names = [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

func (d Weekday) String() string {
	if d < 0 || int(d) >= len(names) {
		return fmt.Sprintf("Weekday(%d)", int(d))
	}
	return names[d]
}

func (d Weekday) Next() Weekday { return (d + 1) % 7 }

func main() {
	fmt.Println(Sunday, Wednesday, Saturday)
	fmt.Println(Saturday.Next(), Monday.Next())
	fmt.Printf("%v %d %s\n", Friday, Friday, Friday)
	fmt.Println(Weekday(9))
	d := Thursday
	d += 2
	fmt.Println(d, d == Saturday)
	days := []Weekday{Tuesday, Sunday}
	fmt.Println(days)
}

// Output:
// Sun Wed Sat
// Sun Tue
// Fri 5 Fri
// Weekday(9)
// Sat true
// [Tue Sun]
