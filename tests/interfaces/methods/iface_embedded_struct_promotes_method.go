package main

import "fmt"

type Namer interface{ Name() string }

type Base struct{ id int }

func (b Base) Name() string { return fmt.Sprintf("base-%d", b.id) }

type Derived struct {
	Base
	extra string
}

type Override struct {
	Base
}

func (o Override) Name() string { return "override/" + o.Base.Name() }

func main() {
	var n Namer = Derived{Base{1}, "x"}
	fmt.Println(n.Name())
	n = Override{Base{2}}
	fmt.Println(n.Name())
	n = Base{3}
	fmt.Println(n.Name())
	d := Derived{Base{4}, "y"}
	n = d
	d.id = 5
	fmt.Println(n.Name(), d.Name())
}

// Output:
// base-1
// override/base-2
// base-3
// base-4 base-5
