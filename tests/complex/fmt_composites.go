package main

import "fmt"

type Wave struct {
	Amp   complex128
	Phase complex64
	Tags  []complex128
}

func main() {
	w := Wave{1 + 1i, -2i, []complex128{0, 1}}
	fmt.Printf("%v\n%+v\n%#v\n", w, w, w)
	fmt.Printf("%v %#v\n", []complex64{1, 2i}, [2]complex128{3, 4i})
	m := map[string]complex128{"a": 1i}
	fmt.Printf("%v %#v\n", m, m)
	p := &w
	fmt.Printf("%v\n", p.Amp)
	fmt.Printf("%.1f\n", w.Tags)
	var i any = 5i
	fmt.Printf("%v %#v %T\n", i, i, i)
}

// Output:
// {(1+1i) (0-2i) [(0+0i) (1+0i)]}
// {Amp:(1+1i) Phase:(0-2i) Tags:[(0+0i) (1+0i)]}
// main.Wave{Amp:(1+1i), Phase:(0-2i), Tags:[]complex128{(0+0i), (1+0i)}}
// [(1+0i) (0+2i)] [2]complex128{(3+0i), (0+4i)}
// map[a:(0+1i)] map[string]complex128{"a":(0+1i)}
// (1+1i)
// [(0.0+0.0i) (1.0+0.0i)]
// (0+5i) (0+5i) complex128
