package main

import (
	"fmt"
	"strings"
)

type User struct {
	name  string
	email string
	age   int
}

func (u User) Name() string       { return u.name }
func (u User) Email() string      { return u.email }
func (u *User) SetName(n string)  { u.name = strings.TrimSpace(n) }
func (u *User) SetEmail(e string) { u.email = strings.ToLower(e) }
func (u *User) SetAge(a int) bool {
	if a < 0 {
		return false
	}
	u.age = a
	return true
}
func (u User) Age() int { return u.age }

func main() {
	var u User
	u.SetName("  Ada  ")
	u.SetEmail("ADA@Example.COM")
	fmt.Println(u.SetAge(36), u.SetAge(-1))
	fmt.Printf("%q %q %d\n", u.Name(), u.Email(), u.Age())
	cp := u
	cp.SetName("Bob")
	fmt.Println(u.Name(), cp.Name())
}

// Output:
// true false
// "Ada" "ada@example.com" 36
// Ada Bob
