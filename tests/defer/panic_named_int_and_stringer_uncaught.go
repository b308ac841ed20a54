package main

import "fmt"

type Code int

type State struct{ n int }

func (s State) String() string { return fmt.Sprintf("State<%d>", s.n) }

// Go 1.19 prints on stderr (stack trace omitted):
//	panic: main.Code(1) [recovered]
//		panic: State<7> [recovered]
//		panic: main.Code(42)
//
//	goroutine 1 [running]:
func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered", r)
		fmt.Printf("%T\n", r)
		panic(Code(42))
	}()
	defer func() {
		fmt.Println("first defer sees", recover())
		panic(State{7})
	}()
	panic(Code(1))
}

// Output:
// first defer sees 1
// recovered State<7>
// main.State
// Panic: main.Code(1) [recovered]
