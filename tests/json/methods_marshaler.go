// MarshalJSON and MarshalText: value and pointer receivers (a pointer
// method is used only when the value is addressable), output compacted,
// a method's error or invalid output as *MarshalerError, nil pointers as
// null, RawMessage and Number copied through.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
)

type Celsius float64

func (c Celsius) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`{ "celsius" : %.1f }`, float64(c))), nil
}

type Color int

func (c Color) MarshalText() ([]byte, error) {
	return []byte([]string{"red", "green", "<blue>"}[c]), nil
}

type PtrM struct{ N int }

func (p *PtrM) MarshalJSON() ([]byte, error) { return []byte(fmt.Sprint(p.N * 100)), nil }

type Bad struct{}

func (Bad) MarshalJSON() ([]byte, error) { return []byte("{bad"), nil }

type Empty struct{}

func (Empty) MarshalJSON() ([]byte, error) { return nil, nil }

type Fails struct{}

func (Fails) MarshalJSON() ([]byte, error) { return nil, errors.New("boom") }

type TextFails struct{}

func (TextFails) MarshalText() ([]byte, error) { return nil, errors.New("no text") }

type Both struct{}

func (Both) MarshalJSON() ([]byte, error) { return []byte(`"json wins"`), nil }
func (Both) MarshalText() ([]byte, error) { return []byte("text"), nil }

type A struct {
	Temp  Celsius
	Col   Color
	Cols  map[Color]int
	P     PtrM
	PP    *PtrM
	Nil   *PtrM
	NilC  *Celsius
	Raw   json.RawMessage
	NoRaw json.RawMessage
	Num   json.Number
	B     Both
	List  []PtrM
	Arr   [1]PtrM
}

func main() {
	a := A{Temp: 21.55, Col: 2, Cols: map[Color]int{1: 5, 0: 3}, P: PtrM{2}, PP: &PtrM{3},
		Raw: json.RawMessage(`{"k": [1, 2]}`), Num: "12.5e3", List: []PtrM{{4}}, Arr: [1]PtrM{{5}}}
	b, err := json.Marshal(a)
	fmt.Println(string(b), err)
	b, err = json.Marshal(&a)
	fmt.Println(string(b), err)
	b, err = json.Marshal(map[string]PtrM{"m": {6}})
	fmt.Println(string(b), err)
	_, err = json.Marshal(Bad{})
	fmt.Println(err)
	_, err = json.Marshal(Empty{})
	fmt.Println(err)
	_, err = json.Marshal([]interface{}{Fails{}})
	fmt.Println(err)
	var me *json.MarshalerError
	fmt.Println(errors.As(err, &me), errors.Unwrap(err))
	_, err = json.Marshal(TextFails{})
	fmt.Println(err)
	_, err = json.Marshal(json.Number("abc"))
	fmt.Println(err)
	b, err = json.Marshal(json.Number(""))
	fmt.Println(string(b), err)
	var c *Celsius
	b, err = json.Marshal(c)
	fmt.Println(string(b), err)
}

// Output:
// {"Temp":{"celsius":21.6},"Col":"\u003cblue\u003e","Cols":{"green":5,"red":3},"P":{"N":2},"PP":300,"Nil":null,"NilC":null,"Raw":{"k":[1,2]},"NoRaw":null,"Num":12.5e3,"B":"json wins","List":[400],"Arr":[{"N":5}]} <nil>
// {"Temp":{"celsius":21.6},"Col":"\u003cblue\u003e","Cols":{"green":5,"red":3},"P":200,"PP":300,"Nil":null,"NilC":null,"Raw":{"k":[1,2]},"NoRaw":null,"Num":12.5e3,"B":"json wins","List":[400],"Arr":[500]} <nil>
// {"m":{"N":6}} <nil>
// json: error calling MarshalJSON for type main.Bad: invalid character 'b' looking for beginning of object key string
// json: error calling MarshalJSON for type main.Empty: unexpected end of JSON input
// json: error calling MarshalJSON for type main.Fails: boom
// true boom
// json: error calling MarshalText for type main.TextFails: no text
// json: invalid number literal "abc"
// 0 <nil>
// null <nil>
