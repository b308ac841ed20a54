package main

import (
	"encoding/json"
	"errors"
	"fmt"
)

type S struct {
	C complex128 `json:"c,omitempty"`
}

// encoding/json has no complex numbers: Marshal gives an
// UnsupportedTypeError, Unmarshal an UnmarshalTypeError.
func main() {
	b, err := json.Marshal(1 + 2i)
	fmt.Printf("%q %v\n", b, err)
	var ute *json.UnsupportedTypeError
	fmt.Println(errors.As(err, &ute))
	_, err = json.Marshal(S{})
	fmt.Println(err)
	_, err = json.Marshal([]any{complex64(1)})
	fmt.Println(err)
	var c complex128
	err = json.Unmarshal([]byte(`1`), &c)
	fmt.Println(c, err)
	var s S
	err = json.Unmarshal([]byte(`{"c": 2}`), &s)
	fmt.Println(s, err)
}

// Output:
// "" json: unsupported type: complex128
// true
// json: unsupported type: complex128
// json: unsupported type: complex64
// (0+0i) json: cannot unmarshal number into Go value of type complex128
// {(0+0i)} json: cannot unmarshal number into Go struct field S.c of type complex128
