package main

import "fmt"

type Animal interface{ Sound() string }

type Cat struct{ Name string }
type Cow struct{ Name string }

func (c Cat) Sound() string { return "meow" }
func (c Cow) Sound() string { return "moo" }

func main() {
	count := map[Animal]int{}
	zoo := []Animal{Cat{"tom"}, Cow{"bess"}, Cat{"tom"}, Cat{"kit"}, Cow{"bess"}, Cat{"tom"}}
	for _, a := range zoo {
		count[a]++
	}
	fmt.Println(len(count))
	for _, a := range []Animal{Cat{"kit"}, Cat{"tom"}, Cow{"bess"}} {
		fmt.Printf("%T %v %s x%d\n", a, a, a.Sound(), count[a])
	}
	fmt.Println(count[Cat{"tom"}], count[Cow{"tom"}])
}

// Output:
// 3
// main.Cat {kit} meow x1
// main.Cat {tom} meow x3
// main.Cow {bess} moo x2
// 3 0
