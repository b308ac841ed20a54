package main

import "fmt"

type Shape interface{ Area() int }
type Rect struct{ W, H int }

func (r Rect) Area() int { return r.W * r.H }

func main() {
	var x interface{} = Rect{3, 4}
	fmt.Println(x.(Shape).Area())
	fmt.Println(x.(Rect).W + x.(Rect).H)
	nested := []interface{}{[]interface{}{1, "a"}, map[string]interface{}{"k": Rect{1, 1}}}
	fmt.Println(nested[0].([]interface{})[1].(string))
	fmt.Println(nested[1].(map[string]interface{})["k"].(Shape).Area())
	f := interface{}(func(n int) int { return n * n })
	fmt.Println(f.(func(int) int)(9))
}

// Output:
// 12
// 7
// a
// 1
// 81
