package main

import "fmt"

type Slot struct {
	ID   int
	Used bool
}

func main() {
	slots := [3]Slot{{1, false}, {2, true}, {3, false}}
	for _, s := range slots {
		s.Used = true
	}
	fmt.Println(slots)
	for i, s := range slots {
		slots[2].ID = 30
		fmt.Println(i, s.ID)
	}
	for i := range slots {
		slots[i].Used = !slots[i].Used
	}
	fmt.Println(slots)
}

// Output:
// [{1 false} {2 true} {3 false}]
// 0 1
// 1 2
// 2 3
// [{1 true} {2 false} {30 true}]
