package main

import "fmt"

type Msg struct {
	From string
	Body string
	Tags []string
}

func main() {
	m := Msg{"ann", "hello, \"world\"\n", []string{"x y", ""}}
	fmt.Printf("%v\n", m)
	fmt.Printf("%+v\n", m)
	fmt.Printf("%#v\n", m)
	fmt.Printf("%q\n", m)
	fmt.Printf("%s\n", m.Tags)
	fmt.Printf("%q\n", m.Tags)
}

// Output:
// {ann hello, "world"
//  [x y ]}
// {From:ann Body:hello, "world"
//  Tags:[x y ]}
// main.Msg{From:"ann", Body:"hello, \"world\"\n", Tags:[]string{"x y", ""}}
// {"ann" "hello, \"world\"\n" ["x y" ""]}
// [x y ]
// ["x y" ""]
