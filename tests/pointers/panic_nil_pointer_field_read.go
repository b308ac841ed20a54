package main

import "fmt"

type Config struct {
	Name string
	Port int
}

func lookup(name string) *Config {
	if name == "web" {
		return &Config{"web", 80}
	}
	return nil
}

func main() {
	c := lookup("web")
	fmt.Println(c.Name, c.Port)
	d := lookup("db")
	fmt.Println(d == nil)
	fmt.Println("reading port")
	fmt.Println(d.Port)
	fmt.Println("unreachable")
}

// Output:
// web 80
// true
// reading port
// Panic: runtime error: invalid memory address or nil pointer dereference
