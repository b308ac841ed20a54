package main

import "fmt"

type Base struct {
	ID   int
	Name string
}

type User struct {
	Base
	Email string
}

func main() {
	u := User{Base{1, "ann"}, "a@x"}
	fmt.Println(u.ID, u.Name, u.Email)
	fmt.Println(u.Base.ID, u.Base.Name)
	u.ID = 2
	u.Base.Name = "bob"
	fmt.Println(u.Base, u.Name)
	var z User
	z.Name = "zed"
	fmt.Println(z)
	fmt.Printf("%+v\n", u)
}

// Output:
// 1 ann a@x
// 1 ann
// {2 bob} bob
// {{0 zed} }
// {Base:{ID:2 Name:bob} Email:a@x}
