package main

import "fmt"

type ValidationError struct {
	Field string
	Value int
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("invalid %s: %d", e.Field, e.Value)
}

func validate(age int) error {
	if age < 0 {
		return &ValidationError{"age", age}
	}
	if age > 150 {
		return &ValidationError{Field: "age", Value: age}
	}
	return nil
}

func main() {
	for _, a := range []int{30, -1, 200} {
		err := validate(a)
		if err != nil {
			fmt.Println("error:", err)
			ve := err.(*ValidationError)
			fmt.Println(" field", ve.Field, "value", ve.Value)
		} else {
			fmt.Println("ok", a)
		}
	}
	var e error = &ValidationError{"x", 1}
	fmt.Printf("%v | %s | %T\n", e, e, e)
}

// Output:
// ok 30
// error: invalid age: -1
//  field age value -1
// error: invalid age: 200
//  field age value 200
// invalid x: 1 | invalid x: 1 | *main.ValidationError
