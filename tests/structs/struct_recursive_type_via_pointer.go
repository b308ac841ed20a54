package main

import "fmt"

type Employee struct {
	Name    string
	Manager *Employee
	Reports []*Employee
}

func chain(e *Employee) string {
	s := e.Name
	for m := e.Manager; m != nil; m = m.Manager {
		s += " -> " + m.Name
	}
	return s
}

func main() {
	ceo := &Employee{Name: "ceo"}
	vp := &Employee{Name: "vp", Manager: ceo}
	dev := &Employee{Name: "dev", Manager: vp}
	ceo.Reports = append(ceo.Reports, vp)
	vp.Reports = append(vp.Reports, dev)
	fmt.Println(chain(dev))
	fmt.Println(chain(vp))
	fmt.Println(chain(ceo))
	fmt.Println(len(ceo.Reports), ceo.Reports[0].Reports[0].Name)
	fmt.Println(dev.Manager.Manager == ceo)
}

// Output:
// dev -> vp -> ceo
// vp -> ceo
// ceo
// 1 dev
// true
