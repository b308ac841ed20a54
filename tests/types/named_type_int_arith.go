package main

import "fmt"

type Cents int

func format(c Cents) string {
	return fmt.Sprintf("$%d.%02d", int(c)/100, int(c)%100)
}

func main() {
	price := Cents(1999)
	qty := 3
	total := price * Cents(qty)
	fmt.Println(total, format(total))
	total += 5
	fmt.Println(format(total))
	discount := total / 10
	fmt.Printf("%T %v\n", discount, discount)
	fmt.Println(format(total - discount))
	var n int = int(total) % 7
	fmt.Println(n)
	fmt.Println(total > 6000, price == 1999)
}

// Output:
// 5997 $59.97
// $60.02
// main.Cents 600
// $54.02
// 3
// true true
