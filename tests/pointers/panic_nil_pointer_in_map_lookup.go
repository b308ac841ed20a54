package main

import "fmt"

type User struct{ Age int }

func main() {
	users := map[string]*User{"ann": {30}}
	fmt.Println(users["ann"].Age)
	u, ok := users["bob"]
	fmt.Println(ok, u == nil)
	fmt.Println(users["bob"].Age)
}

// Output:
// 30
// false true
// Panic: runtime error: invalid memory address or nil pointer dereference
