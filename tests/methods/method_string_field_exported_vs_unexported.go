package main

import "fmt"

type Level int

func (l Level) String() string {
	return [...]string{"low", "mid", "high"}[l]
}

type Reading struct {
	Public  Level
	private Level
}

func main() {
	r := Reading{Public: 2, private: 2}
	fmt.Println(r)
	fmt.Printf("%+v\n", r)
	fmt.Println(r.Public, r.private)
	arr := [2]Level{0, 1}
	fmt.Println(arr)
	nested := struct {
		In Reading
	}{r}
	fmt.Printf("%v\n", nested)
}

// Output:
// {high 2}
// {Public:high private:2}
// high high
// [low mid]
// {{high 2}}
