package main

import "fmt"

type Stock struct {
	Qty   int
	Price int
}

func main() {
	inv := map[string]*Stock{
		"apple": {Qty: 3, Price: 2},
		"pear":  {Qty: 1, Price: 5},
	}
	inv["apple"].Qty += 10
	inv["pear"].Price *= 2
	p := inv["apple"]
	p.Price = 1
	fmt.Println(*inv["apple"], *inv["pear"])
	total := 0
	for _, name := range []string{"apple", "pear"} {
		s := inv[name]
		total += s.Qty * s.Price
	}
	fmt.Println(total)
	_, ok := inv["kiwi"]
	fmt.Println(ok, inv["kiwi"] == nil)
}

// Output:
// {13 1} {1 10}
// 23
// false true
