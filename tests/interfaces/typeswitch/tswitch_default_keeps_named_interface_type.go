package main

import "fmt"

type Animal interface {
	Name() string
	Legs() int
}

type Dog struct{}
type Bird struct{}
type Snake struct{ length int }

func (Dog) Name() string     { return "dog" }
func (Dog) Legs() int        { return 4 }
func (Bird) Name() string    { return "bird" }
func (Bird) Legs() int       { return 2 }
func (s Snake) Name() string { return fmt.Sprintf("snake(%dm)", s.length) }
func (Snake) Legs() int      { return 0 }

func report(a Animal) {
	switch v := a.(type) {
	case Dog:
		fmt.Println("good", v.Name())
	case Bird, nil:
		fmt.Println("bird or nil:", v != nil, v.Name(), v.Legs())
	default:
		fmt.Println("some animal:", v.Name(), "legs", v.Legs())
	}
}

func main() {
	report(Dog{})
	report(Bird{})
	report(Snake{3})
}

// Output:
// good dog
// bird or nil: true bird 2
// some animal: snake(3m) legs 0
