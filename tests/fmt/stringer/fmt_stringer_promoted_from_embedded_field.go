package main

import "fmt"

type Base struct{ ID int }

func (b Base) String() string { return fmt.Sprintf("Base#%d", b.ID) }

type User struct {
	Base
	Name string
}

type Admin struct {
	User
	Level int
}

type Named struct {
	B    Base
	Name string
}

func main() {
	u := User{Base{1}, "ann"}
	fmt.Println(u)
	fmt.Printf("%+v\n", u)
	fmt.Println(Admin{u, 9})
	fmt.Println(Named{Base{2}, "bob"})
	fmt.Println(u.Name, u.ID)
}

// Output:
// Base#1
// Base#1
// Base#1
// {Base#2 bob}
// ann 1
