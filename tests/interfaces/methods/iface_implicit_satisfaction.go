package main

import "fmt"

type Speaker interface {
	Speak() string
}

type Dog struct{ name string }

func (d Dog) Speak() string { return d.name + " says woof" }

type Robot int

func (r Robot) Speak() string { return fmt.Sprintf("unit %d beeps", int(r)) }

func announce(s Speaker) {
	fmt.Println(s.Speak())
}

func main() {
	var s Speaker
	s = Dog{"rex"}
	announce(s)
	s = Robot(7)
	announce(s)
	announce(Dog{"fido"})
	announce(Robot(42))
	fmt.Printf("%T\n", s)
}

// Output:
// rex says woof
// unit 7 beeps
// fido says woof
// unit 42 beeps
// main.Robot
